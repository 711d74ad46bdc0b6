/**
 * The one way a screen reads a whole table: `useTable(name)` gives every record of the
 * table, current, from the shared snapshot of ./repo/table-snapshot.ts (read once, then
 * patched by key after each committed write). A screen never runs its own live query
 * over a whole table: with 5,000 activities, reading them all again after every save
 * costs more than the save.
 */
import { useSyncExternalStore } from 'react'
import { useDb } from '../app/db-context'
import { tableSnapshot, type SnapshotTable, type SnapshotTables } from './repo/table-snapshot'

/** Every record of `table`, current; undefined until the first read. */
export function useTable<K extends SnapshotTable>(table: K): readonly SnapshotTables[K][] | undefined {
  const snapshot = tableSnapshot(useDb(), table)
  const records = useSyncExternalStore(snapshot.subscribe, snapshot.get)
  const error = snapshot.error()
  // Nothing to show and the read failed: let the error boundary say so.
  if (records === undefined && error !== undefined) {
    throw error instanceof Error ? error : new Error('Kunne ikke lese databasen', { cause: error })
  }
  return records
}
