/**
 * The sample workbench: «Eksempel Energi AS», a fictional Norwegian power supplier with a
 * realistic record of processing activities, processors and transfers. It lets a new user
 * (and the e2e tests) see every feature with data that looks like a real DPO's record,
 * including a few deliberate gaps so the readiness checks have something to show.
 *
 * All names of companies and people are invented; only public infrastructure (Elhub,
 * Folkeregisteret, NAV, Skatteetaten) and laws are real. The texts are written for Ombud.
 */
import type { ProcessingActivity } from '../shared/model/activity'
import { activityFromV1, type ActivityV1, type LegalBasisV1 } from '../shared/model/migrations/002-record-model-v2'
import type { Organization } from '../shared/model/organization'
import type { Processor } from '../shared/model/processor'
import type { Transfer } from '../shared/model/transfer'
import { toWorkbench, type Workbench } from '../shared/model/workbench'
import type { Art28Item } from '../shared/law/art28'
import { ART28_ITEMS } from '../shared/law/art28'
import { refineSampleActivity, SAMPLE_SOURCES } from './sample-record-v2'

const DAY_MS = 86_400_000

type LegalBasis = LegalBasisV1

const contract: LegalBasis = { basis: 'contract', law: '', interest: '' }
const consent: LegalBasis = { basis: 'consent', law: '', interest: '' }
function legalObligation(law: string): LegalBasis {
  return { basis: 'legal-obligation', law, interest: '' }
}
function legitimateInterest(interest: string): LegalBasis {
  return { basis: 'legitimate-interests', law: '', interest }
}

/** Fields most activities leave at their plain value; an activity may override any of them. */
type ActivityDefaults = Pick<
  ActivityV1,
  | 'role'
  | 'onBehalfOf'
  | 'jointController'
  | 'specialCategories'
  | 'art9Bases'
  | 'art9Detail'
  | 'criminalData'
  | 'criminalDataBasis'
  | 'automatedDecisions'
  | 'transferIds'
>
type ActivitySpec = Omit<ActivityV1, keyof ActivityDefaults | 'createdAt' | 'updatedAt'> &
  Partial<ActivityDefaults> & { createdAt: string }

function activity(spec: ActivitySpec): ActivityV1 {
  const { createdAt, ...rest } = spec
  const flat: ActivityV1 = {
    role: 'controller',
    onBehalfOf: '',
    jointController: '',
    specialCategories: [],
    art9Bases: [],
    art9Detail: '',
    criminalData: false,
    criminalDataBasis: '',
    automatedDecisions: { used: false, profiling: false, logic: '', consequences: '' },
    transferIds: [],
    ...rest,
    createdAt,
    // The last review is the last edit of the sample record.
    updatedAt: spec.lastReviewed ? `${spec.lastReviewed}T10:00:00.000Z` : createdAt,
  }
  return flat
}

/** A sample activity in the version 2 model: the flat spec upgraded, then refined (./sample-record-v2.ts). */
function upgraded(flat: ActivityV1): ProcessingActivity {
  return refineSampleActivity(flat, activityFromV1(flat.id, flat.createdAt, flat))
}

function fullChecklist(missing: Art28Item[] = []): Processor['agreement']['checklist'] {
  return Object.fromEntries(ART28_ITEMS.map((item) => [item, !missing.includes(item)]))
}

/**
 * Builds the sample workbench. Every date in it (reviews, agreements, DPF checks) is
 * counted back from `now`, so the sample always looks current: two activities are overdue
 * for their yearly review, and the DPF certification was checked recently.
 */
