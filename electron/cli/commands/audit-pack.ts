/**
 * `audit-pack --workbench FILE --out DIR [--today YYYY-MM-DD]`: writes the audit pack
 * (tilsynspakke) of a workbench into the new folder DIR. The folder appears whole or not
 * at all: the files are written into a temporary folder beside DIR, which is renamed to
 * DIR at the end, and removed on any failure. An existing DIR is never touched (exit 1).
 * When a document the pack must contain is missing (no published policy, no organisation,
 * no activities), the pack is written with what there is, the missing ones are listed, and
 * the exit code is 1: a script must not take an incomplete pack for a whole one.
 */
import * as fs from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { buildAuditPack } from '../../../shared/audit/audit-pack'
import { TargetExistsError, writeFolderAtomic, type AtomicFs } from '../../main/ipc/atomic-write'
import {
  CommandError,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  loadWorkbench,
  out,
  parseCommandArgs,
  requireOption,
  todayOption,
  type Command,
} from '../cli-io'

export interface AuditPackDeps {
  /** The file system the folder is written with; tests pass one that fails on purpose. */
  fs: AtomicFs
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/** The command with its file system given, so a test can make any write fail. */
export function createAuditPackCommand(deps: AuditPackDeps = { fs }): Command {
  return async (argv) => {
    const { values } = parseCommandArgs(argv, {
      workbench: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
    })
    const workbenchFile = requireOption(values.workbench, '--workbench FIL')
    const target = resolve(requireOption(values.out, '--out MAPPE'))
    const today = todayOption(values.today)
    const parent = dirname(target)
    try {
      if (!(await fs.stat(parent)).isDirectory())
        throw new UsageError(`«${parent}» er ikke en mappe`)
    } catch (error) {
      if (error instanceof UsageError) throw error
      throw new UsageError(`mappen «${parent}» finnes ikke`)
    }
    // Checked before the work as well as by the atomic write, so the user hears it at once.
    if (await exists(target)) {
      throw new CommandError(
        `«${target}» finnes allerede. Tilsynspakken skriver aldri over en mappe; velg et nytt navn.`,
      )
    }

    const wb = await loadWorkbench(workbenchFile)
    // With --today the documents carry that day too, so a pack made for a given date is consistent.
    const now = values.today === undefined ? new Date().toISOString() : `${today}T12:00:00.000Z`
    const pack = await buildAuditPack(wb, { today, now })
    try {
      await writeFolderAtomic(deps.fs, target, pack.files)
    } catch (error) {
      if (error instanceof TargetExistsError) throw new CommandError(`«${target}» finnes allerede.`)
      const reason = error instanceof Error ? error.message : String(error)
      throw new CommandError(
        `kunne ikke skrive tilsynspakken til ${target}: ${reason}. Ingen filer er skrevet.`,
      )
    }
    out(`Skrev tilsynspakken «${basename(target)}» til ${target} (${pack.files.length} filer):`)
    for (const f of pack.files) out(`  ${f.name}`)
    if (pack.missing.length > 0) {
      out('Mangler:')
      for (const m of pack.missing) out(`  - ${m}`)
      return EXIT_FINDINGS
    }
    return EXIT_OK
  }
}

export const auditPackCommand: Command = createAuditPackCommand()
