/**
 * Processing activities: validated writes with a change-log entry each. Activities are
 * archived and restored, never deleted, so clause links and history never dangle.
 */
import {
  MAX_SHORT,
  newId,
  processingActivity,
  type ProcessingActivity,
} from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import type { FieldIssue } from './validation'
import {
  archiveRecord,
  createRecord,
  missingIds,
  mustBeNew,
  requireExisting,
  restoreRecord,
  timestamp,
  updateRecord,
  writeRecord,
  type RecordSpec,
} from './write'

const COPY_SUFFIX = ' (kopi)'

export const activitySpec: RecordSpec<ProcessingActivity> = {
  table: 'activities',
  what: 'behandlingsaktiviteten',
  schema: processingActivity,
  store: (db) => db.activities,
  linkTables: (db) => [db.processors, db.transfers],
  links: async (db, a) => {
    const issues: FieldIssue[] = []
    for (const id of await missingIds(db.processors, a.processorIds)) {
      issues.push({ field: 'processorIds', message: `Databehandleren med id «${id}» finnes ikke.` })
    }
    for (const id of await missingIds(db.transfers, a.transferIds)) {
      issues.push({ field: 'transferIds', message: `Overføringen med id «${id}» finnes ikke.` })
    }
    return issues
  },
}

export function getActivity(db: OmbudDb, id: string): Promise<ProcessingActivity | undefined> {
  return db.activities.get(id)
}

/** All activities, archived ones included, by id. */
export function listActivities(db: OmbudDb): Promise<ProcessingActivity[]> {
  return db.activities.toArray()
}

/**
 * Stores a new activity and returns its id. An empty `input.id` gets a new one; an id
 * that is taken is refused. `createdAt` and `updatedAt` are set to `now`.
 */
export function createActivity(
  db: OmbudDb,
  input: ProcessingActivity,
  now: string = timestamp(),
): Promise<string> {
  return createRecord(db, activitySpec, input, now)
}

/** Saves an edited activity (keeps `createdAt`, sets `updatedAt`). Saving it unchanged writes and logs nothing. */
export function updateActivity(
  db: OmbudDb,
  activity: ProcessingActivity,
  now: string = timestamp(),
): Promise<ProcessingActivity> {
  return updateRecord(db, activitySpec, activity, now)
}

/** Sets status "archived". Archiving an archived activity does nothing. */
export function archiveActivity(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  return archiveRecord(db, activitySpec, id, now)
}

/**
 * Brings an archived activity back with the status it had when it was last archived,
 * read from the change log; "draft" when the log does not say (e.g. it was archived in
 * an imported file without history). Restoring one that is not archived does nothing.
 */
export function restoreActivity(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  return restoreRecord(db, activitySpec, id, now, async () => {
    const lastArchive = await db.changes
      .where('[table+recordId]')
      .equals(['activities', id])
      .reverse()
      .filter((c) => c.action === 'archive')
      .first()
    const previous = (lastArchive?.before as { status?: unknown } | null | undefined)?.status
    return previous === 'active' ? 'active' : 'draft'
  })
}

/** Records that the DPO reviewed the activity on `date` (YYYY-MM-DD). */
export async function markActivityReviewed(
  db: OmbudDb,
  id: string,
  date: string,
  now: string = timestamp(),
): Promise<void> {
  await writeRecord(db, activitySpec, id, now, (before) => ({
    action: 'update',
    after: { ...requireExisting(activitySpec, id, before), lastReviewed: date, updatedAt: now },
  }))
}

/**
 * Copies an activity as a new draft named "… (kopi)", with the same processors and
 * transfers. The copy has not been reviewed (`lastReviewed` null). Returns the new id.
 */
export async function duplicateActivity(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<string> {
  const copyId = newId()
  await writeRecord(db, activitySpec, copyId, now, async (before) => {
    mustBeNew(activitySpec, before)
    const source = requireExisting(activitySpec, id, await db.activities.get(id))
    const copy: ProcessingActivity = {
      ...source,
      id: copyId,
      // Keep the copy within the name's length limit.
      name: source.name.slice(0, MAX_SHORT - COPY_SUFFIX.length) + COPY_SUFFIX,
      status: 'draft',
      lastReviewed: null,
      createdAt: now,
      updatedAt: now,
    }
    return { action: 'create', after: copy }
  })
  return copyId
}
