/**
 * `policy`: writes the privacy policy of a workbench file as .docx, optionally with
 * tracked changes against the newest published version in the same language.
 *
 *   policy --workbench FILE [--lang nb|nn] [--tracked] [--updated YYYY-MM-DD] --out FILE.docx
 *
 * «Sist oppdatert» is the day the content last changed (see composeCurrentPolicy);
 * `--updated` sets another date by hand.
 */
import * as fs from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Lang } from '../../../shared/model/common'
import { WorkbenchError, type Workbench } from '../../../shared/model/workbench'
import { openWorkbenchFile } from '../../../shared/files/workbench-container'
import { composeCurrentPolicy, lastChangeAt, newestPublished, versionDoc } from '../../../shared/policy/dates'
import { osloDate } from '../../../shared/registers/oslo-time'
import { diffPolicy } from '../../../shared/policy/diff'
import { policyToDocx } from '../../../shared/policy/docx'
import { writeFileAtomic } from '../../main/ipc/atomic-write'
import { CommandError, EXIT_OK, UsageError, out, parseCommandArgs, requireOption, type Command } from '../cli-io'

const LANG_NAMES: Record<Lang, string> = { nb: 'bokmål', nn: 'nynorsk' }

async function loadWorkbenchFile(path: string): Promise<Workbench> {
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
    return (await openWorkbenchFile(bytes)).workbench
  } catch (error) {
    if (error instanceof WorkbenchError) throw new UsageError(`«${path}»: ${error.message}`)
    throw error
  }
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
  const updated = values.updated
  if (updated !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(updated) || Number.isNaN(Date.parse(updated)))) {
    throw new UsageError(`--updated må være en dato på formen ÅÅÅÅ-MM-DD, ikke «${updated}»`)
  }

  const wb = await loadWorkbenchFile(workbenchPath)
  const lang: Lang = values.lang ?? wb.organization?.language ?? 'nb'
  // «Sist oppdatert» is the day the content last changed, never the day the file is written.
  const current = composeCurrentPolicy({ ...wb, organizationChangedAt: lastChangeAt(wb.changes, 'organization') }, lang, {
    today: osloDate(new Date()),
  })
  let doc = updated === undefined ? current : { ...current, updated }
  let note = ''
  let updatedBefore: string | undefined
  if (values.tracked) {
    const previous = newestPublished(wb.policyVersions, lang)
    if (!previous) {
      throw new CommandError(
        `arbeidsboken har ingen publisert versjon av personvernerklæringen på ${LANG_NAMES[lang]} å vise endringer mot. Publiser en versjon først, eller lag erklæringen uten --tracked.`,
      )
    }
    const base = versionDoc(previous)
    doc = diffPolicy(base, doc)
    updatedBefore = base.updated
    note = ` med sporede endringer mot versjonen publisert ${previous.publishedOn}`
  }
  const bytes = await policyToDocx(doc, { date: new Date().toISOString(), updatedBefore })
  await writeFileAtomic(fs, resolve(outPath), bytes)
  out(`Skrev personvernerklæringen på ${LANG_NAMES[lang]}${note} til ${outPath}`)
  return EXIT_OK
}
