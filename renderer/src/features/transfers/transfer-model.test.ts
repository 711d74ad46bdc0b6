import { describe, expect, it } from 'vitest'
import { emptyActivity, transfer, type Processor, type Transfer } from '../../../../shared/model'
import {
  emptyTransfer,
  mechanismOptions,
  normalizeTransfer,
  outdatedReason,
  relevantFields,
  searchTransfers,
  suggestedCountry,
  transferProblems,
  visibleBeforeSave,
} from './transfer-model'
import { linkUpdates } from '../../db/repo/transfers'

const NOW = '2026-11-23T12:00:00.000Z'

function tr(over: Partial<Transfer> = {}): Transfer {
  return { ...emptyTransfer(NOW), id: 't1', recipient: 'Relaywell Inc.', country: 'US', sccModule: 2, tiaDate: '2025-06-30', ...over }
}

describe('emptyTransfer', () => {
  it('is valid for the store once it has an id, a recipient and a country', () => {
    expect(transfer.safeParse({ ...emptyTransfer(NOW), id: 'x', recipient: 'A', country: 'IN' }).success).toBe(true)
  })
})

describe('mechanismOptions', () => {
  it('offers only current mechanisms for a new transfer', () => {
    expect(mechanismOptions('privacy-shield', true)).toEqual(['adequacy', 'eu-us-dpf', 'scc-2021', 'bcr', 'derogation'])
  })
  it('keeps an existing transfer’s outdated mechanism in the list so it can be shown', () => {
    expect(mechanismOptions('privacy-shield', false)).toContain('privacy-shield')
    expect(mechanismOptions('scc-2021', false)).not.toContain('privacy-shield')
  })
  it('explains why a mechanism is outdated', () => {
    expect(outdatedReason('privacy-shield')).toMatch(/Schrems II/)
    expect(outdatedReason('scc-2021')).toBeNull()
  })
})

describe('relevantFields and normalizeTransfer', () => {
  it('shows the module for SCCs, as main mechanism or as fallback', () => {
    expect(relevantFields(tr()).sccModule).toBe(true)
    expect(relevantFields(tr({ mechanism: 'eu-us-dpf', fallback: 'scc-2021' }))).toMatchObject({ sccModule: true, dpfCheckedOn: true })
    expect(relevantFields(tr({ mechanism: 'adequacy', country: 'GB', tiaDate: null }))).toEqual({
      sccModule: false,
      dpfCheckedOn: false,
      derogation: false,
      tiaDate: false,
    })
  })
  it('clears the details a changed mechanism no longer uses, but keeps a recorded assessment date', () => {
    const changed = normalizeTransfer(tr({ mechanism: 'adequacy', country: 'GB', dpfCheckedOn: '2026-01-01', derogation: 'legal-claims' }))
    expect(changed).toMatchObject({ sccModule: null, dpfCheckedOn: null, derogation: null, tiaDate: '2025-06-30' })
    const kept = normalizeTransfer(tr({ mechanism: 'eu-us-dpf', dpfCheckedOn: '2026-01-01', fallback: 'scc-2021' }))
    expect(kept).toMatchObject({ sccModule: 2, dpfCheckedOn: '2026-01-01' })
  })
})

