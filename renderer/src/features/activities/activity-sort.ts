/**
 * Sorting the activity rows by any column. The table sorts here, once per change of the
 * rows or the sort, and filters the sorted list afterwards: typing in the search box or
 * changing a filter then costs one pass, not a new sort.
 *
 * Comparing Norwegian text with `Intl.Collator` is what makes a sort of 5 000 rows slow
 * (some 60 000 comparisons). So the distinct values of a column are put in collation order
 * once and kept between sorts (a column such as «Avdeling» has few); each row then sorts
 * by the rank of its value, a comparison of two numbers. After an edit only the new
 * values are placed.
 */
import { compareText } from '../../i18n/format'
import { DPIA_STATES } from './activity-labels'
import {
  disclosureText,
  type ActivityRow,
  type ColumnId,
  type PolicyDisclosure,
  type TextColumnId,
} from './activity-rows'

const STATUS_ORDER = { draft: 0, active: 1, archived: 2 } as const
const DPIA_ORDER = Object.fromEntries(DPIA_STATES.map((s, i) => [s, i])) as Record<
  ActivityRow['dpia'],
  number
>

/** Plain code-unit order, for ISO dates and times (an empty value, never reviewed, first). */
function compareRaw(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0
}

/**
 * The distinct values of one column in order, and each value's rank: equal ranks for
 * values the order does not tell apart («Salg» and «salg» in Norwegian text order).
 */
export class ValueRanks {
  private sorted: string[] = []
  private ranks = new Map<string, number>()

  constructor(private readonly compare: (x: string, y: string) => number) {}

  /** Places the values not seen before; afterwards `rank` knows every value in `values`. */
  update(values: readonly string[]): void {
    const fresh = new Set<string>()
    for (const v of values) if (!this.ranks.has(v)) fresh.add(v)
    if (fresh.size === 0) return
    const added = [...fresh].sort(this.compare)
    // Values no row has any longer are dropped now and then, so edits do not pile them up.
    let keep = this.sorted
    if (keep.length > 2 * values.length + 100) {
      const present = new Set(values)
      keep = keep.filter((v) => present.has(v))
    }
    this.sorted = merge(keep, added, this.compare)
    this.ranks = new Map()
    let rank = 0
    for (let i = 0; i < this.sorted.length; i++) {
      if (i > 0 && this.compare(this.sorted[i - 1]!, this.sorted[i]!) !== 0) rank = i
      this.ranks.set(this.sorted[i]!, rank)
    }
  }

  rank(value: string): number {
    return this.ranks.get(value) ?? 0
  }
}

function merge(
  a: readonly string[],
  b: readonly string[],
  compare: (x: string, y: string) => number,
) {
  const out: string[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) out.push(compare(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!)
  while (i < a.length) out.push(a[i++]!)
  while (j < b.length) out.push(b[j++]!)
  return out
}

type RawColumn = 'lastReviewed' | 'createdAt' | 'updatedAt'
const RAW: Record<RawColumn, (row: ActivityRow) => string> = {
  lastReviewed: (r) => r.activity.lastReviewed ?? '',
  createdAt: (r) => r.activity.createdAt,
  updatedAt: (r) => r.activity.updatedAt,
}
const isRaw = (id: ColumnId): id is RawColumn => id in RAW

/** The ranks of each column, kept for as long as the app runs. */
const columnRanks = new Map<ColumnId, ValueRanks>()
/** The ranks of the «Personvernerklæringen» texts, which are not part of a row's text. */
const disclosureRanks = new ValueRanks(compareText)
/** Each row's rank by column, for the rows as they are now (a new array after a change). */
const rowRanks = new WeakMap<readonly ActivityRow[], Map<ColumnId, Float64Array>>()

function ranksOf(id: TextColumnId | RawColumn, rows: readonly ActivityRow[]): Float64Array {
  let known = rowRanks.get(rows)
  if (!known) {
    known = new Map()
    rowRanks.set(rows, known)
  }
  const cached = known.get(id)
  if (cached) return cached
  const get = isRaw(id) ? RAW[id] : (row: ActivityRow) => row.cells[id]
  let ranks = columnRanks.get(id)
  if (!ranks) {
    ranks = new ValueRanks(isRaw(id) ? compareRaw : compareText)
    columnRanks.set(id, ranks)
  }
  const values = rows.map(get)
  ranks.update(values)
  const keys = new Float64Array(rows.length)
  for (let i = 0; i < values.length; i++) keys[i] = ranks.rank(values[i]!)
  known.set(id, keys)
  return keys
}

/** A number per row that sorts the rows by column `id`, ascending. */
function sortKeys(
  id: ColumnId,
  rows: readonly ActivityRow[],
  disclosure: PolicyDisclosure | undefined,
): Float64Array {
  const keys = new Float64Array(rows.length)
  switch (id) {
    case 'status':
      // By status, and among drafts the one that lacks most first.
      rows.forEach((r, i) => (keys[i] = STATUS_ORDER[r.activity.status] * 1e6 - r.missing))
      return keys
    case 'dpia':
      rows.forEach((r, i) => (keys[i] = DPIA_ORDER[r.dpia]))
      return keys
    case 'disclosure': {
      // The activities the policy does not describe first, then those it describes by the
      // clauses' headings, then those it leaves out (drafts, archived, internal).
      const texts = rows.map((r) => disclosureText(r.activity, disclosure) ?? '')
      disclosureRanks.update(texts)
      rows.forEach((r, i) => {
        const id = r.activity.id
        const group = disclosure?.undisclosed.has(id) ? 0 : disclosure?.headings.has(id) ? 1 : 2
        keys[i] = group * 1e9 + disclosureRanks.rank(texts[i]!)
      })
      return keys
    }
    default:
      return ranksOf(id, rows)
  }
}

/**
 * A sorted copy of `rows`. Ties keep a fixed order (by name, then id), so the list does not
 * shuffle when an unrelated activity changes. Without a sort, the rows are sorted by name.
 * `disclosure` gives the clauses that describe each activity (the `disclosure` column).
 */
export function sortRows(
  rows: readonly ActivityRow[],
  sort: { id: ColumnId; desc: boolean } | null,
  disclosure?: PolicyDisclosure,
): ActivityRow[] {
  const names = ranksOf('name', rows)
  const primary = sort && sort.id !== 'name' ? sortKeys(sort.id, rows, disclosure) : null
  const sign = sort?.desc ? -1 : 1
  const order = Array.from(rows, (_, i) => i)
  order.sort((a, b) => {
    if (primary) {
      const byPrimary = primary[a]! - primary[b]!
      if (byPrimary !== 0) return sign * byPrimary
    } else {
      const byName = names[a]! - names[b]!
      if (byName !== 0) return sign * byName
    }
    const byName = names[a]! - names[b]!
    if (byName !== 0) return byName
    const x = rows[a]!.activity.id
    const y = rows[b]!.activity.id
    return x < y ? -1 : x > y ? 1 : 0
  })
  return order.map((i) => rows[i]!)
}
