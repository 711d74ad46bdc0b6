/** The parts of the database the policy section reads, kept current with useLiveQuery. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { PolicyVersion } from '../../../../shared/model'
import { lastChangeAt, type PolicyWorkbench } from './engine'
import { useDb } from '../../app/db-context'
import { ORGANIZATION_RECORD_ID, withoutKey } from '../../db/repo/organization'
import { ORGANIZATION_KEY, type OmbudDb } from '../../db/schema'

export interface PolicyData extends PolicyWorkbench {
  policyVersions: readonly PolicyVersion[]
  /** When the organisation last changed, from the change log: it dates the policy. */
  organizationChangedAt: string | null
}

async function readPolicyData(db: OmbudDb, withVersions: boolean): Promise<PolicyData> {
  // One read transaction: a snapshot in which clause links and activities agree.
  return db.transaction(
    'r',
    [db.organization, db.activities, db.processors, db.transfers, db.clauses, db.policyVersions, db.changes],
    async () => {
      const [row, activities, processors, transfers, clauses, policyVersions, orgChanges] = await Promise.all([
        db.organization.get(ORGANIZATION_KEY),
        db.activities.toArray(),
        db.processors.toArray(),
        db.transfers.toArray(),
        db.clauses.toArray(),
        withVersions ? db.policyVersions.orderBy('createdAt').reverse().toArray() : [],
        db.changes.where('[table+recordId]').equals(['organization', ORGANIZATION_RECORD_ID]).toArray(),
      ])
      return {
        organization: row ? withoutKey(row) : null,
        activities,
        processors,
        transfers,
        clauses,
        policyVersions,
        organizationChangedAt: lastChangeAt(orgChanges, 'organization'),
      }
    },
  )
}

/**
 * Everything the policy is made from, plus the saved versions (left out, as an empty
 * list, when `withVersions` is false: their snapshots can be large); undefined while loading.
 */
export function usePolicyData(withVersions = true): PolicyData | undefined {
  const db = useDb()
  return useLiveQuery(() => readPolicyData(db, withVersions), [db, withVersions])
}
