/**
 * Whole tables kept in memory and current, for the screens that show every record at once
 * (the activity table with its 5 000 rows, the editor's suggestions and pickers). A table
 * is read once; after that every committed write, in this window or another, patches the
 * records it touched, read back by key. Reading 5 000 activities again after each save
 * (as a `useLiveQuery` over the whole table does) costs far more than the save itself, and
 * every screen that mounted its own query paid for it again.
 *
 * A snapshot stays alive a while after its last reader has gone, so going from the table to
 * an editor and back reads nothing. The arrays handed out are never changed: a change
 * makes a new array, with the same objects for the records that did not change, so
 * identity tells what changed.
 */
import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie'
import type { Clause, DataSource, ProcessingActivity, Processor, Transfer } from '../../../../shared/model'
import type { OmbudDb } from '../schema'

/** The tables a snapshot can be taken of, with their record types. */
export interface SnapshotTables {
  activities: ProcessingActivity
  processors: Processor
  transfers: Transfer
  sources: DataSource
  clauses: Clause
}
export type SnapshotTable = keyof SnapshotTables

/** How long a snapshot outlives its last reader. */
export const KEEP_ALIVE_MS = 5 * 60_000

/** A table's records; `undefined` until the first read has finished. */
export interface TableSnapshot<T> {
  readonly get: () => readonly T[] | undefined
  /** The error of the last read, if it failed. */
  readonly error: () => unknown
  /** Calls `listener` after every change; returns the unsubscribe function. */
  readonly subscribe: (listener: () => void) => () => void
}

/** What a commit touched in one table: some keys, or (a clear, a bulk write) everything. */
type Touched = ReadonlySet<string> | 'all'

function isNode(tree: IntervalTree): tree is Extract<IntervalTree, { from: unknown }> {
  return 'from' in tree
}

/**
 * The keys one part of Dexie's change notice names, or 'all' when it names a range (a
 * clear, or a bulk write of 50 records or more, which Dexie reports as the whole table).
 * The tree may arrive from another window as a plain object, so it is walked by hand.
 */
export function touchedKeys(tree: IntervalTree | undefined): Touched {
  const keys = new Set<string>()
  const walk = (node: IntervalTree | null | undefined): boolean => {
    if (!node || !isNode(node)) return true
    if (typeof node.from !== 'string' || node.from !== node.to) return false
    keys.add(node.from)
    return walk(node.l) && walk(node.r)
  }
  return walk(tree) ? keys : 'all'
}

class Snapshot<K extends SnapshotTable> implements TableSnapshot<SnapshotTables[K]> {
  private records: SnapshotTables[K][] | undefined = undefined
  private failure: unknown = undefined
  private readonly listeners = new Set<() => void>()
  private listening = false
  private pending: Set<string> | 'all' | null = null
  private queue: Promise<void> = Promise.resolve()
  private releaseTimer: ReturnType<typeof setTimeout> | null = null
  /** Counts releases: a read begun before one must not bring back what it forgot. */
  private generation = 0
  private readonly part: string

  constructor(
    private readonly db: OmbudDb,
    private readonly table: K,
  ) {
    this.part = `idb://${db.name}/${table}/`
  }

  get = () => this.records
  error = () => this.failure

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    if (this.releaseTimer !== null) clearTimeout(this.releaseTimer)
    this.releaseTimer = null
    this.start()
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0 && this.releaseTimer === null) {
        this.releaseTimer = setTimeout(() => this.release(), KEEP_ALIVE_MS)
      }
    }
  }

  private start() {
    if (this.listening) return
    this.listening = true
    Dexie.on.storagemutated.subscribe(this.onMutated)
    this.refresh('all')
  }

  /** Forgets the records and stops listening; the next reader reads the table again. */
  private release() {
    if (this.releaseTimer !== null) clearTimeout(this.releaseTimer)
    this.releaseTimer = null
    if (this.listeners.size > 0) return
    Dexie.on.storagemutated.unsubscribe(this.onMutated)
    this.generation++
    this.listening = false
    this.records = undefined
    this.failure = undefined
    this.pending = null
  }

  private readonly onMutated = (parts: ObservabilitySet) => {
    const pk = parts[this.part]
    const deleted = parts[`${this.part}:dels`]
    if (!pk && !deleted) return
    const a = touchedKeys(pk)
    const b = touchedKeys(deleted)
    if (a === 'all' || b === 'all') {
      // Nobody is reading: rather than read the whole table for no one, forget it.
      if (this.listeners.size === 0) this.release()
      else this.refresh('all')
      return
    }
    const keys = new Set([...a, ...b])
    if (keys.size > 0) this.refresh(keys)
  }

  /** Queues a read of `touched`; reads run one after the other, so a later one wins. */
  private refresh(touched: Touched) {
    if (this.pending === null) {
      this.pending = touched === 'all' ? 'all' : new Set(touched)
      this.queue = this.queue.then(() => this.read())
    } else if (this.pending !== 'all') {
      if (touched === 'all') this.pending = 'all'
      else for (const key of touched) this.pending.add(key)
    }
  }

  private async read() {
    const touched = this.pending
    this.pending = null
    if (touched === null || !this.listening) return
    const generation = this.generation
    const store = this.db.table<SnapshotTables[K], string>(this.table)
    let records = this.records
    let failure: unknown = undefined
    try {
      if (touched === 'all' || records === undefined) {
        records = await store.toArray()
      } else {
        const keys = [...touched]
        records = patched(records, keys, await store.bulkGet(keys))
      }
    } catch (error) {
      failure = error
    }
    if (generation !== this.generation) return
    // A patch applies to the records as they were when it began; none has replaced them since,
    // as reads run one at a time.
    this.records = records
    this.failure = failure
    for (const listener of [...this.listeners]) listener()
  }
}

/**
 * `records` with the records under `keys` replaced by `fresh` (same order; undefined
 * where a record is gone). Changed records keep their place, new ones go last.
 */
export function patched<T extends { id: string }>(
  records: readonly T[],
  keys: readonly string[],
  fresh: readonly (T | undefined)[],
): T[] {
  const next = new Map<string, T | undefined>()
  keys.forEach((key, i) => next.set(key, fresh[i]))
  const out: T[] = []
  for (const record of records) {
    if (!next.has(record.id)) {
      out.push(record)
      continue
    }
    const replacement = next.get(record.id)
    next.delete(record.id)
    if (replacement) out.push(replacement)
  }
  for (const record of next.values()) if (record) out.push(record)
  return out
}

const snapshots = new WeakMap<OmbudDb, Map<SnapshotTable, TableSnapshot<unknown>>>()

/** The snapshot of `table` in `db`: one per table and database, shared by every reader. */
export function tableSnapshot<K extends SnapshotTable>(
  db: OmbudDb,
  table: K,
): TableSnapshot<SnapshotTables[K]> {
  let tables = snapshots.get(db)
  if (!tables) {
    tables = new Map()
    snapshots.set(db, tables)
  }
  let snapshot = tables.get(table)
  if (!snapshot) {
    snapshot = new Snapshot(db, table)
    tables.set(table, snapshot)
  }
  return snapshot as TableSnapshot<SnapshotTables[K]>
}
