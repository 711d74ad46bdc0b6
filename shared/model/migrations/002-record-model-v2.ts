/**
 * Version 1 → 2: the record model of issue 9.
 *
 * - purposes become records, each with the one art. 6 basis that covers it, its law or
 *   interest, and the art. 9 and art. 10 conditions;
 * - data-subject groups become records that say how the group is informed;
 * - data categories become records linked to groups and to where they come from
 *   (the data subject, the company itself, or named sources from one shared list);
 * - retention becomes a list of periods, each with its law or criterion;
 * - every text that can reach a published document has a nynorsk twin (empty here);
 * - the organisation says whether it publishes in both languages.
 *
 * Nothing of version 1 is dropped. Where version 1 cannot say which value belongs where
 * (several purposes and several bases, several groups, several kinds of source), every
 * old value is kept and the activity gets `reviewNotes` saying what to check.
 */
import { ART6, ART9, type Art6Basis, type Art9Basis } from '../../law/legal-bases'
import type { DataCategory, Purpose, RetentionRule, SubjectGroup } from '../activity-parts'
import type { ProcessingActivity } from '../activity'
import type { Organization } from '../organization'
import type { DataSource } from '../source'
import type { WorkbenchDoc } from './index'

// ---- The version 1 shapes, frozen here: the current types in shared/model move on. ----

export interface LegalBasisV1 {
  basis: Art6Basis
  law: string
  interest: string
}

export interface DataSourceV1 {
  kind: 'data-subject' | 'third-party' | 'public-register' | 'generated'
  name: string
}

export interface ActivityV1 {
  id: string
  name: string
  description: string
  owner: string
  area: string
  systems: string[]
  role: 'controller' | 'processor'
  onBehalfOf: string
  purposes: string[]
  legalBases: LegalBasisV1[]
  specialCategories: string[]
  art9Bases: Art9Basis[]
  art9Detail: string
  criminalData: boolean
  criminalDataBasis: string
  dataSubjects: string[]
  externalSubjects: boolean
  dataCategories: string[]
  sources: DataSourceV1[]
  requirement: 'statutory' | 'contractual' | 'statutory-and-contractual' | 'voluntary'
  requirementConsequence: string
  automatedDecisions: { used: boolean; profiling: boolean; logic: string; consequences: string }
  recipients: string[]
  processorIds: string[]
  jointController: string
  transferIds: string[]
  retention: { period: string; basis: string }
  securityMeasures: string[]
  dpia: { needed: 'yes' | 'no' | 'unknown'; doneOn: string | null }
  status: 'draft' | 'active' | 'archived'
  lastReviewed: string | null
  createdAt: string
  updatedAt: string
}

export type OrganizationV1 = Omit<Organization, 'bothLanguages'>

/** A version 1 activity with every field empty, as version 1's `emptyActivity` made it. */
export function emptyActivityV1(id: string, now: string): ActivityV1 {
  return {
    id,
    name: 'Ny behandlingsaktivitet',
    description: '',
    owner: '',
    area: '',
    systems: [],
    role: 'controller',
    onBehalfOf: '',
    purposes: [],
    legalBases: [],
    specialCategories: [],
    art9Bases: [],
    art9Detail: '',
    criminalData: false,
    criminalDataBasis: '',
    dataSubjects: [],
    externalSubjects: false,
    dataCategories: [],
    sources: [],
    requirement: 'voluntary',
    requirementConsequence: '',
    automatedDecisions: { used: false, profiling: false, logic: '', consequences: '' },
    recipients: [],
    processorIds: [],
    jointController: '',
    transferIds: [],
    retention: { period: '', basis: '' },
    securityMeasures: [],
    dpia: { needed: 'unknown', doneOn: null },
    status: 'draft',
    lastReviewed: null,
    createdAt: now,
    updatedAt: now,
  }
}

// ---- Sources: one list, one id per name ----

/** The name under which version 1 data from a criminal-data flag becomes a category. */
export const CRIMINAL_CATEGORY_NAME = 'Opplysninger om straffedommer og lovovertredelser'

const NAMED_KINDS = new Set(['third-party', 'public-register'])

/** The key two source names share when they are the same source: case and spacing ignored. */
function sourceKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')
}

/**
 * The id of the shared source named `name`. It is derived from the name alone, so the
 * Dexie upgrade (one activity at a time) and the file reader give the same id.
 */
export function sourceIdV2(name: string): string {
  const slug = sourceKey(name)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  let hash = 0
  for (const ch of sourceKey(name)) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0
  // The hash keeps apart names that slug alike ("A/S" and "A S" do not, and need not).
  return `source-${slug.slice(0, 60) || 'x'}-${hash.toString(36)}`
}

