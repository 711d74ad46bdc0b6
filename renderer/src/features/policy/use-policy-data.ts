/** The parts of the database the policy section reads, kept current with useLiveQuery. */
import { useLiveQuery } from 'dexie-react-hooks'
import type { PolicyVersion } from '../../../../shared/model'
import { lastChangeAt, type PolicyWorkbench } from './engine'
import { useDb } from '../../app/db-context'
import { readPolicySources } from '../../db/repo/read'
import type { OmbudDb } from '../../db/schema'

export interface PolicyData extends PolicyWorkbench {
  policyVersions: readonly PolicyVersion[]
  /** When the organisation last changed, from the change log: it dates the policy. */
  organizationChangedAt: string | null
}

async function readPolicyData(db: OmbudDb, withVersions: boolean): Promise<PolicyData> {
  const { organizationChanges, ...sources } = await readPolicySources(db, withVersions)
  return { ...sources, organizationChangedAt: lastChangeAt(organizationChanges, 'organization') }
}

/**
 * Everything the policy is made from, plus the saved versions (left out, as an empty
 * list, when `withVersions` is false: their snapshots can be large); undefined while loading.
 */
export function usePolicyData(withVersions = true): PolicyData | undefined {
  const db = useDb()
  return useLiveQuery(() => readPolicyData(db, withVersions), [db, withVersions])
}
