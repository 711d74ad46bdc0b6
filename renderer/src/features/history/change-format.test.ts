import { describe, expect, it } from 'vitest'
import type { ChangeEntry } from '../../../../shared/model'
import {
  actionLabel,
  changedFieldsSummary,
  entryFieldChanges,
  fieldLabel,
  formatDateTime,
  formatValue,
  recordHref,
  recordTitle,
} from './change-format'

describe('fieldLabel', () => {
  it('uses the Norwegian labels of the fields, nested parts joined with ›', () => {
    expect(fieldLabel('name')).toBe('Navn')
    expect(fieldLabel('contact.email')).toBe('Kontaktperson › e-post')
    expect(fieldLabel('agreement.signedOn')).toBe('Databehandleravtale › signert dato')
    expect(fieldLabel('subProcessors.1.country')).toBe('Underdatabehandlere › nr. 2 › land')
  })
  it('names an art. 28(3) item of the checklist by its own label and article', () => {
    expect(fieldLabel('agreement.checklist.audits')).toBe(
      'Databehandleravtale › sjekkliste art. 28 › Gir tilgang til informasjon og tillater revisjoner (art. 28 nr. 3 bokstav h)',
    )
  })
  it('falls back to the key for an unknown field', () => {
    expect(fieldLabel('mystery')).toBe('Mystery')
  })
})

