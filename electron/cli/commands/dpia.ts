/**
 * `dpia --workbench FILE --activity ID --out FILE.docx [--lang nb|nn]`: writes the DPIA
 * (vurdering av personvernkonsekvenser) of one activity as Word, in its newest version,
 * with the engine of the app's download and the audit pack (shared/registers/dpia-export.ts).
 *
 * Exit codes: 0 written; 1 the activity has no DPIA (a finding about the record); 2 bad
 * usage, an unreadable workbench or an activity that is not in it.
 */
import * as fs from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Lang } from '../../../shared/model/common'
import { dpiaDocx, newestDpiasOfActivity } from '../../../shared/registers/dpia-export'
import { DPIA_STATUS_LABELS } from '../../../shared/registers/labels'
import { writeFileAtomic } from '../../main/ipc/atomic-write'
import { CommandError, EXIT_OK, UsageError, loadWorkbench, out, parseCommandArgs, requireOption, type Command } from '../cli-io'

export const dpiaCommand: Command = async (argv) => {
  const { values } = parseCommandArgs(argv, {
    workbench: { type: 'string' },
    activity: { type: 'string' },
    out: { type: 'string' },
    lang: { type: 'string' },
  })
  const workbenchPath = requireOption(values.workbench, '--workbench FIL')
  const activityId = requireOption(values.activity, '--activity ID')
  const outPath = requireOption(values.out, '--out FIL.docx')
  if (!outPath.toLowerCase().endsWith('.docx')) throw new UsageError('--out må være en fil som slutter på .docx')
  if (values.lang !== undefined && values.lang !== 'nb' && values.lang !== 'nn') {
    throw new UsageError(`--lang må være nb eller nn, ikke «${values.lang}»`)
  }

  const wb = await loadWorkbench(workbenchPath)
  const activity = wb.activities.find((a) => a.id === activityId)
  if (!activity) {
    const byName = wb.activities.find((a) => a.name.toLocaleLowerCase('nb') === activityId.toLocaleLowerCase('nb'))
    throw new UsageError(
      byName
        ? `arbeidsboken har ingen behandlingsaktivitet med id «${activityId}». Mente du «${byName.id}» (${byName.name})?`
        : `arbeidsboken har ingen behandlingsaktivitet med id «${activityId}». Id-ene står i kolonnen «Ombud-ID» når protokollen eksporteres til Excel.`,
    )
  }
  // The newest version of each DPIA of the activity; the one worked on last when there are several.
  const dpias = newestDpiasOfActivity(wb.dpias, activity.id).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
  const dpia = dpias[0]
  if (!dpia) {
    throw new CommandError(`«${activity.name}» har ingen vurdering av personvernkonsekvenser (DPIA) i arbeidsboken.`)
  }
  const lang: Lang = values.lang ?? wb.organization?.language ?? 'nb'
  const bytes = await dpiaDocx(dpia, wb, wb.dpias, lang)
  await writeFileAtomic(fs, resolve(outPath), bytes)
  const status = dpia.signOff ? `godkjent ${dpia.signOff.on}` : DPIA_STATUS_LABELS[dpia.status].nb.toLowerCase()
  out(`Skrev «${dpia.title}», versjon ${String(dpia.version)} (${status}), til ${outPath}`)
  for (const other of dpias.slice(1)) {
    out(`Merk: «${activity.name}» har også vurderingen «${other.title}» (versjon ${String(other.version)}).`)
  }
  return EXIT_OK
}
