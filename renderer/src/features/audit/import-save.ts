/**
 * Writes an import plan: all of it or nothing. Every clause goes through the clause
 * repository (validated, logged in the change log), inside one transaction, so a clause
 * that fails validation (say, a text over the length limit) leaves the workbench as it was.
 */
import { saveClause } from '../../db/repo'
import type { OmbudDb } from '../../db/schema'
import type { ImportPlan } from './import-model'

export async function saveImportPlan(
  db: OmbudDb,
  plan: ImportPlan,
  now: string,
): Promise<string[]> {
  return db.transaction('rw', [db.clauses, db.changes, db.activities], async () => {
    const ids: string[] = []
    for (const c of plan.create) ids.push(await saveClause(db, c, now))
    for (const c of plan.unhide) await saveClause(db, c, now)
    return ids
  })
}
