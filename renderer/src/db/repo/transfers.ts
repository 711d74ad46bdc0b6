/**
 * Transfers to third countries: validated writes with a change-log entry each. A
 * transfer may be deleted; the activities that list it lose the link in the same
 * transaction, and each of those edits is logged too.
 */
import { newId, transfer, type Transfer } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import {
  deleteRecord,
  logChange,
  missingIds,
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

/** Deletes the transfer and removes it from every activity's `transferIds`. */
export async function deleteTransfer(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  await deleteRecord(db, transferSpec, id, now, [db.activities], async () => {
    const linked = await db.activities.filter((a) => a.transferIds.includes(id)).toArray()
    for (const before of linked) {
      const after = {
        ...before,
        transferIds: before.transferIds.filter((t) => t !== id),
        updatedAt: now,
      }
      await db.activities.put(after)
      await logChange(db, {
        table: 'activities',
        recordId: before.id,
        action: 'update',
        at: now,
        before,
        after,
      })
    }
  })
}
