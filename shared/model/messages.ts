/**
 * Norwegian messages for validation problems: which record, which field, what is wrong.
 * Used by the workbench import, the CLI `validate` and the store's repositories.
 */
import type { z } from 'zod'
import { excerpt, quote } from '../text/quote'

const COLLECTIONS: Record<string, string> = {
  organization: 'Virksomheten',
  activities: 'Behandlingsaktivitet',
  processors: 'Databehandler',
  transfers: 'Overføring',
  sources: 'Kilde',
  clauses: 'Avsnitt',
  policyVersions: 'Versjon av personvernerklæringen',
  changes: 'Endringslogg',
  screenings: 'DPIA-vurdering av aktivitet',
  dpias: 'Vurdering av personvernkonsekvenser',
  breaches: 'Avvik',
  requests: 'Henvendelse fra registrert',
  routines: 'Rutine',
  attachments: 'Vedlegg',
}

/** Norwegian names of fields, as the user sees them in the editors. */
export const FIELD_LABELS: Record<string, string> = {
  format: 'format',
  version: 'formatversjon',
  organization: 'virksomheten',
  activities: 'behandlingsaktiviteter',
  processors: 'databehandlere',
  transfers: 'overføringer',
  clauses: 'avsnitt',
  policyVersions: 'versjoner av personvernerklæringen',
  changes: 'endringslogg',
  exportedAt: 'eksportert',
  id: 'id',
  name: 'navn',
  nameNn: 'navn på nynorsk',
  text: 'tekst',
  description: 'beskrivelse',
  owner: 'ansvarlig avdeling',
  area: 'funksjonsområde',
  systems: 'systemer',
  role: 'rolle',
  onBehalfOf: 'behandlingsansvarlig vi behandler for',
  purposes: 'formål',
  legalBases: 'behandlingsgrunnlag',
  basis: 'grunnlag',
  law: 'lovhjemmel',
  interest: 'berettiget interesse',
  balancingTest: 'interesseavveiing',
  consent: 'innhenting og tilbaketrekking av samtykke',
  art10Basis: 'grunnlag etter art. 10',
  informedBy: 'hvordan gruppen informeres',
  notice: 'annet varsel',
  exemptionReason: 'begrunnelse for unntak etter art. 14 nr. 5',
  subjectIds: 'grupper av registrerte',
  fromSubject: 'gitt av den registrerte',
  generated: 'skapt av virksomheten selv',
  sourceIds: 'kilder',
  categoryIds: 'opplysningskategorier',
  purposeIds: 'formål',
  reviewNotes: 'må gjennomgås',
  bothLanguages: 'publiserer på bokmål og nynorsk',
  specialCategories: 'særlige kategorier',
  art9Bases: 'grunnlag etter art. 9',
  art9Detail: 'hjemmel for særlige kategorier',
  criminalData: 'straffedommer og lovovertredelser',
  criminalDataBasis: 'grunnlag for opplysninger om straffedommer',
  dataSubjects: 'kategorier av registrerte',
  externalSubjects: 'gjelder personer utenfor virksomheten',
  dataCategories: 'kategorier av personopplysninger',
  sources: 'kilder',
  kind: 'type',
  requirement: 'lovpålagt eller avtalefestet krav',
  requirementConsequence: 'konsekvens av å ikke gi opplysningene',
  automatedDecisions: 'automatiserte avgjørelser',
  used: 'i bruk',
  profiling: 'profilering',
  logic: 'logikken',
  consequences: 'konsekvenser',
  recipients: 'mottakere',
  processorIds: 'databehandlere',
  jointController: 'felles behandlingsansvarlig',
  transferIds: 'overføringer',
  retention: 'lagringstid',
  period: 'periode',
  securityMeasures: 'sikkerhetstiltak',
  dpia: 'vurdering av personvernkonsekvenser (DPIA)',
  needed: 'nødvendig',
  doneOn: 'gjennomført dato',
  status: 'status',
  lastReviewed: 'sist gjennomgått',
  createdAt: 'opprettet',
  updatedAt: 'endret',
  orgNumber: 'organisasjonsnummer',
  address: 'adresse',
  street: 'gateadresse',
  postalCode: 'postnummer',
  city: 'poststed',
  email: 'e-post',
  phone: 'telefon',
  website: 'nettsted',
  dpo: 'personvernombud',
  customerService: 'kundeservice',
  url: 'nettadresse',
  representative: 'representant',
  language: 'dokumentspråk',
  country: 'land',
  services: 'tjenester',
  contact: 'kontaktperson',
  agreement: 'databehandleravtale',
  signedOn: 'signert dato',
  reference: 'dokumentreferanse',
  checklist: 'sjekkliste art. 28',
  subProcessors: 'underdatabehandlere',
  service: 'tjeneste',
  locations: 'behandlingssteder',
  notes: 'merknader',
  processorId: 'databehandler',
  recipient: 'mottaker',
  mechanism: 'overføringsgrunnlag',
  sccModule: 'modul i standardavtalen',
  dpfCheckedOn: 'sertifisering sist kontrollert',
  derogation: 'unntak etter art. 49',
  tiaDate: 'vurdering av overføringen (TIA) dato',
  fallback: 'reservegrunnlag',
  section: 'seksjon',
  title: 'tittel',
  body: 'tekst',
  origin: 'opphav',
  order: 'rekkefølge',
  hidden: 'skjult',
  edited: 'redigert',
  linkedActivityIds: 'koblede behandlingsaktiviteter',
  publishedOn: 'publisert dato',
  hash: 'kontrollsum',
  note: 'merknad',
  doc: 'dokument',
  seq: 'løpenummer',
  table: 'tabell',
  recordId: 'post-id',
  action: 'handling',
  at: 'tidspunkt',
  before: 'før',
  after: 'etter',
  by: 'endret av',
  nb: 'bokmål',
  nn: 'nynorsk',
  file: 'fil',
  replacedEntries: 'erstattede endringer',
}

