/**
 * The workbench file (`.ombud.json`): the whole database as one JSON document.
 * It is the interchange format between the app, the CLI and backups. Parsing validates
 * everything before anything is written, and every error says in Norwegian which field
 * of which record is wrong.
 */
import { z } from 'zod'
import { processingActivity, type ProcessingActivity } from './activity'
import { changeEntry, renumberChanges, type ChangeEntry } from './change'
import { clause, policyVersion, type Clause, type PolicyVersion } from './clause'
import { isoDateTime } from './common'
import { organization, type Organization } from './organization'
import { processor, type Processor } from './processor'
import { dataSource, type DataSource } from './source'
import { transfer, type Transfer } from './transfer'
import { describeIssue } from './messages'
import { hashPolicyDoc } from '../policy/hash'
import { excerpt, quote } from '../text/quote'
import { attachment, MAX_ATTACHMENTS, type Attachment } from './attachment'
import { breach, type Breach } from './breach'
import { dataSubjectRequest, type DataSubjectRequest } from './data-subject-request'
import { dpia, type Dpia } from './dpia'
import { activityScreening, type ActivityScreening } from './dpia-screening'
import { routine, type Routine } from './routine'
import { decodeUtf8, NotUtf8Error, RESAVE_AS_UTF8 } from '../files/utf8'
import { WORKBENCH_MIGRATIONS } from './migrations'

export const WORKBENCH_FORMAT = 'ombud-workbench'
export const WORKBENCH_VERSION = 2
/** Larger files are refused before parsing: a real record is a few megabytes. */
export const MAX_WORKBENCH_BYTES = 100 * 1024 * 1024
/** No single string in a workbench is longer than this (the longest field allows 20 000). */
export const MAX_STRING_IN_FILE = 100_000
const MAX_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export const workbench = z.strictObject({
  format: z.literal(WORKBENCH_FORMAT),
  version: z.literal(WORKBENCH_VERSION),
  exportedAt: isoDateTime,
  organization: organization.nullable(),
  activities: z.array(processingActivity).max(100_000),
  processors: z.array(processor).max(50_000),
  transfers: z.array(transfer).max(100_000),
  /** The named sources outside the company, shared by every activity (version 2). */
  sources: z.array(dataSource).max(50_000),
  clauses: z.array(clause).max(10_000),
  policyVersions: z.array(policyVersion).max(10_000),
  changes: z.array(changeEntry).max(2_000_000),
  // The registers (issue 10). Optional in the file, empty when absent, so that a workbench
  // written before they existed reads as it did.
  screenings: z.array(activityScreening).max(100_000).default([]),
  dpias: z.array(dpia).max(10_000).default([]),
  breaches: z.array(breach).max(100_000).default([]),
  requests: z.array(dataSubjectRequest).max(1_000_000).default([]),
  routines: z.array(routine).max(1_000).default([]),
  /** The attachments' metadata; the bytes are entries of the ZIP container (shared/files/workbench-container.ts). */
  attachments: z.array(attachment).max(MAX_ATTACHMENTS).default([]),
})
export type Workbench = z.infer<typeof workbench>

/** The registers of a workbench: what issue 10 added beside the protokoll. */
export interface RegisterData {
  screenings: ActivityScreening[]
  dpias: Dpia[]
  breaches: Breach[]
  requests: DataSubjectRequest[]
  routines: Routine[]
  attachments: Attachment[]
}

/** The register tables, in the order a workbench lists them. */
export const REGISTER_TABLES = ['screenings', 'dpias', 'breaches', 'requests', 'routines', 'attachments'] as const satisfies ReadonlyArray<keyof RegisterData>

export interface WorkbenchData {
  organization: Organization | null
  activities: ProcessingActivity[]
  processors: Processor[]
  transfers: Transfer[]
  sources: DataSource[]
  clauses: Clause[]
  policyVersions: PolicyVersion[]
  changes: ChangeEntry[]
}

/** Empty registers, for a workbench that has none yet. */
export function emptyRegisters(): RegisterData {
  return { screenings: [], dpias: [], breaches: [], requests: [], routines: [], attachments: [] }
}

