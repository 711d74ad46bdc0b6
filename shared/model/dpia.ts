/**
 * A data protection impact assessment (vurdering av personvernkonsekvenser, DPIA; GDPR
 * art. 35) of one activity or several, following CNIL's PIA method: a systematic
 * description, necessity and proportionality, the three risks to the people concerned, and
 * the validation (the DPO's advice, the views of the people concerned, the decision and
 * the sign-off).
 *
 * One record is one version. A signed-off version is frozen; a revision is a new record
 * with the same `seriesId` and the next `version` (shared/registers/dpia-versions.ts has
 * the rules). Texts that reach the DPIA document are stored in bokmål and nynorsk.
 */
import { z } from 'zod'
import { NECESSITY_POINTS, RISK_KINDS, SCALE_STEPS } from '../law/dpia-method'
import { id, idList, isoDate, isoDateTime, localized, requiredShort, shortText } from './common'

/** A step on the four-step scale, or null while not yet assessed. */
const step = z.union(SCALE_STEPS.map((s) => z.literal(s)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>, z.ZodLiteral<4>]).nullable()

const localizedList = z.array(localized).max(200)

export const MEASURE_STATUSES = ['in-place', 'planned'] as const

export const riskMeasure = z.strictObject({
  text: localized,
  status: z.enum(MEASURE_STATUSES),
  /** When a planned measure is to be in place. */
  due: isoDate.nullable(),
  /** Who is responsible for it. */
  owner: shortText,
})
export type RiskMeasure = z.infer<typeof riskMeasure>

export const dpiaRisk = z.strictObject({
  /** Where the risk comes from: people or things, inside or outside, e.g. "ansatte uten tjenstlig behov". */
  sources: localizedList,
  /** How it could happen, e.g. "innlogging med stjålet passord". */
  threats: localizedList,
  /** What it would mean for the people concerned, e.g. "avslører når noen er hjemme". */
  impacts: localizedList,
  /** Before the measures below. */
  likelihood: step,
  severity: step,
  measures: z.array(riskMeasure).max(200),
  /** After the measures: the residual risk. */
  residual: z.strictObject({ likelihood: step, severity: step }),
})
export type DpiaRisk = z.infer<typeof dpiaRisk>

export const DPIA_STATUSES = ['draft', 'signed-off'] as const
export type DpiaStatus = (typeof DPIA_STATUSES)[number]

/** The controller's decision at sign-off (art. 35(7)(d), art. 36(1)). */
export const DPIA_DECISIONS = ['proceed', 'proceed-with-measures', 'prior-consultation', 'do-not-proceed'] as const
export type DpiaDecision = (typeof DPIA_DECISIONS)[number]

export const dpia = z.strictObject({
  id,
  /** The DPIA across its versions: every version of one DPIA has the same series id. */
  seriesId: id,
  version: z.int().min(1).max(10_000),
  /** The version this one revises; null for the first. */
  revisionOf: id.nullable(),
  status: z.enum(DPIA_STATUSES),
  title: requiredShort,
  /** The activities assessed: one, or several similar ones (art. 35(1), last sentence). */
  activityIds: idList.min(1),
  /** Art. 35(7)(a): the nature, scope, context and purposes of the processing. */
  description: z.strictObject({
    nature: localized,
    scope: localized,
    context: localized,
    purposes: localized,
  }),
  /** Art. 35(7)(b): necessity and proportionality, point by point. */
  necessity: z.strictObject(
    Object.fromEntries(NECESSITY_POINTS.map((p) => [p, localized])) as Record<(typeof NECESSITY_POINTS)[number], typeof localized>,
  ),
  /** Art. 35(7)(c) and (d): the risks and the measures. */
  risks: z.strictObject(
    Object.fromEntries(RISK_KINDS.map((k) => [k, dpiaRisk])) as Record<(typeof RISK_KINDS)[number], typeof dpiaRisk>,
  ),
  /** Art. 35(2): the DPO's advice, and whether it was followed. */
  dpoAdvice: z.strictObject({
    givenOn: isoDate.nullable(),
    by: shortText,
    advice: localized,
    followed: z.enum(['yes', 'partly', 'no']).nullable(),
    /** Why the advice was not (fully) followed. */
    reason: localized,
  }),
  /** Art. 35(9): the views of the people concerned or their representatives, where sought. */
  subjectViews: z.strictObject({
    sought: z.boolean(),
    /** How they were sought and what they said; or, when not sought, why not. */
    summary: localized,
  }),
  decision: z.strictObject({
    outcome: z.enum(DPIA_DECISIONS).nullable(),
    reasoning: localized,
  }),
  /** Art. 36: prior consultation with Datatilsynet, when residual risk stays high. */
  priorConsultation: z.strictObject({
    sentOn: isoDate.nullable(),
    reference: shortText,
    /** Datatilsynet's written advice (art. 36(2)). */
    outcome: localized,
  }),
  /** Who approved it for the controller, and when; null while a draft. */
  signOff: z.strictObject({ by: requiredShort, on: isoDate }).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
})
export type Dpia = z.infer<typeof dpia>
export type DpiaNecessity = Dpia['necessity']
export type DpiaRisks = Dpia['risks']

/** Norwegian names of the fields, for messages that name the field. */
export const DPIA_FIELD_LABELS: Record<string, string> = {
  seriesId: 'vurdering',
  version: 'versjon',
  revisionOf: 'revisjon av',
  status: 'status',
  title: 'tittel',
  activityIds: 'behandlingsaktiviteter',
  description: 'systematisk beskrivelse',
  nature: 'behandlingens art',
  scope: 'omfang',
  context: 'sammenheng',
  purposes: 'formål',
  necessity: 'nødvendighet og forholdsmessighet',
  'purposes-bases': 'formål og behandlingsgrunnlag',
  minimisation: 'dataminimering',
  accuracy: 'riktige opplysninger',
  retention: 'lagringstid',
  information: 'informasjon til de registrerte',
  rights: 'de registrertes rettigheter',
  processors: 'databehandlere',
  transfers: 'overføring til tredjeland',
  risks: 'risikoer',
  access: 'uautorisert tilgang',
  change: 'uønsket endring',
  loss: 'tap av opplysninger',
  sources: 'risikokilder',
  threats: 'trusler',
  impacts: 'konsekvenser for de registrerte',
  likelihood: 'sannsynlighet',
  severity: 'alvorlighet',
  measures: 'tiltak',
  residual: 'restrisiko',
  due: 'frist',
  owner: 'ansvarlig',
  dpoAdvice: 'personvernombudets råd',
  givenOn: 'gitt dato',
  by: 'av',
  advice: 'råd',
  followed: 'fulgt',
  reason: 'begrunnelse',
  subjectViews: 'de registrertes synspunkter',
  sought: 'innhentet',
  summary: 'oppsummering',
  decision: 'beslutning',
  outcome: 'utfall',
  reasoning: 'begrunnelse',
  priorConsultation: 'forhåndsdrøftelse med Datatilsynet',
  sentOn: 'sendt dato',
  reference: 'referanse',
  signOff: 'godkjenning',
  on: 'dato',
  text: 'tekst',
}
