import { describe, expect, it } from 'vitest'
import { emptyActivity, processor, type Processor } from '../../../../shared/model'
import {
  activityCounts,
  agreementStatus,
  checklistCount,
  emptyProcessor,
  processorProblems,
  searchProcessors,
  setChecklistItem,
} from './processor-model'

const NOW = '2026-11-23T12:00:00.000Z'

function proc(id: string, over: Partial<Processor> = {}): Processor {
  return { ...emptyProcessor(NOW), id, name: `Behandler ${id}`, ...over }
}

describe('emptyProcessor', () => {
  it('is a valid record once it has an id and a name', () => {
    expect(processor.safeParse({ ...emptyProcessor(NOW), id: 'p1', name: 'Skyhall Drift AS' }).success).toBe(true)
  })
})

describe('agreement and checklist', () => {
  it('reads the agreement as signed with a Norwegian date, or missing', () => {
    expect(agreementStatus(proc('a', { agreement: { signedOn: '2025-03-01', reference: '', checklist: {} } }))).toBe(
      'Signert 01.03.2025',
    )
    expect(agreementStatus(proc('b'))).toBe('Mangler avtale')
  })
  it('counts only items ticked true, out of the eight of art. 28(3)', () => {
    const p = proc('a', {
      agreement: { signedOn: null, reference: '', checklist: { audits: true, confidentiality: false, 'security-art32': true } },
    })
    expect(checklistCount(p)).toEqual({ done: 2, total: 8 })
  })
  it('leaves unticked items out, so ticking and unticking is no change', () => {
    const ticked = setChecklistItem({}, 'audits', true)
    expect(ticked).toEqual({ audits: true })
    expect(setChecklistItem(ticked, 'audits', false)).toEqual({})
    // The input is not mutated.
    expect(ticked).toEqual({ audits: true })
  })
})

describe('activityCounts', () => {
  it('counts the activities using each processor, leaving archived activities out', () => {
    const a = (id: string, processorIds: string[], status: 'draft' | 'active' | 'archived' = 'active') => ({
      ...emptyActivity(id, NOW),
      processorIds,
      status,
    })
    const counts = activityCounts([a('1', ['p1', 'p2']), a('2', ['p1', 'p1']), a('3', ['p2'], 'archived')])
    expect(counts.get('p1')).toBe(2)
    expect(counts.get('p2')).toBe(1)
    expect(counts.get('p3')).toBeUndefined()
  })
})

describe('searchProcessors', () => {
  const list = [
    proc('1', { name: 'Skyhall Drift AS', services: ['Hosting'], subProcessors: [{ name: 'Nordisk Backup AB', country: 'SE', service: 'Sikkerhetskopi' }] }),
    proc('2', { name: 'Relaywell Inc.', country: 'US', subProcessors: [{ name: 'Relaywell Pvt', country: 'IN', service: '' }] }),
  ]
  const ids = (q: string) => searchProcessors(list, q).map((p) => p.id)
  it('finds by name, service, country name and sub-processor, ignoring case', () => {
    expect(ids('')).toEqual(['1', '2'])
    expect(ids('SKYHALL')).toEqual(['1'])
    expect(ids('hosting')).toEqual(['1'])
    expect(ids('usa')).toEqual(['2'])
    expect(ids('india')).toEqual(['2'])
    expect(ids('backup sverige')).toEqual(['1'])
    expect(ids('mangler avtale')).toEqual(['1', '2'])
    expect(ids('backup india')).toEqual([])
  })
})

describe('processorProblems', () => {
  it('asks for the name, the country and each sub-processor’s name and country', () => {
    const p = proc('1', { name: ' ', country: '', subProcessors: [{ name: '', country: '', service: '' }] })
    expect(processorProblems(p).map((x) => x.field)).toEqual([
      'name',
      'country',
      'subProcessors.0.name',
      'subProcessors.0.country',
    ])
    expect(processorProblems(proc('2'))).toEqual([])
  })
  it('checks a Norwegian processor’s organisation number with the mod-11 digit, as the company page does', () => {
    expect(processorProblems(proc('1', { orgNumber: '123 456 789' }))).toEqual([
      {
        field: 'orgNumber',
        message: 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk at sifrene er riktige.',
      },
    ])
    expect(processorProblems(proc('1', { orgNumber: '12345' })).map((x) => x.message)).toEqual([
      'Organisasjonsnummeret må ha ni siffer.',
    ])
    expect(processorProblems(proc('1', { orgNumber: '321 654 983' }))).toEqual([])
    // Not known yet: may stay empty.
    expect(processorProblems(proc('1', { orgNumber: '' }))).toEqual([])
  })
  it('leaves a foreign processor’s identifier free', () => {
    expect(processorProblems(proc('1', { country: 'US', orgNumber: '123 456 789' }))).toEqual([])
    expect(processorProblems(proc('1', { country: 'SE', orgNumber: '556677-8899' }))).toEqual([])
  })
  it('is refused by the store too when Norwegian with a wrong check digit', () => {
    const base = { ...emptyProcessor(NOW), id: 'p1', name: 'Skyhall Drift AS' }
    const bad = processor.safeParse({ ...base, orgNumber: '123 456 789' })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['orgNumber'])
    expect(processor.safeParse({ ...base, orgNumber: '321 654 983' }).success).toBe(true)
    expect(processor.safeParse({ ...base, country: 'US', orgNumber: '123 456 789' }).success).toBe(true)
  })
})
