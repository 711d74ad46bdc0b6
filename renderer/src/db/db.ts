import { createDb, type OmbudDb } from './schema'

let instance: OmbudDb | null = null

/** The app's database, opened once per page. */
export function getDb(): OmbudDb {
  instance ??= createDb()
  return instance
}
