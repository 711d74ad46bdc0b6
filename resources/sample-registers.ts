/**
 * The registers of the sample company «Eksempel Energi AS» (issue 10 §7): the DPIA screenings
 * of the two activities that need a DPIA, two DPIAs, three
 * breaches, five requests from data subjects, two signed processor agreements as small
 * PDF files made for the sample, and the routines for requests and breaches. Records link
 * to the ids of resources/sample-company.ts. Like the sample company, every date is counted
 * back from `now`, so the sample always looks current: one request is overdue, and the
 * breach reported late was reported with the reason for the delay.
 *
 * All names are invented; the texts are written for Ombud.
 */
import type { Attachment } from '../shared/model/attachment'
import type { Breach } from '../shared/model/breach'
import type { LocalizedText } from '../shared/model/common'
import type { DataSubjectRequest } from '../shared/model/data-subject-request'
import type { Dpia, DpiaRisk, RiskMeasure } from '../shared/model/dpia'
import type { ActivityScreening } from '../shared/model/dpia-screening'
import type { Routine } from '../shared/model/routine'
import type { Workbench } from '../shared/model/workbench'
import { breachDeadline } from '../shared/registers/deadlines'
import { emptyDpia } from '../shared/registers/dpia-versions'
import { prefillDpia, type PrefillSource } from '../shared/registers/dpia-prefill'
import { osloDate, osloInstant } from '../shared/registers/oslo-time'
import { crc32 } from '../shared/registers/png'
import { ROUTINE_TEMPLATES } from '../shared/registers/routine-texts'
import { sampleWorkbench } from './sample-company'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

export interface SampleAttachment {
  meta: Attachment
  bytes: Uint8Array<ArrayBuffer>
}

export interface SampleRegisters {
  screenings: ActivityScreening[]
  dpias: Dpia[]
  breaches: Breach[]
  requests: DataSubjectRequest[]
  attachments: SampleAttachment[]
  routines: Routine[]
}

function t(nb: string, nn: string): LocalizedText {
  return { nb, nn }
}

function measure(nb: string, nn: string, over: Partial<RiskMeasure> = {}): RiskMeasure {
  return { text: t(nb, nn), status: 'in-place', due: null, owner: '', ...over }
}

/**
 * The registers of the sample company, counted back from `now`. `record` is the sample
 * workbench's activities, processors and transfers, from which the DPIAs are prefilled.
 */
export async function sampleRegisters(record: PrefillSource, now: string = new Date().toISOString()): Promise<SampleRegisters> {
  const base = Date.parse(now)
  if (Number.isNaN(base)) throw new RangeError(`Ugyldig tidspunkt: «${now}»`)
  /** The date in Norway `days` days before `now`. */
  const d = (days: number): string => osloDate(base - days * DAY_MS)
  /** The moment at a clock time in Norway, `days` days before `now`. */
  const at = (days: number, time: string): string => osloInstant(d(days), time)
  const stamp = (days: number): string => new Date(base - days * DAY_MS).toISOString()

  const dpias = [smartMeterDpia(record, d, stamp), cameraDpia(record, stamp)]
  const breaches = sampleBreaches(at, stamp)
  const requests = sampleRequests(d, stamp)
  const attachments = await Promise.all([
    agreementPdf(record, 'att-skyhall-dba', 'proc-skyhall', 'drift av kundesystemet, Min side og appen'),
    agreementPdf(record, 'att-vaktoye-dba', 'proc-vaktoye', 'drift og vedlikehold av kameraanlegget'),
  ])
  const routines: Routine[] = (['requests', 'breaches'] as const).map((kind) => ({
    id: `routine-${kind}`,
    kind,
    title: ROUTINE_TEMPLATES[kind].title.nb,
    content: { form: 'text', text: { ...ROUTINE_TEMPLATES[kind].text } },
    owner: 'Personvernombudet',
    lastReviewed: d(kind === 'requests' ? 60 : 200),
    createdAt: stamp(500),
    updatedAt: stamp(kind === 'requests' ? 60 : 200),
  }))
  return { screenings: sampleScreenings(d, stamp), dpias, breaches, requests, attachments, routines }
}

/** The sample workbench as the app loads it and `cli sample` writes it: the record with its registers. */
export interface SampleWorkbenchFile {
  workbench: Workbench
  /** The bytes of each attachment, by SHA-256. */
  attachmentBytes: Map<string, Uint8Array<ArrayBuffer>>
}

