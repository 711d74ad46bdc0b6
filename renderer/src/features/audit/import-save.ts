/**
 * Writes an import plan: all of it or nothing. Every clause goes through the clause
 * repository (validated, logged in the change log), inside one transaction, so a clause
 * that fails validation (say, a text over the length limit) leaves the workbench as it was.
 */
import { saveClausesWith } from '../../db/repo'
import type { OmbudDb } from '../../db/schema'
import type { ImportPlan } from './import-model'

/** Returns the ids of the clauses created. */
export async function saveImportPlan(
  db: OmbudDb,
  plan: ImportPlan,
  now: string,
): Promise<string[]> {
  const ids = await saveClausesWith(db, () => [...plan.create, ...plan.unhide], now)
  return ids.slice(0, plan.create.length)
}
