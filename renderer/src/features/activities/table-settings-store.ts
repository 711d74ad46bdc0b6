/**
 * Where the activity table's layout is kept: the `settings` table of the database, which
 * belongs to this machine's workbench but is not part of a workbench file.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useDb } from '../../app/db-context'
import { readSetting, writeSetting } from '../../db/repo/settings'
import type { OmbudDb } from '../../db/schema'
import {
  parseTableSettings,
  serializeTableSettings,
  TABLE_SETTINGS_KEY,
  type TableSettings,
} from './table-settings'

export async function loadTableSettings(db: OmbudDb): Promise<TableSettings> {
  return parseTableSettings(await readSetting(db, TABLE_SETTINGS_KEY))
}

export async function saveTableSettings(db: OmbudDb, settings: TableSettings): Promise<void> {
  await writeSetting(db, TABLE_SETTINGS_KEY, serializeTableSettings(settings))
}

/** The stored layout (or the defaults); undefined while it is being read. */
export function useStoredTableSettings(): TableSettings | undefined {
  const db = useDb()
  return useLiveQuery(() => loadTableSettings(db), [db])
}
