/**
 * The organisation's routines (issue 10 §5): written in Ombud or an attached file, each
 * with a last-reviewed date the readiness checks read.
 */
import { newId } from '../../../../shared/model'
import { routine, type Routine } from '../../../../shared/model/routine'
import type { OmbudDb } from '../schema'
import { deleteOwnedAttachments } from './attachments'
import { deleteRecord, missingIds, stamped, timestamp, writeRecord, type RecordSpec } from './write'

export const routineSpec: RecordSpec<Routine> = {
  table: 'routines',
  what: 'rutinen',
  schema: routine,
  store: (db) => db.routines,
  linkTables: (db) => [db.attachments],
  links: async (db, r) =>
    r.content.form === 'attachment'
      ? (await missingIds(db.attachments, [r.content.attachmentId])).map((id) => ({ field: 'content.attachmentId', message: `Vedlegget med id «${id}» finnes ikke.` }))
      : [],
}

export function listRoutines(db: OmbudDb): Promise<Routine[]> {
  return db.routines.toArray()
}

export function getRoutine(db: OmbudDb, id: string): Promise<Routine | undefined> {
  return db.routines.get(id)
}

/** Creates (empty or unknown id) or updates a routine; returns its id. */
export async function saveRoutine(db: OmbudDb, input: Routine, now: string = timestamp()): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, routineSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...input, id }, before, now),
    skipIfUnchanged: true,
  }))
  return id
}

/** Deletes a routine with the files attached to it. */
export async function deleteRoutine(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  await deleteRecord(db, routineSpec, id, now, [db.attachments, db.attachmentBytes], () => deleteOwnedAttachments(db, 'routines', id, now))
}
