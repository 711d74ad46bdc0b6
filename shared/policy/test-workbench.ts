/**
 * Workbenches for the policy engine's tests and benchmark: a small hand-made one that
 * exercises every clause (consent, legitimate interests, art. 9, automated decisions,
 * sources, transfers, joint controllers, hidden and internal activities), and a synthetic
 * one of any size. Fictional company; texts written for Ombud.
 */
import type { ProcessingActivity } from '../model/activity'
import { activityFromV1, emptyActivityV1, sourcesFromActivitiesV1, type ActivityV1 } from '../model/migrations/002-record-model-v2'
import type { DataSource } from '../model/source'
import type { Organization } from '../model/organization'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'
import { toWorkbench, type Workbench } from '../model/workbench'

const T0 = '2026-01-15T09:00:00.000Z'

/** The named sources the activities below mention, as the shared list of sources. */
const NAMED_SOURCES = new Map<string, DataSource>()

function act(id: string, patch: Partial<ActivityV1>): ProcessingActivity {
  for (const s of sourcesFromActivitiesV1([{ ...emptyActivityV1(id, T0), ...patch }])) NAMED_SOURCES.set(s.id, s)
  return activityFromV1(id, T0, { status: 'active', externalSubjects: true, requirement: 'voluntary', ...patch })
}

function processor(id: string, name: string, country: string, services: string[]): Processor {
  return {
    id,
    name,
    orgNumber: '',
    country,
    services,
    contact: { name: '', email: '', phone: '' },
    agreement: { signedOn: '2025-03-01', reference: `DBA-${id}`, checklist: {} },
    subProcessors: [],
    locations: [country],
    notes: '',
    status: 'active',
    createdAt: T0,
    updatedAt: T0,
  }
}

export const TEST_ORGANIZATION: Organization = {
  name: 'Lysfjord Kraft AS',
  orgNumber: '314778529',
  address: { street: 'Kraftgata 3', postalCode: '6800', city: 'Førde' },
  email: 'post@lysfjord.example',
  phone: '+47 57 00 10 00',
  website: 'https://lysfjord.example',
  dpo: { name: 'Ingrid Vik', email: 'personvern@lysfjord.example', phone: '+47 57 00 10 50' },
  customerService: { email: 'kunde@lysfjord.example', phone: '+47 57 00 10 10', url: '' },
  representative: null,
  language: 'nb',
  bothLanguages: false,
}

