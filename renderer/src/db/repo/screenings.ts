/**
 * The DPIA screening of each activity (issue 10 §1): one row per activity, keyed by the
 * activity's id, validated and logged like every other write. Whether a DPIA is required
 * is computed from the answers (shared/registers/screening.ts), never stored.
 */
import { activityScreening, type ActivityScreening, type DpiaScreening } from '../../../../shared/model/dpia-screening'
import type { OmbudDb } from '../schema'
import { missingIds, stamped, timestamp, writeRecord, type RecordSpec } from './write'

export const screeningSpec: RecordSpec<ActivityScreening> = {
  table: 'screenings',
  what: 'DPIA-vurderingen',
  schema: activityScreening,
  store: (db) => db.screenings,
  linkTables: (db) => [db.activities],
  links: async (db, s) =>
    (await missingIds(db.activities, [s.id])).map((id) => ({ field: 'id', message: `Behandlingsaktiviteten med id «${id}» finnes ikke.` })),
}

export function getScreening(db: OmbudDb, activityId: string): Promise<ActivityScreening | undefined> {
  return db.screenings.get(activityId)
}

export function listScreenings(db: OmbudDb): Promise<ActivityScreening[]> {
  return db.screenings.toArray()
}

/** Stores the screening of an activity (a new one replaces the last), with the date and who screened it. */
export async function saveScreening(db: OmbudDb, activityId: string, screening: DpiaScreening, now: string = timestamp()): Promise<ActivityScreening> {
  const stored = await writeRecord(db, screeningSpec, activityId, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...screening, id: activityId, createdAt: now, updatedAt: now }, before, now),
    skipIfUnchanged: true,
  }))
  return stored!
}
