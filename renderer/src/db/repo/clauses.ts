/**
 * Clauses of the privacy policy: validated writes with a change-log entry each. A
 * clause may be deleted; nothing links to a clause except the snapshots in policy
 * versions, which keep their copy of the text.
 */
import { clause, newId, type Clause } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import { RecordNotFoundError } from './validation'
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

/**
 * Reads every clause, lets `compute` choose what to store (new clauses and changed ones,
 * from the clauses as they are now) and stores each, validated and logged: all in one
 * transaction, so either every clause is stored or none is (a move that renumbers
 * several, a new clause that pushes others down, an import). Returns the ids stored, in
 * the order `compute` gave them.
 */
export async function saveClausesWith(
  db: OmbudDb,
  compute: (clauses: Clause[]) => readonly Clause[],
  now: string = timestamp(),
): Promise<string[]> {
  return db.transaction('rw', [db.clauses, db.changes, db.activities], async () => {
    const ids: string[] = []
    for (const c of compute(await db.clauses.toArray())) ids.push(await saveClause(db, c, now))
    return ids
  })
}

/** Reads clause `id`, lets `change` edit it and saves the result; all in one transaction. */
export async function updateClause(
  db: OmbudDb,
  id: string,
  change: (c: Clause) => Clause,
  now: string = timestamp(),
): Promise<void> {
  await saveClausesWith(
    db,
    (clauses) => {
      const stored = clauses.find((c) => c.id === id)
      if (!stored) throw new RecordNotFoundError(clauseSpec.what, id)
      return [change(stored)]
    },
    now,
  )
}
