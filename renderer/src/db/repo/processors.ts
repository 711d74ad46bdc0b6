/**
 * Processors (databehandlere): validated writes with a change-log entry each. Processors
 * are archived and restored, never deleted, so activities and transfers that name them
 * keep a valid link.
 */
import { newId, processor, type Processor } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import {
  mustBeNew,
  requireExisting,
  stamped,
  timestamp,
  writeRecord,
  type RecordSpec,
} from './write'

export const processorSpec: RecordSpec<Processor> = {
  table: 'processors',
  what: 'databehandleren',
  schema: processor,
  store: (db) => db.processors,
}

export function getProcessor(db: OmbudDb, id: string): Promise<Processor | undefined> {
  return db.processors.get(id)
}

/** All processors, archived ones included, by id. */
export function listProcessors(db: OmbudDb): Promise<Processor[]> {
  return db.processors.toArray()
}

/** Stores a new processor and returns its id (a new one when `input.id` is empty). */
export async function createProcessor(
  db: OmbudDb,
  input: Processor,
  now: string = timestamp(),
): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, processorSpec, id, now, (before) => {
    mustBeNew(processorSpec, before)
    return { action: 'create', after: { ...input, id, createdAt: now, updatedAt: now } }
  })
  return id
}

/** Saves an edited processor (keeps `createdAt`, sets `updatedAt`). Saving it unchanged writes and logs nothing. */
export async function updateProcessor(
  db: OmbudDb,
  input: Processor,
  now: string = timestamp(),
): Promise<Processor> {
  const stored = await writeRecord(db, processorSpec, input.id, now, (before) => ({
    action: 'update',
    after: stamped(input, requireExisting(processorSpec, input.id, before), now),
    skipIfUnchanged: true,
  }))
  return stored!
}

/** Sets status "archived". Archiving an archived processor does nothing. */
export async function archiveProcessor(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  await writeRecord(db, processorSpec, id, now, (before) => {
    const current = requireExisting(processorSpec, id, before)
    if (current.status === 'archived') return null
    return { action: 'archive', after: { ...current, status: 'archived', updatedAt: now } }
  })
}

/** Sets an archived processor back to "active" (its only other status). */
export async function restoreProcessor(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  await writeRecord(db, processorSpec, id, now, (before) => {
    const current = requireExisting(processorSpec, id, before)
    if (current.status !== 'archived') return null
    return { action: 'restore', after: { ...current, status: 'active', updatedAt: now } }
  })
}
