/**
 * Atomic writes: a file or folder either appears complete or not at all, and an existing
 * file is never left half-written (crash, full disk, file locked by Word). The file system
 * is passed in so tests can make any step fail.
 */
import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'

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
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID().slice(0, 8)}.tmp`)
  try {
    await writeNewFile(fs, temp, data, mode)
    await fs.rename(temp, path)
  } catch (error) {
    await removeQuietly(fs, temp, false)
    throw error
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
      throw new Error(`Ugyldig filnavn: «${file.name}».`)
    }
  }
  try {
    await fs.lstat(target)
    throw new TargetExistsError(`«${basename(target)}» finnes allerede.`)
  } catch (error) {
    if (error instanceof TargetExistsError) throw error
    if (errorCode(error) !== 'ENOENT') throw error
  }
  const parent = dirname(target)
  // mkdir rather than mkdtemp: mkdtemp makes the folder private (0700), and the rename
  // would carry that surprising mode over to the user's folder.
  const temp = join(parent, `.${basename(target)}.${randomUUID().slice(0, 8)}.tmp`)
  await fs.mkdir(temp)
  try {
    for (const file of files) await writeNewFile(fs, join(temp, file.name), file.data, 0o666)
    await syncDirectory(fs, temp)
    await fs.rename(temp, target)
  } catch (error) {
    await removeQuietly(fs, temp, true)
    throw error
  }
  await syncDirectory(fs, parent)
}