/** Version 1 sources with a name (a third party or a public register) of these activities. */
function namedSourcesOf(activities: readonly ActivityV1[]): DataSourceV1[] {
  return activities.flatMap((a) => a.sources.filter((s) => NAMED_KINDS.has(s.kind) && s.name.trim() !== ''))
}

/**
 * The shared list of sources made from every named source of the version 1 activities:
 * one per name (case and spacing ignored), first spelling and kind kept.
 */
export function sourcesFromActivitiesV1(activities: readonly ActivityV1[]): DataSource[] {
  const byId = new Map<string, DataSource>()
  for (const s of namedSourcesOf(activities)) {
    const idValue = sourceIdV2(s.name)
    if (!byId.has(idValue)) {
      byId.set(idValue, {
        id: idValue,
        name: { nb: s.name.trim().replace(/\s+/g, ' '), nn: '' },
        kind: s.kind === 'public-register' ? 'public-register' : 'third-party',
        note: '',
      })
    }
  }
  return [...byId.values()]
}

// ---- Activities ----

const none = { nb: '', nn: '' }
const nb = (text: string) => ({ nb: text, nn: '' })

function basisLabel(lb: LegalBasisV1): string {
  const info = ART6[lb.basis]
  const detail = info.needs === 'law' ? lb.law.trim() : info.needs === 'interest' ? lb.interest.trim() : ''
  return detail ? `${info.label.nb} (${detail})` : info.label.nb
}

function purposeV2(
  idValue: string,
  text: string,
  lb: LegalBasisV1 | null,
  old: ActivityV1,
  withSpecial: boolean,
): Purpose {
  const info = lb ? ART6[lb.basis] : null
  return {
    id: idValue,
    text: nb(text),
    basis: lb ? lb.basis : null,
    // Kept whatever the basis: version 1 let an (f) or (b) cite a law too, and nothing is dropped.
    law: nb(lb ? lb.law : ''),
    interest: nb(info?.needs === 'interest' ? lb!.interest : ''),
    balancingTest: '',
    consent: none,
    art9Bases: withSpecial ? [...old.art9Bases] : [],
    art9Detail: nb(withSpecial ? old.art9Detail : ''),
    art10Basis: nb(withSpecial && old.criminalData ? old.criminalDataBasis : ''),
  }
}

/**
 * Purposes and their bases. Version 1 recorded both as lists beside each other, so a
 * basis can be given to a purpose only where there is no doubt: one basis for all
 * purposes. Otherwise the purposes get no basis (the gap shows in every check and
 * document) and the review note lists the old bases word for word.
 */
function purposesV2(old: ActivityV1, notes: string[]): Purpose[] {
  const texts = old.purposes
  const bases = old.legalBases
  const special = old.art9Bases.length > 0 || old.art9Detail.trim() !== '' || old.criminalDataBasis.trim() !== ''
  let purposes: Purpose[]
  if (texts.length === 0) {
    // Bases without a purpose: one purpose per basis, its text left for the DPO.
    purposes = bases.map((lb, i) => purposeV2(`p${i + 1}`, '', lb, old, special))
    if (bases.length > 0) notes.push('Skriv formålet for hvert behandlingsgrunnlag: versjon 1 hadde grunnlag, men ikke formål.')
  } else if (bases.length === 1) {
    purposes = texts.map((t, i) => purposeV2(`p${i + 1}`, t, bases[0]!, old, special))
  } else if (texts.length === 1 && bases.length > 1) {
    // One purpose, several bases: one purpose record per basis, the DPO keeps the true ones.
    purposes = bases.map((lb, i) => purposeV2(`p${i + 1}`, texts[0]!, lb, old, special))
    notes.push(
      `Formålet «${texts[0]}» hadde ${bases.length} behandlingsgrunnlag (${bases.map(basisLabel).join('; ')}). ` +
        'Det er delt i ett formål per grunnlag: skriv hva hvert grunnlag dekker, og slett det som ikke gjelder.',
    )
  } else {
    purposes = texts.map((t, i) => purposeV2(`p${i + 1}`, t, null, old, special))
    if (bases.length > 1) {
      notes.push(
        `Velg behandlingsgrunnlag for hvert formål. Versjon 1 oppga grunnlagene for hele aktiviteten: ${bases.map(basisLabel).join('; ')}.`,
      )
    }
  }
  if (special && purposes.length === 0) {
    // Nowhere to put them: kept word for word for the DPO.
    const kept = [old.art9Detail.trim() && `art. 9: «${old.art9Detail.trim()}»`, old.criminalDataBasis.trim() && `art. 10: «${old.criminalDataBasis.trim()}»`].filter(Boolean)
    if (kept.length > 0) notes.push(`Versjon 1 hadde hjemmel uten formål (${kept.join('; ')}): legg den på formålet som bruker opplysningene.`)
  }
  if (special && purposes.length > 1) {
    notes.push(
      'Vilkårene for særlige kategorier (art. 9) og straffbare forhold (art. 10) er satt på alle formålene; fjern dem der formålet ikke behandler slike opplysninger.',
    )
  }
  return purposes
}

