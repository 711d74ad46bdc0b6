/**
 * Atomic writes: a file or folder either appears complete or not at all, and an existing
 * file is never left half-written (crash, full disk, file locked by Word). The file system
 * is passed in so tests can make any step fail.
 *
 * The unfinished copy sits beside the target as `NAME.ombud-lagres-xxxxxxxx.tmp`: visible,
 * and named so a user who finds one after a crash sees what it is. A crash (power cut,
 * `kill -9`) can still leave one behind; the next write to the same target removes the
 * leftovers of that target, and only those.
 */
import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { t } from '../strings'

/** The part of a `node:fs/promises` FileHandle used here. */
export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The part of `node:fs/promises` used here; the real module satisfies it. */
export interface AtomicFs {
  open(path: string, flags: string, mode?: number): Promise<AtomicFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: boolean; recursive?: boolean }): Promise<void>
  stat(path: string): Promise<{ mode: number; isFile(): boolean }>
  lstat(path: string): Promise<unknown>
  mkdir(path: string): Promise<unknown>
  readdir(path: string): Promise<string[]>
}

/** What marks an unfinished write: `NAME` + this + 8 hex digits + `.tmp`. */
export const TEMP_MARKER = '.ombud-lagres-'

/** The name of the unfinished copy of `targetName` (a fresh random one each call). */
export function tempName(targetName: string): string {
  return `${targetName}${TEMP_MARKER}${randomUUID().slice(0, 8)}.tmp`
}

const HEX8 = /^[0-9a-f]{8}$/

/** Whether `name` is `prefix` + 8 hex digits + `.tmp`. */
function isTempWith(name: string, prefix: string): boolean {
  return (
    name.startsWith(prefix) &&
    name.endsWith('.tmp') &&
    HEX8.test(name.slice(prefix.length, -'.tmp'.length))
  )
}

/**
 * Whether `name` is a leftover of an unfinished write to `targetName`: the current pattern,
 * or the hidden `.NAME.xxxxxxxx.tmp` of earlier versions. Nothing else matches, so a
 * user's own `NAME.tmp` or the leftovers of another target are never touched.
 */
export function isLeftoverOf(name: string, targetName: string): boolean {
  return isTempWith(name, `${targetName}${TEMP_MARKER}`) || isTempWith(name, `.${targetName}.`)
}

/** Temp names of writes in progress in this process, which cleanup must leave alone. */
const inProgress = new Set<string>()

/**
 * Removes the leftovers of earlier unfinished writes to `target` (files or folders). Best
 * effort: a leftover that cannot be removed now is tried again on the next write.
 */
async function removeLeftovers(fs: AtomicFs, target: string): Promise<void> {
  const parent = dirname(target)
  let names: string[]
  try {
    names = await fs.readdir(parent)
  } catch {
    return // the write itself will report a missing or unreadable folder
  }
  for (const name of names) {
    const path = join(parent, name)
    if (isLeftoverOf(name, basename(target)) && !inProgress.has(path)) {
      await removeQuietly(fs, path, true)
    }
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}

/** Creates `path` (which must not exist), writes `data` and flushes it to disk. */
async function writeNewFile(
  fs: AtomicFs,
  path: string,
  data: string | Uint8Array,
  mode: number,
): Promise<void> {
  const handle = await fs.open(path, 'wx', mode)
  try {
    await handle.writeFile(data)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Flushes a directory entry (the rename) to disk. Best effort: Windows cannot open a
 * directory for syncing, and the data itself is already flushed at that point.
 */
async function syncDirectory(fs: AtomicFs, dir: string): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // Not supported on this platform or file system; nothing more to do.
  }
}

async function removeQuietly(fs: AtomicFs, path: string, recursive: boolean): Promise<void> {
  try {
    await fs.rm(path, { force: true, recursive })
  } catch {
    // The original error is the one worth reporting; a leftover temp name is harmless.
  }
}

/**
 * Writes `data` to `path` atomically: into a temporary file in the same folder (so the
 * rename stays on one file system), fsync, then rename over the target. On any failure
 * the temporary file is removed and an existing file at `path` is left untouched.
 * An existing file's permission bits are kept.
 */
export async function writeFileAtomic(
  fs: AtomicFs,
  path: string,
  data: string | Uint8Array,
): Promise<void> {
  let mode = 0o666
  try {
    const existing = await fs.stat(path)
    if (existing.isFile()) mode = existing.mode & 0o777
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  }
  await removeLeftovers(fs, path)
  const temp = join(dirname(path), tempName(basename(path)))
  inProgress.add(temp)
  try {
    await writeNewFile(fs, temp, data, mode)
    await fs.rename(temp, path)
  } catch (error) {
    await removeQuietly(fs, temp, false)
    throw error
  } finally {
    inProgress.delete(temp)
  }
  await syncDirectory(fs, dirname(path))
}

/** A file to put into a folder written by {@link writeFolderAtomic}. */
export interface FolderEntry {
  name: string
  data: string | Uint8Array
}

/** Thrown when the folder to create already exists. */
export class TargetExistsError extends Error {
  readonly code = 'EEXIST'
}

/**
 * Creates the folder `target` holding `files`, atomically: the files are written and
 * flushed inside a temporary folder beside it, which is then renamed to `target`. On any
 * failure the temporary folder is removed and `target` does not appear. An existing
 * `target` is never replaced.
 */
export async function writeFolderAtomic(
  fs: AtomicFs,
  target: string,
  files: readonly FolderEntry[],
): Promise<void> {
  for (const file of files) {
    // The IPC schema already refuses such names; this guards every other caller.
    if (basename(file.name) !== file.name || file.name === '.' || file.name === '..') {
      throw new Error(t.atomicWrite.invalidName(file.name))
    }
  }
  try {
    await fs.lstat(target)
    throw new TargetExistsError(t.atomicWrite.exists(basename(target)))
  } catch (error) {
    if (error instanceof TargetExistsError) throw error
    if (errorCode(error) !== 'ENOENT') throw error
  }
  const parent = dirname(target)
  // mkdir rather than mkdtemp: mkdtemp makes the folder private (0700), and the rename
  // would carry that surprising mode over to the user's folder.
  await removeLeftovers(fs, target)
  const temp = join(parent, tempName(basename(target)))
  inProgress.add(temp)
  try {
    await fs.mkdir(temp)
    try {
      for (const file of files) await writeNewFile(fs, join(temp, file.name), file.data, 0o666)
      await syncDirectory(fs, temp)
      await fs.rename(temp, target)
    } catch (error) {
      await removeQuietly(fs, temp, true)
      throw error
    }
  } finally {
    inProgress.delete(temp)
  }
  await syncDirectory(fs, parent)
}
