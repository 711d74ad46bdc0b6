/**
 * `policy`: writes the privacy policy of a workbench file as .docx, optionally with
 * tracked changes against the newest published version in the same language.
 *
 *   policy --workbench FILE [--lang nb|nn] [--tracked] [--updated YYYY-MM-DD] --out FILE.docx
 */
import * as fs from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Lang } from '../../../shared/model/common'
import type { PolicyVersion } from '../../../shared/model/clause'
import { WorkbenchError, type Workbench } from '../../../shared/model/workbench'
import { readWorkbenchFile } from '../../../shared/files/workbench-container'
import { composePolicy } from '../../../shared/policy/compose'
import { diffPolicy } from '../../../shared/policy/diff'
import { policyToDocx } from '../../../shared/policy/docx'
import { writeFileAtomic } from '../../main/ipc/atomic-write'
import { CommandError, EXIT_OK, UsageError, out, parseCommandArgs, requireOption, type Command } from '../cli-io'

const LANG_NAMES: Record<Lang, string> = { nb: 'bokmål', nn: 'nynorsk' }

/** Today's date in local time, `YYYY-MM-DD`. */
function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

async function readWorkbench(path: string): Promise<Workbench> {
  let bytes: Uint8Array
  try {
    bytes = await fs.readFile(path)
  } catch (error) {
    const code = (error as { code?: string }).code
    throw new UsageError(
      code === 'ENOENT' ? `finner ikke arbeidsboken «${path}»` : `kan ikke lese arbeidsboken «${path}» (${code ?? String(error)})`,
    )
  }
  try {
    return readWorkbenchFile(bytes).workbench
  } catch (error) {
    if (error instanceof WorkbenchError) throw new UsageError(`«${path}»: ${error.message}`)
    throw error
  }
}

/** The newest published version in a language: latest publication date, then latest creation. */
export function newestPublished(versions: readonly PolicyVersion[], lang: Lang): PolicyVersion | undefined {
  return versions
    .filter((v) => v.status === 'published' && v.lang === lang)
    .sort((a, b) => (b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') || Date.parse(b.createdAt) - Date.parse(a.createdAt))[0]
}

export const policyCommand: Command = async (argv) => {
  const { values } = parseCommandArgs(argv, {
    workbench: { type: 'string' },
    lang: { type: 'string' },
    tracked: { type: 'boolean' },
    updated: { type: 'string' },
    out: { type: 'string' },
  })
  const workbenchPath = requireOption(values.workbench, '--workbench')
  const outPath = requireOption(values.out, '--out')
  if (!outPath.toLowerCase().endsWith('.docx')) throw new UsageError('--out må være en fil som slutter på .docx')
  if (values.lang !== undefined && values.lang !== 'nb' && values.lang !== 'nn') {
    throw new UsageError(`--lang må være nb eller nn, ikke «${values.lang}»`)
  }
  const updated = values.updated ?? today()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(updated) || Number.isNaN(Date.parse(updated))) {
    throw new UsageError(`--updated må være en dato på formen ÅÅÅÅ-MM-DD, ikke «${updated}»`)
  }

  const wb = await readWorkbench(workbenchPath)
  const lang: Lang = values.lang ?? wb.organization?.language ?? 'nb'
  let doc = composePolicy(wb, lang, { updated })
  let note = ''
  if (values.tracked) {
    const previous = newestPublished(wb.policyVersions, lang)
    if (!previous) {
      throw new CommandError(
        `arbeidsboken har ingen publisert versjon av personvernerklæringen på ${LANG_NAMES[lang]} å vise endringer mot. Publiser en versjon først, eller lag erklæringen uten --tracked.`,
      )
    }
    doc = diffPolicy(previous.doc, doc)
    note = ` med sporede endringer mot versjonen publisert ${previous.publishedOn ?? previous.createdAt.slice(0, 10)}`
  }
  const bytes = await policyToDocx(doc, { date: new Date().toISOString() })
  await writeFileAtomic(fs, resolve(outPath), bytes)
  out(`Skrev personvernerklæringen på ${LANG_NAMES[lang]}${note} til ${outPath}`)
  return EXIT_OK
}
