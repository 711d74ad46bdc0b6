/**
 * The columns of the activity list. Kept apart from the table so the editor of the
 * record (issue 4) can add, hide and reorder columns without touching the rendering.
 */
import { createColumnHelper, type Row } from '@tanstack/react-table'
import type { ProcessingActivity } from '../../../../shared/model'
import { compareText, formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { legalBasisLabels, statusLabel } from './activity-labels'

const column = createColumnHelper<ProcessingActivity>()

function byText(a: Row<ProcessingActivity>, b: Row<ProcessingActivity>, columnId: string): number {
  return compareText(a.getValue<string>(columnId), b.getValue<string>(columnId))
}

// Never-reviewed activities sort first in ascending order: they need attention most.
function byDate(a: Row<ProcessingActivity>, b: Row<ProcessingActivity>, columnId: string): number {
  return (a.getValue<string | null>(columnId) ?? '').localeCompare(
    b.getValue<string | null>(columnId) ?? '',
  )
}

const STATUS_ORDER = { draft: 0, active: 1, archived: 2 } as const

export const activityColumns = [
  column.accessor('name', {
    header: t.activities.columns.name,
    size: 22,
    sortingFn: byText,
  }),
  column.accessor('owner', {
    header: t.activities.columns.owner,
    size: 12,
    sortingFn: byText,
  }),
  column.accessor((a) => a.purposes.join('; '), {
    id: 'purposes',
    header: t.activities.columns.purposes,
    size: 24,
    sortingFn: byText,
  }),
  column.accessor((a) => legalBasisLabels(a).join(', '), {
    id: 'legalBases',
    header: t.activities.columns.legalBases,
    size: 20,
    sortingFn: byText,
  }),
  column.accessor('status', {
    header: t.activities.columns.status,
    size: 9,
    cell: (info) => statusLabel(info.getValue()),
    sortingFn: (a, b) => STATUS_ORDER[a.original.status] - STATUS_ORDER[b.original.status],
  }),
  column.accessor('lastReviewed', {
    header: t.activities.columns.lastReviewed,
    size: 13,
    cell: (info) => {
      const value = info.getValue()
      return value === null ? (
        <span className="muted">{t.activities.neverReviewed}</span>
      ) : (
        formatDate(value)
      )
    },
    sortingFn: byDate,
  }),
]
