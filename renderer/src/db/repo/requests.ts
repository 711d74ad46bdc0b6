/**
 * The log of requests from data subjects (art. 12, 15–22): validated writes with a
 * change-log entry each. The log holds a reference to where the case is filed, never the
 * person's data (shared/model/data-subject-request.ts).
 */
import { newId } from '../../../../shared/model'
import { dataSubjectRequest, type DataSubjectRequest } from '../../../../shared/model/data-subject-request'
import type { OmbudDb } from '../schema'
import { deleteRecord, missingIds, stamped, timestamp, writeRecord, type RecordSpec } from './write'

export const requestSpec: RecordSpec<DataSubjectRequest> = {
  table: 'requests',
  what: 'henvendelsen',
  schema: dataSubjectRequest,
  store: (db) => db.requests,
  linkTables: (db) => [db.activities],
  links: async (db, r) =>
    (await missingIds(db.activities, r.activityIds)).map((id) => ({ field: 'activityIds', message: `Behandlingsaktiviteten med id «${id}» finnes ikke.` })),
}

export function listRequests(db: OmbudDb): Promise<DataSubjectRequest[]> {
  return db.requests.orderBy('receivedOn').reverse().toArray()
}

export function getRequest(db: OmbudDb, id: string): Promise<DataSubjectRequest | undefined> {
  return db.requests.get(id)
}

/** Creates (empty or unknown id) or updates a request; returns its id. */
export async function saveRequest(db: OmbudDb, input: DataSubjectRequest, now: string = timestamp()): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, requestSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...input, id }, before, now),
    skipIfUnchanged: true,
  }))
  return id
}

export async function deleteRequest(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  await deleteRecord(db, requestSpec, id, now)
}