/** A workbench file was rejected. `problems` lists every problem found (the message holds the first few). */
export class WorkbenchError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [message],
  ) {
    super(message)
    this.name = 'WorkbenchError'
  }
}

/** Builds a workbench document from the data of a database. */
export function toWorkbench(data: WorkbenchData & Partial<RegisterData>, exportedAt: string): Workbench {
  return { format: WORKBENCH_FORMAT, version: WORKBENCH_VERSION, exportedAt, ...emptyRegisters(), ...data }
}

/**
 * Serializes with stable two-space indentation (diffable, readable in an editor). Empty
 * registers are left out, so a workbench that has none is the same file as before they
 * existed, and still opens in an Ombud that does not know them.
 */
export function serializeWorkbench(wb: Workbench): string {
  const doc: Record<string, unknown> = { ...wb }
  for (const table of REGISTER_TABLES) if (wb[table].length === 0) delete doc[table]
  return `${JSON.stringify(doc, null, 2)}\n`
}

/**
 * Parses and validates a workbench file. Throws WorkbenchError with a Norwegian message
 * naming the record and field for every problem; returns only a fully valid workbench.
 */
export function parseWorkbench(input: string | Uint8Array): Workbench {
  const size = typeof input === 'string' ? input.length : input.byteLength
  if (size > MAX_WORKBENCH_BYTES) {
    throw new WorkbenchError(`Filen er for stor (${Math.round(size / 1024 / 1024)} MB). En arbeidsbok kan være på høyst 100 MB.`)
  }
  const text = typeof input === 'string' ? input : decodeWorkbenchText(input)
  if (text.trim() === '') throw new WorkbenchError('Filen er tom.')
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch {
    throw new WorkbenchError(
      'Filen er ikke gyldig JSON. Den kan være avkortet eller skadet, eller det er ikke en Ombud-arbeidsbok.',
    )
  }
  checkStructure(raw)
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new WorkbenchError('Filen er ikke en Ombud-arbeidsbok (forventet et JSON-objekt).')
  }
  let doc = raw as Record<string, unknown>
  if (doc.format !== WORKBENCH_FORMAT) {
    throw new WorkbenchError(`Filen er ikke en Ombud-arbeidsbok (feltet «format» må være «${WORKBENCH_FORMAT}»).`)
  }
  if (typeof doc.version !== 'number' || !Number.isInteger(doc.version) || doc.version < 1) {
    throw new WorkbenchError('Feltet «version» mangler eller er ikke et heltall.')
  }
  if (doc.version > WORKBENCH_VERSION) {
    throw new WorkbenchError(
      `Arbeidsboken har formatversjon ${doc.version}, men denne versjonen av Ombud kan lese til og med versjon ${WORKBENCH_VERSION}. Oppdater Ombud.`,
    )
  }
  doc = upgradeWorkbenchDoc(doc, doc.version)
  const result = workbench.safeParse(doc, { reportInput: true })
  if (!result.success) {
    const problems = result.error.issues.map((issue) => describeIssue(issue, doc))
    throw new WorkbenchError(summarize(problems), problems)
  }
  const linkProblems = checkIntegrity(result.data)
  if (linkProblems.length > 0) throw new WorkbenchError(summarize(linkProblems), linkProblems)
  return boundCounters(result.data)
}

/**
 * Reads a workbench file as `parseWorkbench` does, and also checks that each published
 * version of the privacy policy still has the text it was published with (its hash).
 * A published version is a record of what the company told people; one edited after
 * publication is refused, not imported. Drafts may change, so they are not checked.
 * Use this for every file a user opens; it is async because hashing is (Web Crypto).
 */
export async function readWorkbench(input: string | Uint8Array): Promise<Workbench> {
  const wb = parseWorkbench(input)
  await verifyPublishedVersions(wb)
  return wb
}

/** Throws WorkbenchError when a published policy version's text does not match its hash. */
export async function verifyPublishedVersions(wb: Workbench): Promise<void> {
  const problems = await publishedHashProblems(wb.policyVersions)
  if (problems.length > 0) throw new WorkbenchError(summarize(problems), problems)
}

