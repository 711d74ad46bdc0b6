import { describe, expect, it } from 'vitest'
import type { Clause } from '../../../../shared/model'
import { orderClauses } from '../../../../shared/policy'
import { sampleClause } from '../../db/test-support'
import { insertionOrder, moveClause, type OrderUpdate } from './clause-order'

function clause(id: string, order: number, origin: Clause['origin'] = 'standard'): Clause {
  return sampleClause({ id, order, origin })
}

function apply(clauses: readonly Clause[], updates: readonly OrderUpdate[]): Clause[] {
  const byId = new Map(updates.map((u) => [u.id, u.order]))
  return clauses.map((c) => ({ ...c, order: byId.get(c.id) ?? c.order }))
}

const ids = (clauses: readonly Clause[]) => orderClauses(clauses).map((c) => c.id)

describe('moveClause', () => {
  const list = [clause('a', 100), clause('b', 200), clause('c', 300), clause('d', 400)]

  it('swaps the orders of two neighbours: two writes', () => {
    const updates = moveClause(list, 'c', 'up')
    expect(updates).toEqual([
      { id: 'c', order: 200 },
      { id: 'b', order: 300 },
    ])
    expect(ids(apply(list, updates))).toEqual(['a', 'c', 'b', 'd'])
    expect(ids(apply(list, moveClause(list, 'a', 'down')))).toEqual(['b', 'a', 'c', 'd'])
  })

  it('does nothing at the ends or for an unknown id', () => {
    expect(moveClause(list, 'a', 'up')).toEqual([])
    expect(moveClause(list, 'd', 'down')).toEqual([])
    expect(moveClause(list, 'x', 'up')).toEqual([])
  })

  it('numbers afresh when neighbours share an order', () => {
    // Same order: standard before custom, so the custom clause comes second.
    const tied = [clause('std', 400), clause('cus', 400, 'custom'), clause('z', 500)]
    const updates = moveClause(tied, 'cus', 'up')
    expect(ids(apply(tied, updates))).toEqual(['cus', 'std', 'z'])
    expect(updates.every((u) => u.order % 100 === 0)).toBe(true)
  })

  it('numbers afresh when a swap would let a third clause in between', () => {
    // b and c2 share 200; swapping a (100) and b (200) would put c2 before a.
    const tricky = [
      clause('a', 100),
      clause('b', 200),
      clause('c2', 200, 'custom'),
      clause('d', 300),
    ]
    const updates = moveClause(tricky, 'b', 'up')
    expect(ids(apply(tricky, updates))).toEqual(['b', 'a', 'c2', 'd'])
  })

  it('keeps the policy order of every other clause, moving either way through a long list', () => {
    let current = Array.from({ length: 12 }, (_, i) =>
      clause(`k${i}`, (i + 1) * 100, i % 3 === 0 ? 'custom' : 'standard'),
    )
    for (let step = 0; step < 11; step++)
      current = apply(current, moveClause(current, 'k0', 'down'))
    expect(ids(current)).toEqual([...Array.from({ length: 11 }, (_, i) => `k${i + 1}`), 'k0'])
    for (let step = 0; step < 11; step++) current = apply(current, moveClause(current, 'k0', 'up'))
    expect(ids(current)).toEqual(Array.from({ length: 12 }, (_, i) => `k${i}`))
  })
})

describe('insertionOrder', () => {
  const list = [clause('a', 100), clause('b', 200), clause('c', 201)]
  const withNew = (clauses: Clause[], afterId: string | null) => {
    const { order, updates } = insertionOrder(clauses, afterId)
    return ids([...apply(clauses, updates), clause('new', order, 'custom')])
  }

  it('places the new clause in the gap after the chosen one, changing nothing else', () => {
    expect(insertionOrder(list, 'a')).toEqual({ order: 150, updates: [] })
    expect(withNew(list, 'a')).toEqual(['a', 'new', 'b', 'c'])
  })

  it('goes first when no clause is chosen, and last after the last', () => {
    expect(withNew(list, null)).toEqual(['new', 'a', 'b', 'c'])
    expect(insertionOrder(list, 'c')).toEqual({ order: 301, updates: [] })
    expect(withNew(list, 'c')).toEqual(['a', 'b', 'c', 'new'])
    expect(insertionOrder([], null)).toEqual({ order: 100, updates: [] })
  })

  it('makes room by numbering afresh when there is no gap', () => {
    const { updates } = insertionOrder(list, 'b')
    expect(updates.length).toBeGreaterThan(0)
    expect(withNew(list, 'b')).toEqual(['a', 'b', 'new', 'c'])
    const zero = [clause('z', 0), clause('y', 1)]
    expect(withNew(zero, null)).toEqual(['new', 'z', 'y'])
  })
})
