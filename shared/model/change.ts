import { z } from 'zod'
import { processingActivity } from './activity'
import { clause, policyVersion } from './clause'
import { id, isoDateTime, shortText } from './common'
import { organization } from './organization'
import { processor } from './processor'
import { transfer } from './transfer'
import { dataSource } from './source'
import { activityScreening } from './dpia-screening'
import { dpia } from './dpia'
import { breach } from './breach'
import { dataSubjectRequest } from './data-subject-request'
import { routine } from './routine'
import { attachment } from './attachment'

export const TABLES = [
  'organization',
  'activities',
  'processors',
  'transfers',
  'sources',
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

/** `open`: a workbench file was opened and its log replaced the one before (see `openedWorkbench`). */
export const CHANGE_ACTIONS = ['create', 'update', 'archive', 'restore', 'delete', 'import', 'open'] as const

/** The `after` of an `open` entry: the file opened, and how many entries the replaced log had. */
export const openedWorkbench = z.strictObject({
  file: shortText,
  replacedEntries: z.int().min(0),
})
export type OpenedWorkbench = z.infer<typeof openedWorkbench>

/** The schema of the records of each table: what a change's before and after must be. */
const RECORD_SCHEMAS: Record<TableName, z.ZodType> = {
  organization,
  activities: processingActivity,
  processors: processor,
  transfers: transfer,
  sources: dataSource,
  clauses: clause,
  policyVersions: policyVersion,
  screenings: activityScreening,
  dpias: dpia,
  breaches: breach,
  requests: dataSubjectRequest,
  routines: routine,
  attachments: attachment,
}

/** Which of before and after an action has: a creation has no before, a deletion no after. */
const SIDES: Record<(typeof CHANGE_ACTIONS)[number], { before: boolean | null; after: boolean }> = {
  create: { before: false, after: true },
  update: { before: true, after: true },
  archive: { before: true, after: true },
  restore: { before: true, after: true },
  delete: { before: true, after: false },
  // An imported record may be new or replace one.
  import: { before: null, after: true },
  open: { before: false, after: true },
}

/**
 * One entry of the change log: what changed, when, before and after. Before and after are
 * whole records of the entry's table (checked with that table's schema, and with the
 * entry's record id), so the history and the CSV never show something that was never a record.
 */
export const changeEntry = z
  .strictObject({
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
    /** Who made it: the name the user gave in Ombud (Virksomheten › Navnet ditt), else "". */
    by: shortText,
  })
  .superRefine((entry, ctx) => {
    const sides = SIDES[entry.action]
    for (const side of ['before', 'after'] as const) {
      const value = entry[side]
      const wanted = sides[side]
      if (value === null) {
        if (wanted === true) ctx.addIssue({ code: 'custom', path: [side], message: 'mangler' })
        continue
      }
      if (wanted === false) {
        ctx.addIssue({ code: 'custom', path: [side], message: 'skal være tom for denne handlingen' })
        continue
      }
      const schema = entry.action === 'open' ? openedWorkbench : RECORD_SCHEMAS[entry.table]
      const result = schema.safeParse(value, { reportInput: true })
      if (!result.success) {
        for (const issue of result.error.issues.slice(0, 5)) {
          ctx.addIssue({ ...issue, path: [side, ...issue.path] })
        }
        continue
      }
      const recordId = (value as { id?: unknown }).id
      if (entry.table !== 'organization' && recordId !== entry.recordId) {
        ctx.addIssue({ code: 'custom', path: [side, 'id'], message: 'er ikke postens id' })
      }
    }
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
