/**
 * The DPIA screening of one processing activity: which cases of art. 35(3), which entries
 * of Datatilsynet's list (art. 35(4)) and which WP248 criteria apply, when, and who
 * screened it. Only the answers are stored; whether a DPIA is required is computed from
 * them by shared/registers/screening.ts, so a change to the rule never leaves a stale
 * conclusion behind. The activity will carry it as `screening: dpiaScreening.nullable()`.
 */
import { z } from 'zod'
import { ART35_3_CASES, WP248_CRITERIA } from '../law/dpia-criteria'
import { DPIA_LIST_ITEMS } from '../law/dpia-list'
import { id, isoDate, isoDateTime, longText, requiredShort } from './common'

/** A set of codes: no duplicates, so a count of criteria is a count of different criteria. */
function codeSet<const T extends readonly [string, ...string[]]>(codes: T) {
  return z
    .array(z.enum(codes))
    .max(codes.length)
    .refine((list) => new Set(list).size === list.length, { error: 'har samme valg mer enn én gang' })
}

export const dpiaScreening = z.strictObject({
  art35Cases: codeSet(ART35_3_CASES),
  listItems: codeSet(DPIA_LIST_ITEMS),
  criteria: codeSet(WP248_CRITERIA),
  /** The reasoning, e.g. why one criterion alone does not make the risk high. */
  notes: longText,
  screenedOn: isoDate,
  /** Who screened: name and role, e.g. "Kari Nordmann, personvernombud". */
  screenedBy: requiredShort,
})
export type DpiaScreening = z.infer<typeof dpiaScreening>

/**
 * A screening as the store keeps it: one row per activity, keyed by the activity's id, so
 * the screening stays beside the record model without changing the activity's shape.
 */
export const activityScreening = dpiaScreening.extend({
  /** The id of the activity screened. */
  id,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type ActivityScreening = z.infer<typeof activityScreening>

/** Norwegian names of the fields, for messages that name the field. */
export const SCREENING_FIELD_LABELS: Record<string, string> = {
  art35Cases: 'tilfeller i art. 35 nr. 3',
  listItems: 'Datatilsynets liste',
  criteria: 'kriterier (WP248)',
  notes: 'vurdering',
  screenedOn: 'vurdert dato',
  screenedBy: 'vurdert av',
}
