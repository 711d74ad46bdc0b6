/**
 * Helpers for migration tests (see ./index.ts for the procedure). They live beside the
 * migrations rather than in a test file so that every future `NNN-name.test.ts` uses
 * the same checks.
 */
import { declareVersions, DB_VERSIONS, type OmbudDb } from '../schema'
import type { DbVersion } from './index'

/**
 * Runs a pure record upgrade on deep-frozen copies of `records` and returns the results.
 * A function that writes to its input throws a TypeError here (modules are strict
 * mode), and one that escapes the freeze is caught by comparing against a snapshot.
 */
export function runPureUpgrade<Old, New>(
  upgrade: (record: Old) => New,
  records: readonly Old[],
): New[] {
  const inputs = records.map((r) => deepFreeze(structuredClone(r)))
  const snapshot = JSON.stringify(inputs)
  const outputs = inputs.map((r) => upgrade(r))
  if (JSON.stringify(inputs) !== snapshot) {
    throw new Error('The upgrade function changed its input; it must return a new object instead.')
  }
  return outputs
}

/** Freezes an object graph, so that any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

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
