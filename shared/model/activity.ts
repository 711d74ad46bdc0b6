import { z } from 'zod'
import { ART6_BASES, ART9_BASES } from '../law/legal-bases'
import { id, idList, isoDate, isoDateTime, longText, requiredShort, shortText, textList } from './common'

export const legalBasis = z.strictObject({
  basis: z.enum(ART6_BASES),
  /** The national law for 6(1)(c) and (e), e.g. "bokføringsloven § 13". */
  law: shortText,
  /** The legitimate interest pursued, for 6(1)(f). */
  interest: longText,
})
export type LegalBasis = z.infer<typeof legalBasis>

export const SOURCE_KINDS = ['data-subject', 'third-party', 'public-register', 'generated'] as const
export const dataSource = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  /** Who the data came from, e.g. "Elhub", "Folkeregisteret", "Experian". */
  name: shortText,
})
export type DataSource = z.infer<typeof dataSource>

export const REQUIREMENTS = ['statutory', 'contractual', 'statutory-and-contractual', 'voluntary'] as const

export const ACTIVITY_STATUSES = ['draft', 'active', 'archived'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]

export const ROLES = ['controller', 'processor'] as const

/** One processing activity of the record (GDPR art. 30(1), or 30(2) when `role` is processor). */
export const processingActivity = z.strictObject({
  id,
  name: requiredShort,
  description: longText,
  /** Internal owner: department or function. */
  owner: shortText,
  /** Functional area as in Datatilsynet's template, e.g. "Kundeservice". */
  area: shortText,
  systems: textList,
  role: z.enum(ROLES),
  /** For role "processor": the controller(s) the company processes on behalf of. */
  onBehalfOf: shortText,
  purposes: textList,
  legalBases: z.array(legalBasis).max(6),
  /** Special categories (art. 9) processed, e.g. "helseopplysninger". */
  specialCategories: textList,
  art9Bases: z.array(z.enum(ART9_BASES)).max(10),
  /** The national law or other detail behind the art. 9 basis. */
  art9Detail: shortText,
  /** Personal data about criminal convictions and offences (art. 10). */
  criminalData: z.boolean(),
  criminalDataBasis: shortText,
  dataSubjects: textList,
  /** The activity concerns people outside the company (customers, visitors, applicants…). */
  externalSubjects: z.boolean(),
  dataCategories: textList,
  sources: z.array(dataSource).max(50),
  /** Art. 13(2)(e): whether giving the data is required and what happens if it is not. */
  requirement: z.enum(REQUIREMENTS),
  requirementConsequence: longText,
  automatedDecisions: z.strictObject({
    used: z.boolean(),
    profiling: z.boolean(),
    logic: longText,
    consequences: longText,
  }),
  recipients: textList,
  processorIds: idList,
  jointController: shortText,
  transferIds: idList,
  retention: z.strictObject({
    /** E.g. "5 år etter utløpet av regnskapsåret". */
    period: shortText,
    /** The criteria or law behind the period, e.g. "bokføringsloven § 13". */
    basis: shortText,
  }),
  securityMeasures: textList,
  dpia: z.strictObject({
    needed: z.enum(['yes', 'no', 'unknown']),
    doneOn: isoDate.nullable(),
  }),
  status: z.enum(ACTIVITY_STATUSES),
  lastReviewed: isoDate.nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type ProcessingActivity = z.infer<typeof processingActivity>

/** A new, empty draft activity with every field present. */
export function emptyActivity(idValue: string, now: string): ProcessingActivity {
  return {
    id: idValue,
    name: 'Ny behandlingsaktivitet',
    description: '',
    owner: '',
    area: '',
    systems: [],
    role: 'controller',
    onBehalfOf: '',
    purposes: [],
    legalBases: [],
    specialCategories: [],
    art9Bases: [],
    art9Detail: '',
    criminalData: false,
    criminalDataBasis: '',
    dataSubjects: [],
    externalSubjects: false,
    dataCategories: [],
    sources: [],
    requirement: 'voluntary',
    requirementConsequence: '',
    automatedDecisions: { used: false, profiling: false, logic: '', consequences: '' },
    recipients: [],
    processorIds: [],
    jointController: '',
    transferIds: [],
    retention: { period: '', basis: '' },
    securityMeasures: [],
    dpia: { needed: 'unknown', doneOn: null },
    status: 'draft',
    lastReviewed: null,
    createdAt: now,
    updatedAt: now,
  }
}
