import { describe, expect, it } from 'vitest'
import { emptyActivity, type ProcessingActivity } from '../../../../shared/model'
import { buildActivityRow, buildActivityRows, COLUMN_IDS, rowLookups } from './activity-rows'
import { sortRows } from './activity-sort'

const NOW = '2026-11-23T12:00:00.000Z'

function activity(id: string, patch: Partial<ProcessingActivity>): ProcessingActivity {
  return { ...emptyActivity(id, NOW), ...patch }
}

const lookups = rowLookups([], [])

describe('buildActivityRow', () => {
  it('has text for every column and marks an incomplete draft', () => {
    const row = buildActivityRow(activity('a', { name: 'Lønn' }), lookups)
    expect(Object.keys(row.cells).sort()).toEqual([...COLUMN_IDS].sort())
    expect(row.missing).toBeGreaterThan(0)
    expect(row.cells.status).toBe(`Utkast – mangler ${row.missing} opplysninger`)
    expect(row.cells.lastReviewed).toBe('Ikke gjennomgått')
    expect(row.cells.dpia).toBe('Ikke vurdert')
  })

  it('says «1 opplysning» in the singular and nothing is missing for an active activity', () => {
    const complete = activity('a', {
      name: 'Lønn',
      purposes: ['Utbetale lønn'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
      dataSubjects: ['Ansatte'],
      dataCategories: ['Kontonummer'],
      retention: { period: '5 år', basis: '' },
    })
    expect(buildActivityRow(complete, lookups).cells.status).toBe('Utkast – mangler 1 opplysning')
    const active = buildActivityRow({ ...complete, status: 'active' }, lookups)
    expect(active.missing).toBe(0)
    expect(active.cells.status).toBe('Aktiv')
  })

  it('writes codes in Norwegian', () => {
    const row = buildActivityRow(
      activity('a', {
        role: 'processor',
        onBehalfOf: 'Nettselskapet AS',
        sources: [{ kind: 'public-register', name: 'Folkeregisteret' }],
        criminalData: true,
        criminalDataBasis: 'politiregisterloven § 39',
        art9Bases: ['employment'],
        dpia: { needed: 'yes', doneOn: '2025-02-03' },
        lastReviewed: '2025-12-01',
      }),
      lookups,
    )
    expect(row.cells.role).toBe('Databehandler (Nettselskapet AS)')
    expect(row.cells.sources).toBe('Folkeregisteret (offentlig register)')
    expect(row.cells.criminalData).toBe('Ja (politiregisterloven § 39)')
    expect(row.cells.art9Bases).toBe('Arbeidsrett og trygderett')
    expect(row.cells.dpia).toBe('Gjennomført 03.02.2025')
    expect(row.cells.lastReviewed).toBe('01.12.2025')
  })
})

describe('the search text', () => {
  it('is lower case and composes decomposed letters', () => {
    const row = buildActivityRow(activity('a', { name: 'Ga\u030aRDSBRUK' }), lookups)
    expect(row.search).toContain('gårdsbruk')
  })
})

describe('buildActivityRows', () => {
  it('reuses the row of an activity it has seen in the same version', () => {
    const a = activity('a', { name: 'A' })
    const cache = new Map()
    const first = buildActivityRows([a], lookups, cache)
    const second = buildActivityRows([a, activity('b', {})], lookups, cache)
    expect(second[0]).toBe(first[0])
    // A fresh copy of the same version (as the database hands out) reuses it too.
    expect(buildActivityRows([structuredClone(a)], lookups, cache)[0]).toBe(first[0])
    // A new version is built anew.
    const edited = { ...a, name: 'B', updatedAt: '2026-11-24T08:00:00.000Z' }
    const third = buildActivityRows([edited], lookups, cache)
    expect(third[0]).not.toBe(first[0])
    expect(third[0]!.cells.name).toBe('B')
    expect(buildActivityRows([a], lookups, new Map())[0]).not.toBe(first[0])
  })
})

describe('sortRows', () => {
  const rows = buildActivityRows(
    [
      activity('1', { name: 'Øvrige', owner: 'b', lastReviewed: '2026-01-01', status: 'active' }),
      activity('2', { name: 'anlegg', owner: 'A', lastReviewed: null }),
      activity('3', { name: 'Æble', owner: 'a', lastReviewed: '2025-01-01', status: 'archived' }),
      activity('4', { name: 'Zebra', owner: 'A', lastReviewed: '2025-06-01' }),
    ],
    lookups,
    new Map(),
  )
  const names = (sort: Parameters<typeof sortRows>[1]) =>
    sortRows(rows, sort).map((r) => r.activity.name)

  it('sorts text in Norwegian order, case ignored, and by name without a sort', () => {
    expect(names({ id: 'name', desc: false })).toEqual(['anlegg', 'Zebra', 'Æble', 'Øvrige'])
    expect(names({ id: 'name', desc: true })).toEqual(['Øvrige', 'Æble', 'Zebra', 'anlegg'])
    expect(names(null)).toEqual(['anlegg', 'Zebra', 'Æble', 'Øvrige'])
  })
  it('breaks ties by name', () => {
    expect(names({ id: 'owner', desc: false })).toEqual(['anlegg', 'Zebra', 'Æble', 'Øvrige'])
  })
  it('sorts dates with never-reviewed first, and the status by its order', () => {
    expect(names({ id: 'lastReviewed', desc: false })).toEqual([
      'anlegg',
      'Æble',
      'Zebra',
      'Øvrige',
    ])
    expect(names({ id: 'status', desc: false })).toEqual(['anlegg', 'Zebra', 'Øvrige', 'Æble'])
  })
  it('does not change its input', () => {
    const before = rows.map((r) => r.activity.id)
    sortRows(rows, { id: 'name', desc: true })
    expect(rows.map((r) => r.activity.id)).toEqual(before)
  })
})
