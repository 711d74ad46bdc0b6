import { useLiveQuery } from 'dexie-react-hooks'
import type { ReadinessInput } from '../../../../shared/checks/readiness'
import { useDb } from '../../app/db-context'
import {
  getOrganization,
  listActivities,
  listClauses,
  listProcessors,
  listTransfers,
} from '../../db/repo'

/** The parts of the workbench the readiness checks read, kept current as records change. */
export function useReadinessInput(): ReadinessInput | undefined {
  const db = useDb()
  return useLiveQuery(async () => {
    const [organization, activities, processors, transfers, clauses] = await Promise.all([
      getOrganization(db),
      listActivities(db),
      listProcessors(db),
      listTransfers(db),
      listClauses(db),
    ])
    return { organization, activities, processors, transfers, clauses }
  }, [db])
}
