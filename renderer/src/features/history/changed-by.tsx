import type { ChangeEntry } from '../../../../shared/model'
import { t } from '../../i18n/nb'

/** «av Kari Nordmann» after an entry's action; nothing for a change recorded without a name. */
export function ChangedBy({ entry }: { entry: Pick<ChangeEntry, 'by'> }) {
  if (entry.by.trim() === '') return null
  return <span className="reg-history__by">{t.history.by(entry.by)}</span>
}