/** The sample company with its registers and attached files, counted back from `now`. */
export async function sampleWorkbenchWithRegisters(now: string = new Date().toISOString()): Promise<SampleWorkbenchFile> {
  const record = sampleWorkbench(now)
  const { attachments, ...regs } = await sampleRegisters(record, now)
  return {
    workbench: { ...record, ...regs, attachments: attachments.map((a) => a.meta) },
    attachmentBytes: new Map(attachments.map((a) => [a.meta.sha256, a.bytes])),
  }
}

/**
 * The screenings of the two activities that need a DPIA. Both are on Datatilsynet's list;
 * each also meets two WP248 criteria, so the rule finds a DPIA required either way.
 */
function sampleScreenings(d: (days: number) => string, stamp: (days: number) => string): ActivityScreening[] {
  const by = 'Kari Nordmann, personvernombud'
  return [
    {
      id: 'act-forbruksinnsikt',
      art35Cases: [],
      listItems: ['iot-large-scale'],
      criteria: ['evaluation-scoring', 'innovative-technology'],
      notes:
        'Timeverdier fra smarte strømmålere hos mange kunder analyseres for å lage en forbruksprofil for hver kunde. Det står på Datatilsynets liste, og behandlingen oppfyller i tillegg to av kriteriene: profilering av forbruket og ny bruk av teknologi.',
      screenedOn: d(170),
      screenedBy: by,
      createdAt: stamp(170),
      updatedAt: stamp(170),
    },
    {
      id: 'act-kameraovervaking',
      art35Cases: [],
      listItems: ['employee-monitoring'],
      criteria: ['systematic-monitoring', 'vulnerable-subjects'],
      notes:
        'Kameraene ved inngangene filmer de ansatte hver gang de kommer og går. Det er et kontrolltiltak etter arbeidsmiljøloven kapittel 9 og står på Datatilsynets liste. Ansatte regnes som sårbare registrerte fordi de står i et avhengighetsforhold til arbeidsgiveren.',
      screenedOn: d(25),
      screenedBy: by,
      createdAt: stamp(25),
      updatedAt: stamp(25),
    },
  ]
}

function risk(r: Omit<DpiaRisk, 'residual'> & { residual: DpiaRisk['residual'] }): DpiaRisk {
  return r
}

