/** Reading the change log. Entries are only ever appended, by the other repositories. */
import type { ChangeEntry, TableName } from '../../../../shared/model'
import type { OmbudDb } from '../schema'

export interface ChangeQuery {
  table?: TableName
  /** Only with `table`: the history of one record. */
  recordId?: string
  /** At most this many entries (default 100). */
  limit?: number
}

/** Change-log entries, newest first. */
export async function listChanges(db: OmbudDb, query: ChangeQuery = {}): Promise<ChangeEntry[]> {
  const limit = query.limit ?? 100
  const { table, recordId } = query
  if (table !== undefined && recordId !== undefined) {
    // Within one [table+recordId] value the index is ordered by the primary key, seq.
    return db.changes
      .where('[table+recordId]')
      .equals([table, recordId])
      .reverse()
      .limit(limit)
      .toArray()
  }
  let newest = db.changes.orderBy('seq').reverse()
  if (table !== undefined) newest = newest.filter((c) => c.table === table)
  if (recordId !== undefined) newest = newest.filter((c) => c.recordId === recordId)
  return newest.limit(limit).toArray()
}

export function countChanges(db: OmbudDb): Promise<number> {
  return db.changes.count()
}
