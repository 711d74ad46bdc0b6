/**
 * Saved versions of the privacy policy (drafts and published snapshots): validated
 * writes with a change-log entry each. The caller computes `hash` over `doc`.
 */
import { newId, policyVersion, type PolicyVersion } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import { deleteRecord, timestamp, writeRecord, type RecordSpec } from './write'

export const policyVersionSpec: RecordSpec<PolicyVersion> = {
  table: 'policyVersions',
  what: 'versjonen av personvernerklæringen',
  schema: policyVersion,
  store: (db) => db.policyVersions,
}

export function getPolicyVersion(db: OmbudDb, id: string): Promise<PolicyVersion | undefined> {
  return db.policyVersions.get(id)
}

/** All versions, newest first. */
export async function listPolicyVersions(db: OmbudDb): Promise<PolicyVersion[]> {
  return db.policyVersions.orderBy('createdAt').reverse().toArray()
}

/**
 * Creates the version (when its id is empty or unknown) or updates it (e.g. publishes
 * it); returns its id. A new version gets `createdAt` = `now`; an update keeps it.
 */
export async function savePolicyVersion(
  db: OmbudDb,
  input: PolicyVersion,
  now: string = timestamp(),
): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, policyVersionSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: { ...input, id, createdAt: before?.createdAt ?? now },
    skipIfUnchanged: true,
  }))
  return id
}

export async function deletePolicyVersion(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  await deleteRecord(db, policyVersionSpec, id, now)
}