export function sampleWorkbench(now: string = new Date().toISOString()): Workbench {
  const base = Date.parse(now)
  if (Number.isNaN(base)) throw new RangeError(`Ugyldig tidspunkt: «${now}»`)
  /** The calendar date `days` days before the base. */
  const d = (days: number): string => new Date(base - days * DAY_MS).toISOString().slice(0, 10)
  /** The moment `days` days before the base. */
  const t = (days: number): string => new Date(base - days * DAY_MS).toISOString()

  const organization: Organization = {
    name: 'Eksempel Energi AS',
    // Fictional: valid modulus-11 check digit, but Enhetsregisteret issues organisation
    // numbers only in the 8xx and 9xx series, so this number cannot belong to a real company.
    orgNumber: '315246806',
    address: { street: 'Turbinveien 14', postalCode: '7010', city: 'Trondheim' },
    email: 'post@eksempelenergi.example',
    phone: '+47 73 00 12 00',
    website: 'https://www.eksempelenergi.example',
    dpo: {
      name: 'Kari Nordmann',
      email: 'personvernombud@eksempelenergi.example',
      phone: '+47 73 00 12 50',
    },
    customerService: {
      email: 'kundeservice@eksempelenergi.example',
      phone: '+47 73 00 12 00',
      url: 'https://www.eksempelenergi.example/kundeservice',
    },
    representative: null,
    language: 'nb',
    bothLanguages: false,
  }

  // Processor organisation numbers are fictional in the same way: valid check digit, 3xx series.
  const processors: Processor[] = [
    {
      id: 'proc-skyhall',
      name: 'Skyhall Drift AS',
      orgNumber: '321 654 983',
      country: 'NO',
      services: [
        'Drift og hosting av kundesystemet, fakturasystemet og appen',
        'Sikkerhetskopi og overvåking av driften',
      ],
      contact: {
        name: 'Anders Lie',
        email: 'kundeansvarlig@skyhall.example',
        phone: '+47 22 00 40 10',
      },
      agreement: { signedOn: d(900), reference: 'DBA-2023-004', checklist: fullChecklist() },
      subProcessors: [
        { name: 'Nordisk Backup AB', country: 'SE', service: 'Sikkerhetskopi i eget datasenter' },
      ],
      locations: ['NO', 'SE'],
      notes:
        'Driftsleverandør for kjernesystemene. Uavhengig revisorrapport (ISAE 3402 type 2) for fjoråret er gjennomgått uten vesentlige avvik.',
      status: 'active',
      createdAt: t(910),
      updatedAt: t(120),
    },
    {
      id: 'proc-nordlys-faktura',
      name: 'Nordlys Fakturaservice AS',
      orgNumber: '318 207 453',
      country: 'NO',
      services: [
        'Produksjon og utsending av fakturaer og purringer',
        'Formidling av eFaktura og AvtaleGiro',
        'Utskrift og postlegging av papirfakturaer',
      ],
      contact: {
        name: 'Silje Haugen',
        email: 'avtaler@nordlysfaktura.example',
        phone: '+47 77 00 21 30',
      },
      agreement: { signedOn: d(800), reference: 'DBA-2023-011', checklist: fullChecklist() },
      subProcessors: [
        { name: 'Postgang Distribusjon AS', country: 'NO', service: 'Utskrift og postlegging' },
      ],
      locations: ['NO'],
      notes: 'Mottar fakturagrunnlaget fra fakturasystemet over kryptert filoverføring hver natt.',
      status: 'active',
      createdAt: t(810),
      updatedAt: t(120),
    },
    {
      id: 'proc-fjordinkasso',
      name: 'Fjordinkasso AS',
      orgNumber: '319 840 273',
      country: 'NO',
      services: ['Inkasso av forfalte krav', 'Oppfølging av betalingsavtaler'],
      contact: {
        name: 'Per Olav Dahl',
        email: 'oppdragsgiver@fjordinkasso.example',
        phone: '+47 55 00 33 90',
      },
      agreement: { signedOn: d(700), reference: 'DBA-2024-002', checklist: fullChecklist() },
      subProcessors: [
        {
          name: 'Vestnett Datasenter AS',
          country: 'NO',
          service: 'Drift av saksbehandlingssystemet',
        },
      ],
      locations: ['NO'],
      notes:
        'Fjordinkasso AS er databehandler når foretaket krever inn krav på våre vegne. For egne lovpålagte plikter etter inkassoloven er foretaket selv behandlingsansvarlig.',
      status: 'active',
      createdAt: t(710),
      updatedAt: t(250),
    },
    {
      id: 'proc-trailmetric',
      name: 'Trailmetric Inc.',
      orgNumber: '',
      country: 'US',
      services: ['Analyse av bruken av nettstedet'],
      contact: { name: 'Privacy Team', email: 'privacy@trailmetric.example', phone: '' },
      agreement: {
        signedOn: d(420),
        reference: 'Trailmetric DPA versjon 3, signert elektronisk',
        checklist: fullChecklist(),
      },
      subProcessors: [{ name: 'Cloudharbor Inc.', country: 'US', service: 'Skylagring' }],
      locations: ['US'],
      notes:
        'Sertifisert under EU–US Data Privacy Framework. Databehandleravtalen inneholder også standard personvernbestemmelser (modul 2), som gjelder dersom rammeverket faller bort.',
      status: 'active',
      createdAt: t(430),
      updatedAt: t(35),
    },
    {
      id: 'proc-relaywell',
      name: 'Relaywell Inc.',
      orgNumber: '',
      country: 'US',
      services: [
        'Plattform for e-postutsendelser og mottakerregister for markedsføring og nyhetsbrev',
      ],
      contact: { name: 'Data Protection Office', email: 'dpo@relaywell.example', phone: '' },
      agreement: {
        signedOn: d(610),
        reference: 'Relaywell Data Processing Addendum med standard personvernbestemmelser',
        checklist: fullChecklist(['audits']),
      },
      subProcessors: [
        { name: 'Cloudharbor Inc.', country: 'US', service: 'Skylagring' },
        {
          name: 'Relaywell Technologies Pvt. Ltd.',
          country: 'IN',
          service: 'Brukerstøtte og feilretting',
        },
      ],
      locations: ['US', 'IN'],
      notes:
        'Ikke sertifisert under Data Privacy Framework. Revisjonsretten er i avtalen begrenset til tredjepartsrapporter; dette tas opp når avtalen skal fornyes.',
      status: 'active',
      createdAt: t(620),
      updatedAt: t(300),
    },
    {
      id: 'proc-kontaktflyt',
      name: 'Kontaktflyt AS',
      orgNumber: '316 572 103',
      country: 'NO',
      services: ['Skybasert kundesenterløsning med telefoni, chat og opptak av samtaler'],
      contact: {
        name: 'Maria Berg',
        email: 'personvern@kontaktflyt.example',
        phone: '+47 21 00 55 70',
      },
      agreement: { signedOn: d(560), reference: 'DBA-2024-007', checklist: fullChecklist() },
      subProcessors: [
        {
          name: 'Nordisk Skydrift AB',
          country: 'SE',
          service: 'Hosting av løsningen og lagring av opptak',
        },
        { name: 'Kontaktflyt UK Ltd', country: 'GB', service: 'Andrelinje brukerstøtte' },
      ],
      locations: ['NO', 'SE', 'GB'],
      notes:
        'Opptakene lagres i Sverige. Brukerstøtten i Storbritannia får tilgang bare ved feilsøking.',
      status: 'active',
      createdAt: t(570),
      updatedAt: t(410),
    },
    {
      id: 'proc-lonnspartner',
      name: 'Lønnspartner AS',
      orgNumber: '317 394 659',
      country: 'NO',
      services: ['Lønnskjøring og a-melding', 'Behandling av reiseregninger'],
      contact: {
        name: 'Tone Eriksen',
        email: 'kunde@lonnspartner.example',
        phone: '+47 73 00 88 20',
      },
      agreement: { signedOn: d(1000), reference: 'DBA-2022-015', checklist: fullChecklist() },
      subProcessors: [
        { name: 'Fjellsikker Datasenter AS', country: 'NO', service: 'Drift av lønnssystemet' },
      ],
      locations: ['NO'],
      notes: 'Har tilgang til lønns- og fraværsopplysninger, ikke til personalmappene.',
      status: 'active',
      createdAt: t(1010),
      updatedAt: t(180),
    },
    {
      id: 'proc-talentvev',
      name: 'Talentvev AS',
      orgNumber: '314 728 939',
      country: 'NO',
      services: ['Rekrutteringssystem med stillingsannonser, søknader og talentbank'],
      contact: {
        name: 'Jonas Strand',
        email: 'support@talentvev.example',
        phone: '+47 23 00 71 40',
      },
      agreement: { signedOn: d(480), reference: 'DBA-2024-012', checklist: fullChecklist() },
      subProcessors: [{ name: 'Nimbus Datasenter Ireland Ltd', country: 'IE', service: 'Hosting' }],
      locations: ['NO', 'IE'],
      notes: 'Søknader slettes automatisk etter fristen vi har satt i systemet.',
      status: 'active',
      createdAt: t(490),
      updatedAt: t(280),
    },
    {
      id: 'proc-vaktoye',
      name: 'Vaktøye Sikkerhet AS',
      orgNumber: '313 065 286',
      country: 'NO',
      services: ['Installasjon og service av kameraanlegget', 'Fjernstøtte på opptakeren'],
      contact: { name: 'Geir Moen', email: 'service@vaktoye.example', phone: '+47 72 00 19 60' },
      agreement: {
        signedOn: d(1100),
        reference: 'DBA-2022-003',
        checklist: fullChecklist(['delete-or-return']),
      },
      subProcessors: [],
      locations: ['NO'],
      notes:
        'Ser opptak bare ved service, etter avtale med sikkerhetsansvarlig. Avtalen sier ikke hva som skjer med opptakene når avtalen opphører; et tillegg er sendt leverandøren.',
      status: 'active',
      createdAt: t(1110),
      updatedAt: t(330),
    },
    {
      id: 'proc-klarvarsel',
      name: 'Klarvarsel AS',
      orgNumber: '312 489 570',
      country: 'NO',
      services: ['Digital varslingskanal som også kan brukes anonymt'],
      contact: { name: 'Hanne Vik', email: 'kunde@klarvarsel.example', phone: '+47 22 00 64 80' },
      agreement: { signedOn: d(430), reference: 'DBA-2024-014', checklist: fullChecklist() },
      subProcessors: [{ name: 'Nordvik Hosting AB', country: 'SE', service: 'Hosting' }],
      locations: ['NO', 'SE'],
      notes:
        'Leverandøren kan ikke lese varslene; de er kryptert med nøkler som bare varslingsutvalget har.',
      status: 'active',
      createdAt: t(440),
      updatedAt: t(220),
    },
    {
      id: 'proc-identa',
      name: 'Identa Pålogging AS',
      orgNumber: '311 846 094',
      country: 'NO',
      services: ['Innlogging med BankID til Min side og appen'],
      contact: { name: 'Lars Bakke', email: 'avtale@identa.example', phone: '+47 21 00 90 30' },
      agreement: { signedOn: d(650), reference: 'DBA-2024-001', checklist: fullChecklist() },
      subProcessors: [{ name: 'Nordisk Skydrift AB', country: 'SE', service: 'Hosting' }],
      locations: ['NO', 'SE'],
      notes:
        'Formidler bekreftet identitet fra BankID; lagrer ikke fødselsnummeret etter at innloggingen er fullført.',
      status: 'active',
      createdAt: t(660),
      updatedAt: t(75),
    },
    {
      id: 'proc-svarbox',
      name: 'Svarbox AS',
      orgNumber: '310 295 728',
      country: 'NO',
      services: ['Verktøy for kundeundersøkelser'],
      contact: { name: 'Ida Lund', email: 'hjelp@svarbox.example', phone: '+47 22 00 17 45' },
      agreement: { signedOn: d(760), reference: 'DBA-2023-019', checklist: fullChecklist() },
      subProcessors: [{ name: 'Svarbox ApS', country: 'DK', service: 'Utvikling og drift' }],
      locations: ['NO', 'DK'],
      notes:
        'Brukes til undersøkelser etter kontakt med kundeservice og til den årlige kundeundersøkelsen.',
      status: 'active',
      createdAt: t(770),
      updatedAt: t(470),
    },
    {
      id: 'proc-meldingsporten',
      name: 'Meldingsporten AS',
      orgNumber: '319 617 531',
      country: 'NO',
      services: ['Utsending av SMS til kunder'],
      contact: {
        name: 'Ola Nilsen',
        email: 'drift@meldingsporten.example',
        phone: '+47 23 00 45 15',
      },
      agreement: { signedOn: d(540), reference: 'DBA-2024-009', checklist: fullChecklist() },
      subProcessors: [],
      locations: ['NO'],
      notes: 'Sender varsler om avtaleendringer og, med samtykke, tilbud på SMS.',
      status: 'active',
      createdAt: t(550),
      updatedAt: t(60),
    },
  ]

  const transfers: Transfer[] = [
    {
      id: 'tr-trailmetric-us',
      processorId: 'proc-trailmetric',
      recipient: 'Trailmetric Inc.',
      country: 'US',
      mechanism: 'eu-us-dpf',
      sccModule: 2,
      dpfCheckedOn: d(35),
      derogation: null,
      tiaDate: d(420),
      fallback: 'scc-2021',
      notes:
        'Sertifiseringen kontrolleres på listen over DPF-sertifiserte virksomheter hvert halvår. Standardavtalen (modul 2) er del av databehandleravtalen og tar over hvis rammeverket blir kjent ugyldig; vurderingen av overføringen (TIA) er gjort for det tilfellet.',
      createdAt: t(420),
      updatedAt: t(35),
    },
    {
      id: 'tr-relaywell-us',
      processorId: 'proc-relaywell',
      recipient: 'Relaywell Inc.',
      country: 'US',
      mechanism: 'scc-2021',
      sccModule: 2,
      dpfCheckedOn: null,
      derogation: null,
      tiaDate: d(300),
      fallback: null,
      notes:
        'Relaywell Inc. er ikke sertifisert under Data Privacy Framework. Tilleggstiltak: kryptering under overføring og lagring, og halvårlig rapport fra leverandøren om henvendelser fra myndigheter.',
      createdAt: t(610),
      updatedAt: t(300),
    },
    {
      id: 'tr-relaywell-in',
      processorId: 'proc-relaywell',
      recipient: 'Relaywell Technologies Pvt. Ltd.',
      country: 'IN',
      mechanism: 'scc-2021',
      sccModule: 3,
      dpfCheckedOn: null,
      derogation: null,
      tiaDate: d(300),
      fallback: null,
      notes:
        'Videreoverføring fra Relaywell Inc. til datterselskapet i India, som yter brukerstøtte. Relaywell Inc. har bundet underdatabehandleren med standardavtalen modul 3, slik avtalen vår krever. Tilgangen gis bare ved feilretting og logges.',
      createdAt: t(610),
      updatedAt: t(300),
    },
    {
      id: 'tr-kontaktflyt-gb',
      processorId: 'proc-kontaktflyt',
      recipient: 'Kontaktflyt UK Ltd',
      country: 'GB',
      mechanism: 'adequacy',
      sccModule: null,
      dpfCheckedOn: null,
      derogation: null,
      tiaDate: null,
      fallback: null,
      notes:
        'Storbritannia har en beslutning om tilstrekkelig beskyttelsesnivå. Tilgangen gjelder bare feilsøking i kundesenterløsningen.',
      createdAt: t(560),
      updatedAt: t(410),
    },
  ]

  const activities: ActivityV1[] = [
    activity({
      id: 'act-kundeavtale',
      name: 'Kundeavtale og strømleveranse',
      description:
        'Når en privatperson bestiller strøm, oppretter vi kundeforholdet, melder oppstart eller leverandørbytte i Elhub og leverer strøm til målepunktet. Elhub krever sikker identifisering av kunden, og derfor trenger vi fødselsnummeret. Bare medarbeidere som behandler kundeforhold, ser fødselsnummeret.',
      owner: 'Privatmarked',
      area: 'Kundeforhold',
      systems: ['Kundesystem (CIS)', 'Elhub-integrasjon', 'Bestillingsskjema på nettstedet'],
      purposes: [
        'Inngå og administrere avtaler om strømleveranse',
        'Melde oppstart, flytting, leverandørbytte og opphør i Elhub',
        'Gi kunden beskjed om endringer i avtalen og leveransen',
      ],
      legalBases: [
        contract,
        legalObligation(
          'avregningsforskriften (FOR-1999-03-11-301), jf. personopplysningsloven § 12 om fødselsnummer',
        ),
      ],
      dataSubjects: ['Privatkunder', 'Fullmektiger og kontaktpersoner for dødsbo'],
      externalSubjects: true,
      dataCategories: [
        'Navn',
        'Fødselsnummer',
        'Folkeregistrert adresse og leveringsadresse',
        'Telefonnummer og e-postadresse',
        'Målepunkt-ID og målernummer',
        'Avtaletype og pris',
        'Dato for innflytting og utflytting',
      ],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Elhub' },
        { kind: 'public-register', name: 'Folkeregisteret (via Elhub)' },
      ],
      requirement: 'statutory-and-contractual',
      requirementConsequence:
        'Uten navn, fødselsnummer og adressen til målepunktet kan vi ikke melde oppstart i Elhub. Da kan vi verken inngå avtalen eller levere strøm.',
      recipients: [
        'Elhub AS',
        'Nettselskapet der kunden bor (gjennom Elhub)',
        'Skyhall Drift AS (databehandler)',
        'Meldingsporten AS (databehandler)',
      ],
      processorIds: ['proc-skyhall', 'proc-meldingsporten'],
      retention: {
        period: 'Så lenge kundeforholdet varer og 3 år etter at det er avsluttet',
        basis:
          'Foreldelsesfristen for krav etter avtalen (foreldelsesloven § 2); regnskapsmateriale oppbevares etter bokføringsloven § 13',
      },
      securityMeasures: [
        'Rollebasert tilgangsstyring i kundesystemet',
        'Fødselsnummeret er maskert i skjermbildene',
        'Tilgangsloggen gjennomgås hvert kvartal',
        'Kryptering ved lagring og overføring',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(60),
      createdAt: t(900),
    }),
    activity({
      id: 'act-fakturering',
      name: 'Fakturering, betaling og regnskap',
      description:
        'Vi beregner fakturaen ut fra forbruket, sender den til kunden, registrerer innbetalinger og fører regnskap. Fakturaene produseres og sendes av Nordlys Fakturaservice AS som eFaktura, AvtaleGiro, e-post eller brev.',
      owner: 'Økonomi',
      area: 'Fakturering og regnskap',
      systems: ['Fakturasystem', 'Regnskapssystem', 'Kundesystem (CIS)'],
      purposes: [
        'Beregne og sende faktura for levert strøm',
        'Registrere innbetalinger og rette feil i fakturaer',
        'Bokføre og oppbevare regnskapsmateriale',
      ],
      legalBases: [contract, legalObligation('bokføringsloven § 13 og bokføringsforskriften')],
      dataSubjects: ['Privatkunder', 'Personer som betaler for en kunde, for eksempel verger'],
      externalSubjects: true,
      dataCategories: [
        'Navn og fakturaadresse',
        'Kundenummer og målepunkt-ID',
        'Forbruk og pris per fakturaperiode',
        'Fakturabeløp og betalingsstatus',
        'Kontonummer ved tilbakebetaling',
        'E-postadresse for faktura',
      ],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Elhub (måleverdier til avregning)' },
        { kind: 'third-party', name: 'Kundens bank (opplysninger om innbetalinger)' },
      ],
      requirement: 'statutory-and-contractual',
      requirementConsequence:
        'Vi trenger fakturaadresse for å kunne kreve betaling. Opplysningene i regnskapet er lovpålagte og kan ikke utelates.',
      recipients: [
        'Nordlys Fakturaservice AS (databehandler)',
        'Skyhall Drift AS (databehandler)',
        'Kundens bank ved eFaktura og AvtaleGiro',
        'Revisor',
        'Skatteetaten ved kontroll',
      ],
      processorIds: ['proc-nordlys-faktura', 'proc-skyhall'],
      retention: { period: '5 år etter utløpet av regnskapsåret', basis: 'bokføringsloven § 13' },
      securityMeasures: [
        'Tilgang bare for økonomiavdelingen og kundeservice',
        'Kryptert filoverføring (SFTP) til fakturaleverandøren',
        'Regnskapsmaterialet arkiveres skrivebeskyttet',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(120),
      createdAt: t(900),
    }),
    activity({
      id: 'act-kredittvurdering',
      name: 'Kredittvurdering ved nye avtaler',
      description:
        'Før vi leverer strøm som faktureres etterskuddsvis, henter vi en kredittvurdering fra Kredittdata Norge AS. Kredittopplysningsforetaket er selv behandlingsansvarlig for sitt register og sender kunden en gjenpart av oppslaget. Er scoren under grensen vår, tilbyr vi forskuddsbetalt strøm eller ber om depositum.',
      owner: 'Privatmarked',
      area: 'Kundeforhold',
      systems: ['Kundesystem (CIS)', 'Oppslagstjenesten til Kredittdata Norge AS'],
      purposes: [
        'Vurdere betalingsevnen før vi gir kreditt gjennom etterskuddsfakturering',
        'Begrense tap på ubetalte strømregninger',
      ],
      legalBases: [
        legitimateInterest(
          'Å unngå tap ved å vurdere om kunden kan betale før vi leverer strøm på kreditt. Vi gjør bare oppslag når noen bestiller en avtale med etterskuddsfakturering.',
        ),
      ],
      dataSubjects: ['Personer som bestiller strømavtale med etterskuddsfakturering'],
      externalSubjects: true,
      dataCategories: [
        'Navn og fødselsnummer',
        'Adresse',
        'Kredittscore og eventuelle betalingsanmerkninger',
        'Resultatet av vurderingen',
      ],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Kredittdata Norge AS (kredittopplysningsforetak)' },
      ],
      requirement: 'contractual',
      requirementConsequence: 'Uten kredittvurdering kan vi bare tilby forskuddsbetalt strøm.',
      automatedDecisions: {
        used: true,
        profiling: true,
        logic:
          'Scoren fra Kredittdata Norge AS sammenlignes automatisk med en fast grense. Over grensen godkjennes etterskuddsfakturering; under grensen foreslår systemet forskuddsbetaling eller depositum.',
        consequences:
          'Kunden kan få tilbud om forskuddsbetalt strøm eller bli bedt om depositum. Avgjørelsen er nødvendig for å inngå avtalen (art. 22 nr. 2 bokstav a). Kunden kan kreve at en saksbehandler vurderer saken på nytt, legge fram sitt syn og bestride avgjørelsen.',
      },
      recipients: [
        'Kredittdata Norge AS (registrerer at oppslaget er gjort)',
        'Skyhall Drift AS (databehandler)',
      ],
      processorIds: ['proc-skyhall'],
      retention: {
        period:
          'Kredittrapporten slettes etter 3 måneder; resultatet lagres så lenge kundeforholdet varer',
        basis:
          'Rapporten trengs bare til avgjørelsen og en eventuell klage på den. Resultatet viser hvorfor avtalen har forskuddsbetaling eller depositum.',
      },
      securityMeasures: [
        'Oppslag kan bare gjøres fra bestillingsløpet, ikke som fritt søk',
        'Bare kredittansvarlig og to saksbehandlere kan åpne rapporten',
        'Alle oppslag logges',
      ],
      dpia: { needed: 'yes', doneOn: d(300) },
      status: 'active',
      lastReviewed: d(200),
      createdAt: t(880),
    }),
    activity({
      id: 'act-inkasso',
      name: 'Purring og inkasso',
      description:
        'Er en faktura ikke betalt ved forfall, sender vi først en påminnelse og deretter et inkassovarsel med minst 14 dagers betalingsfrist (inkassoloven § 9). Er kravet fortsatt ikke betalt, overtar Fjordinkasso AS innfordringen etter inkassoloven og god inkassoskikk.',
      owner: 'Økonomi',
      area: 'Fakturering og regnskap',
      systems: ['Fakturasystem', 'Inkassoportalen til Fjordinkasso AS'],
      purposes: [
        'Følge opp forfalte fakturaer',
        'Kreve inn ubetalte krav gjennom inkassoforetak',
        'Avtale betalingsutsettelse eller nedbetalingsplan',
      ],
      legalBases: [
        contract,
        legitimateInterest(
          'Å få betalt for strøm vi har levert, og å begrense tap på utestående krav.',
        ),
      ],
      dataSubjects: ['Kunder med forfalte krav'],
      externalSubjects: true,
      dataCategories: [
        'Navn, fødselsnummer og adresse',
        'Kravets størrelse, forfallsdato og historikk',
        'Betalingsavtaler og korrespondanse om kravet',
      ],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Fjordinkasso AS (betalingsstatus og oppdatert adresse)' },
      ],
      requirement: 'contractual',
      requirementConsequence:
        'Opplysningene følger av kundeforholdet; kunden trenger ikke gi nye opplysninger for at vi skal følge opp kravet.',
      recipients: [
        'Fjordinkasso AS (databehandler)',
        'Nordlys Fakturaservice AS (databehandler)',
        'Namsmannen og forliksrådet ved rettslig inndriving',
      ],
      processorIds: ['proc-fjordinkasso', 'proc-nordlys-faktura'],
      retention: {
        period: 'Til kravet er gjort opp, deretter 5 år etter utløpet av regnskapsåret',
        basis:
          'bokføringsloven § 13; et krav som ikke er gjort opp, følges opp til det er foreldet (foreldelsesloven § 2) eller avgjort av domstolene',
      },
      securityMeasures: [
        'Saker overføres til inkassoforetaket gjennom en kryptert integrasjon',
        'Bare økonomiavdelingen har tilgang til inkassoportalen',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(250),
      createdAt: t(700),
    }),
    activity({
      id: 'act-kundeservice',
      name: 'Kundeservice og opptak av telefonsamtaler',
      description:
        'Kundeservice svarer på telefon, e-post og chat, og henvendelsene registreres i kundesystemet. Telefonsamtaler tas opp for å dokumentere bestillinger, produktbytter og oppsigelser som avtales på telefon. Innringeren får beskjed om opptaket før samtalen begynner og kan be om å snakke uten opptak. Et opptak brukes i opplæring bare når innringeren har samtykket til det i talemenyen. Ordningen er drøftet med de tillitsvalgte etter arbeidsmiljøloven § 9-2.',
      owner: 'Kundeservice',
      area: 'Kundeservice',
      systems: ['Kundesenterløsningen til Kontaktflyt AS', 'Kundesystem (CIS)'],
      purposes: [
        'Besvare og følge opp henvendelser fra kunder og andre',
        'Dokumentere hva som ble avtalt i telefonsamtaler',
        'Lære opp nye medarbeidere med utvalgte samtaler, når innringeren har samtykket',
      ],
      legalBases: [
        contract,
        legitimateInterest(
          'Å kunne dokumentere hva som ble avtalt på telefon, for eksempel en bestilling, et produktbytte eller en oppsigelse, hvis kunden og vi senere er uenige.',
        ),
        consent,
      ],
      dataSubjects: [
        'Kunder og andre som kontakter kundeservice',
        'Kundeservicemedarbeidere (stemmen i opptakene)',
      ],
      externalSubjects: true,
      dataCategories: [
        'Navn og kundenummer',
        'Telefonnummer og e-postadresse',
        'Innholdet i henvendelsen',
        'Lydopptak av telefonsamtaler',
        'Chatlogg',
      ],
      sources: [{ kind: 'data-subject', name: 'Den som kontakter oss' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Uten kontaktopplysninger kan vi ikke svare på henvendelsen. Den som ikke vil tas opp, kan be om en samtale uten opptak.',
      recipients: ['Kontaktflyt AS (databehandler)', 'Skyhall Drift AS (databehandler)'],
      processorIds: ['proc-kontaktflyt', 'proc-skyhall'],
      transferIds: ['tr-kontaktflyt-gb'],
      retention: {
        period:
          'Lydopptak 90 dager; skriftlige henvendelser 3 år etter at kundeforholdet er avsluttet',
        basis:
          'Uenighet om det som ble avtalt på telefon, viser seg som regel når den første fakturaen kommer, så opptakene trengs ikke lenger. Et opptak som inngår i en klagesak, beholdes til saken er avsluttet. Skriftlige henvendelser følger foreldelsesloven § 2.',
      },
      securityMeasures: [
        'Opptakene krypteres og lagres innenfor EØS',
        'Bare teamledere kan spille av opptak, og avspillingen logges',
        'Opptak slettes automatisk etter 90 dager',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(410),
      createdAt: t(560),
    }),
    activity({
      id: 'act-markedsforing',
      name: 'Markedsføring på e-post og SMS',
      description:
        'Vi sender tilbud om strømavtaler og tilleggstjenester på e-post og SMS til dem som har samtykket, slik markedsføringsloven § 15 krever. Samtykket kan trekkes tilbake med lenken i hver e-post, ved å svare STOPP på en SMS eller på Min side.',
      owner: 'Marked',
      area: 'Markedsføring',
      systems: ['Utsendelsesplattformen til Relaywell Inc.', 'SMS-tjenesten til Meldingsporten AS'],
      purposes: [
        'Sende tilbud om strømavtaler og tilleggstjenester',
        'Tilpasse tilbudene til avtalen mottakeren har',
      ],
      legalBases: [consent],
      dataSubjects: ['Kunder og andre som har samtykket til markedsføring'],
      externalSubjects: true,
      dataCategories: [
        'Navn',
        'E-postadresse og mobilnummer',
        'Avtaletype og postnummer',
        'Tidspunkt og kanal for samtykket',
        'Åpning av e-post og klikk på lenker',
      ],
      sources: [{ kind: 'data-subject', name: 'Mottakeren selv' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er frivillig å samtykke. Uten samtykke sender vi ikke markedsføring, og kundeforholdet påvirkes ikke.',
      automatedDecisions: {
        used: false,
        profiling: true,
        logic:
          'Mottakerne deles inn i grupper etter avtaletype og postnummer, slik at de får tilbud som passer.',
        consequences:
          'Inndelingen avgjør bare hvilke tilbud som sendes. Den har ingen rettsvirkning og påvirker ikke pris eller vilkår.',
      },
      recipients: ['Relaywell Inc. (databehandler)', 'Meldingsporten AS (databehandler)'],
      processorIds: ['proc-relaywell', 'proc-meldingsporten'],
      transferIds: ['tr-relaywell-us', 'tr-relaywell-in'],
      retention: {
        period: 'Til samtykket trekkes tilbake; bevis for samtykket lagres i 3 år etter det',
        basis:
          'Vi må kunne dokumentere at samtykket fantes (personvernforordningen art. 7 nr. 1) hvis en utsendelse blir klaget inn',
      },
      securityMeasures: [
        'Avmeldinger registreres automatisk og kontrolleres før hver utsendelse',
        'Tofaktorinnlogging i utsendelsesplattformen',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(90),
      createdAt: t(600),
    }),
    activity({
      id: 'act-nyhetsbrev',
      name: 'Nyhetsbrev om strømpriser og energisparing',
      description:
        'Abonnentene får et månedlig nyhetsbrev med kommentarer til strømprisene og råd om å spare energi. Alle kan melde seg på, også de som ikke er kunder, og avmeldingslenken står i hvert nyhetsbrev.',
      owner: 'Marked',
      area: 'Markedsføring',
      systems: ['Utsendelsesplattformen til Relaywell Inc.'],
      purposes: [
        'Sende nyhetsbrevet til dem som har meldt seg på',
        'Måle hvor mange som åpner nyhetsbrevet, for å gjøre det bedre',
      ],
      legalBases: [consent],
      dataSubjects: ['Abonnenter på nyhetsbrevet'],
      externalSubjects: true,
      dataCategories: [
        'E-postadresse',
        'Fornavn (valgfritt)',
        'Tidspunkt for påmelding og bekreftelse',
        'Åpning og klikk',
      ],
      sources: [{ kind: 'data-subject', name: 'Abonnenten selv' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er frivillig å melde seg på. Uten e-postadresse kan vi ikke sende nyhetsbrevet.',
      recipients: ['Relaywell Inc. (databehandler)'],
      processorIds: ['proc-relaywell'],
      transferIds: ['tr-relaywell-us', 'tr-relaywell-in'],
      retention: {
        period: 'Til abonnenten melder seg av; bevis for påmeldingen lagres i 3 år etter det',
        basis: 'Dokumentasjon av samtykket (personvernforordningen art. 7 nr. 1)',
      },
      securityMeasures: [
        'Påmeldingen må bekreftes fra en lenke i e-post før første utsendelse',
        'Avmeldingslenke i hver utsendelse',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(30),
      createdAt: t(600),
    }),
    activity({
      id: 'act-nettstedsanalyse',
      name: 'Analyse av bruken av nettstedet',
      description:
        'Vi bruker analyseverktøyet til Trailmetric Inc. for å se hvilke sider som brukes, og hvor besøkende gir opp bestillingen. Informasjonskapsler for analyse settes bare når den besøkende har samtykket i samtykkebanneret (ekomloven § 3-15); innstillinger i nettleseren regnes ikke som samtykke. IP-adressen forkortes før den lagres.',
      owner: 'Marked',
      area: 'Nettsted og digitale kanaler',
      systems: ['Nettstedet', 'Samtykkebanneret', 'Analyseverktøyet til Trailmetric Inc.'],
      purposes: [
        'Lage statistikk over bruken av nettstedet',
        'Finne og rette feil i bestillingsløpet',
      ],
      legalBases: [consent],
      dataSubjects: ['Besøkende på nettstedet'],
      externalSubjects: true,
      dataCategories: [
        'Forkortet IP-adresse',
        'Tilfeldig ID i informasjonskapsel',
        'Sider som er besøkt, og tidspunkt',
        'Nettleser, operativsystem og skjermstørrelse',
        'Omtrentlig sted (by)',
      ],
      sources: [{ kind: 'generated', name: 'Informasjonskapsler og nettleserdata ved besøket' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er frivillig å samtykke. Nettstedet virker like godt uten informasjonskapsler for analyse.',
      recipients: ['Trailmetric Inc. (databehandler i USA)'],
      processorIds: ['proc-trailmetric'],
      transferIds: ['tr-trailmetric-us'],
      retention: {
        period: '14 måneder',
        basis:
          'Lenge nok til å sammenligne samme måned fra ett år til det neste; eldre data slettes automatisk',
      },
      securityMeasures: [
        'IP-adressen forkortes før lagring',
        'Dataene deles ikke med annonsenettverk',
        'Samtykkebanneret har like tydelige knapper for å godta og avvise',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(150),
      createdAt: t(430),
    }),
    activity({
      id: 'act-maleverdier',
      name: 'Måleverdier fra Elhub til avregning og Min side',
      description:
        'Vi henter kundens måleverdier per time fra Elhub, som leverer dem etter avregningsforskriften. Vi bruker dem bare til å beregne fakturaen og til å vise kunden sitt eget forbruk på Min side og i appen. Vi henter måleverdier bare for målepunkter der vi er leverandør, og bare for perioden avtalen gjelder.',
      owner: 'Privatmarked',
      area: 'Kundeforhold',
      systems: ['Elhub-integrasjon', 'Fakturasystem', 'Min side og appen'],
      purposes: [
        'Beregne fakturaen etter faktisk forbruk',
        'Vise kunden eget forbruk på Min side og i appen',
      ],
      legalBases: [contract],
      dataSubjects: ['Privatkunder'],
      externalSubjects: true,
      dataCategories: [
        'Målepunkt-ID',
        'Forbruk per time',
        'Avlesningsdato og status for måleverdien',
      ],
      sources: [{ kind: 'third-party', name: 'Elhub' }],
      requirement: 'contractual',
      requirementConsequence:
        'Måleverdiene trengs for å fakturere forbruket. De hentes fra Elhub; kunden trenger ikke oppgi dem.',
      recipients: ['Skyhall Drift AS (databehandler)', 'Nordlys Fakturaservice AS (databehandler)'],
      processorIds: ['proc-skyhall', 'proc-nordlys-faktura'],
      retention: {
        period:
          'Timeverdier i 3 år etter fakturaperioden; forbruket på fakturaen i 5 år etter utløpet av regnskapsåret',
        basis:
          'Timeverdiene trengs for å behandle klager på fakturaen innen foreldelsesfristen (foreldelsesloven § 2); fakturaen er regnskapsmateriale (bokføringsloven § 13)',
      },
      securityMeasures: [
        'Integrasjonen med Elhub bruker virksomhetssertifikat',
        'Markedsavdelingen har ikke tilgang til forbruksdata',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(100),
      createdAt: t(900),
    }),
    activity({
      id: 'act-forbruksinnsikt',
      name: 'Forbruksinnsikt og energiråd i appen',
      description:
        'Kunder som samtykker, får analyser av forbruksmønsteret sitt i appen: hvilke timer som koster mest, et anslag over hva i boligen som bruker strøm, og råd om å flytte forbruk til billigere timer. Timeverdier kan vise når noen er hjemme, så analysen er profilering. Vurderingen av personvernkonsekvenser er påbegynt, men ikke ferdig.',
      owner: 'Produktutvikling',
      area: 'Digitale tjenester',
      systems: ['Appen', 'Analysemodulen i kundesystemet'],
      purposes: ['Gi kunden innsikt i eget forbruk og forslag til hvordan strøm kan spares'],
      legalBases: [consent],
      dataSubjects: ['Kunder som har slått på forbruksinnsikt i appen'],
      externalSubjects: true,
      dataCategories: [
        'Forbruk per time',
        'Boligtype, areal og oppvarmingskilde (oppgitt av kunden)',
        'Beregnet forbruksprofil',
        'Postnummer (for å hente temperaturdata)',
      ],
      sources: [
        { kind: 'third-party', name: 'Elhub (måleverdier)' },
        { kind: 'data-subject', name: 'Kunden selv (opplysninger om boligen)' },
      ],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er frivillig. Uten samtykke ser kunden fortsatt forbruket sitt, men får ikke analyser og råd.',
      automatedDecisions: {
        used: false,
        profiling: true,
        logic:
          'En modell sammenligner forbruket time for time med utetemperaturen og med anonymiserte boliger av samme type, og anslår hvor mye som går til oppvarming, varmtvann og lading.',
        consequences:
          'Kunden får råd og sammenligninger i appen. Analysen brukes ikke til pris, kreditt eller markedsføring og har ingen rettsvirkning.',
      },
      recipients: ['Skyhall Drift AS (databehandler)'],
      processorIds: ['proc-skyhall'],
      retention: {
        period: 'Til samtykket trekkes tilbake, og aldri mer enn 3 år bakover i tid',
        basis:
          'Analysen trenger tre års historikk for å vise forskjeller mellom årstidene. Når samtykket trekkes tilbake, slettes forbruksprofilen innen 30 dager.',
      },
      securityMeasures: [
        'Analysen kjøres på pseudonymiserte måleserier',
        'Resultatene vises bare i kundens egen innloggede app',
      ],
      dpia: { needed: 'yes', doneOn: null },
      status: 'active',
      lastReviewed: d(45),
      createdAt: t(200),
    }),
    activity({
      id: 'act-min-side',
      name: 'Min side og appen',
      description:
        'Kundene logger inn på Min side og i appen med BankID gjennom innloggingstjenesten til Identa Pålogging AS. Der ser de avtaler, fakturaer og forbruk, og kan endre kontaktopplysninger og samtykker. Fødselsnummeret fra innloggingen brukes til å finne riktig kunde, fordi vi må identifisere kunden sikkert før vi viser faktura- og forbruksopplysninger (personopplysningsloven § 12).',
      owner: 'Produktutvikling',
      area: 'Digitale tjenester',
      systems: ['Min side', 'Appen', 'Innloggingstjenesten til Identa Pålogging AS'],
      purposes: [
        'Gi kunden sikker tilgang til egne avtaler, fakturaer og forbruk',
        'La kunden endre kontaktopplysninger og samtykker selv',
        'Oppdage og stanse misbruk av kundekontoer',
      ],
      legalBases: [
        contract,
        legitimateInterest(
          'Å beskytte kundekontoene mot misbruk ved å logge innlogginger og oppdage forsøk på innbrudd.',
        ),
      ],
      dataSubjects: ['Kunder som bruker Min side eller appen'],
      externalSubjects: true,
      dataCategories: [
        'Fødselsnummer (fra innloggingen)',
        'Navn',
        'Tidspunkt, IP-adresse og enhetstype ved innlogging',
        'Innstillinger og samtykkevalg',
        'Adresse for varsler i appen (push-token)',
      ],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Identa Pålogging AS (bekreftet identitet fra BankID)' },
      ],
      requirement: 'contractual',
      requirementConsequence:
        'Uten innlogging kan kunden ikke bruke Min side eller appen, men kan få de samme opplysningene fra kundeservice.',
      recipients: ['Identa Pålogging AS (databehandler)', 'Skyhall Drift AS (databehandler)'],
      processorIds: ['proc-identa', 'proc-skyhall'],
      retention: {
        period:
          'Brukerkontoen slettes 3 måneder etter at kundeforholdet er avsluttet; innloggingslogger lagres i 6 måneder',
        basis:
          'Kunden skal kunne hente sluttfakturaen etter at avtalen er avsluttet. Loggene trengs for å undersøke misbruk som oppdages i ettertid.',
      },
      securityMeasures: [
        'Innlogging med BankID på sikkerhetsnivå høyt',
        'Automatisk utlogging etter 15 minutter uten aktivitet',
        'Kunden varsles når e-postadresse eller telefonnummer endres',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(75),
      createdAt: t(650),
    }),
    activity({
      id: 'act-kundeundersokelser',
      name: 'Kundeundersøkelser',
      description:
        'Etter kontakt med kundeservice, og én gang i året, sender vi en kort spørreundersøkelse til et utvalg kunder. Svarene brukes til å gjøre tjenestene bedre. Kunden kan reservere seg mot undersøkelser på Min side.',
      owner: 'Kundeservice',
      area: 'Kundeservice',
      systems: ['Undersøkelsesverktøyet til Svarbox AS'],
      purposes: [
        'Måle hvor fornøyde kundene er',
        'Finne ut hva vi bør forbedre i kundeservice og tjenester',
      ],
      legalBases: [
        legitimateInterest(
          'Å forbedre tjenestene og kundeservicen ut fra tilbakemeldinger fra kundene. Undersøkelsene er korte, det er frivillig å svare, og kunden kan reservere seg.',
        ),
      ],
      dataSubjects: [
        'Kunder som har vært i kontakt med kundeservice',
        'Et tilfeldig utvalg av kunder',
      ],
      externalSubjects: true,
      dataCategories: ['Navn og e-postadresse', 'Kundenummer', 'Svar og kommentarer i fritekst'],
      sources: [{ kind: 'data-subject', name: 'Kunden selv' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er frivillig å svare, og det får ingen følger for kundeforholdet å la være.',
      recipients: ['Svarbox AS (databehandler)'],
      processorIds: ['proc-svarbox'],
      retention: {
        period: 'Svar knyttet til kunden i 12 måneder, deretter anonymisert',
        basis:
          'Ett år er nok til å følge opp enkeltsvar og sammenligne med neste årlige undersøkelse',
      },
      securityMeasures: [
        'Rapportene viser bare samlede og anonymiserte svar',
        'Fritekstsvar gjennomgås, og sensitive opplysninger fjernes',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(470),
      createdAt: t(760),
    }),
    activity({
      id: 'act-rekruttering',
      name: 'Rekruttering',
      description:
        'Søkere sender søknad, CV og attester gjennom rekrutteringssystemet til Talentvev AS. Vi vurderer søknadene, holder intervjuer og snakker med referanser som søkeren selv har oppgitt. Søkere som ønsker det, kan stå i talentbanken vår.',
      owner: 'HR',
      area: 'Personal',
      systems: ['Rekrutteringssystemet til Talentvev AS'],
      purposes: [
        'Vurdere søkere og ansette',
        'Innhente referanser som søkeren har oppgitt',
        'Holde kontakt med søkere som vil stå i talentbanken',
      ],
      legalBases: [
        contract,
        legitimateInterest(
          'Å kontrollere opplysningene i søknaden ved å snakke med referanser som søkeren selv har oppgitt.',
        ),
        consent,
      ],
      dataSubjects: ['Jobbsøkere', 'Referansepersoner'],
      externalSubjects: true,
      dataCategories: [
        'Navn og kontaktopplysninger',
        'CV, søknad, vitnemål og attester',
        'Intervjunotater og vurderinger',
        'Uttalelser fra referanser',
      ],
      sources: [
        { kind: 'data-subject', name: 'Søkeren selv' },
        { kind: 'third-party', name: 'Referanser som søkeren har oppgitt' },
      ],
      requirement: 'contractual',
      requirementConsequence: 'Uten søknad og CV kan vi ikke vurdere søkeren til stillingen.',
      recipients: ['Talentvev AS (databehandler)'],
      processorIds: ['proc-talentvev'],
      retention: {
        period:
          '6 måneder etter at stillingen er besatt; i talentbanken 12 måneder om gangen med samtykke',
        basis:
          'Tid til å besvare spørsmål og klager om ansettelsen, blant annet etter likestillings- og diskrimineringsloven',
      },
      securityMeasures: [
        'Bare rekrutteringsansvarlig og ansettelsesutvalget har tilgang til søknadene',
        'Søknadene slettes automatisk i rekrutteringssystemet',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(280),
      createdAt: t(480),
    }),
    activity({
      id: 'act-personal',
      name: 'Personaladministrasjon og lønn',
      description:
        'Vi behandler opplysninger om ansatte for å betale lønn, rapportere til det offentlige, registrere arbeidstid, ferie og fravær og følge opp sykmeldte. Lønnskjøringen gjøres av Lønnspartner AS. Ved sykefravær får vi sykmeldingen uten diagnose; vi registrerer fraværet og behovet for tilrettelegging for å følge opp den ansatte og kreve refusjon av sykepenger fra NAV.',
      owner: 'HR',
      area: 'Personal',
      systems: ['HR-systemet', 'Lønnssystemet til Lønnspartner AS', 'Timeregistrering'],
      purposes: [
        'Utbetale lønn og feriepenger',
        'Rapportere lønn og arbeidsforhold i a-meldingen',
        'Registrere arbeidstid',
        'Følge opp sykefravær og tilrettelegging',
        'Føre personalmappe',
      ],
      legalBases: [
        contract,
        legalObligation(
          'a-opplysningsloven, skattebetalingsloven (forskuddstrekk), arbeidsmiljøloven §§ 4-6 og 10-7, folketrygdloven kapittel 8 og ferieloven',
        ),
      ],
      specialCategories: [
        'Helseopplysninger: sykefravær og behov for tilrettelegging (uten diagnose)',
      ],
      art9Bases: ['employment'],
      art9Detail:
        'folketrygdloven kapittel 8 (sykepenger) og arbeidsmiljøloven § 4-6 (oppfølging av sykmeldte)',
      dataSubjects: ['Ansatte', 'Tidligere ansatte', 'Nærmeste pårørende oppgitt av den ansatte'],
      externalSubjects: false,
      dataCategories: [
        'Navn, fødselsnummer og kontaktopplysninger',
        'Arbeidsavtale, stilling og lønn',
        'Kontonummer og skattetrekk',
        'Arbeidstid, ferie og fravær',
        'Sykmeldinger og oppfølgingsplaner',
        'Kontaktperson ved ulykke',
      ],
      sources: [
        { kind: 'data-subject', name: 'Den ansatte' },
        { kind: 'public-register', name: 'Skatteetaten (skattekort)' },
        { kind: 'third-party', name: 'NAV (vedtak om sykepenger og refusjon)' },
      ],
      requirement: 'statutory-and-contractual',
      requirementConsequence:
        'Uten fødselsnummer, kontonummer og skattekort kan vi ikke betale riktig lønn eller rapportere den i a-meldingen.',
      recipients: [
        'Lønnspartner AS (databehandler)',
        'Skyhall Drift AS (databehandler)',
        'Skatteetaten (a-meldingen)',
        'NAV (sykepenger og refusjon)',
        'Pensjonsleverandøren',
        'Bedriftshelsetjenesten',
      ],
      processorIds: ['proc-lonnspartner', 'proc-skyhall'],
      retention: {
        period:
          'Lønnsopplysninger 5 år etter utløpet av regnskapsåret; personalmappen 3 år etter at arbeidsforholdet er slutt',
        basis:
          'bokføringsloven § 13 for lønnsbilag; foreldelsesloven § 2 for krav fra arbeidsforholdet',
      },
      securityMeasures: [
        'Helseopplysninger lagres atskilt fra personalmappen',
        'Bare HR og nærmeste leder ser fraværsopplysninger',
        'Tofaktorinnlogging i HR- og lønnssystemet',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(180),
      createdAt: t(1000),
    }),
    activity({
      id: 'act-kameraovervaking',
      name: 'Kameraovervåking av innganger og serverrom',
      description:
        'Vi har kameraer ved hovedinngangen, varemottaket og døren til serverrommet, men ikke i kontorlandskapet, pauserommene eller garderobene. Kameraene tar ikke opp lyd. Skilt ved inngangene forteller at området er overvåket, og hvem som er ansvarlig. Ordningen er drøftet med de tillitsvalgte etter arbeidsmiljøloven § 9-2. Opptak slettes automatisk etter 7 dager. Viser et opptak et innbrudd eller en annen hendelse som trolig skal utleveres til politiet, kan vi ta vare på det i inntil 30 dager.',
      owner: 'Sikkerhet og eiendom',
      area: 'Sikkerhet',
      systems: ['Kameraanlegget med opptaker'],
      purposes: [
        'Forebygge og oppklare innbrudd, tyveri og skadeverk',
        'Sikre adgangen til serverrommet',
      ],
      legalBases: [
        legitimateInterest(
          'Å beskytte bygget, utstyret og serverrommet mot innbrudd, tyveri og skadeverk, og å kunne oppklare slike hendelser.',
        ),
      ],
      dataSubjects: ['Ansatte', 'Besøkende', 'Leverandører og håndverkere'],
      externalSubjects: true,
      dataCategories: ['Videoopptak', 'Tidspunkt og kameraplassering'],
      sources: [{ kind: 'generated', name: 'Kameraene i bygget' }],
      requirement: 'voluntary',
      requirementConsequence:
        'Det er ikke et krav i lov eller avtale å bli filmet; opptak skjer når man går inn i det skiltede området.',
      recipients: [
        'Vaktøye Sikkerhet AS (databehandler)',
        'Politiet ved anmeldelse av straffbare forhold',
      ],
      processorIds: ['proc-vaktoye'],
      retention: {
        period: '7 dager; opptak av en hendelse som trolig utleveres til politiet, inntil 30 dager',
        basis: 'forskrift om kameraovervåking i virksomhet (FOR-2018-07-16-1108) § 2',
      },
      securityMeasures: [
        'Opptakene lagres kryptert på en opptaker i et låst rom',
        'Bare sikkerhetsansvarlig og én stedfortreder kan se opptak',
        'Alle avspillinger og utleveringer logges',
      ],
      // The screening (resources/sample-registers.ts) finds it on Datatilsynet's list as
      // monitoring of employees; the DPIA is being written.
      dpia: { needed: 'yes', doneOn: null },
      status: 'active',
      lastReviewed: d(330),
      createdAt: t(1100),
    }),
    activity({
      id: 'act-varsling',
      name: 'Varsling om kritikkverdige forhold',
      description:
        'Ansatte og innleide kan varsle om kritikkverdige forhold gjennom varslingskanalen til Klarvarsel AS, også anonymt. Et lite varslingsutvalg behandler varslene etter rutinen for intern varsling (arbeidsmiljøloven § 2 A-6) og sørger for at de blir undersøkt innen rimelig tid (§ 2 A-3). Et varsel kan inneholde opplysninger om mulige lovbrudd eller om helse.',
      owner: 'HR',
      area: 'Personal',
      systems: ['Varslingskanalen til Klarvarsel AS', 'Saksarkiv for varslingssaker'],
      purposes: [
        'Ta imot, undersøke og følge opp varsler om kritikkverdige forhold',
        'Beskytte varsleren mot gjengjeldelse',
      ],
      legalBases: [legalObligation('arbeidsmiljøloven kapittel 2 A, særlig §§ 2 A-3 og 2 A-6')],
      specialCategories: [
        'Helseopplysninger og andre særlige kategorier, når et varsel inneholder det',
      ],
      art9Bases: ['employment', 'legal-claims'],
      art9Detail: 'arbeidsmiljøloven kapittel 2 A',
      criminalData: true,
      criminalDataBasis:
        'personopplysningsloven § 11, jf. personvernforordningen art. 9 nr. 2 bokstav b og arbeidsmiljøloven kapittel 2 A',
      dataSubjects: ['Ansatte og innleide som varsler', 'Personer det varsles om', 'Vitner'],
      externalSubjects: false,
      dataCategories: [
        'Innholdet i varselet',
        'Navn og kontaktopplysninger til varsleren, hvis varselet ikke er anonymt',
        'Opplysninger om personer det varsles om',
        'Intervjunotater og dokumentasjon fra undersøkelsen',
      ],
      sources: [
        { kind: 'data-subject', name: 'Varsleren' },
        { kind: 'third-party', name: 'Vitner og andre som intervjues i saken' },
      ],
      requirement: 'voluntary',
      requirementConsequence: 'Det er frivillig å varsle, og det kan gjøres anonymt.',
      recipients: [
        'Klarvarsel AS (databehandler)',
        'Politiet eller tilsynsmyndigheter når saken krever det',
      ],
      processorIds: ['proc-klarvarsel'],
      retention: {
        period: '3 år etter at saken er avsluttet; grunnløse varsler slettes når saken avsluttes',
        basis:
          'Foreldelsesfristen for krav om erstatning og oppreisning for gjengjeldelse (arbeidsmiljøloven § 2 A-2, foreldelsesloven § 9)',
      },
      securityMeasures: [
        'Varslingskanalen er kryptert og kan brukes anonymt',
        'Bare varslingsutvalget har tilgang til sakene',
        'Sakene lagres atskilt fra personalmappene',
      ],
      dpia: { needed: 'yes', doneOn: d(400) },
      status: 'active',
      lastReviewed: d(220),
      createdAt: t(430),
    }),
    activity({
      id: 'act-personvernhenvendelser',
      name: 'Henvendelser om personvernrettigheter',
      description:
        'Personvernombudet tar imot og besvarer krav om innsyn, retting, sletting, begrensning, dataportabilitet og protest. Vi bekrefter identiteten til den som spør, før vi gir ut eller endrer opplysninger, og svarer innen én måned.',
      owner: 'Personvernombudet',
      area: 'Personvern og internkontroll',
      systems: ['Saksarkiv for personvernsaker'],
      purposes: [
        'Besvare krav fra de registrerte om å bruke rettighetene sine',
        'Dokumentere hvordan kravene er behandlet',
      ],
      legalBases: [
        legalObligation('personvernforordningen art. 12 og 15–22, jf. personopplysningsloven § 1'),
      ],
      dataSubjects: ['Kunder, tidligere kunder og andre som fremmer krav'],
      externalSubjects: true,
      dataCategories: [
        'Navn og kontaktopplysninger',
        'Kravet og svaret vårt',
        'Opplysninger brukt til å bekrefte identiteten',
      ],
      sources: [{ kind: 'data-subject', name: 'Den som fremmer kravet' }],
      // Handling the request is the company's legal duty (art. 12), but making one is up to the person.
      requirement: 'voluntary',
      requirementConsequence:
        'Vi må kunne bekrefte hvem som spør. Uten det kan vi ikke utlevere, rette eller slette opplysninger.',
      recipients: ['Datatilsynet ved klagesaker', 'Skyhall Drift AS (databehandler)'],
      processorIds: ['proc-skyhall'],
      retention: {
        period: '3 år etter at saken er avsluttet',
        basis:
          'Dokumentasjon ved klage til Datatilsynet eller krav om erstatning (foreldelsesloven § 9)',
      },
      securityMeasures: [
        'Identiteten bekreftes med BankID eller innlogging på Min side før utlevering',
        'Svar sendes kryptert eller gjennom Min side',
      ],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      lastReviewed: d(20),
      createdAt: t(900),
    }),
    activity({
      id: 'act-smartstyring',
      name: 'Smartstyring av elbillading og varmtvannsbereder (pilot)',
      description:
        'Planlagt tjeneste der appen styrer lading og varmtvannsbereder til timene med lavest pris. Leverandør, behandlingsgrunnlag og lagringstid er ikke avklart ennå.',
      owner: 'Produktutvikling',
      area: 'Digitale tjenester',
      systems: ['Appen (planlagt modul)'],
      purposes: ['Flytte strømforbruk til timer med lav pris'],
      legalBases: [],
      dataSubjects: ['Kunder som melder seg på piloten'],
      externalSubjects: true,
      dataCategories: [
        'Forbruk per time',
        'Ladestatus og posisjon for elbilen',
        'Driftsdata fra varmtvannsberederen',
      ],
      sources: [],
      requirement: 'voluntary',
      requirementConsequence: '',
      recipients: [],
      processorIds: [],
      retention: { period: '', basis: '' },
      securityMeasures: [],
      dpia: { needed: 'unknown', doneOn: null },
      status: 'draft',
      lastReviewed: null,
      createdAt: t(15),
    }),
  ]

  return toWorkbench(
    {
      organization,
      activities: activities.map(upgraded),
      processors,
      transfers,
      sources: SAMPLE_SOURCES.map((s) => ({ ...s, name: { ...s.name } })),
      clauses: [],
      policyVersions: [],
      changes: [],
    },
    new Date(base).toISOString(),
  )
}