/** Consumption analysis in the app: signed off. */
function smartMeterDpia(record: PrefillSource, d: (days: number) => string, stamp: (days: number) => string): Dpia {
  const draft = emptyDpia({
    id: 'dpia-forbruksinnsikt-v1',
    seriesId: 'dpia-forbruksinnsikt',
    title: 'Forbruksinnsikt og energiråd i appen',
    activityIds: ['act-forbruksinnsikt'],
    now: stamp(160),
  })
  const prefill = prefillDpia(draft.activityIds, record)
  return {
    ...draft,
    ...prefill,
    description: {
      ...prefill.description,
      context: t(
        `${prefill.description.context.nb} Timeverdier fra smarte strømmålere kan vise når noen er hjemme, sover eller er bortreist. Analysen er ny for kundene, og kundene forventer at forbruket bare brukes til fakturaen.`,
        `${prefill.description.context.nn} Timeverdiar frå smarte straummålarar kan vise når nokon er heime, søv eller er bortreist. Analysen er ny for kundane, og kundane ventar at forbruket berre vert brukt til fakturaen.`,
      ),
    },
    necessity: {
      ...prefill.necessity,
      minimisation: t(
        `${prefill.necessity.minimisation.nb} Analysen bruker timeverdier bare for kunder som har slått den på. Boligopplysningene er frivillige og kan stå tomme. Postnummeret brukes bare til å hente temperaturdata.`,
        `${prefill.necessity.minimisation.nn} Analysen brukar timeverdiar berre for kundar som har slått henne på. Bustadopplysningane er friviljuge og kan stå tomme. Postnummeret vert berre brukt til å hente temperaturdata.`,
      ),
    },
    risks: {
      access: risk({
        sources: [t('Angripere utenfra', 'Åtakarar utanfrå'), t('Ansatte uten tjenstlig behov', 'Tilsette utan tenstleg behov')],
        threats: [t('Innlogging med stjålet passord til appen', 'Innlogging med stole passord til appen'), t('Oppslag i analysemodulen uten grunn', 'Oppslag i analysemodulen utan grunn')],
        impacts: [t('Avslører når kunden er hjemme eller bortreist', 'Avslører når kunden er heime eller bortreist'), t('Innbrudd eller forfølgelse', 'Innbrot eller forfølging')],
        likelihood: 2,
        severity: 3,
        measures: [
          measure('Innlogging med BankID i appen', 'Innlogging med BankID i appen'),
          measure('Analysen kjøres på pseudonymiserte måleserier', 'Analysen vert køyrd på pseudonymiserte måleseriar'),
          measure('Tilgang til analysemodulen logges og kontrolleres hver måned', 'Tilgang til analysemodulen vert logga og kontrollert kvar månad', { status: 'planned', due: d(-60), owner: 'IT-sjefen' }),
        ],
        residual: { likelihood: 1, severity: 3 },
      }),
      change: risk({
        sources: [t('Feil i analysemodellen', 'Feil i analysemodellen')],
        threats: [t('Feil forbruksprofil etter import av måleverdier', 'Feil forbruksprofil etter import av måleverdiar')],
        impacts: [t('Kunden får misvisende råd', 'Kunden får misvisande råd')],
        likelihood: 2,
        severity: 1,
        measures: [measure('Måleverdiene kontrolleres mot Elhub før analysen', 'Måleverdiane vert kontrollerte mot Elhub før analysen')],
        residual: { likelihood: 1, severity: 1 },
      }),
      loss: risk({
        sources: [t('Driftsfeil hos databehandleren', 'Driftsfeil hos databehandlaren')],
        threats: [t('Tap av analysedatabasen', 'Tap av analysedatabasen')],
        impacts: [t('Kunden mister historikken i appen en periode', 'Kunden mistar historikken i appen ein periode')],
        likelihood: 1,
        severity: 1,
        measures: [measure('Daglig sikkerhetskopi hos Skyhall Drift AS', 'Dagleg tryggingskopi hos Skyhall Drift AS')],
        residual: { likelihood: 1, severity: 1 },
      }),
    },
    dpoAdvice: {
      givenOn: d(140),
      by: 'Kari Nordmann, personvernombud',
      advice: t(
        'Analysen kan gjennomføres på grunnlag av samtykke når samtykket kan trekkes tilbake i appen like enkelt som det ble gitt, og forbruksprofilen da slettes. Tilgangen til analysemodulen bør logges og kontrolleres.',
        'Analysen kan gjennomførast på grunnlag av samtykke når samtykket kan trekkjast tilbake i appen like enkelt som det vart gjeve, og forbruksprofilen då vert sletta. Tilgangen til analysemodulen bør loggast og kontrollerast.',
      ),
      followed: 'yes',
      reason: t('', ''),
    },
    subjectViews: {
      sought: true,
      summary: t(
        'Tolv kunder i kundepanelet testet analysen og ble spurt om den. De fleste syntes rådene var nyttige. To ønsket å kunne slette historikken selv; det er tatt inn i appen.',
        'Tolv kundar i kundepanelet testa analysen og vart spurde om han. Dei fleste syntest råda var nyttige. To ønskte å kunne slette historikken sjølve; det er teke inn i appen.',
      ),
    },
    decision: {
      outcome: 'proceed-with-measures',
      reasoning: t(
        'Restrisikoen er lav til middels. Analysen lanseres når loggingen av tilgangen til analysemodulen er på plass.',
        'Restrisikoen er låg til middels. Analysen vert lansert når logginga av tilgangen til analysemodulen er på plass.',
      ),
    },
    status: 'signed-off',
    signOff: { by: 'Ola Hansen, administrerende direktør', on: d(130) },
    updatedAt: stamp(130),
  }
}