const LANGUAGE_NAMES = { nb: 'bokmål', nn: 'nynorsk' } as const

async function publishedHashProblems(versions: readonly PolicyVersion[]): Promise<string[]> {
  const problems: string[] = []
  for (const [i, v] of versions.entries()) {
    if (v.status !== 'published' || (await hashPolicyDoc(v.doc)) === v.hash) continue
    const on = v.publishedOn ? `, publisert ${v.publishedOn.split('-').reverse().join('.')}` : ''
    problems.push(
      `Versjon nr. ${i + 1} av personvernerklæringen (${LANGUAGE_NAMES[v.lang]}${on}): teksten stemmer ikke med kontrollsummen, så den er endret etter at den ble publisert. En publisert versjon skal være slik den ble publisert; åpne en sikkerhetskopi der den er uendret.`,
    )
  }
  return problems
}

/**
 * Brings every counter into the range Ombud can keep counting in: change-log numbers
 * past MAX_SEQ are renumbered (the other counters, such as a clause's order, are bounded
 * by their schemas and renumbered by the code that moves them).
 */
function boundCounters(wb: Workbench): Workbench {
  const changes = renumberChanges(wb.changes)
  return changes === wb.changes ? wb : { ...wb, changes }
}

function decodeWorkbenchText(bytes: Uint8Array): string {
  try {
    return decodeUtf8(bytes)
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error
    throw new WorkbenchError(
      `Filen er ikke lagret som UTF-8-tekst, slik en Ombud-arbeidsbok skal være. Den er trolig lagret på nytt i et annet tegnsett (for eksempel Latin-1 eller Windows-1252); Ombud leser den ikke, fordi æ, ø og å da ville blitt ødelagt. ${RESAVE_AS_UTF8} Eller åpne en sikkerhetskopi.`,
    )
  }
}

/**
 * Runs the migrations of ./migrations from `version` up to WORKBENCH_VERSION. Each
 * returns a new document, so the caller's object is never changed.
 */
export function upgradeWorkbenchDoc(doc: Record<string, unknown>, version: number): Record<string, unknown> {
  let current = doc
  for (let v = version + 1; v <= WORKBENCH_VERSION; v++) {
    const migration = WORKBENCH_MIGRATIONS.find((m) => m.to === v)
    if (!migration) throw new WorkbenchError(`Ombud mangler overgangen til formatversjon ${v}.`)
    current = { ...migration.upgrade(current), version: v }
  }
  return current
}

function summarize(problems: string[]): string {
  const head = problems.slice(0, 3).join(' ')
  return problems.length > 3 ? `${head} (og ${problems.length - 3} andre feil)` : head
}

/** No key in a workbench is near this long; a longer one is refused before anything reads it. */
const MAX_KEY_CHARS = 200

interface Node {
  value: unknown
  depth: number
  parent: Node | null
  key: string | number
}

/** Where a node is, as "activities[3].name"; built only for a message, with long keys cut. */
function pathOf(node: Node): string {
  const parts: string[] = []
  for (let n: Node | null = node; n?.parent; n = n.parent) {
    parts.push(typeof n.key === 'number' ? `[${n.key}]` : `.${excerpt(n.key, 40)}`)
  }
  const path = parts.reverse().join('').replace(/^\./, '')
  return path || '(rot)'
}

/**
 * Rejects prototype-polluting keys, over-long keys and strings, and absurd nesting before
 * schema validation, so that the work and the message stay small whatever the file holds.
 */
