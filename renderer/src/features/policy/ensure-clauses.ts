/**
 * Standard clauses as records in the database. The policy engine composes a standard
 * clause from the library whether or not it has a record, but the DPO can only hide,
 * move, edit or review a clause that has one. Opening the policy section (and loading
 * the sample) makes sure every standard clause has its record.
 */
import { ensureStandardClauses } from './engine'
import { saveClausesWith } from '../../db/repo/clauses'
import { timestamp } from '../../db/repo/write'
import type { OmbudDb } from '../../db/schema'

/**
 * Stores a record for every standard clause that has none, all in one transaction, and
 * returns how many it created. Idempotent: the existing clauses are read inside the same
 * read-write transaction, so two calls at once (two tabs, a double render) create each
 * record once, and a second call creates nothing.
 */
export async function ensureStandardClauseRecords(
  db: OmbudDb,
  now: string = timestamp(),
): Promise<number> {
  const created = await saveClausesWith(
    db,
    (existing) => {
      const known = new Set(existing.map((c) => c.id))
      return ensureStandardClauses(existing, now).filter((c) => !known.has(c.id))
    },
    now,
  )
  return created.length
}