/** Camera surveillance: the screening found employee monitoring; the DPIA is being written. */
function cameraDpia(record: PrefillSource, stamp: (days: number) => string): Dpia {
  const draft = emptyDpia({
    id: 'dpia-kamera-v1',
    seriesId: 'dpia-kamera',
    title: 'Kameraovervåking av innganger og serverrom',
    activityIds: ['act-kameraovervaking'],
    now: stamp(20),
  })
  return {
    ...draft,
    ...prefillDpia(draft.activityIds, record),
    risks: {
      ...draft.risks,
      access: risk({
        sources: [t('Ansatte med tilgang til opptakeren', 'Tilsette med tilgang til opptakaren')],
        threats: [t('Opptak vises eller kopieres uten grunn', 'Opptak vert viste eller kopierte utan grunn')],
        impacts: [t('Ansattes komme og gå kartlegges', 'Når tilsette kjem og går, vert kartlagt')],
        likelihood: 2,
        severity: 2,
        measures: [measure('Alle avspillinger logges', 'Alle avspelingar vert logga')],
        residual: { likelihood: null, severity: null },
      }),
    },
    updatedAt: stamp(3),
  }
}

function sampleBreaches(at: (days: number, time: string) => string, stamp: (days: number) => string): Breach[] {
  const common = {
    occurredAt: null,
    containedAt: null,
    subjectCount: null,
    recordCount: null,
    measuresPlanned: '',
  }
  const reportedDiscovery = at(90, '09:40')
  const lateDiscovery = at(240, '15:10')
  return [
    {
      ...common,
      id: 'breach-phishing',
      title: 'Innlogging med stjålet passord i kundesystemet',
      description:
        'En ansatt i kundeservice svarte på en falsk e-post og oppga passordet sitt. Passordet ble brukt fra en ukjent adresse til å slå opp kundekort i kundesystemet i om lag to timer før kontoen ble sperret.',
      types: ['confidentiality'],
      activityIds: ['act-kundeservice', 'act-kundeavtale'],
      processorIds: ['proc-skyhall'],
      occurredAt: at(90, '07:15'),
      discoveredAt: reportedDiscovery,
      containedAt: at(90, '10:05'),
      subjectCategories: ['Privatkunder'],
      subjectCount: 340,
      dataCategories: ['Navn', 'Adresse', 'Telefonnummer', 'Målepunkt-ID', 'Avtaletype'],
      recordCount: 340,
      consequences: 'Opplysningene kan brukes til målrettet svindel på telefon eller e-post i kundenes navn.',
      measuresTaken: 'Kontoen ble sperret, passordet byttet og alle økter avsluttet. Oppslagene ble gjennomgått i loggen.',
      measuresPlanned: 'Tofaktorinnlogging for alle ansatte i kundesystemet innen tre måneder.',
      risk: 'risk',
      riskAssessment: 'Fødselsnummer og betalingsopplysninger var ikke synlige i kundekortet. Risikoen for svindel er reell, men ikke høy.',
      notification: {
        decision: 'reported',
        reportedAt: new Date(Date.parse(reportedDiscovery) + 30 * HOUR_MS).toISOString(),
        reference: 'Altinn AR1234567',
        delayReason: '',
        notRequiredReason: '',
      },
      subjects: { decision: 'not-informed', informedOn: null, how: '', notInformedReason: 'not-high-risk', reasonDetail: '' },
      createdAt: stamp(90),
      updatedAt: stamp(88),
    },
    {
      ...common,
      id: 'breach-feil-mottaker',
      title: 'Faktura sendt på e-post til feil kunde',
      description: 'En faktura med vedlagt forbruksoversikt ble sendt til en annen kunde med nesten samme e-postadresse.',
      types: ['confidentiality'],
      activityIds: ['act-fakturering'],
      processorIds: [],
      occurredAt: at(35, '11:20'),
      discoveredAt: at(35, '13:05'),
      containedAt: at(35, '14:30'),
      subjectCategories: ['Privatkunder'],
      subjectCount: 1,
      dataCategories: ['Navn', 'Adresse', 'Fakturabeløp', 'Forbruk per måned'],
      recordCount: 1,
      consequences: 'Mottakeren fikk vite navn, adresse og strømforbruk til én kunde.',
      measuresTaken: 'Mottakeren ble ringt opp og bekreftet skriftlig at e-posten er slettet. Kunden ble orientert.',
      measuresPlanned: 'Fakturasystemet skal be om bekreftelse når e-postadressen endres.',
      risk: 'unlikely',
      riskAssessment: 'Én privatperson, som er kjent, fikk opplysninger som ikke er sensitive, og har bekreftet at de er slettet.',
      notification: {
        decision: 'not-required',
        reportedAt: null,
        reference: '',
        delayReason: '',
        notRequiredReason:
          'Bruddet medfører trolig ikke risiko for kunden: mottakeren er kjent, opplysningene er ikke sensitive, og mottakeren har bekreftet skriftlig at e-posten er slettet.',
      },
      subjects: { decision: 'informed', informedOn: osloDate(at(34, '12:00')), how: 'Telefon og e-post til kunden', notInformedReason: null, reasonDetail: '' },
      createdAt: stamp(35),
      updatedAt: stamp(34),
    },
    {
      ...common,
      id: 'breach-inkasso-liste',
      title: 'Liste over inkassosaker tilgjengelig for feil leverandør',
      description:
        'Fjordinkasso AS la ved en feil en liste over saker fra oss i en mappe en annen oppdragsgiver hadde tilgang til. Fjordinkasso varslet oss først fire dager etter at de selv oppdaget det.',
      types: ['confidentiality'],
      activityIds: ['act-inkasso'],
      processorIds: ['proc-fjordinkasso'],
      occurredAt: at(244, '08:00'),
      discoveredAt: lateDiscovery,
      containedAt: at(240, '16:00'),
      subjectCategories: ['Privatkunder med ubetalte fakturaer'],
      subjectCount: 57,
      dataCategories: ['Navn', 'Adresse', 'Skyldig beløp', 'Saksnummer'],
      recordCount: 57,
      consequences: 'Det ble kjent for en uvedkommende virksomhet at kundene har ubetalt gjeld.',
      measuresTaken: 'Mappen ble stengt, og den andre oppdragsgiveren bekreftet at listen ikke er lastet ned. Fjordinkasso har endret tilgangsstyringen.',
      measuresPlanned: 'Databehandleravtalen med Fjordinkasso skal presisere at brudd skal varsles samme dag.',
      risk: 'risk',
      riskAssessment: 'Opplysninger om gjeld kan skade omdømmet til dem det gjelder, men mottakeren er en kjent virksomhet med taushetsplikt som har bekreftet at listen ikke er brukt.',
      notification: {
        decision: 'reported',
        reportedAt: new Date(Date.parse(breachDeadline(lateDiscovery)) + 20 * HOUR_MS).toISOString(),
        reference: 'Altinn AR7654321',
        delayReason:
          'Vi ble kjent med bruddet da Fjordinkasso varslet oss, men trengte ett døgn til for å få listen over berørte kunder fra dem. Meldingen ble sendt så snart omfanget var kjent.',
        notRequiredReason: '',
      },
      subjects: { decision: 'not-informed', informedOn: null, how: '', notInformedReason: 'not-high-risk', reasonDetail: '' },
      createdAt: stamp(240),
      updatedAt: stamp(236),
    },
  ]
}

