/**
 * The breach log (avvikslogg, art. 33(5)): validated writes with a change-log entry each.
 * An entry may be saved while the facts are still coming in; what is missing or
 * contradictory is reported by shared/registers/record-problems.ts, not refused here.
 */
import { newId } from '../../../../shared/model'
import { breach, type Breach } from '../../../../shared/model/breach'
import type { OmbudDb } from '../schema'
import { deleteOwnedAttachments } from './attachments'
import { deleteRecord, missingIds, stamped, timestamp, writeRecord, type RecordSpec } from './write'
import type { FieldIssue } from './validation'

export const breachSpec: RecordSpec<Breach> = {
  table: 'breaches',
  what: 'avviket',
  schema: breach,
  store: (db) => db.breaches,
  linkTables: (db) => [db.activities, db.processors],
  links: async (db, b) => [
    ...(await missingIds(db.activities, b.activityIds)).map(
      (id): FieldIssue => ({ field: 'activityIds', message: `Behandlingsaktiviteten med id «${id}» finnes ikke.` }),
    ),
    ...(await missingIds(db.processors, b.processorIds)).map(
      (id): FieldIssue => ({ field: 'processorIds', message: `Databehandleren med id «${id}» finnes ikke.` }),
    ),
  ],
}

export function listBreaches(db: OmbudDb): Promise<Breach[]> {
  return db.breaches.orderBy('discoveredAt').reverse().toArray()
}

export function getBreach(db: OmbudDb, id: string): Promise<Breach | undefined> {
  return db.breaches.get(id)
}

/** Creates (empty or unknown id) or updates a breach entry; returns its id. */
export async function saveBreach(db: OmbudDb, input: Breach, now: string = timestamp()): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, breachSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...input, id }, before, now),
    skipIfUnchanged: true,
  }))
  return id
}

/** Deletes an entry made by mistake (its attachments go with it); the change log keeps what it held. */
export async function deleteBreach(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  await deleteRecord(db, breachSpec, id, now, [db.attachments, db.attachmentBytes], () => deleteOwnedAttachments(db, 'breaches', id, now))
}
