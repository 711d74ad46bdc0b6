/**
 * Transfers to third countries: validated writes with a change-log entry each. Like
 * activities and processors, transfers are archived and restored, never deleted, so the
 * activities that list one keep a valid link and the history stays whole.
 */
import { newId, transfer, type ProcessingActivity, type Transfer } from '../../../../shared/model'
import { updateActivity } from './activities'
import type { OmbudDb } from '../schema'
import {
  archiveRecord,
  missingIds,
  restoreRecord,
  stamped,
  timestamp,
  writeRecord,
  type RecordSpec,
} from './write'

export const transferSpec: RecordSpec<Transfer> = {
  table: 'transfers',
  what: 'overføringen',
  schema: transfer,
  store: (db) => db.transfers,
  linkTables: (db) => [db.processors],
  links: async (db, t) =>
    t.processorId === null
      ? []
      : (await missingIds(db.processors, [t.processorId])).map((id) => ({
          field: 'processorId',
          message: `Databehandleren med id «${id}» finnes ikke.`,
        })),
}

export function getTransfer(db: OmbudDb, id: string): Promise<Transfer | undefined> {
  return db.transfers.get(id)
}

export function listTransfers(db: OmbudDb): Promise<Transfer[]> {
  return db.transfers.toArray()
}

/**
 * Creates the transfer (when its id is empty or unknown) or updates it, and returns its
 * id. `createdAt` is kept from the stored record; `updatedAt` is set to `now`.
 */
export async function saveTransfer(
  db: OmbudDb,
  input: Transfer,
  now: string = timestamp(),
): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, transferSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: stamped({ ...input, id }, before, now),
    skipIfUnchanged: true,
  }))
  return id
}

/**
 * Sets status "archived": the transfer no longer takes place. The activities keep their
 * link (shown as archived), so the record's history stays whole. Archiving an archived
 * transfer does nothing.
 */
export function archiveTransfer(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  return archiveRecord(db, transferSpec, id, now)
}

/** Sets an archived transfer back to "active". */
export function restoreTransfer(db: OmbudDb, id: string, now: string = timestamp()): Promise<void> {
  return restoreRecord(db, transferSpec, id, now, () => 'active')
}

/**
 * The activities whose `transferIds` must change so that exactly `linkedIds` link to
 * transfer `transferId`: each with its new list, other links and their order kept.
 */
export function linkUpdates(
  activities: readonly ProcessingActivity[],
  transferId: string,
  linkedIds: ReadonlySet<string>,
): ProcessingActivity[] {
  const updates: ProcessingActivity[] = []
  for (const a of activities) {
    const has = a.transferIds.includes(transferId)
    const wants = linkedIds.has(a.id)
    if (has && !wants) updates.push({ ...a, transferIds: a.transferIds.filter((id) => id !== transferId) })
    else if (!has && wants) updates.push({ ...a, transferIds: [...a.transferIds, transferId] })
  }
  return updates
}

/**
 * Saves the transfer and sets which activities list it, as one change: the transfer and
 * every activity whose links change are stored, or none of them. Returns the transfer's id.
 */
export async function saveTransferWithLinks(
  db: OmbudDb,
  input: Transfer,
  linkedActivityIds: ReadonlySet<string>,
  now: string = timestamp(),
): Promise<string> {
  return db.transaction('rw', [db.transfers, db.activities, db.processors, db.changes], async () => {
    const id = await saveTransfer(db, input, now)
    for (const activity of linkUpdates(await db.activities.toArray(), id, linkedActivityIds)) {
      await updateActivity(db, activity, now)
    }
    return id
  })
}
