/**
 * A personal data breach (brudd på personopplysningssikkerheten, "avvik") in the breach
 * log. GDPR art. 33(5) requires every breach to be documented, reported or not: the facts,
 * its effects and the remedial action, so that Datatilsynet can verify compliance.
 * Cross-field rules (a reason when reported after 72 hours, a reason when not reported …)
 * are in shared/registers/breach-rules.ts, so that a draft entry can be saved while the
 * facts are still coming in.
 */
import { z } from 'zod'
import { id, idList, isoDate, isoDateTime, longText, requiredShort, shortText, textList } from './common'

/** Which security property was broken (EDPB Guidelines 9/2022, para. 17, after WP250). */
export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const
export type BreachType = (typeof BREACH_TYPES)[number]

/**
 * The controller's assessment of the risk to the people concerned, which decides the
 * duties: none → document only; risk → notify Datatilsynet (art. 33); high → also tell the
 * people concerned (art. 34). Null while not yet assessed.
 */
export const BREACH_RISKS = ['unlikely', 'risk', 'high'] as const
export type BreachRisk = (typeof BREACH_RISKS)[number]

/** The decision on notifying Datatilsynet (art. 33). */
export const NOTIFICATION_DECISIONS = ['reported', 'not-required'] as const

/** Why the people concerned were not told (art. 34(1) and (3)). */
export const NOT_INFORMED_REASONS = ['not-high-risk', 'art34-3-a', 'art34-3-b', 'art34-3-c'] as const
export type NotInformedReason = (typeof NOT_INFORMED_REASONS)[number]

const approxCount = z.int().min(0).max(1_000_000_000).nullable()

export const breach = z.strictObject({
  id,
  title: requiredShort,
  /** What happened, in plain words (art. 33(3)(a), 33(5)). */
  description: longText,
  types: z.array(z.enum(BREACH_TYPES)).max(BREACH_TYPES.length),
  activityIds: idList,
  processorIds: idList,
  /** When it happened, where known. */
  occurredAt: isoDateTime.nullable(),
  /** When the company became aware of it: the 72-hour clock runs from here (art. 33(1)). */
  discoveredAt: isoDateTime,
  /** When it was stopped or contained; null while it is not. */
  containedAt: isoDateTime.nullable(),
  /** Categories of people concerned, e.g. "Privatkunder" (art. 33(3)(a)). */
  subjectCategories: textList,
  /** Approximate number of people concerned; null when not known yet. */
  subjectCount: approxCount,
  dataCategories: textList,
  /** Approximate number of records concerned; null when not known yet. */
  recordCount: approxCount,
  /** Likely consequences for the people concerned (art. 33(3)(c)). */
  consequences: longText,
  /** Measures taken to deal with the breach and mitigate its effects (art. 33(3)(d)). */
  measuresTaken: longText,
  /** Measures planned, so it does not happen again. */
  measuresPlanned: longText,
  risk: z.enum(BREACH_RISKS).nullable(),
  /** The assessment behind `risk`, e.g. why the breach is unlikely to result in a risk. */
  riskAssessment: longText,
  notification: z.strictObject({
    decision: z.enum(NOTIFICATION_DECISIONS).nullable(),
    /** When the notification was sent through Altinn. */
    reportedAt: isoDateTime.nullable(),
    /** Datatilsynet's case number or the Altinn reference. */
    reference: shortText,
    /** Required when reported after 72 hours (art. 33(1)). */
    delayReason: longText,
    /** Why it was not reported: the breach is unlikely to result in a risk (art. 33(1)). */
    notRequiredReason: longText,
  }),
  /** Telling the people concerned (art. 34). */
  subjects: z.strictObject({
    decision: z.enum(['informed', 'not-informed']).nullable(),
    informedOn: isoDate.nullable(),
    /** How they were told, e.g. "e-post til hver kunde". */
    how: shortText,
    notInformedReason: z.enum(NOT_INFORMED_REASONS).nullable(),
    /** The facts behind the reason, e.g. which measure made the data unintelligible. */
    reasonDetail: longText,
  }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type Breach = z.infer<typeof breach>

/** Norwegian names of the fields, for messages that name the field. */
export const BREACH_FIELD_LABELS: Record<string, string> = {
  title: 'tittel',
  description: 'hva som skjedde',
  types: 'type brudd',
  activityIds: 'behandlingsaktiviteter',
  processorIds: 'databehandlere',
  occurredAt: 'skjedde',
  discoveredAt: 'oppdaget',
  containedAt: 'stanset',
  subjectCategories: 'kategorier av berørte personer',
  subjectCount: 'omtrentlig antall personer',
  dataCategories: 'kategorier av personopplysninger',
  recordCount: 'omtrentlig antall registreringer',
  consequences: 'sannsynlige konsekvenser',
  measuresTaken: 'tiltak som er gjennomført',
  measuresPlanned: 'tiltak som er planlagt',
  risk: 'risiko for de berørte',
  riskAssessment: 'vurdering av risikoen',
  notification: 'melding til Datatilsynet',
  decision: 'beslutning',
  reportedAt: 'meldt',
  reference: 'referanse',
  delayReason: 'grunn til forsinkelsen',
  notRequiredReason: 'grunn til at bruddet ikke er meldt',
  subjects: 'varsling av de berørte',
  informedOn: 'varslet dato',
  how: 'hvordan de ble varslet',
  notInformedReason: 'grunn til at de ikke ble varslet',
  reasonDetail: 'begrunnelse',
}
