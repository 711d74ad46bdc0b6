import { z } from 'zod'
import { id, idList, isoDate, isoDateTime, localized, requiredShort } from './common'
import { policyDoc } from './policy-doc'

export const CLAUSE_ORIGINS = ['standard', 'custom', 'imported'] as const

/** A clause of the privacy policy: a standard text, a custom one or one imported from an old policy. */
export const clause = z.strictObject({
  id,
  /** Section key. For standard clauses, the key of the standard text (e.g. "purposes"). */
  section: requiredShort,
  title: localized,
  body: localized,
  origin: z.enum(CLAUSE_ORIGINS),
  /** Order of the section in the policy, ascending. */
  order: z.number().int().min(0).max(1_000_000),
  /** Hidden sections are left out of the policy (only where the law allows it). */
  hidden: z.boolean(),
  /** The DPO has edited the text of a standard clause by hand. */
  edited: z.boolean(),
  /** Activities linked by hand (custom/imported clauses) or pinned to a standard clause. */
  linkedActivityIds: idList,
  lastReviewed: isoDateTime.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type Clause = z.infer<typeof clause>

/** A saved draft or published version of the policy: a snapshot with its content hash. */
export const policyVersion = z.strictObject({
  id,
  lang: z.enum(['nb', 'nn']),
  status: z.enum(['draft', 'published']),
  createdAt: isoDateTime,
  publishedOn: isoDate.nullable(),
  /** SHA-256 of the canonical JSON of `doc`, hex. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  note: z.string().max(2_000),
  doc: policyDoc,
})
export type PolicyVersion = z.infer<typeof policyVersion>
