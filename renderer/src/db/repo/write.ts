/**
 * What every repository write shares: validate with the zod schema of shared/model,
 * write, and append the change-log entry in the same read-write transaction, so the log
 * never claims a change that did not happen or misses one that did. A validation error
 * or a broken link throws inside the transaction, which Dexie then aborts: nothing of
 * the write remains.
 */
import type { InsertType, Table } from 'dexie'
import type { z } from 'zod'
import { newId, type ChangeEntry, type TableName } from '../../../../shared/model'
import { deepEqual } from '../../../../shared/model/record-diff'
import type { OmbudDb } from '../schema'
import { changeAuthor } from './user-name'
import { RecordNotFoundError, validate, ValidationError, type FieldIssue } from './validation'

export type ChangeAction = ChangeEntry['action']

/** The current moment as stored in records and the log. Every write takes an optional `now` for tests. */
export function timestamp(): string {
  return new Date().toISOString()
}

/**
 * Appends one entry to the change log, recorded with the user's name (user-name.ts).
 * Call it inside the transaction of the write it records.
 */
export async function logChange(
  db: OmbudDb,
  entry: {
    table: TableName
    recordId: string
    action: ChangeAction
    at: string
    before: unknown
    after: unknown
  },
): Promise<void> {
  await db.changes.add({ ...entry, by: changeAuthor(db) })
}

/** The ids among `ids` that are not keys of `table`. */
export async function missingIds(table: Table, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await table.bulkGet(unique)
  return unique.filter((_, i) => found[i] === undefined)
}

/** How a repository stores one kind of record with an `id`. */
export interface RecordSpec<T extends { id: string }> {
  table: Exclude<TableName, 'organization'>
  /** The record in Norwegian definite form, for messages: "behandlingsaktiviteten". */
  what: string
  schema: z.ZodType<T>
  store: (db: OmbudDb) => Table<T, string, InsertType<T, 'id'>>
  /** Tables read by `links`, locked in the same transaction. */
  linkTables?: (db: OmbudDb) => Table[]
  /** Problems with the record's links to other records (ids that do not exist). */
  links?: (db: OmbudDb, record: T) => Promise<FieldIssue[]>
}

/**
 * What a write does to the stored record: the new version and how to log it, or null
 * for "nothing to do". With `skipIfUnchanged`, a validated record equal to the stored
 * one (ignoring `updatedAt`) is not written, so saving an untouched form leaves no
 * empty entry in the history.
 */
export type Change = { action: ChangeAction; after: unknown; skipIfUnchanged?: boolean } | null

/**
 * Reads the record `id`, lets `change` decide the new version, validates it, checks its
 * links, writes it and logs it: all in one transaction. Returns the stored record
 * (unchanged when `change` returns null).
 */
export async function writeRecord<T extends { id: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  id: string,
  at: string,
  change: (before: T | undefined) => Change | Promise<Change>,
): Promise<T | undefined> {
  const store = spec.store(db)
  return db.transaction('rw', [store, db.changes, ...(spec.linkTables?.(db) ?? [])], async () => {
    const before = await store.get(id)
    const next = await change(before)
    if (next === null) return before
    const after = validate(spec.schema, next.after, spec.what)
    if (after.id !== id)
      throw new ValidationError(spec.what, [{ field: 'id', message: 'Id kan ikke endres.' }])
    if (next.skipIfUnchanged && before !== undefined && sameIgnoringUpdatedAt(before, after))
      return before
    const problems = spec.links ? await spec.links(db, after) : []
    if (problems.length > 0) throw new ValidationError(spec.what, problems)
    await store.put(after)
    await logChange(db, {
      table: spec.table,
      recordId: id,
      action: next.action,
      at,
      before: before ?? null,
      after,
    })
    return after
  })
}

/** `change` for an update of a record that must exist. */
export function requireExisting<T extends { id: string }>(
  spec: RecordSpec<T>,
  id: string,
  before: T | undefined,
): T {
  if (before === undefined) throw new RecordNotFoundError(spec.what, id)
  return before
}

