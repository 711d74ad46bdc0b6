/**
 * Attached files (issue 10 §4). The metadata is a record like any other (validated,
 * logged); the bytes go to `attachmentBytes` under their SHA-256 in the same transaction,
 * and leave it when the last attachment with that content is removed. The file is checked
 * before anything is stored: its kind, by name and by its first bytes, and its size, with
 * a Norwegian message (shared/registers/attachment-file.ts), and the workbench's limits on
 * the number of attachments and their total size.
 */
import { formatMegabytes, checkAttachmentFile } from '../../../../shared/registers/attachment-file'
import { crc32 } from '../../../../shared/registers/png'
import { sha256Hex } from '../../../../shared/files/workbench-container'
import { newId } from '../../../../shared/model'
import {
  attachment,
  MAX_ATTACHMENTS,
  MAX_ATTACHMENTS_TOTAL_BYTES,
  type Attachment,
  type AttachmentOwner,
  type AttachmentPurpose,
} from '../../../../shared/model/attachment'
import type { OmbudDb } from '../schema'
import { ValidationError, type FieldIssue } from './validation'
import { logChange, missingIds, timestamp, writeRecord, type RecordSpec } from './write'

const OWNER_TABLES = {
  activities: 'behandlingsaktiviteten',
  processors: 'databehandleren',
  transfers: 'overføringen',
  breaches: 'avviket',
  dpias: 'vurderingen',
  routines: 'rutinen',
} as const

export const attachmentSpec: RecordSpec<Attachment> = {
  table: 'attachments',
  what: 'vedlegget',
  schema: attachment,
  store: (db) => db.attachments,
  linkTables: (db) => [db.activities, db.processors, db.transfers, db.breaches, db.dpias, db.routines],
  links: async (db, a): Promise<FieldIssue[]> => {
    const { table, recordId } = a.owner
    if (table === 'organization' || recordId === null) return []
    const missing = await missingIds(db.table(table), [recordId])
    return missing.map((id) => ({ field: 'owner.recordId', message: `Fant ikke ${OWNER_TABLES[table]} med id «${id}».` }))
  },
}

/** What the user gives when attaching a file. */
export interface NewAttachment {
  owner: { table: AttachmentOwner; recordId: string | null }
  purpose: AttachmentPurpose
  /** What the document is; the file name when left empty. */
  title: string
  fileName: string
  addedBy: string
}

/** The attachments of one record (or of the organisation, with `recordId` null), oldest first. */
export async function listAttachments(db: OmbudDb, owner?: { table: AttachmentOwner; recordId: string | null }): Promise<Attachment[]> {
  const all =
    owner === undefined
      ? await db.attachments.toArray()
      : owner.recordId === null
        ? await db.attachments.filter((a) => a.owner.table === owner.table).toArray()
        : await db.attachments.where('owner.recordId').equals(owner.recordId).filter((a) => a.owner.table === owner.table).toArray()
  return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt))
}

/** The bytes of an attachment, or undefined when they are missing. */
export async function getAttachmentBytes(db: OmbudDb, sha256: string): Promise<Uint8Array | undefined> {
  return (await db.attachmentBytes.get(sha256))?.data
}

/**
 * Attaches a file. Throws ValidationError (field `fileName`) with a Norwegian message when
 * the file's kind or size is not accepted or the workbench's limits would be passed, and
 * nothing is stored.
 */
