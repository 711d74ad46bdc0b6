/**
 * A request from a data subject (art. 15–22) in the request log. The log is kept to show
 * that requests are answered within the deadlines of art. 12(3), so it is minimal: it holds
 * a reference to where the case is filed, never the person's name, contact details or the
 * data given out. Deadlines are computed from it by shared/registers/deadlines.ts.
 */
import { z } from 'zod'
import { id, idList, isoDate, isoDateTime, longText, requiredShort } from './common'

export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw-consent',
] as const
export type RequestType = (typeof REQUEST_TYPES)[number]

/**
 * received → in-progress → answered; "rejected" is also an answer (art. 12(4): the person
 * is told why and of the right to complain), "withdrawn" when the person withdraws it.
 */
export const REQUEST_STATUSES = ['received', 'in-progress', 'answered', 'rejected', 'withdrawn'] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]

export const dataSubjectRequest = z.strictObject({
  id,
  /** Where the case is filed, e.g. "Sak 2026/41" — never the person's name. */
  reference: requiredShort,
  type: z.enum(REQUEST_TYPES),
  receivedOn: isoDate,
  /** Whether the person's identity has been verified (art. 12(2) and (6)). */
  identityVerified: z.boolean(),
  /** The activities the request concerns, where known. */
  activityIds: idList,
  /**
   * The extension of art. 12(3) by two further months: why it was needed and the date the
   * person was told, which must be within the first month.
   */
  extension: z.strictObject({ reason: longText, toldOn: isoDate }).nullable(),
  status: z.enum(REQUEST_STATUSES),
  /** The date the person was given the answer (or the refusal with reasons). */
  answeredOn: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type DataSubjectRequest = z.infer<typeof dataSubjectRequest>

/** Norwegian names of the fields, for messages that name the field. */
export const REQUEST_FIELD_LABELS: Record<string, string> = {
  reference: 'referanse',
  type: 'type krav',
  receivedOn: 'mottatt',
  identityVerified: 'identitet bekreftet',
  activityIds: 'behandlingsaktiviteter',
  extension: 'forlenget frist',
  reason: 'grunn til forlengelsen',
  toldOn: 'personen varslet om forlengelsen',
  status: 'status',
  answeredOn: 'besvart',
}
