/**
 * Whole tables read together, in one read transaction: a consistent picture in which the
 * links between records agree (an activity's transfer ids and the transfers, say). For
 * screens and exports that need several tables at once; a screen that shows one large
 * table and stays open uses the snapshots of ./table-snapshot instead.
 */
import type { Table } from 'dexie'
import type { ChangeEntry, Organization } from '../../../../shared/model'
import { ORGANIZATION_KEY, type OmbudDb } from '../schema'
import { withoutKey } from './organization'

/** The tables that hold records with an id, and their record types. */
type RowOf<T> = T extends Table<infer R, infer _Key, infer _Insert> ? R : never
export type RecordTables = {
  [K in keyof OmbudDb as [RowOf<OmbudDb[K]>] extends [never]
    ? never
    : RowOf<OmbudDb[K]> extends { id: string }
      ? K
      : never]: RowOf<OmbudDb[K]>
}
export type RecordTableName = Extract<keyof RecordTables, string>

/** What `readTables` gives for each name: every record, or the organisation (null before it is set up). */
export type TablesRead<K extends RecordTableName | 'organization'> = {
  [N in K]: N extends RecordTableName ? RecordTables[N][] : Organization | null
}

/** Every record of each table in `names` (and the organisation, if named), read in one transaction. */
export async function readTables<K extends RecordTableName | 'organization'>(
  db: OmbudDb,
  names: readonly K[],
): Promise<TablesRead<K>> {
  return db.transaction('r', names.map((n) => db.table(n)), () => readInTransaction(db, names))
}

async function readInTransaction<K extends RecordTableName | 'organization'>(
  db: OmbudDb,
  names: readonly K[],
): Promise<TablesRead<K>> {
  const values = await Promise.all(
    names.map(async (n): Promise<unknown> => {
      if (n !== 'organization') return db.table(n).toArray()
      const row = await db.organization.get(ORGANIZATION_KEY)
      return row ? withoutKey(row) : null
    }),
  )
  return Object.fromEntries(names.map((n, i) => [n, values[i]])) as TablesRead<K>
}

/**
 * What the privacy policy is made from, in one read transaction so that clause links and
 * activities agree: the organisation, activities, processors, transfers and clauses, the
 * policy versions newest first (none when `withVersions` is false: their snapshots can be
 * large), and the change-log entries of the organisation.
 */
export async function readPolicySources(
  db: OmbudDb,
  withVersions: boolean,
): Promise<
  TablesRead<'organization' | 'activities' | 'processors' | 'transfers' | 'clauses'> & {
    policyVersions: RecordTables['policyVersions'][]
    organizationChanges: ChangeEntry[]
  }
> {
  const names = ['organization', 'activities', 'processors', 'transfers', 'clauses'] as const
  return db.transaction(
    'r',
    [...names.map((n) => db.table(n)), db.policyVersions, db.changes],
    async () => {
      const [tables, policyVersions, organizationChanges] = await Promise.all([
        readInTransaction(db, names),
        withVersions ? db.policyVersions.orderBy('createdAt').reverse().toArray() : [],
        db.changes.where('[table+recordId]').equals(['organization', ORGANIZATION_KEY]).toArray(),
      ])
      return { ...tables, policyVersions, organizationChanges }
    },
  )
}
