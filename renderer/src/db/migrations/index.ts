/**
 * Schema versions of the IndexedDB database and how records move from one to the next.
 * The whole track (database and workbench file) is described in docs/architecture.md,
 * "Migrations"; the pure upgrade functions live in shared/model/migrations.
 *
 * How to change the database (read before touching ../schema.ts)
 * -------------------------------------------------------------
 * A version that has shipped is never edited: users have databases created by it.
 * A change (a new index, a renamed or restructured field) is a new version:
 *
 * 1. Write the upgrade of one record as a pure function in its own file,
 *    `shared/model/migrations/NNN-short-name.ts` (e.g. `002-record-model-v2.ts`):
 *
 *      export function upgradeActivityV2(old: ActivityV1): ProcessingActivity { … }
 *
 *    It takes a record of the old shape and returns a new object. It must not mutate
 *    its input, read the clock, or touch Dexie: that keeps it testable without a
 *    database and reusable by the workbench-file migrations in shared/model.
 *    Declare the old shape as a local type in that file (a frozen copy of the v1 type),
 *    since the current type in shared/model will move on.
 *
 * 2. Append the version to DB_VERSIONS in ../schema.ts, with the full `stores` of the
 *    new version and an `upgrade` that applies the pure function with `upgradeRecords`:
 *
 *      { version: 2, stores: STORES_V2,
 *        upgrade: (tx) => upgradeRecords(tx.table('activities'), upgradeActivityV2) }
 *
 * 3. Test it in `NNN-short-name.test.ts` with the helpers of ./harness.ts (or, in shared/,
 *    shared/model/migrations/harness.ts):
 *    - `runPureUpgrade(upgradeActivityV2, recordsOfTheOldShape)` feeds it hand-written
 *      records of the old shape, fails if the input is mutated, and returns the output
 *      to assert on (also validate it with the current zod schema);
 *    - `openDbAt(name, 1)` then write old-shape records, close, `openDbAt(name, 2)`,
 *      and read them back upgraded: the real Dexie path a user's database takes.
 *
 * 4. If the record shape in the workbench file changes too, bump WORKBENCH_VERSION in
 *    shared/model/workbench.ts and append the whole-file upgrade to WORKBENCH_MIGRATIONS in
 *    shared/model/migrations/index.ts, with
 *    a fixture `tests/fixtures/workbench-v{old}.ombud.json` that must keep importing.
 */
import type { Table, Transaction } from 'dexie'

/** One `db.version(n)` declaration. */
export interface DbVersion {
  version: number
  /** The complete stores of this version (Dexie carries unchanged ones over, but being explicit is clearer). */
  stores: Readonly<Record<string, string | null>>
  /** Moves records of the previous version to this one; runs once, inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void
}

/**
 * Replaces every record of `table` by `upgrade(record)`. Dexie hands `modify` a copy
 * read from the store, and the pure function returns a new object, so the old record is
 * only ever replaced, never edited in place.
 */
export function upgradeRecords<Old, New>(
  table: Table,
  upgrade: (record: Old) => New,
): PromiseLike<number> {
  return table.toCollection().modify((record: Old, ref: { value: unknown }) => {
    ref.value = upgrade(record)
  })
}
