/**
 * The order of the clauses: moving one up or down and finding the place of a new one.
 * Each returns the few `order` values that must change, so a move writes (and logs) two
 * records, not the whole policy; only when neighbours share an order or no gap is left
 * are all clauses numbered afresh.
 */
import type { Clause } from '../../../../shared/model'
import { orderClauses } from './engine'

export interface OrderUpdate {
  id: string
  order: number
}

/** The distance between clauses when they are numbered afresh (the library uses 100 too). */
export const ORDER_STEP = 100
/** The largest order the schema allows. */
const MAX_ORDER = 1_000_000

type Ordered = Pick<Clause, 'id' | 'order' | 'origin'>

function sameOrder(a: readonly Ordered[], b: readonly Ordered[]): boolean {
  return a.length === b.length && a.every((c, i) => c.id === b[i]!.id)
}

function applyUpdates<T extends Ordered>(
  clauses: readonly T[],
  updates: readonly OrderUpdate[],
): T[] {
  const byId = new Map(updates.map((u) => [u.id, u.order]))
  return clauses.map((c) => (byId.has(c.id) ? { ...c, order: byId.get(c.id)! } : c))
}

/** Numbers the clauses 100, 200, … in the given sequence; returns only the values that change. */
function renumber(sequence: readonly Ordered[], skip = -1): OrderUpdate[] {
  const updates: OrderUpdate[] = []
  sequence.forEach((c, i) => {
    const order = (i + 1 + (skip >= 0 && i >= skip ? 1 : 0)) * ORDER_STEP
    if (c.order !== order) updates.push({ id: c.id, order })
  })
  return updates
}

/**
 * The order changes that move clause `id` one place up or down in the policy. Empty when
 * it is first (up), last (down) or unknown.
 */
export function moveClause(
  clauses: readonly Clause[],
  id: string,
  direction: 'up' | 'down',
): OrderUpdate[] {
  const sorted = orderClauses(clauses)
  const i = sorted.findIndex((c) => c.id === id)
  const j = direction === 'up' ? i - 1 : i + 1
  if (i < 0 || j < 0 || j >= sorted.length) return []
  const desired = [...sorted]
  desired[i] = sorted[j]!
  desired[j] = sorted[i]!
  const a = sorted[i]!
  const b = sorted[j]!
  if (a.order !== b.order) {
    const swap = [
      { id: a.id, order: b.order },
      { id: b.id, order: a.order },
    ]
    // A third clause sharing one of the two orders could end up between them: check.
    if (sameOrder(orderClauses(applyUpdates(clauses, swap)), desired)) return swap
  }
  return renumber(desired)
}

/**
 * The order for a new custom clause placed right after clause `afterId` (first when
 * null), and any changes to other clauses needed to make room.
 */
export function insertionOrder(
  clauses: readonly Clause[],
  afterId: string | null,
): { order: number; updates: OrderUpdate[] } {
  const sorted = orderClauses(clauses)
  const found = afterId === null ? -1 : sorted.findIndex((c) => c.id === afterId)
  const pos = afterId === null ? 0 : found < 0 ? sorted.length : found + 1
  const lower = pos > 0 ? sorted[pos - 1]!.order : -1
  const upper = pos < sorted.length ? sorted[pos]!.order : null
  if (upper === null) {
    const order = Math.max(0, lower) + ORDER_STEP
    if (order <= MAX_ORDER) return { order, updates: [] }
  } else if (upper - lower >= 2) {
    return { order: Math.floor((lower + upper) / 2), updates: [] }
  }
  return { order: (pos + 1) * ORDER_STEP, updates: renumber(sorted, pos) }
}
