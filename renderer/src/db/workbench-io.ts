/**
 * The whole database in and out as a workbench (`.ombud.json`). Import validates the
 * entire file first (shared/model/workbench.ts) and then replaces the database in one
 * read-write transaction: if anything fails, the database is left exactly as it was.
 * With attachments the file is a ZIP container (shared/files/workbench-container.ts):
 * the attachments' bytes are checked (size, CRC-32, SHA-256) before the transaction and
 * written in it with the records.
 *
 * The `settings` table (the DPO's table layouts and such) is not part of a workbench:
 * import, load and clear leave it alone.
 */
import type { Table } from 'dexie'
import {
  checkIntegrity,
  describeIssue,
  readWorkbench,
  toWorkbench,
  workbench as workbenchSchema,
  WorkbenchError,
  MAX_SHORT,
  type ChangeEntry,
  type OpenedWorkbench,
  type Workbench,
} from '../../../shared/model'
import {
  openWorkbenchFile,
  workbenchFileParts,
  type WorkbenchFileContents,
} from '../../../shared/files/workbench-container'
import { excerpt } from '../../../shared/text/quote'
import { withoutKey } from './repo/organization'
import { changeAuthor } from './repo/user-name'
import { timestamp } from './repo/write'
import { ORGANIZATION_KEY, type OmbudDb } from './schema'

/** How many records of each kind a workbench holds (shown after opening a file). */
export interface WorkbenchCounts {
  organization: boolean
  activities: number
  processors: number
  transfers: number
  sources: number
  clauses: number
  policyVersions: number
  changes: number
  dpias: number
  breaches: number
  requests: number
  routines: number
  attachments: number
}

/** The tables a workbench holds, i.e. everything but `settings`. */
function workbenchTables(db: OmbudDb): Table[] {
  return [
    db.organization,
    db.activities,
    db.processors,
    db.transfers,
    db.sources,
    db.clauses,
    db.policyVersions,
    db.changes,
    db.screenings,
    db.dpias,
    db.breaches,
    db.requests,
    db.routines,
    db.attachments,
    db.attachmentBytes,
  ]
}