/** A small, complete workbench: every standard clause has something to say. */
export function testWorkbench(): Workbench {
  const processors = [
    processor('p-drift', 'Fjellnett Drift AS', 'NO', ['Drift av kundesystemet']),
    processor('p-faktura', 'Bølge Faktura AS', 'NO', ['Utsending av fakturaer']),
    processor('p-analyse', 'Metricly Inc.', 'US', ['Analyse av nettstedet']),
    processor('p-epost', 'Postlane Ltd', 'GB', ['Utsending av nyhetsbrev']),
  ]
  const transfers: Transfer[] = [
    {
      id: 't-metricly',
      processorId: 'p-analyse',
      recipient: 'Metricly Inc.',
      country: 'US',
      mechanism: 'eu-us-dpf',
      sccModule: null,
      dpfCheckedOn: '2026-01-10',
      derogation: null,
      tiaDate: null,
      fallback: 'scc-2021',
      notes: '',
      createdAt: T0,
      updatedAt: T0,
    },
    {
      id: 't-postlane',
      processorId: 'p-epost',
      recipient: 'Postlane Ltd',
      country: 'GB',
      mechanism: 'adequacy',
      sccModule: null,
      dpfCheckedOn: null,
      derogation: null,
      tiaDate: null,
      fallback: null,
      notes: '',
      createdAt: T0,
      updatedAt: T0,
    },
    {
      id: 't-support',
      processorId: null,
      recipient: 'Kodehjelp Pvt Ltd',
      country: 'IN',
      mechanism: 'scc-2021',
      sccModule: 2,
      dpfCheckedOn: null,
      derogation: null,
      tiaDate: '2025-11-01',
      fallback: null,
      notes: '',
      createdAt: T0,
      updatedAt: T0,
    },
  ]
  const activities: ProcessingActivity[] = [
    act('a-avtale', {
      name: 'Strømavtale og kundeforhold',
      purposes: ['Inngå og følge opp strømavtalen', 'Gi kundeservice'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
      dataSubjects: ['Kunder'],
      dataCategories: ['Navn', 'Adresse', 'Fødselsnummer', 'Målepunkt-ID'],
      sources: [
        { kind: 'data-subject', name: '' },
        { kind: 'third-party', name: 'Elhub' },
        { kind: 'public-register', name: 'Folkeregisteret' },
      ],
      requirement: 'contractual',
      requirementConsequence: 'Uten disse opplysningene kan vi ikke levere strøm til deg.',
      recipients: ['Elhub', 'Nettselskapet'],
      processorIds: ['p-drift'],
      transferIds: ['t-support'],
      retention: { period: '3 år etter at kundeforholdet er avsluttet', basis: 'foreldelsesloven § 2' },
    }),
    act('a-faktura', {
      name: 'Fakturering og regnskap',
      purposes: ['Sende faktura', 'Føre regnskap'],
      legalBases: [
        { basis: 'contract', law: '', interest: '' },
        { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
      ],
      dataSubjects: ['Kunder'],
      dataCategories: ['Navn', 'Adresse', 'Forbruk', 'Betalingshistorikk'],
      sources: [{ kind: 'generated', name: 'Strømmåleren' }],
      requirement: 'statutory-and-contractual',
      requirementConsequence: 'Vi kan ikke fakturere deg.',
      recipients: ['Inkassoselskap ved manglende betaling'],
      processorIds: ['p-faktura'],
      retention: { period: '5 år etter utløpet av regnskapsåret', basis: 'bokføringsloven § 13' },
    }),
    act('a-kreditt', {
      name: 'Kredittvurdering',
      purposes: ['Vurdere om vi skal kreve forskuddsbetaling'],
      legalBases: [{ basis: 'legitimate-interests', law: '', interest: 'Å begrense tap på utestående krav' }],
      dataSubjects: ['Kunder'],
      dataCategories: ['Navn', 'Fødselsnummer', 'Kredittscore'],
      sources: [{ kind: 'third-party', name: 'Kredittopplysning Norge AS' }],
      automatedDecisions: {
        used: true,
        profiling: true,
        logic: 'En score under fastsatt terskel gir krav om forskudd.',
        consequences: 'Du kan bli bedt om å betale forskudd.',
      },
      retention: { period: '6 måneder', basis: '' },
    }),
    act('a-nyhetsbrev', {
      name: 'Nyhetsbrev',
      purposes: ['Sende nyhetsbrev og tilbud på e-post'],
      legalBases: [{ basis: 'consent', law: '', interest: '' }],
      dataSubjects: ['Abonnenter'],
      dataCategories: ['E-postadresse'],
      processorIds: ['p-epost'],
      transferIds: ['t-postlane'],
      retention: { period: 'Til du melder deg av', basis: '' },
    }),
    act('a-nettsted', {
      name: 'Statistikk om bruken av nettstedet',
      purposes: ['Forbedre nettstedet'],
      legalBases: [{ basis: 'consent', law: '', interest: '' }],
      dataSubjects: ['Besøkende på nettstedet'],
      dataCategories: ['IP-adresse', 'Informasjonskapsler'],
      systems: ['Metricly'],
      processorIds: ['p-analyse'],
      transferIds: ['t-metricly'],
      retention: { period: '14 måneder', basis: '' },
    }),
    act('a-helse', {
      name: 'Varsling ved strømbrudd for medisinsk utstyr',
      purposes: ['Varsle kunder som er avhengige av strøm til medisinsk utstyr'],
      legalBases: [{ basis: 'consent', law: '', interest: '' }],
      art9Bases: ['explicit-consent'],
      specialCategories: ['Helseopplysninger'],
      dataSubjects: ['Kunder med medisinsk utstyr'],
      dataCategories: ['Navn', 'Telefonnummer'],
      jointController: 'Nettselskapet Vest AS',
      retention: { period: 'Til samtykket trekkes tilbake', basis: '' },
    }),
    act('a-kamera', {
      name: 'Kameraovervåking av inngangspartiet',
      purposes: ['Forebygge innbrudd og hærverk'],
      legalBases: [{ basis: 'legitimate-interests', law: '', interest: 'Å verne bygget og de som arbeider der' }],
      dataSubjects: ['Besøkende'],
      dataCategories: ['Videoopptak'],
      retention: { period: '7 dager', basis: 'kameraovervåkingsforskriften § 4' },
    }),
    act('a-lonn', {
      name: 'Lønn',
      externalSubjects: false,
      purposes: ['Utbetale lønn'],
      legalBases: [{ basis: 'contract', law: '', interest: '' }],
      dataSubjects: ['Ansatte'],
      dataCategories: ['Kontonummer'],
    }),
    act('a-gammel', { name: 'Kundeklubb (avviklet)', status: 'archived', purposes: ['Fordeler'] }),
    act('a-utkast', { name: 'Ny app', status: 'draft', purposes: ['App'] }),
  ]
  return toWorkbench(
    {
      organization: TEST_ORGANIZATION,
      activities,
      processors,
      transfers,
      sources: [...NAMED_SOURCES.values()],
      clauses: [],
      policyVersions: [],
      changes: [],
    },
    T0,
  )
}

/** A tiny deterministic pseudo-random generator (mulberry32), so synthetic data is repeatable. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const AREAS = ['Kundeservice', 'Salg', 'Fakturering', 'Drift', 'Marked', 'HR', 'Økonomi', 'IT', 'Nett', 'Innkjøp']
const DATA = ['Navn', 'Adresse', 'Telefonnummer', 'E-postadresse', 'Fødselsnummer', 'Forbruk', 'Målepunkt-ID', 'Kundenummer']
const PERIODS = ['3 år', '5 år', '12 måneder', '6 måneder', '10 år', '30 dager']

/**
 * A synthetic workbench of `total` activities of which `external` concern people outside
 * the company, with processors and transfers to match. Deterministic for a given seed.
 */
export function syntheticWorkbench(total: number, external: number, seed = 1): Workbench {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const processors = Array.from({ length: 40 }, (_, i) =>
    processor(`p-${i}`, `Leverandør ${i} AS`, i % 8 === 0 ? 'US' : 'NO', [`Tjeneste ${i % 12}`]),
  )
  const transfers: Transfer[] = processors
    .filter((p) => p.country !== 'NO')
    .map((p, i) => ({
      id: `t-${p.id}`,
      processorId: p.id,
      recipient: p.name,
      country: p.country,
      mechanism: i % 2 === 0 ? 'eu-us-dpf' : 'scc-2021',
      sccModule: i % 2 === 0 ? null : 2,
      dpfCheckedOn: i % 2 === 0 ? '2026-01-01' : null,
      derogation: null,
      tiaDate: null,
      fallback: i % 2 === 0 ? 'scc-2021' : null,
      notes: '',
      createdAt: T0,
      updatedAt: T0,
    }))
  const step = total / Math.max(1, external)
  const activities = Array.from({ length: total }, (_, i) => {
    const isExternal = Math.floor(i / step) !== Math.floor((i + 1) / step) && external > 0
    const area = pick(AREAS)
    const basis = pick(['contract', 'consent', 'legal-obligation', 'legitimate-interests'] as const)
    const proc = pick(processors)
    return act(`s-${i}`, {
      name: `${area} ${String(i).padStart(5, '0')}`,
      area,
      externalSubjects: isExternal,
      purposes: [`Formål ${i % 97}`, `Oppfølging innen ${area.toLowerCase()}`],
      legalBases: [
        {
          basis,
          law: basis === 'legal-obligation' ? 'bokføringsloven § 13' : '',
          interest: basis === 'legitimate-interests' ? 'Å drive virksomheten forsvarlig' : '',
        },
      ],
      dataSubjects: [isExternal ? 'Kunder' : 'Ansatte'],
      dataCategories: [pick(DATA), pick(DATA)].filter((v, j, xs) => xs.indexOf(v) === j),
      sources: rnd() < 0.2 ? [{ kind: 'third-party', name: 'Elhub' }] : [{ kind: 'data-subject', name: '' }],
      requirement: rnd() < 0.3 ? 'contractual' : 'voluntary',
      requirementConsequence: 'Vi kan ikke levere tjenesten.',
      processorIds: [proc.id],
      transferIds: transfers.some((t) => t.processorId === proc.id) ? [`t-${proc.id}`] : [],
      recipients: rnd() < 0.3 ? ['Elhub'] : [],
      retention: { period: pick(PERIODS), basis: '' },
    })
  })
  return toWorkbench(
    { organization: TEST_ORGANIZATION, activities, processors, transfers, sources: [...NAMED_SOURCES.values()], clauses: [], policyVersions: [], changes: [] },
    T0,
  )
}
