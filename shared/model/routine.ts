/**
 * A routine of the organisation (rutine), part of the internal control Datatilsynet asks
 * for (art. 24). Each routine is either written in Ombud, in bokmål and nynorsk (starting
 * from a standard text in shared/registers/routine-texts.ts), or an attached document.
 * The readiness checks use the last-reviewed date.
 */
import { z } from 'zod'
import { id, isoDate, isoDateTime, localized, requiredShort, shortText } from './common'

export const ROUTINE_KINDS = ['requests', 'deletion', 'breaches', 'internal-control', 'dpo-role'] as const
export type RoutineKind = (typeof ROUTINE_KINDS)[number]

export const routine = z.strictObject({
  id,
  kind: z.enum(ROUTINE_KINDS),
  title: requiredShort,
  content: z.discriminatedUnion('form', [
    z.strictObject({ form: z.literal('text'), text: localized }),
    z.strictObject({ form: z.literal('attachment'), attachmentId: id }),
  ]),
  /** Who owns the routine, e.g. "Personvernombudet" or "IT-sjefen". */
  owner: shortText,
  lastReviewed: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type Routine = z.infer<typeof routine>

/** Norwegian names of the fields, for messages that name the field. */
export const ROUTINE_FIELD_LABELS: Record<string, string> = {
  kind: 'type rutine',
  title: 'tittel',
  content: 'innhold',
  form: 'form',
  text: 'tekst',
  attachmentId: 'vedlegg',
  owner: 'ansvarlig',
  lastReviewed: 'sist gjennomgått',
}
