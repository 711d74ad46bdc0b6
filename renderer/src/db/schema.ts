/**
 * The IndexedDB schema (Dexie 4). Only keys and queried fields are indexed.
 * A shipped `version(n)` is never edited: a change is a new version whose upgrade is a
 * pure function in ./migrations with its own test.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { ChangeEntry, Clause, DataSource, Organization, PolicyVersion, ProcessingActivity, Processor, Transfer } from '../../../shared/model'
import {
  sourcesFromActivitiesV1,
  upgradeActivityV2,
  upgradeOrganizationV2,
  type ActivityV1,
  type OrganizationV1,
} from '../../../shared/model/migrations/002-record-model-v2'
import { upgradeRecords, type DbVersion } from './migrations'

/** The organisation is a single row under this key. */
export const ORGANIZATION_KEY = 'organization'
export interface OrganizationRow extends Organization {
  key: typeof ORGANIZATION_KEY
}

/** Small app state that belongs with the workbench (e.g. the DPO's table layout). */
export interface SettingRow {
  key: string
  value: unknown
}

export type OmbudDb = Dexie & {
  organization: EntityTable<OrganizationRow, 'key'>
  activities: EntityTable<ProcessingActivity, 'id'>
  processors: EntityTable<Processor, 'id'>
  transfers: EntityTable<Transfer, 'id'>
  sources: EntityTable<DataSource, 'id'>
  clauses: EntityTable<Clause, 'id'>
  policyVersions: EntityTable<PolicyVersion, 'id'>
  changes: EntityTable<ChangeEntry, 'seq'>
  settings: EntityTable<SettingRow, 'key'>
}

export const DB_NAME = 'ombud'

/** Version 1 stores. Never edit; add version 2 below with an upgrade from ./migrations. */
export const STORES_V1 = {
  organization: 'key',
  activities: 'id, status, updatedAt',
  processors: 'id, status',
  transfers: 'id, processorId',
  clauses: 'id, section, order',
  policyVersions: 'id, createdAt, status',
  changes: '++seq, [table+recordId], at',
  settings: 'key',
} as const

/**
 * Every version the database has had, oldest first. Append, never edit: see
 * ./migrations/index.ts for how to add a version with its upgrade and test.
 */
export const DB_VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: STORES_V1 },
  {
    // The record model of issue 9 (shared/model/migrations/002-record-model-v2.ts): the
    // shared list of sources is a new table; activities and the organisation are upgraded.
    version: 2,
    stores: { ...STORES_V1, sources: 'id' },
    upgrade: async (tx) => {
      const activities = (await tx.table('activities').toArray()) as ActivityV1[]
      await tx.table('sources').bulkAdd(sourcesFromActivitiesV1(activities))
      await upgradeRecords(tx.table('activities'), upgradeActivityV2)
      await upgradeRecords(tx.table('organization'), (o: OrganizationV1 & { key: string }) => ({
        ...upgradeOrganizationV2(o),
        key: o.key,
      }))
    },
  },
]

/** Declares `versions` on a new Dexie instance (used by createDb and by the migration tests). */
export function declareVersions(name: string, versions: readonly DbVersion[]): OmbudDb {
  const db = new Dexie(name) as OmbudDb
  for (const v of versions) {
    const declared = db.version(v.version).stores({ ...v.stores })
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  return db
}

/** Opens (without connecting yet) the Ombud database under `name`. Tests pass their own name. */
export function createDb(name: string = DB_NAME): OmbudDb {
  return declareVersions(name, DB_VERSIONS)
}
