/**
 * Clauses of the privacy policy: validated writes with a change-log entry each. A
 * clause may be deleted; nothing links to a clause except the snapshots in policy
 * versions, which keep their copy of the text.
 */
import { clause, newId, type Clause } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import { deleteRecord, missingIds, stamped, timestamp, writeRecord, type RecordSpec } from './write'

export const clauseSpec: RecordSpec<Clause> = {
  table: 'clauses',
  what: 'avsnittet',
  schema: clause,
  store: (db) => db.clauses,
  linkTables: (db) => [db.activities],
  links: async (db, c) =>
    (await missingIds(db.activities, c.linkedActivityIds)).map((id) => ({
      field: 'linkedActivityIds',
      message: `Behandlingsaktiviteten med id «${id}» finnes ikke.`,
    })),
}

export function getClause(db: OmbudDb, id: string): Promise<Clause | undefined> {
  return db.clauses.get(id)
}

/** All clauses in policy order. */
export function listClauses(db: OmbudDb): Promise<Clause[]> {
  return db.clauses.orderBy('order').toArray()
}

/** Creates the clause (when its id is empty or unknown) or updates it; returns its id. */
export async function saveClause(
  db: OmbudDb,
  input: Clause,
  now: string = timestamp(),
): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, clauseSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...input, id }, before, now),
    skipIfUnchanged: true,
  }))
  return id
}

export async function deleteClause(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  await deleteRecord(db, clauseSpec, id, now)
}
