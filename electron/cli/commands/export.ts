/**
 * `export --workbench FILE --format xlsx|docx --out FILE [--include-archived] [--include-drafts]`: writes the
 * protokoll (record of processing activities) as an Excel workbook in Datatilsynet's column
 * layout or as a Word document. The format may be left out when --out ends in .xlsx or .docx.
 */
import * as fs from 'node:fs/promises'
import { dirname, extname } from 'node:path'
import { exportRopaDocx } from '../../../shared/ropa/protokoll-docx'
import { selectActivities } from '../../../shared/ropa/ropa-data'
import { exportRopaXlsx } from '../../../shared/ropa/xlsx-export'
import { writeFileAtomic } from '../../main/ipc/atomic-write'
import {
  CommandError,
  EXIT_OK,
  UsageError,
  loadWorkbench,
  out,
  parseCommandArgs,
  requireOption,
  type Command,
} from '../cli-io'

const FORMATS = ['xlsx', 'docx'] as const
type Format = (typeof FORMATS)[number]

function chooseFormat(given: string | undefined, outFile: string): Format {
  if (given !== undefined) {
    if ((FORMATS as readonly string[]).includes(given)) return given as Format
    throw new UsageError(`ukjent format «${given}»; bruk --format xlsx eller --format docx`)
  }
  const ext = extname(outFile).slice(1).toLowerCase()
  if ((FORMATS as readonly string[]).includes(ext)) return ext as Format
  throw new UsageError('mangler --format xlsx|docx (eller la --out slutte på .xlsx eller .docx)')
}

export const exportCommand: Command = async (argv) => {
  const { values } = parseCommandArgs(argv, {
    workbench: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'include-archived': { type: 'boolean' },
    'include-drafts': { type: 'boolean' },
  })
  const workbenchFile = requireOption(values.workbench, '--workbench FIL')
  const outFile = requireOption(values.out, '--out FIL')
  const format = chooseFormat(values.format, outFile)
  const ext = extname(outFile).toLowerCase()
  if (ext !== '' && ext !== `.${format}`) {
    throw new UsageError(`--out «${outFile}» har filendelsen ${ext}, men formatet er ${format}`)
  }
  try {
    const stat = await fs.stat(dirname(outFile))
    if (!stat.isDirectory()) throw new UsageError(`«${dirname(outFile)}» er ikke en mappe`)
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`mappen «${dirname(outFile)}» finnes ikke`)
  }

  const wb = await loadWorkbench(workbenchFile)
  // Drafts are left out unless asked for; then each is marked «Utkast».
  const opts = { includeArchived: values['include-archived'] === true, includeDrafts: values['include-drafts'] === true }
  const bytes = format === 'xlsx' ? await exportRopaXlsx(wb, opts) : await exportRopaDocx(wb, opts)
  try {
    // Atomic, so a protokoll already at FILE (perhaps open in Excel) is replaced whole or not at all.
    await writeFileAtomic(fs, outFile, bytes)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new CommandError(`kunne ikke skrive ${outFile}: ${reason}`)
  }
  const count =
    selectActivities(wb, 'controller', opts).length + selectActivities(wb, 'processor', opts).length
  out(
    `Skrev protokollen (${count} ${count === 1 ? 'behandlingsaktivitet' : 'behandlingsaktiviteter'}) til ${outFile}`,
  )
  return EXIT_OK
}
