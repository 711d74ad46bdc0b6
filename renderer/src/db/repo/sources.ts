/**
 * The shared list of named sources (art. 14(2)(f)): validated writes with a change-log
 * entry each. Activities link sources from their data categories.
 */
import { dataSource, newId, type DataSource } from '../../../../shared/model'
import type { OmbudDb } from '../schema'
import { timestamp, writeRecord, type RecordSpec } from './write'

export const sourceSpec: RecordSpec<DataSource> = {
  table: 'sources',
  what: 'kilden',
  schema: dataSource,
  store: (db) => db.sources,
}

/** Creates the source (when its id is empty or unknown) or updates it, and returns its id. */
export async function saveSource(db: OmbudDb, input: DataSource, now: string = timestamp()): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, sourceSpec, id, now, (before) => ({
    action: before ? 'update' : 'create',
    after: { ...input, id },
    skipIfUnchanged: true,
  }))
  return id
}