function checkStructure(root: unknown): void {
  const stack: Node[] = [{ value: root, depth: 0, parent: null, key: '' }]
  while (stack.length > 0) {
    const node = stack.pop()!
    const { value, depth } = node
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_IN_FILE) {
        throw new WorkbenchError(
          `Feltet «${pathOf(node)}» inneholder en tekst på ${value.length.toLocaleString('nb-NO')} tegn; høyst ${MAX_STRING_IN_FILE.toLocaleString('nb-NO')} er tillatt.`,
        )
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth > MAX_DEPTH) throw new WorkbenchError('Filen er nøstet for dypt til å være en Ombud-arbeidsbok.')
      if (Array.isArray(value)) {
        value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, parent: node, key: i }))
      } else {
        for (const key of Object.keys(value)) {
          if (FORBIDDEN_KEYS.has(key)) {
            throw new WorkbenchError(`Filen inneholder den ulovlige nøkkelen «${key}» (i «${pathOf(node)}»).`)
          }
          if (key.length > MAX_KEY_CHARS) {
            throw new WorkbenchError(
              `Filen inneholder et feltnavn på ${key.length.toLocaleString('nb-NO')} tegn (${quote(key)}, i «${pathOf(node)}»). Ingen felt i en Ombud-arbeidsbok har et så langt navn; filen er skadet eller ikke en arbeidsbok.`,
            )
          }
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: node, key })
        }
      }
    }
  }
}

/** Duplicate ids and dangling links among the parts of one activity (purposes, groups, categories, retention). */
function activityPartProblems(a: ProcessingActivity, sourceIds: ReadonlySet<string>): string[] {
  const problems: string[] = []
  const who = `Behandlingsaktivitet «${a.name}»`
  const unique = (label: string, parts: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>()
    for (const p of parts) {
      if (seen.has(p.id)) problems.push(`${who}: ${label} med id «${p.id}» forekommer mer enn én gang.`)
      seen.add(p.id)
    }
    return seen
  }
  const purposeIds = unique('formålet', a.purposes)
  const groupIds = unique('gruppen av registrerte', a.dataSubjects)
  const categoryIds = unique('opplysningskategorien', a.dataCategories)
  unique('lagringstiden', a.retention)
  for (const c of a.dataCategories) {
    for (const g of c.subjectIds) {
      if (!groupIds.has(g)) problems.push(`${who}: opplysningskategorien «${c.name.nb}» viser til en gruppe av registrerte («${g}») som ikke finnes.`)
    }
    for (const s of c.sourceIds) {
      if (!sourceIds.has(s)) problems.push(`${who}: opplysningskategorien «${c.name.nb}» viser til kilden med id «${s}», som ikke finnes.`)
    }
  }
  for (const r of a.retention) {
    for (const c of r.categoryIds) {
      if (!categoryIds.has(c)) problems.push(`${who}: en lagringstid viser til en opplysningskategori («${c}») som ikke finnes.`)
    }
    for (const p of r.purposeIds) {
      if (!purposeIds.has(p)) problems.push(`${who}: en lagringstid viser til et formål («${p}») som ikke finnes.`)
    }
  }
  return problems
}

/** Duplicate ids and links to records that do not exist. */
export function checkIntegrity(wb: Omit<Workbench, 'format' | 'version' | 'exportedAt'>): string[] {
  const problems: string[] = []
  const ids = (label: string, records: ReadonlyArray<{ id: string }>) => {
    const seen = new Set<string>()
    for (const r of records) {
      if (seen.has(r.id)) problems.push(`${label}: id ${quote(r.id)} forekommer mer enn én gang.`)
      seen.add(r.id)
    }
    return seen
  }
  const activityIds = ids('Behandlingsaktiviteter', wb.activities)
  const processorIds = ids('Databehandlere', wb.processors)
  const transferIds = ids('Overføringer', wb.transfers)
  const sourceIds = ids('Kilder', wb.sources)
  ids('Avsnitt i personvernerklæringen', wb.clauses)
  ids('Versjoner av personvernerklæringen', wb.policyVersions)
  const seqs = new Set<number>()
  for (const c of wb.changes) {
    if (seqs.has(c.seq)) problems.push(`Endringsloggen: løpenummer ${c.seq} forekommer mer enn én gang.`)
    seqs.add(c.seq)
  }
  for (const a of wb.activities) {
    for (const p of a.processorIds) {
      if (!processorIds.has(p)) problems.push(`Behandlingsaktivitet ${quote(a.name)}: databehandleren med id ${quote(p)} finnes ikke.`)
    }
    for (const t of a.transferIds) {
      if (!transferIds.has(t)) problems.push(`Behandlingsaktivitet ${quote(a.name)}: overføringen med id ${quote(t)} finnes ikke.`)
    }
    problems.push(...activityPartProblems(a, sourceIds))
  }
  for (const t of wb.transfers) {
    if (t.processorId !== null && !processorIds.has(t.processorId)) {
      problems.push(`Overføring til ${quote(t.recipient)}: databehandleren med id ${quote(t.processorId)} finnes ikke.`)
    }
  }
  for (const c of wb.clauses) {
    for (const a of c.linkedActivityIds) {
      if (!activityIds.has(a)) problems.push(`Avsnitt ${quote(c.title.nb)}: behandlingsaktiviteten med id ${quote(a)} finnes ikke.`)
    }
  }
  problems.push(...checkRegisterIntegrity(wb, { activityIds, processorIds, transferIds }, ids))
  return problems
}

