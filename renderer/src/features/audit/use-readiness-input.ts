import { useLiveQuery } from 'dexie-react-hooks'
import type { AuditInput } from './readiness-model'
import { useDb } from '../../app/db-context'
import {
  getOrganization,
  listActivities,
  listClauses,
  listProcessors,
  listTransfers,
} from '../../db/repo'

/**
 * The parts of the workbench the readiness checks read, kept current as records change.
 * Of the policy versions only whether one is published: their snapshots can be large.
 */
export function useReadinessInput(): AuditInput | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const [organization, activities, processors, transfers, clauses, published, routines, screenings, dpias] = await Promise.all([
      getOrganization(db),
      listActivities(db),
      listProcessors(db),
      listTransfers(db),
      listClauses(db),
      db.policyVersions.where('status').equals('published').count(),
      db.routines.toArray(),
      db.screenings.toArray(),
      db.dpias.toArray(),
    ])
    const policyVersions = published > 0 ? [{ status: 'published' as const }] : []
    return { organization, activities, processors, transfers, clauses, policyVersions, routines, screenings, dpias }
  }, [db])
}