/** Deletes the record `id` and logs it; `alsoDo` runs first in the same transaction (e.g. to remove links to it). */
export async function deleteRecord<T extends { id: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  id: string,
  at: string,
  alsoTables: Table[] = [],
  alsoDo?: () => Promise<void>,
): Promise<void> {
  const store = spec.store(db)
  await db.transaction('rw', [store, db.changes, ...alsoTables], async () => {
    const before = await store.get(id)
    if (before === undefined) throw new RecordNotFoundError(spec.what, id)
    if (alsoDo) await alsoDo()
    await store.delete(id)
    await logChange(db, {
      table: spec.table,
      recordId: id,
      action: 'delete',
      at,
      before,
      after: null,
    })
  })
}

/** For create: fails if the id is taken, so a create never silently overwrites. */
export function mustBeNew<T extends { id: string }>(
  spec: RecordSpec<T>,
  before: T | undefined,
): void {
  if (before !== undefined) {
    throw new ValidationError(spec.what, [
      { field: 'id', message: `Det finnes allerede en post med id «${before.id}».` },
    ])
  }
}

/** Keeps `createdAt` of the stored record and stamps `updatedAt`, whatever the caller sent. */
export function stamped<T extends { createdAt: string }>(
  input: T,
  before: { createdAt: string } | undefined,
  at: string,
): T & { updatedAt: string } {
  return { ...input, createdAt: before?.createdAt ?? at, updatedAt: at }
}

/** True when two versions of a record differ at most in `updatedAt`. */
export function sameIgnoringUpdatedAt(a: object, b: object): boolean {
  const { updatedAt: _a, ...restA } = a as Record<string, unknown>
  const { updatedAt: _b, ...restB } = b as Record<string, unknown>
  return deepEqual(restA, restB)
}

/**
 * Stores a new record and returns its id. An empty `input.id` gets a new one (`newId`);
 * an id that is taken is refused. `createdAt` and `updatedAt` are set to `now`.
 */
export async function createRecord<T extends { id: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  input: T,
  now: string,
): Promise<string> {
  const id = input.id === '' ? newId() : input.id
  await writeRecord(db, spec, id, now, (before) => {
    mustBeNew(spec, before)
    return { action: 'create', after: { ...input, id, createdAt: now, updatedAt: now } }
  })
  return id
}

/** Saves an edited record (keeps `createdAt`, sets `updatedAt`). Saving it unchanged writes and logs nothing. */
export async function updateRecord<T extends { id: string; createdAt: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  input: T,
  now: string,
): Promise<T> {
  const stored = await writeRecord(db, spec, input.id, now, (before) => ({
    action: 'update',
    after: stamped(input, requireExisting(spec, input.id, before), now),
    skipIfUnchanged: true,
  }))
  return stored!
}

/** Sets status "archived". Archiving an archived record does nothing. */
export async function archiveRecord<T extends { id: string; status?: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  id: string,
  now: string,
): Promise<void> {
  await writeRecord(db, spec, id, now, (before) => {
    const current = requireExisting(spec, id, before)
    if (current.status === 'archived') return null
    return { action: 'archive', after: { ...current, status: 'archived', updatedAt: now } }
  })
}

/**
 * Gives an archived record back the status `restoredStatus` picks (read inside the
 * write's transaction). Restoring one that is not archived does nothing.
 */
export async function restoreRecord<T extends { id: string; status?: string }>(
  db: OmbudDb,
  spec: RecordSpec<T>,
  id: string,
  now: string,
  restoredStatus: () => T['status'] | Promise<T['status']>,
): Promise<void> {
  await writeRecord(db, spec, id, now, async (before) => {
    const current = requireExisting(spec, id, before)
    if (current.status !== 'archived') return null
    return {
      action: 'restore',
      after: { ...current, status: await restoredStatus(), updatedAt: now },
    }
  })
}
