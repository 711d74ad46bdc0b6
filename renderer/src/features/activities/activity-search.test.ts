import { describe, expect, it } from 'vitest'
import { emptyActivity, type ProcessingActivity } from '../../../../shared/model'
import { buildSearchIndex, queryTerms, searchActivities } from './activity-search'

const NOW = '2026-11-23T12:00:00.000Z'

function activity(id: string, patch: Partial<ProcessingActivity>): ProcessingActivity {
  return { ...emptyActivity(id, NOW), ...patch }
}

const list = [
  activity('a', {
    name: 'Kundeavtale og fakturering',
    owner: 'Kundeservice',
    purposes: ['Inngå og følge opp strømavtaler'],
    legalBases: [{ basis: 'contract', law: '', interest: '' }],
  }),
  activity('b', {
    name: 'Lønn',
    owner: 'Økonomi',
    purposes: ['Utbetale lønn'],
    legalBases: [{ basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' }],
    systems: ['Visma'],
  }),
  activity('c', {
    name: 'Kameraovervåking',
    status: 'active',
    dataCategories: ['Bilder og video'],
  }),
]
const index = buildSearchIndex(list)
const ids = (query: string) => searchActivities(index, query).map((a) => a.id)

describe('searchActivities', () => {
  it('returns everything for a blank query', () => {
    expect(ids('   ')).toEqual(['a', 'b', 'c'])
  })
  it('ignores case, also for æ, ø and å', () => {
    expect(ids('ØKONOMI')).toEqual(['b'])
    expect(ids('strømavtaler')).toEqual(['a'])
  })
  it('finds text in lists, the law and the Norwegian label of the legal basis', () => {
    expect(ids('visma')).toEqual(['b'])
    expect(ids('bokføringsloven')).toEqual(['b'])
    expect(ids('rettslig forpliktelse')).toEqual(['b'])
    expect(ids('avtale')).toEqual(['a'])
    expect(ids('video')).toEqual(['c'])
  })
  it('requires every word', () => {
    expect(ids('lønn visma')).toEqual(['b'])
    expect(ids('lønn kamera')).toEqual([])
  })
  it('matches the status label', () => {
    expect(ids('utkast')).toEqual(['a', 'b'])
    expect(ids('aktiv')).toEqual(['c'])
  })
})

describe('queryTerms', () => {
  it('splits on any whitespace', () => {
    expect(queryTerms(' Lønn\tog  Ferie ')).toEqual(['lønn', 'og', 'ferie'])
  })
})
