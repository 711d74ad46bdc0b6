/**
 * Writes the activities of an Excel import (shared/ropa/xlsx-import.ts): new ones and
 * changed ones, all or nothing. A protokoll is read as one document, so half of it in the
 * store would be a record that matches neither the file nor what was there before.
 */
import type { ProcessingActivity } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import { activitySpec } from './activities'
import { ValidationError } from './validation'
import { stamped, timestamp, writeRecord } from './write'

export interface ImportActivitiesResult {
  /** Activities that did not exist before. */
  created: number
  /** Existing activities that changed. */
  updated: number
  /** Activities equal to the stored ones (apart from `updatedAt`): nothing written, nothing logged. */
  unchanged: number
}

/**
 * Stores `activities` in one read-write transaction, each validated, link-checked and
 * logged with the action "import" exactly as a single write would be (it reuses
 * `writeRecord`, which joins the outer transaction). The first problem — a field that
 * does not validate, a link to a processor or transfer that does not exist, a failing
 * write — aborts the transaction, and IndexedDB rolls back every activity and change
 * entry written before it. `createdAt` of a stored activity is kept; `updatedAt` is `now`.
 */
export async function importActivities(
  db: OmbudDb,
  activities: readonly ProcessingActivity[],
  now: string = timestamp(),
): Promise<ImportActivitiesResult> {
  const seen = new Set<string>()
  for (const a of activities) {
    // The second would silently overwrite the first within the same import.
    if (seen.has(a.id)) {
      throw new ValidationError(activitySpec.what, [
        { field: 'id', message: `Id «${a.id}» forekommer mer enn én gang i importen.` },
      ])
    }
    seen.add(a.id)
  }
  const result: ImportActivitiesResult = { created: 0, updated: 0, unchanged: 0 }
  const tables = [db.activities, db.changes, ...(activitySpec.linkTables?.(db) ?? [])]
  await db.transaction('rw', tables, async () => {
    for (const activity of activities) {
      let before: ProcessingActivity | undefined
      const stored = await writeRecord(db, activitySpec, activity.id, now, (current) => {
        before = current
        return { action: 'import', after: stamped(activity, current, now), skipIfUnchanged: true }
      })
      // writeRecord hands back the stored object itself when it skipped an unchanged record.
      if (before === undefined) result.created++
      else if (stored === before) result.unchanged++
      else result.updated++
    }
  })
  return result
}
