/**
 * Small state of this machine's workbench (the activity table's layout …): the `settings`
 * table, which is not part of a workbench file and has no change log.
 */
import type { OmbudDb } from '../schema'

/** The stored value under `key`, or null when there is none. */
export async function readSetting(db: OmbudDb, key: string): Promise<unknown> {
  return (await db.settings.get(key))?.value ?? null
}

export async function writeSetting(db: OmbudDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value })
}