export async function addAttachment(db: OmbudDb, input: NewAttachment, bytes: Uint8Array, now: string = timestamp()): Promise<string> {
  const check = checkAttachmentFile(input.fileName, bytes.byteLength, bytes.subarray(0, 16))
  if (!check.ok) throw new ValidationError('vedlegget', [{ field: 'fileName', message: check.message }])
  const sha256 = await sha256Hex(bytes)
  const id = newId()
  const record: Attachment = {
    id,
    owner: input.owner,
    purpose: input.purpose,
    title: input.title.trim() === '' ? input.fileName : input.title.trim(),
    fileName: input.fileName,
    mediaType: check.mediaType,
    size: bytes.byteLength,
    sha256,
    crc32: crc32(bytes),
    addedBy: input.addedBy,
    createdAt: now,
    updatedAt: now,
  }
  await db.transaction('rw', [db.attachments, db.attachmentBytes, db.changes, ...(attachmentSpec.linkTables?.(db) ?? [])], async () => {
    const all = await db.attachments.toArray()
    if (all.length + 1 > MAX_ATTACHMENTS) {
      throw new ValidationError('vedlegget', [{ field: 'fileName', message: `Arbeidsboken har allerede ${MAX_ATTACHMENTS.toLocaleString('nb-NO')} vedlegg, som er det meste den kan ha.` }])
    }
    const stored = new Set<string>()
    let total = 0
    for (const a of all) {
      if (stored.has(a.sha256)) continue
      stored.add(a.sha256)
      total += a.size
    }
    if (!stored.has(sha256) && total + bytes.byteLength > MAX_ATTACHMENTS_TOTAL_BYTES) {
      throw new ValidationError('vedlegget', [
        {
          field: 'fileName',
          message: `Vedleggene i arbeidsboken er allerede ${formatMegabytes(total)}. Med «${input.fileName}» blir de mer enn ${formatMegabytes(MAX_ATTACHMENTS_TOTAL_BYTES)}, som er det meste en arbeidsbok kan ha.`,
        },
      ])
    }
    await writeRecord(db, attachmentSpec, id, now, () => ({ action: 'create', after: record }))
    if (!stored.has(sha256)) await db.attachmentBytes.put({ sha256, data: new Uint8Array(bytes) })
  })
  return id
}

/** Changes what an attachment is called or what it is (the file itself cannot change). */
export async function updateAttachment(db: OmbudDb, id: string, patch: { title: string; purpose: AttachmentPurpose }, now: string = timestamp()): Promise<void> {
  await writeRecord(db, attachmentSpec, id, now, (before) => {
    if (before === undefined) throw new ValidationError('vedlegget', [{ field: 'id', message: `Fant ikke vedlegget med id «${id}».` }])
    return { action: 'update', after: { ...before, ...patch, updatedAt: now }, skipIfUnchanged: true }
  })
}

/**
 * Removes an attachment, and its bytes when no other attachment has the same content.
 * A routine that is the attached file cannot lose it: change the routine first.
 */
export async function deleteAttachment(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  await db.transaction('rw', [db.attachments, db.attachmentBytes, db.changes, db.routines], async () => {
    const a = await db.attachments.get(id)
    if (a === undefined) throw new ValidationError('vedlegget', [{ field: 'id', message: `Fant ikke vedlegget med id «${id}».` }])
    const routine = await db.routines.filter((r) => r.content.form === 'attachment' && r.content.attachmentId === id).first()
    if (routine) {
      throw new ValidationError('vedlegget', [{ field: 'id', message: `Vedlegget er selve rutinen «${routine.title}». Skriv rutinen i Ombud eller legg ved en annen fil først.` }])
    }
    await removeAttachmentInTransaction(db, a, now)
  })
}

/** Deletes one attachment and logs it; its bytes go when unused. Call inside a transaction over attachments, attachmentBytes and changes. */
export async function removeAttachmentInTransaction(db: OmbudDb, a: Attachment, now: string): Promise<void> {
  await db.attachments.delete(a.id)
  await logChange(db, { table: 'attachments', recordId: a.id, action: 'delete', at: now, before: a, after: null })
  if ((await db.attachments.where('sha256').equals(a.sha256).count()) === 0) await db.attachmentBytes.delete(a.sha256)
}

/** Removes the attachments owned by a record, logging each; call inside the record's transaction. */
export async function deleteOwnedAttachments(db: OmbudDb, table: 'breaches' | 'dpias' | 'routines', recordId: string, now: string): Promise<void> {
  const owned = await db.attachments.where('owner.recordId').equals(recordId).filter((a) => a.owner.table === table).toArray()
  for (const a of owned) await removeAttachmentInTransaction(db, a, now)
}
