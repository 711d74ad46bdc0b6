/** The «ikke omtalt i personvernerklæringen» flag, for the activities table and editor. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { undisclosedActivities, type PolicyWorkbench } from './engine'
import { useDb } from '../../app/db-context'
import { withoutKey } from '../../db/repo/organization'
import { ORGANIZATION_KEY } from '../../db/schema'

const NONE: ReadonlySet<string> = new Set()

/**
 * The ids of the activities the privacy policy does not describe (active, with external
 * data subjects, and named by no visible clause): the «ikke omtalt i
 * personvernerklæringen» flag of the activities table. Empty while loading.
 */
export function useUndisclosedActivityIds(): ReadonlySet<string> {
  const db = useDb()
  const ids = useLiveQuery(
    () =>
      db.transaction('r', [db.organization, db.activities, db.clauses], async () => {
        const [row, activities, clauses] = await Promise.all([
          db.organization.get(ORGANIZATION_KEY),
          db.activities.toArray(),
          db.clauses.toArray(),
        ])
        const workbench: PolicyWorkbench = {
          organization: row ? withoutKey(row) : null,
          activities,
          processors: [],
          transfers: [],
          clauses,
        }
        return undisclosedActivities(workbench).map((a) => a.id)
      }),
    [db],
  )
  return useMemo(() => (ids ? new Set(ids) : NONE), [ids])
}
