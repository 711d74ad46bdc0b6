/**
 * The migration track: how records and workbench files of an older format version
 * become the current one. See docs/architecture.md, "Migrations", for the procedure.
 *
 * Each upgrade is a pure function in its own file, `NNN-name.ts`, where NNN is the
 * version it produces. The same functions serve the Dexie upgrade
 * (renderer/src/db/schema.ts) and the workbench-file reader (../workbench.ts).
 */

import { upgradeWorkbenchV2 } from './002-record-model-v2'

/** A workbench document as read from JSON, before it is validated against the current schema. */
export type WorkbenchDoc = Readonly<Record<string, unknown>>

/** Upgrades a whole workbench document of version `to - 1` to version `to`, returning a new object. */
export interface WorkbenchMigration {
  /** The version this migration produces. */
  to: number
  upgrade: (doc: WorkbenchDoc) => Record<string, unknown>
}

/**
 * Every workbench migration, oldest first. `parseWorkbench` runs those whose `to` is
 * above the file's version, in order. Append, never edit one that has shipped.
 */
export const WORKBENCH_MIGRATIONS: readonly WorkbenchMigration[] = [{ to: 2, upgrade: upgradeWorkbenchV2 }]
