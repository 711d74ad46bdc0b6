/**
 * Writes one version of a DPIA as .docx in bokmål, with the engine the audit pack and
 * `cli dpia` use (shared/registers/dpia-export.ts).
 */
import type { Dpia } from '../../../../shared/model/dpia'
import { dpiaDocx, dpiaFileName } from '../../../../shared/registers/dpia-export'
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
          const activities = (await db.activities.bulkGet(dpia.activityIds)).flatMap((a) => (a ? [a] : []))
          const revised = dpia.revisionOf ? await db.dpias.get(dpia.revisionOf) : undefined
          const bytes = await dpiaDocx(dpia, { organization: org ?? null, activities }, revised ? [revised] : [])
          await platform.saveFile(dpiaFileName(dpia), bytes, [{ name: 'Word', extensions: ['docx'] }])
        } catch (error) {
          await dialogs.alert({ title: 'DPIA-en ble ikke lagret', message: errorText(error) })
        }
      }}
    >
      {tr.dpia.exportDocx}
    </Button>
  )
}
