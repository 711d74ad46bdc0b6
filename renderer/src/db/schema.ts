/**
 * The IndexedDB schema (Dexie 4). Only keys and queried fields are indexed.
 * A shipped `version(n)` is never edited: a change is a new version whose upgrade is a
 * pure function in ./migrations with its own test.
 */
import { Dexie, type EntityTable } from 'dexie'
import type { ChangeEntry, Clause, DataSource, Organization, PolicyVersion, ProcessingActivity, Processor, Transfer } from '../../../shared/model'
import type { Attachment } from '../../../shared/model/attachment'
import type { Breach } from '../../../shared/model/breach'
import type { DataSubjectRequest } from '../../../shared/model/data-subject-request'
import type { Dpia } from '../../../shared/model/dpia'
import type { ActivityScreening } from '../../../shared/model/dpia-screening'
import {
  sourcesFromActivitiesV1,
  upgradeActivityV2,
  upgradeChangeV2,
  upgradeOrganizationV2,
  type ActivityV1,
  type OrganizationV1,
} from '../../../shared/model/migrations/002-record-model-v2'
import type { Routine } from '../../../shared/model/routine'
import { upgradeRecords, type DbVersion } from './migrations'
import { loadUserNameOnOpen } from './repo/user-name'

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
  screenings: EntityTable<ActivityScreening, 'id'>
  dpias: EntityTable<Dpia, 'id'>
  breaches: EntityTable<Breach, 'id'>
  requests: EntityTable<DataSubjectRequest, 'id'>
  routines: EntityTable<Routine, 'id'>
  attachments: EntityTable<Attachment, 'id'>
  attachmentBytes: EntityTable<AttachmentBytesRow, 'sha256'>
}

/**
 * The bytes of an attached file, apart from its metadata (the `attachments` table) so
 * that no read of the metadata loads them. Keyed by content hash: a file attached twice
 * is stored once.
 */
export interface AttachmentBytesRow {
  sha256: string
  data: Uint8Array
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
/**
 * Version 2 adds the registers of issue 10 as new tables; the tables of version 1 are
 * unchanged, so there is no upgrade.
 */
export const STORES_V2 = {
  ...STORES_V1,
  screenings: 'id',
  dpias: 'id, seriesId',
  breaches: 'id, discoveredAt',
  requests: 'id, receivedOn',
  routines: 'id, kind',
  attachments: 'id, sha256, owner.recordId',
  attachmentBytes: 'sha256',
} as const

/**
 * Version 3 is the record model of issue 9 (shared/model/migrations/002-record-model-v2.ts,
 * workbench file version 2): the shared list of sources is a new table; activities and
 * the organisation are upgraded by the same pure functions the file reader uses.
 */
export const STORES_V3 = { ...STORES_V2, sources: 'id' } as const

export const DB_VERSIONS: readonly DbVersion[] = [
  { version: 1, stores: STORES_V1 },
  { version: 2, stores: STORES_V2 },
  {
    version: 3,
    stores: STORES_V3,
    upgrade: async (tx) => {
      const activities = (await tx.table('activities').toArray()) as ActivityV1[]
      await tx.table('sources').bulkAdd(sourcesFromActivitiesV1(activities))
      await upgradeRecords(tx.table('activities'), upgradeActivityV2)
      await upgradeRecords(tx.table('organization'), (o: OrganizationV1 & { key: string }) => ({
        ...upgradeOrganizationV2(o),
        key: o.key,
      }))
      await upgradeRecords(tx.table('changes'), upgradeChangeV2)
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
  const db = declareVersions(name, DB_VERSIONS)
  loadUserNameOnOpen(db)
  return db
}
