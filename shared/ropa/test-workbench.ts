/**
 * A small, valid workbench for the record export and import tests: a fictional power
 * supplier whose activities exercise every cell convention (several bases, a basis listed
 * twice, multi-line interests, special categories, criminal data, sources of every kind,
 * transfers with fallbacks, a processor-role activity, an archived one and a bare draft).
 */
import type { ProcessingActivity } from '../model/activity'
import { activityFromV1, emptyActivityV1, sourcesFromActivitiesV1, type ActivityV1 } from '../model/migrations/002-record-model-v2'
import { pairPurposes } from '../model/activity-flat'
import type { DataSource } from '../model/source'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'
import { toWorkbench, type Workbench } from '../model/workbench'

export const ROPA_TEST_NOW = '2026-06-01T10:00:00.000Z'

/** The named sources the activities below mention, as the shared list of sources. */
const NAMED_SOURCES = new Map<string, DataSource>()

/** `pairs`: which basis covers which purpose, where the flat lists cannot say (see pairPurposes). */
function activity(id: string, fields: Partial<ActivityV1>, pairs?: ReadonlyArray<readonly [number, number]>): ProcessingActivity {
  const flat = { ...emptyActivityV1(id, ROPA_TEST_NOW), status: 'active' as const, ...fields }
  for (const s of sourcesFromActivitiesV1([flat])) NAMED_SOURCES.set(s.id, s)
  const a = activityFromV1(id, ROPA_TEST_NOW, flat)
  return pairs ? pairPurposes(flat, a, pairs) : a
}

function processor(id: string, name: string, fields: Partial<Processor> = {}): Processor {
  return {
    id,
    name,
    orgNumber: '',
    country: 'NO',
    services: ['Drift'],
    contact: { name: '', email: '', phone: '' },
    agreement: {
      signedOn: '2025-02-01',
      reference: `DBA-${id}`,
      checklist: { 'documented-instructions': true, audits: true },
    },
    subProcessors: [],
    locations: ['NO'],
    notes: '',
    status: 'active',
    createdAt: ROPA_TEST_NOW,
    updatedAt: ROPA_TEST_NOW,
    ...fields,
  }
}

function transfer(
  id: string,
  fields: Partial<Transfer> & Pick<Transfer, 'recipient' | 'country' | 'mechanism'>,
): Transfer {
  return {
    id,
    processorId: null,
    sccModule: null,
    dpfCheckedOn: null,
    derogation: null,
    tiaDate: null,
    fallback: null,
    notes: '',
    createdAt: ROPA_TEST_NOW,
    updatedAt: ROPA_TEST_NOW,
    ...fields,
  }
}