/** Duplicate ids and dangling links in the registers. */
function checkRegisterIntegrity(
  wb: Omit<Workbench, 'format' | 'version' | 'exportedAt'>,
  known: { activityIds: Set<string>; processorIds: Set<string>; transferIds: Set<string> },
  ids: (label: string, records: Array<{ id: string }>) => Set<string>,
): string[] {
  const problems: string[] = []
  const { activityIds, processorIds, transferIds } = known
  const activityLinks = (who: string, list: readonly string[]) => {
    for (const a of list) if (!activityIds.has(a)) problems.push(`${who}: behandlingsaktiviteten med id «${a}» finnes ikke.`)
  }
  ids('DPIA-vurderinger av aktiviteter', wb.screenings)
  for (const s of wb.screenings) {
    if (!activityIds.has(s.id)) problems.push(`DPIA-vurdering «${s.id}»: behandlingsaktiviteten med denne id-en finnes ikke.`)
  }
  const dpiaIds = ids('Vurderinger av personvernkonsekvenser', wb.dpias)
  const versions = new Set<string>()
  for (const d of wb.dpias) {
    activityLinks(`Vurdering «${d.title}»`, d.activityIds)
    const key = `${d.seriesId}#${String(d.version)}`
    if (versions.has(key)) problems.push(`Vurdering «${d.title}»: versjon ${String(d.version)} forekommer mer enn én gang.`)
    versions.add(key)
    if (d.revisionOf !== null && !dpiaIds.has(d.revisionOf)) problems.push(`Vurdering «${d.title}»: versjonen den reviderer («${d.revisionOf}») finnes ikke.`)
  }
  const breachIds = ids('Avvik', wb.breaches)
  for (const b of wb.breaches) {
    activityLinks(`Avvik «${b.title}»`, b.activityIds)
    for (const p of b.processorIds) if (!processorIds.has(p)) problems.push(`Avvik «${b.title}»: databehandleren med id «${p}» finnes ikke.`)
  }
  ids('Henvendelser fra registrerte', wb.requests)
  for (const r of wb.requests) activityLinks(`Henvendelse «${r.reference}»`, r.activityIds)
  const attachmentIds = ids('Vedlegg', wb.attachments)
  const routineIds = ids('Rutiner', wb.routines)
  for (const r of wb.routines) {
    if (r.content.form === 'attachment' && !attachmentIds.has(r.content.attachmentId)) {
      problems.push(`Rutine «${r.title}»: vedlegget med id «${r.content.attachmentId}» finnes ikke.`)
    }
  }
  const owners: Record<string, Set<string>> = {
    activities: activityIds,
    processors: processorIds,
    transfers: transferIds,
    breaches: breachIds,
    dpias: dpiaIds,
    routines: routineIds,
  }
  for (const a of wb.attachments) {
    const { table, recordId } = a.owner
    if (recordId !== null && !owners[table]?.has(recordId)) problems.push(`Vedlegg «${a.title}»: posten det hører til («${recordId}») finnes ikke.`)
  }
  return problems
}
