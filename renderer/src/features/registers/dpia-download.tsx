/**
 * Writes one version of a DPIA as .docx in bokmål, with the policy's document engine and
 * look (shared/registers/dpia-doc.ts → shared/policy/docx.ts).
 */
import type { Dpia } from '../../../../shared/model/dpia'
import { policyToDocx } from '../../../../shared/policy/docx'
import { composeDpiaDoc } from '../../../../shared/registers/dpia-doc'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { errorText } from './register-fields'

export function DpiaDownload({ dpia }: { dpia: Dpia }) {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  return (
    <Button
      variant="quiet"
      aria-label={`${tr.dpia.exportDocx}: versjon ${String(dpia.version)}`}
      onClick={async () => {
        try {
          const org = await db.organization.toCollection().first()
          const activities = await db.activities.bulkGet(dpia.activityIds)
          const names = new Map(activities.flatMap((a) => (a ? [[a.id, a.name] as const] : [])))
          const revised = dpia.revisionOf ? await db.dpias.get(dpia.revisionOf) : undefined
          const doc = composeDpiaDoc(dpia, { company: org?.name ?? '', activityNames: names, revisedVersion: revised?.version }, 'nb')
          const bytes = await policyToDocx(doc)
          await platform.saveFile(`DPIA ${dpia.title.replace(/[/\\<>:"|?*]/g, '-')} v${String(dpia.version)}.docx`, bytes, [{ name: 'Word', extensions: ['docx'] }])
        } catch (error) {
          await dialogs.alert({ title: 'DPIA-en ble ikke lagret', message: errorText(error) })
        }
      }}
    >
      {tr.dpia.exportDocx}
    </Button>
  )
}