function fieldPath(path: PropertyKey[]): string {
  const parts: string[] = []
  for (const p of path) {
    if (typeof p === 'number') {
      parts.push(`nr. ${p + 1}`)
    } else {
      parts.push(FIELD_LABELS[String(p)] ?? excerpt(String(p), 40))
    }
  }
  return parts.join(' › ')
}

/**
 * What is wrong, in Norwegian, from a zod issue. Parse with `{ reportInput: true }`:
 * zod leaves `input` out of issues otherwise, and a missing field cannot be told from
 * a mistyped one.
 */
export function issueText(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (!('input' in issue)) return `mangler eller har feil type (forventet ${typeName(issue.expected)})`
      if (issue.input === undefined) return 'mangler'
      return `har feil type (forventet ${typeName(issue.expected)})`
    case 'too_big':
      return issue.origin === 'string'
        ? `har for mange tegn (høyst ${String(issue.maximum)})`
        : issue.origin === 'array'
          ? `har for mange elementer (høyst ${String(issue.maximum)})`
          : `kan være høyst ${String(issue.maximum)}`
    case 'too_small':
      // Phrased without an adjective, which would have to agree with the field's gender.
      return issue.origin === 'string' || issue.origin === 'array' ? 'må fylles ut' : `må være minst ${String(issue.minimum)}`
    case 'invalid_value':
      return `har en ugyldig verdi (tillatt: ${issue.values.map((v) => String(v)).join(', ')})`
    case 'unrecognized_keys':
      return `har ukjente felt: ${issue.keys.slice(0, 5).map((k) => quote(k, 40)).join(', ')}${issue.keys.length > 5 ? ` (og ${issue.keys.length - 5} andre)` : ''}`
    case 'invalid_format':
      if (issue.format === 'date') return 'må være en dato på formen ÅÅÅÅ-MM-DD'
      if (issue.format === 'datetime') return 'må være et tidspunkt (ISO 8601)'
      if (issue.format === 'email') return 'er ikke en gyldig e-postadresse'
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'har ugyldig format'
    case 'invalid_union':
      return 'har en ugyldig verdi'
    default:
      return issue.message && !/^Invalid|^Expected/.test(issue.message) ? issue.message : 'er ugyldig'
  }
}

function typeName(expected: string): string {
  const names: Record<string, string> = {
    string: 'tekst',
    number: 'tall',
    boolean: 'ja/nei',
    array: 'liste',
    object: 'objekt',
    null: 'tom verdi',
  }
  return names[expected] ?? expected
}

/**
 * Describes an issue found in a workbench document: "Behandlingsaktivitet nr. 3
 * («Kundeavtale»), feltet «behandlingsgrunnlag › nr. 1 › lovhjemmel»: mangler."
 */
export function describeIssue(issue: z.core.$ZodIssue, doc: Record<string, unknown>): string {
  const [collection, index, ...rest] = issue.path
  if (typeof collection !== 'string') return `Arbeidsboken: ${issueText(issue)}.`
  const label = COLLECTIONS[collection]
  if (!label) return `Feltet «${fieldPath(issue.path)}»: ${issueText(issue)}.`
  if (collection === 'organization') {
    const field = fieldPath(issue.path.slice(1))
    return field ? `${label}, feltet «${field}»: ${issueText(issue)}.` : `${label}: ${issueText(issue)}.`
  }
  if (typeof index !== 'number') return `Listen «${FIELD_LABELS[collection] ?? collection}» ${issueText(issue)}.`
  const list = doc[collection]
  const record = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined
  const name = recordName(record)
  const who = `${label} nr. ${index + 1}${name ? ` («${name}»)` : ''}`
  return rest.length > 0 ? `${who}, feltet «${fieldPath(rest)}»: ${issueText(issue)}.` : `${who}: ${issueText(issue)}.`
}

/** Describes issues from validating a single record (the editors and repositories). */
export function describeRecordIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const field = issue.path.map(String).join('.')
  return { field, message: `${capitalize(fieldPath(issue.path) || 'posten')} ${issueText(issue)}.` }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function recordName(record: Record<string, unknown> | undefined): string {
  if (!record || typeof record !== 'object') return ''
  const title = record.title
  const n = record.name ?? record.recipient ?? (typeof title === 'string' ? title : (title as Record<string, unknown> | undefined)?.nb) ?? record.reference
  return typeof n === 'string' ? excerpt(n) : ''
}