function byId<T extends { id: string }>(records: T[]): T[] {
  // Code-unit order (not locale order), so the file is the same on every machine.
  return records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The store appends the auto-incremented `seq` after the other fields; put it first, as
 * the schema does, so an exported file is the same text after an import and re-export.
 */
function inSchemaOrder(c: ChangeEntry): ChangeEntry {
  return {
    seq: c.seq,
    table: c.table,
    recordId: c.recordId,
    action: c.action,
    at: c.at,
    before: c.before,
    after: c.after,
    by: c.by,
  }
}

/**
 * The whole database as a workbench document, in a deterministic order (records by id,
 * the change log by sequence number) so that two exports of the same data are identical.
 * Serialize it with `serializeWorkbench`.
 */
export async function exportWorkbench(db: OmbudDb, now: string = timestamp()): Promise<Workbench> {
  return db.transaction('r', workbenchTables(db), async () => {
    const org = await db.organization.get(ORGANIZATION_KEY)
    return toWorkbench(
      {
        organization: org ? withoutKey(org) : null,
        activities: byId(await db.activities.toArray()),
        processors: byId(await db.processors.toArray()),
        transfers: byId(await db.transfers.toArray()),
        sources: byId(await db.sources.toArray()),
        clauses: byId(await db.clauses.toArray()),
        policyVersions: byId(await db.policyVersions.toArray()),
        changes: (await db.changes.orderBy('seq').toArray()).map(inSchemaOrder),
        screenings: byId(await db.screenings.toArray()),
        dpias: byId(await db.dpias.toArray()),
        breaches: byId(await db.breaches.toArray()),
        requests: byId(await db.requests.toArray()),
        routines: byId(await db.routines.toArray()),
        attachments: byId(await db.attachments.toArray()),
      },
      now,
    )
  })
}

/**
 * The whole database with the attachments' bytes by SHA-256, read in one transaction, so
 * the records and the files are one consistent state (the workbench file, the audit pack).
 */
export async function exportWorkbenchWithAttachments(db: OmbudDb, now: string = timestamp()): Promise<WorkbenchFileContents> {
  return db.transaction('r', workbenchTables(db), async () => {
    const wb = await exportWorkbench(db, now)
    const rows = await db.attachmentBytes.bulkGet([...new Set(wb.attachments.map((a) => a.sha256))])
    const bytes = new Map<string, Uint8Array>()
    for (const row of rows) if (row) bytes.set(row.sha256, row.data)
    return { workbench: wb, attachmentBytes: bytes }
  })
}

/**
 * The whole database as the bytes of a workbench file: plain JSON without attachments,
 * the ZIP container with them.
 */
export async function exportWorkbenchFile(db: OmbudDb, now: string = timestamp()): Promise<Uint8Array<ArrayBuffer>> {
  const { workbench: wb, attachmentBytes: bytes } = await exportWorkbenchWithAttachments(db, now)
  const parts = workbenchFileParts(wb, (sha) => {
    const data = bytes.get(sha)
    if (data === undefined) throw new WorkbenchError(`Innholdet i vedlegget «${wb.attachments.find((a) => a.sha256 === sha)?.title ?? sha}» mangler i databasen.`)
    return data
  })
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

/**
 * Reads and checks a workbench file completely (records, links, and every attachment's
 * size and checksums) without touching the database. Throws WorkbenchError.
 */
export async function readWorkbenchBytes(bytes: Uint8Array): Promise<WorkbenchFileContents> {
  return openWorkbenchFile(bytes)
}

/**
 * Replaces the whole database with the workbench in `input` (the file's text or bytes).
 * Throws WorkbenchError, with a Norwegian message naming the record and field, before
 * anything is written; the write itself is all or nothing. The file's change log becomes
 * the database's change log as it is (sequence numbers included), so that exporting
 * again gives the same file.
 */
export async function importWorkbench(
  db: OmbudDb,
  input: string | Uint8Array,
): Promise<WorkbenchCounts> {
  if (typeof input === 'string') return importParsedWorkbench(db, await readWorkbench(input))
  const contents = await readWorkbenchBytes(input)
  return importParsedWorkbench(db, contents.workbench, contents.attachmentBytes)
}

/**
 * Replaces the database with a workbench that `readWorkbench` has already checked, in one
 * transaction. For callers that parse first (to report a bad file before asking anything),
 * so a large file is not parsed and validated twice. With `opened` (a file the user opened
 * in the app), the file's log gets one more entry, action `open`, saying which file
 * replaced the log and how many entries the log before it had: those are gone from the
 * database, and the history should say so.
 */
export async function importParsedWorkbench(
  db: OmbudDb,
  wb: Workbench,
  attachmentBytes: ReadonlyMap<string, Uint8Array> = new Map(),
  opened?: { file: string; at?: string },
): Promise<WorkbenchCounts> {
  await replaceAll(db, wb, attachmentBytes, opened && { file: opened.file, at: opened.at ?? timestamp() })
  return countWorkbench(wb)
}

/**
 * Replaces the whole database with `wb`, an in-memory workbench (the sample company).
 * It is validated like a file, so a mistake in the sample is reported, not stored.
 */
export async function loadWorkbench(
  db: OmbudDb,
  wb: Workbench,
  attachmentBytes: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<WorkbenchCounts> {
  const result = workbenchSchema.safeParse(wb, { reportInput: true })
  if (!result.success) {
    const problems = result.error.issues.map((issue) =>
      describeIssue(issue, wb as unknown as Record<string, unknown>),
    )
    throw new WorkbenchError(summarize(problems), problems)
  }
  const linkProblems = checkIntegrity(result.data)
  if (linkProblems.length > 0) throw new WorkbenchError(summarize(linkProblems), linkProblems)
  const missing = result.data.attachments.filter((a) => !attachmentBytes.has(a.sha256))
  if (missing.length > 0) throw new WorkbenchError(`Innholdet i vedlegget «${missing[0]!.title}» mangler.`)
  await replaceAll(db, result.data, attachmentBytes)
  return countWorkbench(result.data)
}

function summarize(problems: string[]): string {
  const head = problems.slice(0, 3).join(' ')
  return problems.length > 3 ? `${head} (og ${problems.length - 3} andre feil)` : head
}

export function countWorkbench(wb: Workbench): WorkbenchCounts {
  return {
    organization: wb.organization !== null,
    activities: wb.activities.length,
    processors: wb.processors.length,
    transfers: wb.transfers.length,
    sources: wb.sources.length,
    clauses: wb.clauses.length,
    policyVersions: wb.policyVersions.length,
    changes: wb.changes.length,
    dpias: wb.dpias.length,
    breaches: wb.breaches.length,
    requests: wb.requests.length,
    routines: wb.routines.length,
    attachments: wb.attachments.length,
  }
}

/** True when the database holds no records and no history (a fresh start). */
export async function isDatabaseEmpty(db: OmbudDb): Promise<boolean> {
  return db.transaction('r', workbenchTables(db), async () => {
    for (const table of workbenchTables(db)) {
      if ((await table.count()) > 0) return false
    }
    return true
  })
}

/**
 * Empties the database for "Ny arbeidsbok", change log included: nothing is logged,
 * since the log goes too. Destructive; the UI asks first (and may offer to save a copy).
 */
export async function clearDatabase(db: OmbudDb): Promise<void> {
  await db.transaction('rw', workbenchTables(db), async () => {
    for (const table of workbenchTables(db)) await table.clear()
  })
}

async function replaceAll(
  db: OmbudDb,
  wb: Workbench,
  attachmentBytes: ReadonlyMap<string, Uint8Array>,
  opened?: { file: string; at: string },
): Promise<void> {
  // One transaction: an error anywhere (a quota error, a closed database) aborts it,
  // and IndexedDB rolls back the clears as well as the writes.
  await db.transaction('rw', workbenchTables(db), async () => {
    const replacedEntries = await db.changes.count()
    for (const table of workbenchTables(db)) await table.clear()
    if (wb.organization) await db.organization.add({ ...wb.organization, key: ORGANIZATION_KEY })
    await db.activities.bulkAdd(wb.activities)
    await db.processors.bulkAdd(wb.processors)
    await db.transfers.bulkAdd(wb.transfers)
    await db.sources.bulkAdd(wb.sources)
    await db.clauses.bulkAdd(wb.clauses)
    await db.policyVersions.bulkAdd(wb.policyVersions)
    await db.changes.bulkAdd(wb.changes)
    await db.screenings.bulkAdd(wb.screenings)
    await db.dpias.bulkAdd(wb.dpias)
    await db.breaches.bulkAdd(wb.breaches)
    await db.requests.bulkAdd(wb.requests)
    await db.routines.bulkAdd(wb.routines)
    await db.attachments.bulkAdd(wb.attachments)
    // One row per distinct content, copied out of the file so the file's buffer can go.
    for (const sha256 of new Set(wb.attachments.map((a) => a.sha256))) {
      await db.attachmentBytes.add({ sha256, data: new Uint8Array(attachmentBytes.get(sha256)!) })
    }
    if (opened) {
      const after: OpenedWorkbench = { file: excerpt(opened.file, MAX_SHORT - 1), replacedEntries }
      await db.changes.add({
        table: 'organization',
        recordId: ORGANIZATION_KEY,
        action: 'open',
        at: opened.at,
        before: null,
        after,
        by: changeAuthor(db),
      })
    }
  })
}
