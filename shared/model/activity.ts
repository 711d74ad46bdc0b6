import { z } from 'zod'
import { dataCategory, purpose, retentionRule, subjectGroup } from './activity-parts'
import { id, idList, isoDate, isoDateTime, localized, localizedName, longText, MAX_LIST, requiredShort, shortText, textList } from './common'

export const REQUIREMENTS = ['statutory', 'contractual', 'statutory-and-contractual', 'voluntary'] as const

export const ACTIVITY_STATUSES = ['draft', 'active', 'archived'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

export const ROLES = ['controller', 'processor'] as const

/** One processing activity of the record (GDPR art. 30(1), or 30(2) when `role` is processor). */
export const processingActivity = z.strictObject({
  id,
  name: requiredShort,
  /** The name in nynorsk, for documents in nynorsk ('' = not translated yet). */
  nameNn: shortText,
  description: longText,
  /** Internal owner: department or function. */
  owner: shortText,
  /** Functional area as in Datatilsynet's template, e.g. "Kundeservice". */
  area: shortText,
  systems: textList,
  role: z.enum(ROLES),
  /** For role "processor": the controller(s) the company processes on behalf of. */
  onBehalfOf: shortText,
  /** Each purpose with the basis that covers it; an activity may have several. */
  purposes: z.array(purpose).max(100),
  dataSubjects: z.array(subjectGroup).max(100),
  dataCategories: z.array(dataCategory).max(500),
  /** Art. 13(2)(e): whether giving the data is required and what happens if it is not. */
  requirement: z.enum(REQUIREMENTS),
  requirementConsequence: localized,
  automatedDecisions: z.strictObject({
    used: z.boolean(),
    profiling: z.boolean(),
    logic: localized,
    consequences: localized,
  }),
  recipients: z.array(localizedName).max(MAX_LIST),
  processorIds: idList,
  jointController: shortText,
  transferIds: idList,
  /** One period for the whole activity, or one per category or purpose where they differ. */
  retention: z.array(retentionRule).max(100),
  securityMeasures: textList,
  dpia: z.strictObject({
    needed: z.enum(['yes', 'no', 'unknown']),
    doneOn: isoDate.nullable(),
  }),
  status: z.enum(ACTIVITY_STATUSES),
  lastReviewed: isoDate.nullable(),
  /**
   * What the DPO must check before the record can be trusted ("må gjennomgås"), e.g. where
   * a migration could not tell which basis covers which purpose. Cleared by the DPO.
   */
  reviewNotes: z.array(longText).max(50),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type ProcessingActivity = z.infer<typeof processingActivity>

/** A new, empty draft activity with every field present. */
export function emptyActivity(idValue: string, now: string): ProcessingActivity {
  return {
    id: idValue,
    name: 'Ny behandlingsaktivitet',
    nameNn: '',
    description: '',
    owner: '',
    area: '',
    systems: [],
    role: 'controller',
    onBehalfOf: '',
    purposes: [],
    dataSubjects: [],
    dataCategories: [],
    requirement: 'voluntary',
    requirementConsequence: { nb: '', nn: '' },
    automatedDecisions: { used: false, profiling: false, logic: { nb: '', nn: '' }, consequences: { nb: '', nn: '' } },
    recipients: [],
    processorIds: [],
    jointController: '',
    transferIds: [],
    retention: [],
    securityMeasures: [],
    dpia: { needed: 'unknown', doneOn: null },
    status: 'draft',
    lastReviewed: null,
    reviewNotes: [],
    createdAt: now,
    updatedAt: now,
  }
}