function sampleRequests(d: (days: number) => string, stamp: (days: number) => string): DataSubjectRequest[] {
  const request = (id: string, over: Omit<DataSubjectRequest, 'id' | 'createdAt' | 'updatedAt' | 'activityIds'> & { activityIds?: string[] }, created: number): DataSubjectRequest => ({
    id,
    activityIds: [],
    ...over,
    createdAt: stamp(created),
    updatedAt: stamp(Math.max(0, created - 5)),
  })
  return [
    request('req-innsyn-1', { reference: 'Sak 2024/112', type: 'access', receivedOn: d(150), identityVerified: true, activityIds: ['act-kundeavtale', 'act-maleverdier'], extension: null, status: 'answered', answeredOn: d(132) }, 150),
    request('req-sletting-1', { reference: 'Sak 2024/131', type: 'erasure', receivedOn: d(95), identityVerified: true, activityIds: ['act-markedsforing'], extension: null, status: 'answered', answeredOn: d(90) }, 95),
    request(
      'req-innsyn-2',
      {
        reference: 'Sak 2024/140',
        type: 'access',
        receivedOn: d(70),
        identityVerified: true,
        activityIds: ['act-kundeservice', 'act-kameraovervaking'],
        extension: {
          reason: 'Kravet omfatter samtaleopptak og kameraopptak som må gjennomgås for å skjerme andre personer.',
          toldOn: d(60),
        },
        status: 'answered',
        answeredOn: d(20),
      },
      70,
    ),
    request('req-protest-1', { reference: 'Sak 2024/151', type: 'objection', receivedOn: d(12), identityVerified: true, activityIds: ['act-kundeundersokelser'], extension: null, status: 'in-progress', answeredOn: null }, 12),
    // Overdue: received 40 days ago, still not answered and not extended.
    request('req-retting-1', { reference: 'Sak 2024/147', type: 'rectification', receivedOn: d(40), identityVerified: false, activityIds: ['act-kundeavtale'], extension: null, status: 'received', answeredOn: null }, 40),
  ]
}

