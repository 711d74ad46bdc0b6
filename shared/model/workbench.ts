/**
 * The workbench file (`.ombud.json`): the whole database as one JSON document.
 * It is the interchange format between the app, the CLI and backups. Parsing validates
 * everything before anything is written, and every error says in Norwegian which field
 * of which record is wrong.
 */
import { z } from 'zod'
import { processingActivity, type ProcessingActivity } from './activity'
import { changeEntry, type ChangeEntry } from './change'
import { clause, policyVersion, type Clause, type PolicyVersion } from './clause'
import { isoDateTime } from './common'
import { organization, type Organization } from './organization'
import { processor, type Processor } from './processor'
import { dataSource, type DataSource } from './source'
import { transfer, type Transfer } from './transfer'
import { describeIssue } from './messages'
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
})
export type Workbench = z.infer<typeof workbench>

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
export function toWorkbench(data: WorkbenchData, exportedAt: string): Workbench {
  return { format: WORKBENCH_FORMAT, version: WORKBENCH_VERSION, exportedAt, ...data }
}

/** Serializes with stable two-space indentation (diffable, readable in an editor). */
export function serializeWorkbench(wb: Workbench): string {
  return `${JSON.stringify(wb, null, 2)}\n`
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
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input)
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
  return result.data
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

/** Rejects prototype-polluting keys, over-long strings and absurd nesting before schema validation. */
function checkStructure(root: unknown): void {
  const stack: Array<{ value: unknown; depth: number; path: string }> = [{ value: root, depth: 0, path: '' }]
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!
    if (typeof value === 'string') {
      if (value.length > MAX_STRING_IN_FILE) {
        throw new WorkbenchError(
          `Feltet «${path || '(rot)'}» inneholder en tekst på ${value.length.toLocaleString('nb-NO')} tegn; høyst ${MAX_STRING_IN_FILE.toLocaleString('nb-NO')} er tillatt.`,
        )
      }
    } else if (typeof value === 'object' && value !== null) {
      if (depth > MAX_DEPTH) throw new WorkbenchError('Filen er nøstet for dypt til å være en Ombud-arbeidsbok.')
      if (Array.isArray(value)) {
        value.forEach((v, i) => stack.push({ value: v, depth: depth + 1, path: `${path}[${i}]` }))
      } else {
        for (const key of Object.keys(value)) {
          if (FORBIDDEN_KEYS.has(key)) {
            throw new WorkbenchError(`Filen inneholder den ulovlige nøkkelen «${key}» (i «${path || '(rot)'}»).`)
          }
          stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, path: path ? `${path}.${key}` : key })
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
      if (seen.has(r.id)) problems.push(`${label}: id «${r.id}» forekommer mer enn én gang.`)
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
      if (!processorIds.has(p)) problems.push(`Behandlingsaktivitet «${a.name}»: databehandleren med id «${p}» finnes ikke.`)
    }
    for (const t of a.transferIds) {
      if (!transferIds.has(t)) problems.push(`Behandlingsaktivitet «${a.name}»: overføringen med id «${t}» finnes ikke.`)
    }
    problems.push(...activityPartProblems(a, sourceIds))
  }
  for (const t of wb.transfers) {
    if (t.processorId !== null && !processorIds.has(t.processorId)) {
      problems.push(`Overføring til «${t.recipient}»: databehandleren med id «${t.processorId}» finnes ikke.`)
    }
  }
  for (const c of wb.clauses) {
    for (const a of c.linkedActivityIds) {
      if (!activityIds.has(a)) problems.push(`Avsnitt «${c.title.nb}»: behandlingsaktiviteten med id «${a}» finnes ikke.`)
    }
  }
  return problems
}
