/**
 * `validate --workbench FILE [--json]`: checks a workbench file the way the app's import
 * does, and lists every problem in Norwegian (which record, which field, what is wrong).
 * Exit 0 when valid, 1 when the file has problems, 2 when it cannot be read at all.
 */
import { readFile, stat } from 'node:fs/promises'
import { MAX_CONTAINER_BYTES, openWorkbenchFile } from '../../../shared/files/workbench-container'
import {
  WorkbenchError,
  type Workbench,
} from '../../../shared/model/workbench'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  out,
  parseCommandArgs,
  requireOption,
  UsageError,
  type Command,
} from '../cli-io'

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** The one-line summary of a valid workbench. */
export function validSummary(wb: Workbench): string {
  return (
    `Arbeidsboken er gyldig: ${count(wb.activities.length, 'behandlingsaktivitet', 'behandlingsaktiviteter')}, ` +
    `${count(wb.processors.length, 'databehandler', 'databehandlere')}, ` +
    `${count(wb.transfers.length, 'overføring', 'overføringer')}.`
  )
}

async function readWorkbenchFile(file: string): Promise<Uint8Array | string> {
  try {
    const info = await stat(file)
    if (!info.isFile()) throw new UsageError(`${file} er ikke en fil`)
    // Refuse before reading: parseWorkbench would refuse anyway, after filling memory.
    if (info.size > MAX_CONTAINER_BYTES) {
      return `Filen er for stor (${Math.round(info.size / 1024 / 1024)} MB) til å være en Ombud-arbeidsbok.`
    }
    return await readFile(file)
  } catch (error) {
    if (error instanceof UsageError) throw error
    const code =
      typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''
    const reason =
      code === 'ENOENT'
        ? 'filen finnes ikke'
        : code === 'EACCES' || code === 'EPERM'
          ? 'mangler lesetilgang'
          : String(error)
    throw new UsageError(`kan ikke lese ${file}: ${reason}`)
  }
}

export const validateCommand: Command = async (argv) => {
  const { values } = parseCommandArgs(argv, {
    workbench: { type: 'string' },
    json: { type: 'boolean' },
  })
  const file = requireOption(values.workbench, '--workbench')
  const content = await readWorkbenchFile(file)

  let problems: string[]
  let wb: Workbench | null = null
  if (typeof content === 'string') {
    problems = [content]
  } else {
    try {
      wb = (await openWorkbenchFile(content)).workbench
      problems = []
    } catch (error) {
      if (!(error instanceof WorkbenchError)) throw error
      problems = error.problems
    }
  }

  if (values.json) {
    out(JSON.stringify({ file, valid: problems.length === 0, problems }, null, 2))
  } else if (wb) {
    out(validSummary(wb))
  } else {
    // One problem a line, even if a message should ever span lines.
    for (const problem of problems) out(problem.replace(/\s*\n\s*/g, ' '))
  }
  return problems.length === 0 ? EXIT_OK : EXIT_FINDINGS
}