describe('formatValue', () => {
  it('reads empty values as «(tomt)» and booleans as Ja/Nei', () => {
    expect(formatValue('notes', undefined)).toBe('(tomt)')
    expect(formatValue('notes', null)).toBe('(tomt)')
    expect(formatValue('notes', '')).toBe('(tomt)')
    expect(formatValue('services', [])).toBe('(tomt)')
    expect(formatValue('criminalData', true)).toBe('Ja')
    expect(formatValue('agreement.checklist.audits', false)).toBe('Nei')
  })
  it('joins lists of text', () => {
    expect(formatValue('services', ['Drift', 'Sikkerhetskopi'])).toBe('Drift, Sikkerhetskopi')
  })
  it('shows dates and moments the Norwegian way', () => {
    expect(formatValue('agreement.signedOn', '2025-03-01')).toBe('01.03.2025')
    const local = new Date(2026, 10, 23, 14, 5).toISOString()
    expect(formatValue('lastReviewed', local)).toBe('23.11.2026 kl. 14.05')
    expect(formatDateTime(local)).toBe('23.11.2026 kl. 14.05')
    expect(formatDateTime('ikke en dato')).toBe('ikke en dato')
  })
  it('labels the codes of the law and the model', () => {
    expect(formatValue('country', 'IN')).toBe('India')
    expect(formatValue('locations', ['NO', 'US'])).toBe('Norge, USA')
    expect(formatValue('mechanism', 'privacy-shield')).toBe('Privacy Shield')
    expect(formatValue('fallback', 'scc-2021')).toBe('Standard personvernbestemmelser (EU) 2021/914')
    expect(formatValue('sccModule', 2)).toBe('Modul 2: behandlingsansvarlig til databehandler')
    expect(formatValue('derogation', 'legal-claims')).toBe('Rettskrav (art. 49 nr. 1 e)')
    expect(formatValue('status', 'archived')).toBe('Arkivert')
    expect(formatValue('language', 'nn')).toBe('Nynorsk')
    expect(formatValue('art9Bases', ['health-care'])).toBe('Helse- og omsorgstjenester')
    expect(formatValue('dpia.needed', 'unknown')).toBe('Ikke vurdert')
    expect(formatValue('orgNumber', '315246806')).toBe('315 246 806')
    expect(formatValue('orgNumber', 'HRB 12345')).toBe('HRB 12345')
  })
  it('keeps a code it does not know as it is', () => {
    expect(formatValue('mechanism', 'brand-new')).toBe('brand-new')
    expect(formatValue('country', 'XX')).toBe('XX')
  })
  it('reads the objects of lists in a fixed form', () => {
    expect(
      formatValue('subProcessors', [
        { name: 'Kortsupport Pvt Ltd', country: 'IN', service: 'Brukerstøtte' },
        { name: 'Backup AB', country: 'SE', service: '' },
      ]),
    ).toBe('Kortsupport Pvt Ltd (India, Brukerstøtte); Backup AB (Sverige)')
    expect(
      formatValue('legalBases', [
        { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
        { basis: 'contract', law: '', interest: '' },
      ]),
    ).toBe('Rettslig forpliktelse (bokføringsloven § 13); Avtale')
    expect(formatValue('sources', [{ kind: 'public-register', name: 'Folkeregisteret' }])).toBe(
      'Offentlig register: Folkeregisteret',
    )
    expect(formatValue('dpo', { name: 'Ingrid Haugland', email: 'ih@example.no', phone: '' })).toBe(
      'navn: Ingrid Haugland; e-post: ih@example.no',
    )
  })
  it('shows the names of linked records instead of their ids', () => {
    const names = { processors: new Map([['p1', 'Skyhall Drift AS']]), transfers: new Map([['t1', 'Relaywell Inc. (USA)']]) }
    expect(formatValue('processorIds', ['p1', 'p-gone'], names)).toBe('Skyhall Drift AS, p-gone')
    expect(formatValue('transferIds', ['t1'], names)).toBe('Relaywell Inc. (USA)')
    expect(formatValue('processorId', 'p1', names)).toBe('Skyhall Drift AS')
  })
})

function entry(over: Partial<ChangeEntry>): ChangeEntry {
  return { seq: 1, table: 'processors', recordId: 'p1', action: 'update', at: '2026-01-05T09:00:00.000Z', before: null, after: null, by: '', ...over }
}

describe('entryFieldChanges', () => {
  it('lists the changed fields without the time stamps', () => {
    const before = { name: 'A', services: ['x'], contact: { email: '' }, updatedAt: '2026-01-01T00:00:00.000Z' }
    const after = { name: 'A', services: ['x', 'y'], contact: { email: 'a@b.no' }, updatedAt: '2026-02-01T00:00:00.000Z' }
    expect(entryFieldChanges({ before, after })).toEqual([
      { field: 'services', before: ['x'], after: ['x', 'y'] },
      { field: 'contact.email', before: '', after: 'a@b.no' },
    ])
    expect(changedFieldsSummary(entryFieldChanges({ before, after }))).toBe('Tjenester, kontaktperson')
  })
})

describe('entries', () => {
  it('labels the action in Norwegian', () => {
    expect(actionLabel('create')).toBe('Opprettet')
    expect(actionLabel('restore')).toBe('Gjenopprettet')
    expect(actionLabel('delete')).toBe('Slettet')
  })
  it('names the record by its name, its recipient or its title, before a deletion too', () => {
    expect(recordTitle(entry({ after: { name: 'Skyhall Drift AS' } }))).toBe('Skyhall Drift AS')
    expect(recordTitle(entry({ table: 'transfers', before: { recipient: 'Relaywell Inc.', country: 'US' }, after: null }))).toBe(
      'Relaywell Inc. (USA)',
    )
    expect(recordTitle(entry({ table: 'clauses', after: { title: { nb: 'Nyhetsbrev', nn: 'Nyheitsbrev' } } }))).toBe('Nyhetsbrev')
    expect(recordTitle(entry({ recordId: 'ukjent', after: 'rart' }))).toBe('ukjent')
  })
  it('links to the page of the record where there is one', () => {
    expect(recordHref('processors', 'p 1')).toBe('#/processors/p%201')
    expect(recordHref('activities', 'a1')).toBe('#/activities/a1')
    expect(recordHref('organization', 'organization')).toBe('#/organization')
    expect(recordHref('clauses', 'c1')).toBeNull()
  })
})
