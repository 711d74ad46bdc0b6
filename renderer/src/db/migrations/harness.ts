/**
 * Helpers for migration tests (see ./index.ts for the procedure). They live beside the
 * migrations rather than in a test file so that every future `NNN-name.test.ts` uses
 * the same checks.
 */
import { declareVersions, DB_VERSIONS, type OmbudDb } from '../schema'
import type { DbVersion } from './index'

// The pure-upgrade checks live with the upgrades in shared/, so shared tests use them too.
export { deepFreeze, runPureUpgrade } from '../../../../shared/model/migrations/harness'

/**
 * Opens the database `name` as the app's version `version` would: only the versions up
 * to and including it are declared, so writing old-shape records and then opening at a
 * later version runs the real upgrade path.
 */
export async function openDbAt(
  name: string,
  version: number,
  versions: readonly DbVersion[] = DB_VERSIONS,
): Promise<OmbudDb> {
  const upTo = versions.filter((v) => v.version <= version)
  if (upTo.length === 0 || upTo[upTo.length - 1]!.version !== version) {
    throw new Error(`No database version ${version} is declared.`)
  }
  const db = declareVersions(name, upTo)
  await db.open()
  return db
}