function groupsV2(old: ActivityV1, notes: string[]): SubjectGroup[] {
  const groups = old.dataSubjects.map(
    (name, i): SubjectGroup => ({
      id: `g${i + 1}`,
      name: nb(name),
      // Version 1 told the policy to cover every group of an "external" activity.
      informedBy: old.externalSubjects ? 'policy' : 'unknown',
      notice: '',
      exemptionReason: '',
    }),
  )
  if (groups.length > 0 && !old.externalSubjects) {
    notes.push('Angi hvordan hver gruppe av registrerte blir informert (personvernerklæringen, et annet varsel eller unntak etter art. 14 nr. 5).')
  } else if (groups.length > 1) {
    notes.push('Kontroller at personvernerklæringen er stedet der hver av gruppene blir informert; velg et annet varsel der den ikke er det.')
  }
  return groups
}

function categoriesV2(old: ActivityV1, groups: readonly SubjectGroup[], notes: string[]): DataCategory[] {
  const subjectIds = groups.map((g) => g.id)
  const fromSubject = old.sources.some((s) => s.kind === 'data-subject')
  const generated = old.sources.some((s) => s.kind === 'generated')
  const sourceIds = [...new Set(namedSourcesOf([old]).map((s) => sourceIdV2(s.name)))]
  const origins = Number(fromSubject) + Number(generated) + sourceIds.length
  const named = [
    ...old.dataCategories.map((name) => ({ name, kind: 'ordinary' as const })),
    ...old.specialCategories.map((name) => ({ name, kind: 'special' as const })),
    ...(old.criminalData ? [{ name: CRIMINAL_CATEGORY_NAME, kind: 'criminal' as const }] : []),
  ]
  const categories = named.map(
    ({ name, kind }, i): DataCategory => ({
      id: `c${i + 1}`,
      name: nb(name),
      kind,
      subjectIds: [...subjectIds],
      fromSubject,
      generated,
      sourceIds: [...sourceIds],
    }),
  )
  if (categories.length > 0 && groups.length > 1) {
    notes.push('Kontroller hvilke opplysninger som gjelder hvilken gruppe av registrerte: alle er koblet til alle gruppene.')
  }
  if (categories.length > 0 && origins > 1) {
    notes.push('Angi for hver opplysningskategori hvor den kommer fra: alle er koblet til alle kildene.')
  }
  const described = old.sources.filter((s) => !NAMED_KINDS.has(s.kind) && s.name.trim() !== '')
  if (described.length > 0) {
    // Version 1 let "the data subject" and "generated" carry a description; keep it for the DPO.
    notes.push(`Kildebeskrivelser fra versjon 1: ${described.map((s) => `«${s.name.trim()}»`).join(', ')}.`)
  }
  if (categories.length === 0 && origins > 0) {
    notes.push('Aktiviteten hadde kilder, men ingen opplysningskategorier: legg inn kategoriene og hvor de kommer fra.')
  }
  return categories
}

function retentionV2(old: ActivityV1): RetentionRule[] {
  const { period, basis } = old.retention
  if (period.trim() === '' && basis.trim() === '') return []
  return [{ id: 'r1', period: nb(period), basis: nb(basis), categoryIds: [], purposeIds: [] }]
}

/** Upgrades one version 1 activity. Pure: returns a new record, the input is not changed. */
export function upgradeActivityV2(old: ActivityV1): ProcessingActivity {
  const notes: string[] = []
  const purposes = purposesV2(old, notes)
  const dataSubjects = groupsV2(old, notes)
  const dataCategories = categoriesV2(old, dataSubjects, notes)
  if (old.sources.some((s) => NAMED_KINDS.has(s.kind) && s.name.trim() === '')) {
    notes.push('En kilde utenfor virksomheten hadde ikke navn i versjon 1: legg den inn i kildelisten og koble den til kategoriene.')
  }
  return {
    id: old.id,
    name: old.name,
    nameNn: '',
    description: old.description,
    owner: old.owner,
    area: old.area,
    systems: [...old.systems],
    role: old.role,
    onBehalfOf: old.onBehalfOf,
    purposes,
    dataSubjects,
    dataCategories,
    requirement: old.requirement,
    requirementConsequence: nb(old.requirementConsequence),
    automatedDecisions: {
      used: old.automatedDecisions.used,
      profiling: old.automatedDecisions.profiling,
      logic: nb(old.automatedDecisions.logic),
      consequences: nb(old.automatedDecisions.consequences),
    },
    recipients: old.recipients.map(nb),
    processorIds: [...old.processorIds],
    jointController: old.jointController,
    transferIds: [...old.transferIds],
    retention: retentionV2(old),
    securityMeasures: [...old.securityMeasures],
    dpia: { ...old.dpia },
    status: old.status,
    lastReviewed: old.lastReviewed,
    reviewNotes: notes,
    createdAt: old.createdAt,
    updatedAt: old.updatedAt,
  }
}

