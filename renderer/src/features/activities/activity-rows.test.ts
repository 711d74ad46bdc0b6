import { activityFromV1, emptyActivityV1, sourcesFromActivitiesV1, type ActivityV1 } from '../../../../shared/model/migrations/002-record-model-v2'
import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../../../../shared/model'
import {
  activityRows,
  buildActivityRow,
  buildActivityRows,
  rowLookups,
  TEXT_COLUMN_IDS,
} from './activity-rows'
import { sortRows, ValueRanks } from './activity-sort'
import { compareText } from '../../i18n/format'

const NOW = '2026-11-23T12:00:00.000Z'

function activity(id: string, patch: Partial<ActivityV1>): ProcessingActivity {
  return activityFromV1(id, NOW, { name: 'Ny behandlingsaktivitet', ...patch })
}

const lookups = rowLookups([], [])

describe('buildActivityRow', () => {
  it('has text for every column and marks an incomplete draft', () => {
    const row = buildActivityRow(activity('a', { name: 'Lønn' }), lookups)
    expect(Object.keys(row.cells).sort()).toEqual([...TEXT_COLUMN_IDS].sort())
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
      sources: [{ kind: 'data-subject', name: '' }],
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
        purposes: ['Lese av målere for nettselskapet'],
        dataCategories: ['Navn og adresse'],
        sources: [{ kind: 'public-register', name: 'Folkeregisteret' }],
        criminalData: true,
        criminalDataBasis: 'politiregisterloven § 39',
        art9Bases: ['employment'],
        dpia: { needed: 'yes', doneOn: '2025-02-03' },
        lastReviewed: '2025-12-01',
      }),
      // The activity names its source by id in the shared list of sources.
      rowLookups([], [], sourcesFromActivitiesV1([{ ...emptyActivityV1('a', NOW), sources: [{ kind: 'public-register', name: 'Folkeregisteret' }] }])),
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

describe('activityRows', () => {
  it('gives the same rows for the same arrays, and builds only what changed', () => {
    const list = [activity('a', { name: 'A' }), activity('b', { name: 'B' })]
    const first = activityRows(list, [], [])
    const processors: never[] = []
    const transfers: never[] = []
    const again = activityRows(list, processors, transfers)
    expect(activityRows(list, processors, transfers)).toBe(again)
    const edited = [list[0]!, { ...list[1]!, name: 'C', updatedAt: '2026-11-24T08:00:00.000Z' }]
    const next = activityRows(edited, processors, transfers)
    expect(next[0]).toBe(again[0])
    expect(next[1]!.cells.name).toBe('C')
    // Other processors or transfers: every row is built again, as the rows name them.
    expect(activityRows(edited, [], transfers)[0]).not.toBe(next[0])
    expect(first).toHaveLength(2)
  })
})

describe('ValueRanks', () => {
  it('ranks values in Norwegian order, equal ranks for values the order does not tell apart', () => {
    const ranks = new ValueRanks(compareText)
    ranks.update(['b', 'Å', 'a', 'Salg', 'salg', 'Z'])
    const order = ['a', 'b', 'Salg', 'Z', 'Å'].map((v) => ranks.rank(v))
    expect([...order].sort((x, y) => x - y)).toEqual(order)
    expect(new Set(order).size).toBe(5)
    expect(ranks.rank('salg')).toBe(ranks.rank('Salg'))
    // New values are placed among the old ones.
    ranks.update(['Ø', 'c', 'a'])
    expect(ranks.rank('b')).toBeLessThan(ranks.rank('c'))
    expect(ranks.rank('c')).toBeLessThan(ranks.rank('Salg'))
    expect(ranks.rank('Z')).toBeLessThan(ranks.rank('Ø'))
    expect(ranks.rank('Ø')).toBeLessThan(ranks.rank('Å'))
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
  it('sorts the activities the policy does not describe first, then by the clauses', () => {
    const disclosure = {
      headings: new Map([
        ['1', []],
        ['2', ['Rett til innsyn']],
        ['3', []],
        ['4', ['Hva vi bruker opplysningene til']],
      ]),
      undisclosed: new Set(['3', '1']),
    }
    // Active, and about people the policy informs.
    const customers = activity('x', { dataSubjects: ['Kunder'], externalSubjects: true }).dataSubjects
    const active = rows.map((r) => ({
      ...r,
      activity: { ...r.activity, status: 'active' as const, dataSubjects: customers },
    }))
    const byDisclosure = (desc: boolean) =>
      sortRows(active, { id: 'disclosure', desc }, disclosure).map((r) => r.activity.name)
    expect(byDisclosure(false)).toEqual(['Æble', 'Øvrige', 'Zebra', 'anlegg'])
    expect(byDisclosure(true)).toEqual(['anlegg', 'Zebra', 'Æble', 'Øvrige'])
  })
  it('agrees with a plain sort by the collator on many rows, also after values change', () => {
    const words = [
      'Kunde',
      'kunde',
      'Ærlig',
      'Øst',
      'Åpen',
      'abc',
      'Abc 10',
      'Abc 9',
      'zulu',
      'Élan',
    ]
    const many = buildActivityRows(
      Array.from({ length: 300 }, (_, i) =>
        activity(`id-${String(i).padStart(3, '0')}`, {
          name: `${words[i % words.length]} ${i % 7}`,
          owner: words[(i * 7) % words.length]!,
        }),
      ),
      lookups,
      new Map(),
    )
    const expected = (list: typeof many) =>
      [...list]
        .sort(
          (a, b) =>
            compareText(a.cells.owner, b.cells.owner) ||
            compareText(a.cells.name, b.cells.name) ||
            (a.activity.id < b.activity.id ? -1 : 1),
        )
        .map((r) => r.activity.id)
    expect(sortRows(many, { id: 'owner', desc: false }).map((r) => r.activity.id)).toEqual(
      expected(many),
    )
    const changed = buildActivityRows(
      many.map((r, i) =>
        i % 50 === 0
          ? { ...r.activity, owner: `Ny ${i}`, updatedAt: NOW.replace('12', '13') }
          : r.activity,
      ),
      lookups,
      new Map(),
    )
    expect(sortRows(changed, { id: 'owner', desc: false }).map((r) => r.activity.id)).toEqual(
      expected(changed),
    )
  })
  it('does not change its input', () => {
    const before = rows.map((r) => r.activity.id)
    sortRows(rows, { id: 'name', desc: true })
    expect(rows.map((r) => r.activity.id)).toEqual(before)
  })
})
