import { z } from 'zod'
import { id, isoDateTime, shortText } from './common'

export const TABLES = [
  'organization',
  'activities',
  'processors',
  'transfers',
  'clauses',
  'policyVersions',
  'screenings',
  'dpias',
  'breaches',
  'requests',
  'routines',
  'attachments',
] as const
export type TableName = (typeof TABLES)[number]

/**
 * The largest change-log number Ombud keeps. A file may carry larger ones (up to 2^53 − 1,
 * the largest JSON counts exactly); the reader renumbers those (renumberChanges), so the
 * store's counter never nears the end of its range: past 2^53 the next number is one the
 * file format refuses, and IndexedDB's key generator fails every later write.
 */
export const MAX_SEQ = 2 ** 31 - 1

export const CHANGE_ACTIONS = ['create', 'update', 'archive', 'restore', 'delete', 'import'] as const

/** One entry of the change log: what changed, when, before and after. */
export const changeEntry = z.strictObject({
  /** Monotonic sequence number, assigned by the store. Any safe integer here; see MAX_SEQ. */
  seq: z.int().positive(),
  table: z.enum(TABLES),
  recordId: id,
  action: z.enum(CHANGE_ACTIONS),
  at: isoDateTime,
  /** The record before the change (null when created). */
  before: z.unknown().nullable(),
  /** The record after the change (null when deleted). */
  after: z.unknown().nullable(),
  /** Who made it: the OS user name where known, else "". */
  by: shortText,
})
export type ChangeEntry = z.infer<typeof changeEntry>

/**
 * The change log with every number above MAX_SEQ renumbered to follow the last one in
 * range, in the log's order; numbers in range (and their gaps) are kept. Returns the
 * input itself when nothing is out of range. Expects unique numbers (checkIntegrity).
 */
export function renumberChanges(changes: readonly ChangeEntry[]): ChangeEntry[] {
  if (changes.every((c) => c.seq <= MAX_SEQ)) return changes as ChangeEntry[]
  const sorted = [...changes].sort((a, b) => a.seq - b.seq)
  let next = 0
  return sorted.map((c) => {
    if (c.seq <= MAX_SEQ) {
      next = c.seq
      return c
    }
    next += 1
    return { ...c, seq: next }
  })
}
