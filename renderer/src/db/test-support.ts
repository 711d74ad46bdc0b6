/**
 * Builders for the store's tests: a database of its own per test, and valid records to
 * vary. Not imported by the app.
 */
import { activityFromV1 } from '../../../shared/model/migrations/002-record-model-v2'
import {
  newId,
  type Clause,
  type Organization,
  type PolicyVersion,
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../shared/model'
import { createDb, type OmbudDb } from './schema'

export const T0 = '2026-01-05T09:00:00.000Z'
export const T1 = '2026-02-10T10:30:00.000Z'
export const T2 = '2026-03-15T12:45:00.000Z'

/** A database with a name no other test uses (fake-indexeddb keeps databases per process). */
export function freshDb(): OmbudDb {
  return createDb(`ombud-test-${newId()}`)
}

export function sampleOrganization(over: Partial<Organization> = {}): Organization {
  return {
    name: 'Lyngheim Sykkel og Sport AS',
    orgNumber: '915000002',
    address: { street: 'Strandgaten 12', postalCode: '5013', city: 'Bergen' },
    email: 'post@lyngheim-sykkel.example',
    phone: '+47 55 00 00 00',
    website: 'https://lyngheim-sykkel.example',
    dpo: { name: 'Ingrid Haugland', email: 'personvern@lyngheim-sykkel.example', phone: '' },
    customerService: { email: 'kundeservice@lyngheim-sykkel.example', phone: '', url: '' },
    representative: null,
    language: 'nb',
    bothLanguages: false,
    ...over,
  }
}

export function sampleActivity(over: Partial<ProcessingActivity> = {}): ProcessingActivity {
  return {
    ...activityFromV1('', T0, {
      name: 'Kundeavtaler og netthandel',
      owner: 'Salg',
      purposes: ['Gjennomføre kjøp og levering'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
      dataSubjects: ['Kunder'],
      dataCategories: ['Navn', 'Adresse'],
      sources: [{ kind: 'data-subject', name: '' }],
      retention: { period: '5 år', basis: 'bokføringsloven § 13' },
    }),
    ...over,
  }
}

export function sampleProcessor(over: Partial<Processor> = {}): Processor {
  return {
    id: '',
    name: 'Fjellnett Drift AS',
    orgNumber: '915000010',
    country: 'NO',
    services: ['Drift av nettbutikken'],
    contact: { name: 'Ola Berge', email: 'ola@fjellnett.example', phone: '' },
    agreement: {
      signedOn: '2024-05-02',
      reference: 'Arkiv 2024/17',
      checklist: { confidentiality: true },
    },
    subProcessors: [],
    locations: ['NO'],
    notes: '',
    status: 'active',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

export function sampleTransfer(over: Partial<Transfer> = {}): Transfer {
  return {
    id: '',
    processorId: null,
    recipient: 'Kortsupport Ltd',
    country: 'IN',
    mechanism: 'scc-2021',
    sccModule: 2,
    dpfCheckedOn: null,
    derogation: null,
    tiaDate: '2025-06-30',
    fallback: null,
    notes: '',
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

export function sampleClause(over: Partial<Clause> = {}): Clause {
  return {
    id: '',
    section: 'newsletter',
    title: { nb: 'Nyhetsbrev', nn: 'Nyheitsbrev' },
    body: {
      nb: 'Vi sender nyhetsbrev til dem som har samtykket.',
      nn: 'Vi sender nyheitsbrev til dei som har samtykt.',
    },
    origin: 'custom',
    order: 20,
    hidden: false,
    edited: false,
    linkedActivityIds: [],
    lastReviewed: null,
    createdAt: T0,
    updatedAt: T0,
    ...over,
  }
}

export function samplePolicyVersion(over: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    id: '',
    lang: 'nb',
    status: 'draft',
    createdAt: T0,
    publishedOn: null,
    hash: 'a'.repeat(64),
    note: '',
    doc: {
      lang: 'nb',
      title: 'Personvernerklæring',
      company: 'Lyngheim Sykkel og Sport AS',
      updated: '2026-01-05',
      blocks: [{ type: 'paragraph', runs: [{ text: 'Vi tar personvern på alvor.' }], source: {} }],
    },
    ...over,
  }
}