describe('transferProblems', () => {
  const fields = (x: Transfer, isNew = true) =>
    transferProblems(x, { isNew }).filter((p) => p.severity === 'error').map((p) => p.field)

  it('asks for a recipient and a country in the form’s own words', () => {
    expect(fields(tr({ recipient: ' ', country: '' }))).toEqual(['recipient', 'country'])
  })
  it('requires the module for SCCs, and the check date and a fallback for the DPF', () => {
    expect(fields(tr({ sccModule: null }))).toEqual(['sccModule'])
    expect(fields(tr({ mechanism: 'eu-us-dpf', sccModule: null }))).toEqual(['dpfCheckedOn', 'fallback'])
    expect(fields(tr({ mechanism: 'eu-us-dpf', dpfCheckedOn: '2026-01-01', fallback: 'scc-2021' }))).toEqual([])
  })
  it('judges the transfer as it will be saved: a hidden module does not count', () => {
    // Adequacy for the UK: the stale module 2 is cleared on save and causes nothing.
    expect(fields(tr({ mechanism: 'adequacy', country: 'GB' }))).toEqual([])
  })
  it('refuses an outdated mechanism even on an imported transfer, and shows it before saving', () => {
    const imported = tr({ mechanism: 'privacy-shield', sccModule: null })
    const problems = transferProblems(imported, { isNew: false, savedMechanism: 'privacy-shield' })
    expect(problems.filter((p) => p.severity === 'error').map((p) => p.field)).toEqual(['mechanism'])
    expect(visibleBeforeSave(problems, imported).map((p) => p.field)).toEqual(['mechanism'])
    // A valid mechanism chosen instead: nothing blocks.
    const fixed = { ...imported, mechanism: 'scc-2021' as const, sccModule: 2 as const }
    expect(transferProblems(fixed, { isNew: false, savedMechanism: 'privacy-shield' }).filter((p) => p.severity === 'error')).toEqual([])
  })
  it('shows warnings before saving but keeps errors for the attempt', () => {
    const inEea = tr({ country: 'SE', sccModule: null })
    const problems = transferProblems(inEea, { isNew: true })
    expect(visibleBeforeSave(problems, inEea).map((p) => [p.field, p.severity])).toEqual([['country', 'warning']])
  })
  it('refuses a TIA or DPF check dated after today, at the field and before any save', () => {
    const today = '2026-12-02'
    const future = tr({ tiaDate: '2027-01-01' })
    const problems = transferProblems(future, { isNew: true }, today)
    expect(problems.filter((p) => p.severity === 'error')).toEqual([
      { field: 'tiaDate', message: 'Datoen kan ikke være senere enn i dag. Skriv datoen da det faktisk skjedde.', severity: 'error' },
    ])
    expect(visibleBeforeSave(problems, future, today).map((p) => p.field)).toEqual(['tiaDate'])
    const dpf = tr({ mechanism: 'eu-us-dpf', dpfCheckedOn: '2026-12-03', fallback: 'scc-2021' })
    expect(transferProblems(dpf, { isNew: true }, today).map((p) => p.field)).toEqual(['dpfCheckedOn'])
    expect(transferProblems(tr({ tiaDate: today }), { isNew: true }, today)).toEqual([])
  })
})

describe('linkUpdates', () => {
  const act = (id: string, transferIds: string[]) => ({ ...emptyActivity(id, NOW), transferIds })
  it('adds and removes the link, leaving other links and untouched activities alone', () => {
    const activities = [act('a', ['t0']), act('b', ['t1', 't0']), act('c', []), act('d', ['t1'])]
    const updates = linkUpdates(activities, 't1', new Set(['a', 'd']))
    expect(updates.map((a) => [a.id, a.transferIds])).toEqual([
      ['a', ['t0', 't1']],
      ['b', ['t0']],
    ])
    // Inputs are not mutated.
    expect(activities[0]!.transferIds).toEqual(['t0'])
  })
})

describe('suggestedCountry', () => {
  const p = (over: Partial<Processor>) =>
    ({ country: 'NO', locations: [], subProcessors: [], ...over }) as unknown as Processor
  it('prefers the processor’s own third country, then places of processing, then sub-processors', () => {
    expect(suggestedCountry(p({ country: 'US' }))).toBe('US')
    expect(suggestedCountry(p({ locations: ['SE', 'GB'] }))).toBe('GB')
    expect(suggestedCountry(p({ subProcessors: [{ name: 'X', country: 'IN', service: '' }] }))).toBe('IN')
    expect(suggestedCountry(p({}))).toBeNull()
  })
})

describe('searchTransfers', () => {
  const rows = [
    { transfer: tr({ id: '1' }), activityNames: ['Kundeservice'] },
    { transfer: tr({ id: '2', recipient: 'Gammel AS', country: 'IN', mechanism: 'privacy-shield' }), activityNames: [] },
  ]
  const ids = (q: string) => searchTransfers(rows, q).map((r) => r.transfer.id)
  it('finds by recipient, country name, mechanism, the invalid flag and the linked activities', () => {
    expect(ids('')).toEqual(['1', '2'])
    expect(ids('relaywell')).toEqual(['1'])
    expect(ids('india')).toEqual(['2'])
    expect(ids('standard personvernbestemmelser')).toEqual(['1'])
    expect(ids('ugyldig')).toEqual(['2'])
    expect(ids('kundeservice usa')).toEqual(['1'])
  })
})
