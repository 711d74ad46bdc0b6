/** How the fields of an activity read in lists: Norwegian labels for codes. */
import { ART6 } from '../../../../shared/law'
import type { ActivityStatus, ProcessingActivity } from '../../../../shared/model'
import { t } from '../../i18n/nb'

export function statusLabel(status: ActivityStatus): string {
  return t.activities.status[status]
}

/** "Avtale, Rettslig forpliktelse", in the order the activity lists them, each once. */
export function legalBasisLabels(activity: Pick<ProcessingActivity, 'legalBases'>): string[] {
  return [...new Set(activity.legalBases.map((b) => ART6[b.basis].label.nb))]
}
