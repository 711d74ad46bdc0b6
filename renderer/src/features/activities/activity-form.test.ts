import { activityFromV1, type ActivityV1 } from '../../../../shared/model/migrations/002-record-model-v2'
import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../../../../shared/model'
import { sampleProcessor } from '../../db/test-support'
import {
  collectSuggestions,
  pickerProcessors,
  rebase,
  withId,
} from './activity-form'

const NOW = '2026-11-23T12:00:00.000Z'
const LATER = '2026-11-24T08:00:00.000Z'

function activity(patch: Partial<ActivityV1> = {}): ProcessingActivity {
  return activityFromV1('a', NOW, { name: 'Lønn', ...patch })
}

const period = (nb: string) => [{ id: 'r1', period: { nb, nn: '' }, basis: { nb: '', nn: '' }, categoryIds: [], purposeIds: [] }]

describe('rebase', () => {
  it('takes what changed in the store and keeps the unsaved edits of other fields', () => {
    const base = activity()
    const draft = { ...base, name: 'Lønn og personal', reviewNotes: ['Kontroller grunnlaget'] }
    const stored = { ...base, status: 'archived' as const, updatedAt: LATER }
    const next = rebase(draft, base, stored)
    expect(next.status).toBe('archived')
    expect(next.updatedAt).toBe(LATER)
    expect(next.name).toBe('Lønn og personal')
    expect(next.reviewNotes).toEqual(['Kontroller grunnlaget'])
  })

  it('lets the store win a field that both changed', () => {
    const base = activity()
    const draft = { ...base, lastReviewed: '2026-01-01' }
    const stored = { ...base, lastReviewed: '2026-11-23' }
    expect(rebase(draft, base, stored).lastReviewed).toBe('2026-11-23')
  })

  it('compares nested fields by value and does not touch its inputs', () => {
    const base = activity({ retention: { period: '5 år', basis: '' } })
    const draft = { ...base, retention: period('3 år') }
    const stored = { ...base, retention: period('5 år') }
    const copy = structuredClone(draft)
    expect(rebase(draft, base, stored).retention[0]!.period.nb).toBe('3 år')
    expect(draft).toEqual(copy)
  })
})

describe('withId', () => {
  it('adds once', () => {
    expect(withId(['a'], 'a')).toEqual(['a'])
    expect(withId(['a'], 'b')).toEqual(['a', 'b'])
  })
})

describe('collectSuggestions', () => {
  it('gives each value once, in Norwegian order, without blank owners', () => {
    const s = collectSuggestions([
      activity({ owner: 'Økonomi', dataSubjects: ['Kunder', 'Ansatte'], systems: ['Visma'] }),
      activity({ owner: ' ', dataSubjects: ['Ansatte', 'Årsmøtedeltakere'], area: 'HR' }),
      activity({ owner: 'Administrasjon', dataSubjects: ['Zebra'] }),
    ])
    expect(s.owner).toEqual(['Administrasjon', 'Økonomi'])
    expect(s.area).toEqual(['HR'])
    expect(s.dataSubjects).toEqual(['Ansatte', 'Kunder', 'Zebra', 'Årsmøtedeltakere'])
    expect(s.systems).toEqual(['Visma'])
    expect(s.recipients).toEqual([])
  })
})

describe('pickerProcessors', () => {
  const processors = Array.from({ length: 120 }, (_, i) =>
    sampleProcessor({
      id: `p-${i}`,
      name: `Leverandør ${String(i).padStart(3, '0')}`,
      services: i % 10 === 0 ? ['Skylagring'] : ['Drift'],
      status: i === 5 ? 'archived' : 'active',
    }),
  )
  const names = (list: { name: string }[]) => list.map((p) => p.name)

  it('lists the chosen ones and at most the limit of the others, in alphabetical order', () => {
    const chosen = new Set(['p-119', 'p-5'])
    const { shown, total } = pickerProcessors(processors, chosen, '', 3)
    expect(names(shown)).toEqual([
      'Leverandør 000',
      'Leverandør 001',
      'Leverandør 002',
      'Leverandør 005',
      'Leverandør 119',
    ])
    // The archived one counts only because it is chosen.
    expect(total).toBe(120)
  })

  it('finds by name or service, every word, case ignored', () => {
    const { shown, total } = pickerProcessors(processors, new Set(), 'SKYLAGRING leverandør 1', 50)
    expect(names(shown)).toEqual(['Leverandør 010', 'Leverandør 100', 'Leverandør 110'])
    expect(total).toBe(3)
    // An archived processor that is not chosen is not offered.
    expect(pickerProcessors(processors, new Set(), '005', 50).shown).toEqual([])
  })
})
