/**
 * The filters of the activity table and the search box, as pure functions over the
 * precomputed rows (activity-rows.ts). One pass over the rows with cheap comparisons,
 * so the table keeps up with typing at 5 000 activities.
 */
import type { Art6Basis } from '../../../../shared/law'
import type { ActivityStatus } from '../../../../shared/model'
import { compareText } from '../../i18n/format'
import type { DpiaState } from './activity-labels'
import { normalizeText, type ActivityRow } from './activity-rows'

/** `current` is active and draft: archived activities are out of the way unless asked for. */
export type StatusFilter = 'current' | ActivityStatus | 'all'
export const STATUS_FILTERS: readonly StatusFilter[] = [
  'current',
  'active',
  'draft',
  'archived',
  'all',
]

export type TransferFilter = 'any' | 'yes' | 'no'

export interface ActivityFilters {
  query: string
  status: StatusFilter
  legalBasis: Art6Basis | 'any'
  /** The owning department; null for any, '' for activities without one. */
  owner: string | null
  transfers: TransferFilter
  dpia: DpiaState | 'any'
  /** Only activities not reviewed in the last 12 months (or never). */
  overdue: boolean
  /** Only activities the privacy policy does not describe («ikke omtalt»). */
  undisclosed: boolean
}

export const DEFAULT_FILTERS: ActivityFilters = {
  query: '',
  status: 'current',
  legalBasis: 'any',
  owner: null,
  transfers: 'any',
  dpia: 'any',
  overdue: false,
  undisclosed: false,
}

/** True when any filter other than the status differs from its default. */
export function hasNarrowingFilters(filters: ActivityFilters): boolean {
  return (
    queryTerms(filters.query).length > 0 ||
    filters.legalBasis !== 'any' ||
    filters.owner !== null ||
    filters.transfers !== 'any' ||
    filters.dpia !== 'any' ||
    filters.overdue ||
    filters.undisclosed
  )
}

/** The words of a query, normalised; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return normalizeText(query)
    .split(/\s+/)
    .filter((w) => w !== '')
}

/**
 * The date 12 months before `today` (both `YYYY-MM-DD`): a review before it is overdue.
 * 29 February falls back to the 28th, which the year before has.
 */
export function reviewCutoff(today: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today)
  if (!match) throw new RangeError(`Ugyldig dato: «${today}»`)
  const year = String(Number(match[1]) - 1).padStart(4, '0')
  const day = match[2] === '02' && match[3] === '29' ? '28' : match[3]!
  return `${year}-${match[2]}-${day}`
}

/** Never reviewed, or last reviewed more than 12 months before the cutoff's `today`. */
export function isReviewOverdue(lastReviewed: string | null, cutoff: string): boolean {
  return lastReviewed === null || lastReviewed < cutoff
}

function statusMatches(status: ActivityStatus, filter: StatusFilter): boolean {
  if (filter === 'all') return true
  if (filter === 'current') return status !== 'archived'
  return status === filter
}

const NONE: ReadonlySet<string> = new Set()

/**
 * The rows that pass every filter and contain every word of the query. `undisclosed`
 * holds the ids of the activities the privacy policy does not describe.
 */
export function filterRows(
  rows: readonly ActivityRow[],
  filters: ActivityFilters,
  today: string,
  undisclosed: ReadonlySet<string> = NONE,
): ActivityRow[] {
  const terms = queryTerms(filters.query)
  const cutoff = filters.overdue ? reviewCutoff(today) : ''
  const owner = filters.owner === null ? null : filters.owner.trim()
  return rows.filter((row) => {
    const a = row.activity
    if (!statusMatches(a.status, filters.status)) return false
    if (filters.legalBasis !== 'any' && !a.purposes.some((p) => p.basis === filters.legalBasis))
      return false
    if (owner !== null && a.owner.trim() !== owner) return false
    if (filters.transfers !== 'any' && a.transferIds.length > 0 !== (filters.transfers === 'yes'))
      return false
    if (filters.dpia !== 'any' && row.dpia !== filters.dpia) return false
    if (filters.overdue && !isReviewOverdue(a.lastReviewed, cutoff)) return false
    if (filters.undisclosed && !undisclosed.has(a.id)) return false
    for (const term of terms) if (!row.search.includes(term)) return false
    return true
  })
}

/** The departments named in the record, each once, in Norwegian alphabetical order. */
export function ownerOptions(rows: readonly ActivityRow[]): string[] {
  const owners = new Set<string>()
  for (const row of rows) owners.add(row.activity.owner.trim())
  return [...owners].sort(compareText)
}
