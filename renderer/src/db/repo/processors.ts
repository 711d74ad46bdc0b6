/**
 * Processors (databehandlere): validated writes with a change-log entry each. Processors
 * are archived and restored, never deleted, so activities and transfers that name them
 * keep a valid link.
 */
import { processor, type Processor } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import {
  archiveRecord,
  createRecord,
  restoreRecord,
  timestamp,
  updateRecord,
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
export function createProcessor(
  db: OmbudDb,
  input: Processor,
  now: string = timestamp(),
): Promise<string> {
  return createRecord(db, processorSpec, input, now)
}

/** Saves an edited processor (keeps `createdAt`, sets `updatedAt`). Saving it unchanged writes and logs nothing. */
export function updateProcessor(
  db: OmbudDb,
  input: Processor,
  now: string = timestamp(),
): Promise<Processor> {
  return updateRecord(db, processorSpec, input, now)
}

/** Sets status "archived". Archiving an archived processor does nothing. */
export function archiveProcessor(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  return archiveRecord(db, processorSpec, id, now)
}

/** Sets an archived processor back to "active" (its only other status). */
export function restoreProcessor(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  return restoreRecord(db, processorSpec, id, now, () => 'active')
}