/** Upgrades the organisation: it publishes in its one language, as version 1 did. */
export function upgradeOrganizationV2(old: OrganizationV1): Organization {
  return { ...old, address: { ...old.address }, bothLanguages: false }
}

// ---- The workbench file ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A version 1 activity as far as the upgrade needs it; anything else is left for validation to report. */
function looksLikeActivityV1(value: unknown): value is ActivityV1 {
  if (!isRecord(value)) return false
  const lists = ['systems', 'purposes', 'legalBases', 'specialCategories', 'art9Bases', 'dataSubjects', 'dataCategories', 'sources', 'recipients', 'processorIds', 'transferIds', 'securityMeasures']
  const texts = ['name', 'art9Detail', 'criminalDataBasis', 'requirementConsequence']
  return (
    lists.every((k) => Array.isArray(value[k])) &&
    texts.every((k) => typeof value[k] === 'string') &&
    (value.purposes as unknown[]).every((p) => typeof p === 'string') &&
    (value.dataSubjects as unknown[]).every((p) => typeof p === 'string') &&
    (value.dataCategories as unknown[]).every((p) => typeof p === 'string') &&
    (value.specialCategories as unknown[]).every((p) => typeof p === 'string') &&
    (value.recipients as unknown[]).every((p) => typeof p === 'string') &&
    (value.legalBases as unknown[]).every((b) => isRecord(b) && typeof b.basis === 'string' && b.basis in ART6 && typeof b.law === 'string' && typeof b.interest === 'string') &&
    (value.art9Bases as unknown[]).every((b) => typeof b === 'string' && b in ART9) &&
    (value.sources as unknown[]).every((s) => isRecord(s) && typeof s.kind === 'string' && typeof s.name === 'string') &&
    isRecord(value.automatedDecisions) &&
    typeof value.automatedDecisions.logic === 'string' &&
    typeof value.automatedDecisions.consequences === 'string' &&
    isRecord(value.retention) &&
    typeof value.retention.period === 'string' &&
    typeof value.retention.basis === 'string' &&
    isRecord(value.dpia) &&
    typeof value.criminalData === 'boolean' &&
    typeof value.externalSubjects === 'boolean'
  )
}

/**
 * Upgrades one entry of the change log: its before and after are whole records of their
 * table, so an activity or the organisation in an entry gets the version 2 shape by the
 * same functions as the record itself. Other entries are returned as they are. Pure.
 */
export function upgradeChangeV2<T>(entry: T): T {
  if (!isRecord(entry)) return entry
  const upgradeSide = (value: unknown): unknown => {
    if (entry.table === 'activities' && looksLikeActivityV1(value)) return upgradeActivityV2(value)
    if (entry.table === 'organization' && isRecord(value) && isRecord(value.address) && !('bothLanguages' in value)) {
      return upgradeOrganizationV2(value as unknown as OrganizationV1)
    }
    return value
  }
  if (entry.table !== 'activities' && entry.table !== 'organization') return entry
  return { ...entry, before: upgradeSide(entry.before), after: upgradeSide(entry.after) }
}

/**
 * Upgrades a whole version 1 workbench document. A record too broken to upgrade is
 * passed on as it is, so that validation names its bad field in version 1 terms.
 */
export function upgradeWorkbenchV2(doc: WorkbenchDoc): Record<string, unknown> {
  const activities = Array.isArray(doc.activities) ? (doc.activities as unknown[]) : doc.activities
  const upgradable = Array.isArray(activities) ? activities.filter(looksLikeActivityV1) : []
  const org = doc.organization
  return {
    ...doc,
    version: 2,
    organization: isRecord(org) && isRecord(org.address) ? upgradeOrganizationV2(org as unknown as OrganizationV1) : org,
    activities: Array.isArray(activities)
      ? activities.map((a: unknown) => (looksLikeActivityV1(a) ? upgradeActivityV2(a) : a))
      : activities,
    sources: sourcesFromActivitiesV1(upgradable),
    changes: Array.isArray(doc.changes) ? (doc.changes as unknown[]).map(upgradeChangeV2) : doc.changes,
  }
}

/**
 * A version 2 activity written in the version 1 shape: `patch` over an empty version 1
 * activity, upgraded. For test data and benchmarks that state an activity in the flat
 * terms of the template; new code writes the version 2 parts directly.
 */
export function activityFromV1(id: string, now: string, patch: Partial<ActivityV1> = {}): ProcessingActivity {
  return upgradeActivityV2({ ...emptyActivityV1(id, now), ...patch })
}