/**
 * A signed processor agreement made for the sample, as a one-page PDF, with the name,
 * organisation number and signing date of the processor in the sample record.
 */
async function agreementPdf(record: PrefillSource, id: string, processorId: string, service: string): Promise<SampleAttachment> {
  const p = record.processors.find((x) => x.id === processorId)
  const signedOn = p?.agreement.signedOn
  if (!p || !signedOn) throw new Error(`Eksempelet mangler databehandleren ${processorId} med signert avtale.`)
  const bytes = onePagePdf(`Databehandleravtale – ${p.name}`, [
    'EKSEMPEL laget for Ombud – ikke en ekte avtale.',
    '',
    'Behandlingsansvarlig: Eksempel Energi AS',
    `Databehandler: ${p.name}, org.nr. ${p.orgNumber}`,
    `Gjelder: ${service}.`,
    `Avtalens referanse: ${p.agreement.reference}`,
    '',
    'Avtalen er inngått etter personvernforordningen art. 28 nr. 3. Databehandleren',
    'behandler personopplysninger bare etter dokumenterte instrukser, sørger for',
    'taushetsplikt og sikkerhet etter art. 32, bruker underdatabehandlere bare med',
    'skriftlig godkjenning, bistår med de registrertes rettigheter og med art. 32–36,',
    'sletter eller leverer tilbake opplysningene når avtalen opphører, og gir tilgang',
    'til informasjon og revisjoner.',
    '',
    `Signert elektronisk ${signedOn.split('-').reverse().join('.')} av begge parter.`,
    '',
    'Eksempelfil laget for Ombud. Virksomhetene er oppdiktet.',
  ])
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes))
  const addedAt = `${signedOn}T12:00:00.000Z`
  const meta: Attachment = {
    id,
    owner: { table: 'processors', recordId: processorId },
    purpose: 'signed-agreement',
    title: `Signert databehandleravtale med ${p.name}`,
    fileName: `Databehandleravtale ${p.name}.pdf`,
    mediaType: 'application/pdf',
    size: bytes.length,
    sha256: [...digest].map((b) => b.toString(16).padStart(2, '0')).join(''),
    crc32: crc32(bytes),
    addedBy: 'Kari Nordmann',
    createdAt: addedAt,
    updatedAt: addedAt,
  }
  return { meta, bytes }
}

/**
 * A one-page A4 PDF with a title and lines of text in Helvetica, which every PDF reader
 * has. Text is encoded in WinAnsiEncoding, which has æ, ø and å.
 */
export function onePagePdf(title: string, lines: readonly string[]): Uint8Array<ArrayBuffer> {
  const esc = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\(/g, '\\(').replace(/\)/g, '\\)')
  const content = [
    'BT',
    '/F2 16 Tf',
    '56 780 Td',
    `(${esc(title)}) Tj`,
    '/F1 11 Tf',
    '0 -30 Td',
    '15 TL',
    ...lines.map((l) => `(${esc(l)}) Tj T*`),
    'ET',
  ].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Length ${String(winAnsi(content).length)} >>\nstream\n${content}\nendstream`,
  ]
  let body = '%PDF-1.4\n%\u00e6\u00f8\u00e5\u00c6\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(winAnsi(body).length)
    body += `${String(i + 1)} 0 obj\n${o}\nendobj\n`
  })
  const xref = winAnsi(body).length
  body += `xref\n0 ${String(objects.length + 1)}\n0000000000 65535 f \n`
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`
  body += `trailer\n<< /Size ${String(objects.length + 1)} /Root 1 0 R >>\nstartxref\n${String(xref)}\n%%EOF\n`
  return winAnsi(body)
}

/** Latin-1 bytes of a text (WinAnsi agrees with Latin-1 on every letter used here). */
function winAnsi(s: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i)
    out[i] = code === 0x2013 ? 0x96 : code < 256 ? code : 0x3f
  }
  return out
}
