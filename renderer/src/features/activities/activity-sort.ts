/**
 * Sorting the activity rows by any column. The table sorts here, once per change of the
 * rows or the sort, and filters the sorted list afterwards: typing in the search box or
 * changing a filter then costs one pass, not a new sort.
 */
import { compareText } from '../../i18n/format'
import { DPIA_STATES } from './activity-labels'
import type { ActivityRow, ColumnId } from './activity-rows'

type Compare = (a: ActivityRow, b: ActivityRow) => number

const STATUS_ORDER = { draft: 0, active: 1, archived: 2 } as const
const DPIA_ORDER = Object.fromEntries(DPIA_STATES.map((s, i) => [s, i])) as Record<
  ActivityRow['dpia'],
  number
>

function byRaw(get: (row: ActivityRow) => string | null): Compare {
  // Empty dates (e.g. never reviewed) come first in ascending order: they need attention most.
  return (a, b) => {
    const x = get(a) ?? ''
    const y = get(b) ?? ''
    return x < y ? -1 : x > y ? 1 : 0
  }
}

const SPECIAL: Partial<Record<ColumnId, Compare>> = {
  status: (a, b) =>
    STATUS_ORDER[a.activity.status] - STATUS_ORDER[b.activity.status] || b.missing - a.missing,
  dpia: (a, b) => DPIA_ORDER[a.dpia] - DPIA_ORDER[b.dpia],
  lastReviewed: byRaw((r) => r.activity.lastReviewed),
  createdAt: byRaw((r) => r.activity.createdAt),
  updatedAt: byRaw((r) => r.activity.updatedAt),
}

/** How two rows compare in a column, ascending (Norwegian alphabetical order for text). */
export function compareRows(id: ColumnId): Compare {
  return SPECIAL[id] ?? ((a, b) => compareText(a.cells[id], b.cells[id]))
}

/**
 * A sorted copy of `rows`. Ties keep a fixed order (by name, then id), so the list does not
 * shuffle when an unrelated activity changes. Without a sort, the rows are sorted by name.
 */
export function sortRows(
  rows: readonly ActivityRow[],
  sort: { id: ColumnId; desc: boolean } | null,
): ActivityRow[] {
  const byName = compareRows('name')
  const tieBreak: Compare = (a, b) =>
    byName(a, b) || (a.activity.id < b.activity.id ? -1 : a.activity.id > b.activity.id ? 1 : 0)
  if (!sort) return [...rows].sort(tieBreak)
  const primary = compareRows(sort.id)
  const sign = sort.desc ? -1 : 1
  return [...rows].sort((a, b) => sign * primary(a, b) || tieBreak(a, b))
}
