/**
 * Complete, valid records for the tests and benchmark of the checks: each passes every
 * rule, so a test changes one field and expects exactly one problem.
 */
import type { ProcessingActivity } from '../model/activity'
import { activityFromV1, type ActivityV1 } from '../model/migrations/002-record-model-v2'
import type { Organization } from '../model/organization'
import type { Processor } from '../model/processor'
import { ROUTINE_KINDS, type Routine } from '../model/routine'
import type { Transfer } from '../model/transfer'
import { ART28_ITEMS, type Art28Item } from '../law/art28'

export const TEST_NOW = '2026-06-01T10:00:00.000Z'
export const TEST_TODAY = '2026-06-01'

export function testOrganization(overrides: Partial<Organization> = {}): Organization {
  return {
    name: 'Testkraft AS',
    orgNumber: '999888771',
    address: { street: 'Kraftveien 1', postalCode: '5003', city: 'Bergen' },
    email: 'post@example.no',
    phone: '55 00 00 00',
    website: 'https://example.no',
    dpo: { name: 'Personvernombudet', email: 'personvern@example.no', phone: '' },
    customerService: { email: 'kundeservice@example.no', phone: '', url: '' },
    representative: null,
    language: 'nb',
    bothLanguages: false,
    ...overrides,
  }
}

export function testActivity(
  id: string,
  overrides: Partial<ActivityV1> = {},
): ProcessingActivity {
  return activityFromV1(id, TEST_NOW, {
    name: `Aktivitet ${id}`,
    purposes: ['Fakturere strømforbruk'],
    legalBases: [{ basis: 'contract', law: '', interest: '' }],
    dataSubjects: ['Kunder'],
    externalSubjects: true,
    dataCategories: ['Kontaktopplysninger', 'Måleverdier'],
    sources: [{ kind: 'data-subject', name: '' }],
    requirement: 'contractual',
    recipients: ['Inkassoselskap'],
    retention: { period: '5 år etter utløpet av regnskapsåret', basis: 'bokføringsloven § 13' },
    securityMeasures: ['Tilgangsstyring'],
    dpia: { needed: 'no', doneOn: null },
    status: 'active',
    lastReviewed: '2026-01-15',
    ...overrides,
  })
}

const ALL_CHECKED = Object.fromEntries(ART28_ITEMS.map((i) => [i, true])) as Record<
  Art28Item,
  boolean
>

export function testProcessor(id: string, overrides: Partial<Processor> = {}): Processor {
  return {
    id,
    name: `Leverandør ${id}`,
    orgNumber: '',
    country: 'NO',
    services: ['Drift'],
    contact: { name: '', email: '', phone: '' },
    agreement: { signedOn: '2025-03-01', reference: 'DBA-1', checklist: { ...ALL_CHECKED } },
    subProcessors: [],
    locations: ['NO'],
    notes: '',
    status: 'active',
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    ...overrides,
  }
}

export function testTransfer(id: string, overrides: Partial<Transfer> = {}): Transfer {
  return {
    id,
    processorId: null,
    recipient: `Mottaker ${id}`,
    country: 'IN',
    mechanism: 'scc-2021',
    sccModule: 2,
    dpfCheckedOn: null,
    derogation: null,
    tiaDate: '2025-11-01',
    fallback: null,
    notes: '',
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
    ...overrides,
  }
}

/** One written routine of each kind, reviewed on `lastReviewed`: the routines pass every check. */
export function testRoutines(lastReviewed: string | null = '2026-01-15'): Routine[] {
  return ROUTINE_KINDS.map((kind) => ({
    id: `routine-${kind}`,
    kind,
    title: `Rutine ${kind}`,
    content: { form: 'text', text: { nb: 'Slik gjør vi det.', nn: '' } },
    owner: 'Personvernombudet',
    lastReviewed,
    createdAt: TEST_NOW,
    updatedAt: TEST_NOW,
  }))
}
