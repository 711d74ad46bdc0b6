import { z } from 'zod'
import { id, isoDateTime, shortText } from './common'

export const TABLES = ['organization', 'activities', 'processors', 'transfers', 'sources', 'clauses', 'policyVersions'] as const
export type TableName = (typeof TABLES)[number]

export const CHANGE_ACTIONS = ['create', 'update', 'archive', 'restore', 'delete', 'import'] as const

/** One entry of the change log: what changed, when, before and after. */
export const changeEntry = z.strictObject({
  /** Monotonic sequence number, assigned by the store. */
  seq: z.number().int().positive(),
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
