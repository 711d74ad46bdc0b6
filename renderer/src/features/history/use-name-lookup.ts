import { useLiveQuery } from 'dexie-react-hooks'
import { countryName } from '../../../../shared/law'
import { useDb } from '../../app/db-context'
import { readTables } from '../../db/repo/read'
import type { NameLookup } from './change-format'

/** The names of activities, processors and transfers by id, kept current. */
export function useNameLookup(): NameLookup {
  const db = useDb()
  const lookup = useLiveQuery(
    () =>
      readTables(db, ['activities', 'processors', 'transfers']).then(({ activities, processors, transfers }) => ({
        activities: new Map(activities.map((a) => [a.id, a.name])),
        processors: new Map(processors.map((p) => [p.id, p.name])),
        transfers: new Map(transfers.map((tr) => [tr.id, `${tr.recipient} (${countryName(tr.country)})`])),
      })),
    [db],
  )
  return lookup ?? {}
}
