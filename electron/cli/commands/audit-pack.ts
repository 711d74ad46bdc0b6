/**
 * `audit-pack --workbench FILE --out FILE.zip [--today YYYY-MM-DD] [--include PARTS]
 * [--exclude PARTS] [--include-drafts]`: writes the audit pack (tilsynspakke) of a workbench
 * as one new ZIP file, with the attached files (agreements, SCCs, TIAs, routines) copied
 * from the workbench. The file appears whole or not at all (written beside it, then
 * renamed), and an existing file is never replaced (exit 1). The parts are those of the
 * app's chooser (shared/audit/audit-pack-parts.ts), the internal readiness report left
 * out unless included. When a document the pack must contain is missing (no published
 * policy, no organisation, no activities), the pack is written with what there is, the
 * missing ones are listed, and the exit code is 1: a script must not take an incomplete
 * pack for a whole one.
 */
import * as fs from 'node:fs/promises'
import { basename, dirname, resolve } from 'node:path'
import { auditPackZip, buildAuditPack } from '../../../shared/audit/audit-pack'
import { AUDIT_PACK_PARTS, isAuditPackPart, type AuditPackChoice, type AuditPackPart } from '../../../shared/audit/audit-pack-parts'
import { writeFileAtomic, type AtomicFs } from '../../main/ipc/atomic-write'
import {
  CommandError,
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  loadWorkbenchContents,
  out,
  parseCommandArgs,
  requireOption,
  todayOption,
  type Command,
} from '../cli-io'

export interface AuditPackDeps {
  /** The file system the pack is written with; tests pass one that fails on purpose. */
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

/** A comma-separated list of parts, each checked. */
function partList(value: string | undefined, flag: string): AuditPackPart[] {
  if (value === undefined) return []
  const names = value.split(',').map((s) => s.trim()).filter((s) => s !== '')
  for (const n of names) {
    if (!isAuditPackPart(n)) throw new UsageError(`ukjent del «${n}» i ${flag}. Delene er: ${AUDIT_PACK_PARTS.join(', ')}`)
  }
  return names as AuditPackPart[]
}

/** The command with its file system given, so a test can make any write fail. */
export function createAuditPackCommand(deps: AuditPackDeps = { fs }): Command {
  return async (argv) => {
    const { values } = parseCommandArgs(argv, {
      workbench: { type: 'string' },
      out: { type: 'string' },
      today: { type: 'string' },
      include: { type: 'string' },
      exclude: { type: 'string' },
      'include-drafts': { type: 'boolean' },
    })
    const workbenchFile = requireOption(values.workbench, '--workbench FIL')
    const target = resolve(requireOption(values.out, '--out FIL.zip'))
    if (!target.toLowerCase().endsWith('.zip')) throw new UsageError(`--out må være en .zip-fil, fikk «${values.out ?? ''}»`)
    const today = todayOption(values.today)
    const parts: Partial<AuditPackChoice> = {}
    for (const p of partList(values.include, '--include')) parts[p] = true
    for (const p of partList(values.exclude, '--exclude')) {
      if (parts[p] === true) throw new UsageError(`«${p}» står både i --include og i --exclude`)
      parts[p] = false
    }
    const parent = dirname(target)
    try {
      if (!(await fs.stat(parent)).isDirectory()) throw new UsageError(`«${parent}» er ikke en mappe`)
    } catch (error) {
      if (error instanceof UsageError) throw error
      throw new UsageError(`mappen «${parent}» finnes ikke`)
    }
    if (await exists(target)) {
      throw new CommandError(`«${target}» finnes allerede. Tilsynspakken skriver aldri over en fil; velg et nytt navn.`)
    }

    const { workbench: wb, attachmentBytes } = await loadWorkbenchContents(workbenchFile)
    // With --today the documents carry that day too, so a pack made for a given date is consistent.
    const now = values.today === undefined ? new Date().toISOString() : `${today}T12:00:00.000Z`
    const pack = await buildAuditPack(wb, { today, now, parts, includeDrafts: values['include-drafts'] === true, attachmentBytes })
    const zip = auditPackZip(pack, today)
    try {
      // Checked again just before the write: the pack takes a while to build.
      if (await exists(target)) throw new CommandError(`«${target}» finnes allerede.`)
      await writeFileAtomic(deps.fs, target, zip)
    } catch (error) {
      if (error instanceof CommandError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      throw new CommandError(`kunne ikke skrive tilsynspakken til ${target}: ${reason}. Ingen fil er skrevet.`)
    }
    out(`Skrev tilsynspakken «${basename(target)}» til ${target} (${String(pack.files.length)} filer i mappen «${pack.folderName}»):`)
    for (const f of pack.files) out(`  ${f.path}`)
    if (pack.notes.length > 0) {
      out('Merknader:')
      for (const n of pack.notes) out(`  - ${n}`)
    }
    if (pack.missing.length > 0) {
      out('Mangler:')
      for (const m of pack.missing) out(`  - ${m}`)
      return EXIT_FINDINGS
    }
    return EXIT_OK
  }
}

export const auditPackCommand: Command = createAuditPackCommand()