export function ropaTestWorkbench(): Workbench {
  const processors: Processor[] = [
    processor('p-regnskap', 'Regnskapshuset AS', { services: ['Regnskap', 'Lønn'] }),
    processor('p-sky', 'Skyhjelp Inc.', {
      country: 'US',
      locations: ['US', 'IE'],
      agreement: { signedOn: null, reference: '', checklist: {} },
      subProcessors: [{ name: 'Datasenter Ltd', country: 'IE', service: 'Lagring' }],
    }),
    processor('p-kamera', 'Vakt og Kamera AS', { services: ['Kameraovervåking'] }),
    processor('p-gammel', 'Gammel Leverandør AS', { status: 'archived' }),
  ]
  const transfers: Transfer[] = [
    transfer('t-sky-us', {
      processorId: 'p-sky',
      recipient: 'Skyhjelp Inc.',
      country: 'US',
      mechanism: 'eu-us-dpf',
      dpfCheckedOn: '2026-05-02',
      fallback: 'scc-2021',
    }),
    transfer('t-support-in', {
      recipient: 'Brukerstøtte Pvt Ltd',
      country: 'IN',
      mechanism: 'scc-2021',
      sccModule: 3,
      tiaDate: '2025-11-01',
    }),
    transfer('t-uk', { recipient: 'Kraftbørs Ltd', country: 'GB', mechanism: 'adequacy' }),
  ]
  const activities: ProcessingActivity[] = [
    activity('a-kunde', {
      name: 'Kundeavtale og fakturering',
      description:
        'Inngåelse og oppfølging av strømavtaler, måling og fakturering.\n\nGjelder både privat- og bedriftskunder.',
      owner: 'Økonomi',
      area: 'Kundeforhold',
      systems: ['Kundesystemet', 'Faktura; utsending'],
      purposes: ['Levere strøm etter avtalen', 'Fakturere forbruk'],
      legalBases: [
        { basis: 'contract', law: '', interest: '' },
        { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
        { basis: 'legal-obligation', law: 'avregningsforskriften § 6-1', interest: '' },
      ],
      dataSubjects: ['Kunder', 'Kontaktpersoner hos bedriftskunder'],
      externalSubjects: true,
      dataCategories: ['Navn og adresse', 'Fødselsnummer', 'Målepunkt-ID og måleverdier'],
      sources: [
        { kind: 'data-subject', name: '' },
        { kind: 'public-register', name: 'Elhub' },
        { kind: 'third-party', name: 'Kredittopplysning (Experian)' },
      ],
      requirement: 'contractual',
      recipients: ['Inkassobyrå', 'Skatteetaten'],
      processorIds: ['p-regnskap'],
      transferIds: ['t-uk'],
      retention: { period: '5 år etter utløpet av regnskapsåret', basis: 'bokføringsloven § 13' },
      securityMeasures: ['Tilgangsstyring etter tjenstlig behov', 'Kryptering av fødselsnummer'],
      dpia: { needed: 'no', doneOn: null },
      lastReviewed: '2026-01-15',
    }, [[0, 0], [1, 1], [1, 2]]),
    activity('a-service', {
      name: 'Kundeservice og henvendelser',
      owner: 'Kundeservice',
      area: 'Kundeforhold',
      systems: ['Saksbehandlingssystem'],
      purposes: ['Svare på henvendelser'],
      legalBases: [
        { basis: 'contract', law: '', interest: '' },
        {
          basis: 'legitimate-interests',
          law: '',
          interest: 'Dokumentere hva kunden er lovet.\nLære av klager for å bedre tjenesten.',
        },
      ],
      dataSubjects: ['Kunder', 'Andre som kontakter oss'],
      dataCategories: ['Kontaktopplysninger', 'Innholdet i henvendelsen'],
      sources: [{ kind: 'data-subject', name: 'Kunden selv' }],
      recipients: [],
      processorIds: ['p-sky'],
      transferIds: ['t-sky-us', 't-support-in'],
      retention: { period: '2 år etter at saken er lukket', basis: '' },
      securityMeasures: ['Logging av oppslag'],
      dpia: { needed: 'unknown', doneOn: null },
    }),
    activity('a-sykefravaer', {
      name: 'Oppfølging av sykefravær',
      description: 'Oppfølgingsplaner og dialogmøter.',
      owner: 'HR',
      area: 'Personal',
      systems: ['HR-systemet'],
      purposes: ['Følge opp sykmeldte arbeidstakere'],
      legalBases: [{ basis: 'legal-obligation', law: 'arbeidsmiljøloven § 4-6', interest: '' }],
      specialCategories: ['Helseopplysninger'],
      art9Bases: ['employment'],
      art9Detail: 'arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2',
      dataSubjects: ['Ansatte'],
      dataCategories: ['Navn', 'Fraværsperioder'],
      sources: [
        { kind: 'data-subject', name: '' },
        { kind: 'generated', name: 'Fraværsregistreringen' },
      ],
      recipients: ['NAV'],
      processorIds: ['p-regnskap'],
      retention: {
        period: 'Sletting når oppfølgingen er avsluttet',
        basis: 'Behovet for dokumentasjon\noverfor NAV',
      },
      securityMeasures: ['Egen tilgangsgruppe for ledere'],
      dpia: { needed: 'yes', doneOn: '2025-03-01' },
      lastReviewed: '2026-02-10',
    }),
    activity('a-rekruttering', {
      name: 'Rekruttering',
      owner: 'HR',
      area: 'Personal',
      purposes: ['Vurdere søkere til stillinger'],
      legalBases: [
        { basis: 'contract', law: '', interest: '' },
        { basis: 'consent', law: '', interest: '' },
      ],
      dataSubjects: ['Søkere'],
      dataCategories: ['CV og attester'],
      criminalData: true,
      criminalDataBasis: 'politiregisterloven § 39 (politiattest for enkelte stillinger)',
      sources: [{ kind: 'data-subject', name: '' }],
      retention: { period: '6 måneder etter at stillingen er besatt', basis: '' },
      dpia: { needed: 'no', doneOn: null },
    }),
    activity('a-kamera', {
      name: 'Kameraovervåking av trafostasjoner',
      owner: 'Drift',
      area: 'Sikkerhet',
      purposes: ['Forebygge innbrudd og hærverk'],
      legalBases: [
        {
          basis: 'legitimate-interests',
          law: 'personopplysningsforskriften kap. 8',
          interest: 'Verne anleggene mot innbrudd',
        },
      ],
      dataSubjects: ['Personer som ferdes ved anleggene'],
      dataCategories: ['Videoopptak'],
      sources: [{ kind: 'generated', name: '' }],
      recipients: ['Politiet ved anmeldelse'],
      processorIds: ['p-kamera'],
      jointController: 'Fjordnett AS (felles ansvar for anlegg på felles tomt)',
      retention: { period: '7 dager', basis: 'personopplysningsforskriften § 8-5' },
      securityMeasures: ['Opptak krypteres', 'Tilgang for to navngitte personer'],
      dpia: { needed: 'yes', doneOn: null },
    }),
    activity('a-maaling', {
      name: 'Innsamling av måleverdier for netteier',
      description: 'Henting og kvalitetssikring av måleverdier etter oppdrag fra netteier.',
      role: 'processor',
      owner: 'Måling',
      onBehalfOf: 'Fjordnett AS, Nettveien 2, 5003 Bergen, personvern@fjordnett.example',
      processorIds: ['p-sky'],
      transferIds: ['t-sky-us'],
      securityMeasures: ['Adskilte miljøer per oppdragsgiver', 'Kryptert overføring'],
      lastReviewed: '2026-03-03',
    }),
    activity('a-gammel', {
      name: 'Gammel kundeklubb',
      status: 'archived',
      legalBases: [{ basis: 'consent', law: '', interest: '' }],
    }),
    activity('a-utkast', { name: 'Ny app for kunder', status: 'draft' }),
  ]
  return toWorkbench(
    {
      organization: {
        name: 'Nordlys Kraft AS',
        orgNumber: '999888771',
        address: { street: 'Kraftveien 1', postalCode: '5003', city: 'Bergen' },
        email: 'post@nordlys.example',
        phone: '55 00 00 00',
        website: 'https://nordlys.example',
        dpo: { name: 'Kari Nordmann', email: 'personvern@nordlys.example', phone: '55 00 00 01' },
        customerService: { email: 'kundeservice@nordlys.example', phone: '', url: '' },
        representative: null,
        language: 'nb',
        bothLanguages: false,
      },
      activities,
      processors,
      transfers,
      sources: [...NAMED_SOURCES.values()],
      clauses: [],
      policyVersions: [],
      changes: [],
    },
    ROPA_TEST_NOW,
  )
}
