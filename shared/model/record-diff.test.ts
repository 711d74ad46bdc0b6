import { describe, expect, it } from 'vitest'
import { deepEqual, diffRecords } from './record-diff'

describe('diffRecords', () => {
  it('lists only the fields that changed', () => {
    const before = { id: 'a', name: 'Kundeavtale', owner: 'Salg', status: 'draft' }
    const after = { id: 'a', name: 'Kundeavtaler', owner: 'Salg', status: 'active' }
    expect(diffRecords(before, after)).toEqual([
      { field: 'name', before: 'Kundeavtale', after: 'Kundeavtaler' },
      { field: 'status', before: 'draft', after: 'active' },
    ])
  })

  it('returns nothing for equal records, even when they are different objects', () => {
    const make = () => ({
      id: 'a',
      purposes: ['Fakturering'],
      retention: { period: '5 år', basis: 'bokføringsloven' },
    })
    expect(diffRecords(make(), make())).toEqual([])
  })

  it('flattens nested objects into dotted paths', () => {
    const before = {
      retention: { period: '3 år', basis: '' },
      dpia: { needed: 'no', doneOn: null },
    }
    const after = {
      retention: { period: '5 år', basis: '' },
      dpia: { needed: 'yes', doneOn: '2026-01-15' },
    }
    expect(diffRecords(before, after)).toEqual([
      { field: 'retention.period', before: '3 år', after: '5 år' },
      { field: 'dpia.needed', before: 'no', after: 'yes' },
      { field: 'dpia.doneOn', before: null, after: '2026-01-15' },
    ])
  })

  it('goes several levels deep', () => {
    expect(diffRecords({ a: { b: { c: 1, d: 2 } } }, { a: { b: { c: 1, d: 3 } } })).toEqual([
      { field: 'a.b.d', before: 2, after: 3 },
    ])
  })

  it('compares arrays as whole values', () => {
    const before = {
      purposes: ['Fakturering', 'Kundeservice'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
    }
    const after = {
      purposes: ['Fakturering'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
    }
    expect(diffRecords(before, after)).toEqual([
      { field: 'purposes', before: ['Fakturering', 'Kundeservice'], after: ['Fakturering'] },
    ])
    // A change inside an array element is reported as the whole array, not as "legalBases.0.law".
    const changed = {
      ...before,
      legalBases: [{ basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' }],
    }
    expect(diffRecords(before, changed).map((c) => c.field)).toEqual(['legalBases'])
  })

  it('treats reordering an array as a change', () => {
    expect(diffRecords({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })).toHaveLength(1)
  })

  it('lists every field of a created record with before undefined', () => {
    expect(diffRecords(null, { id: 'x', retention: { period: '1 år' } })).toEqual([
      { field: 'id', before: undefined, after: 'x' },
      { field: 'retention.period', before: undefined, after: '1 år' },
    ])
  })

  it('lists every field of a deleted record with after undefined', () => {
    expect(diffRecords({ id: 'x', notes: '' }, null)).toEqual([
      { field: 'id', before: 'x', after: undefined },
      { field: 'notes', before: '', after: undefined },
    ])
  })

  it('reports added and removed fields', () => {
    expect(diffRecords({ a: 1, gone: true }, { a: 1, added: 'ny' })).toEqual([
      { field: 'gone', before: true, after: undefined },
      { field: 'added', before: undefined, after: 'ny' },
    ])
  })

  it('lists the fields of a nested object that appears or disappears', () => {
    expect(diffRecords({ a: 1 }, { a: 1, n: { x: 1, y: [2] } })).toEqual([
      { field: 'n.x', before: undefined, after: 1 },
      { field: 'n.y', before: undefined, after: [2] },
    ])
    expect(diffRecords({ n: { x: 1 } }, {})).toEqual([
      { field: 'n.x', before: 1, after: undefined },
    ])
  })

  it('reports a whole value when an object becomes null or the other way round', () => {
    expect(diffRecords({ dpo: { name: 'Kari', email: '' } }, { dpo: null })).toEqual([
      { field: 'dpo', before: { name: 'Kari', email: '' }, after: null },
    ])
    expect(diffRecords({ dpo: null }, { dpo: { name: 'Kari' } })).toEqual([
      { field: 'dpo', before: null, after: { name: 'Kari' } },
    ])
  })

  it('distinguishes null, undefined, 0, empty string and false', () => {
    const values = [null, undefined, 0, '', false]
    for (const a of values) {
      for (const b of values) {
        if (a === b) continue
        expect(diffRecords({ f: a }, { f: b })).toHaveLength(1)
      }
    }
  })

  it('does not mutate its inputs', () => {
    const before = { a: { b: [1, 2] }, c: 'x' }
    const after = { a: { b: [1, 3] }, d: 'y' }
    const snapshot = JSON.stringify([before, after])
    diffRecords(before, after)
    expect(JSON.stringify([before, after])).toBe(snapshot)
  })
})

describe('deepEqual', () => {
  it('compares JSON-like values structurally', () => {
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true)
    expect(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false)
    expect(deepEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(deepEqual([], {})).toBe(false)
    expect(deepEqual(null, {})).toBe(false)
    expect(deepEqual(NaN, NaN)).toBe(true)
  })
})
