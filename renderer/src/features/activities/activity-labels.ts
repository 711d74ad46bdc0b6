/** How the fields of an activity read in lists: Norwegian labels for codes. */
import { ART6, ART9 } from '../../../../shared/law'
import type { ActivityStatus, ProcessingActivity } from '../../../../shared/model'
import { formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'

export function statusLabel(status: ActivityStatus): string {
  return t.activities.status[status]
}

/** "Avtale, Rettslig forpliktelse", in the order the activity lists them, each once. */
export function legalBasisLabels(activity: Pick<ProcessingActivity, 'legalBases'>): string[] {
  return [...new Set(activity.legalBases.map((b) => ART6[b.basis].label.nb))]
}

/** The art. 9 exceptions the activity relies on, by their Norwegian labels. */
export function art9Labels(activity: Pick<ProcessingActivity, 'art9Bases'>): string[] {
  return activity.art9Bases.map((b) => ART9[b].label.nb)
}

/** The laws (6(1)(c)/(e)) and legitimate interests (6(1)(f)) written for the legal bases. */
export function legalBasisDetails(activity: Pick<ProcessingActivity, 'legalBases'>): string[] {
  return activity.legalBases.flatMap((b) => [b.law, b.interest]).filter((s) => s.trim() !== '')
}

export function roleLabel(role: ProcessingActivity['role']): string {
  return t.activities.role[role]
}

export function requirementLabel(requirement: ProcessingActivity['requirement']): string {
  return t.activities.requirement[requirement]
}

export function sourceKindLabel(kind: ProcessingActivity['sources'][number]['kind']): string {
  return t.activities.sourceKind[kind]
}

/** "Elhub (offentlig register)": each source with its kind when it has a name. */
export function sourceLabels(activity: Pick<ProcessingActivity, 'sources'>): string[] {
  return activity.sources.map((s) =>
    s.name.trim() === ''
      ? sourceKindLabel(s.kind)
      : `${s.name} (${sourceKindLabel(s.kind).toLocaleLowerCase('nb')})`,
  )
}

/**
 * Where the activity stands with its data protection impact assessment (art. 35):
 * a done assessment counts as done whatever the need was judged to be.
 */
export type DpiaState = 'missing' | 'done' | 'not-needed' | 'unknown'
export const DPIA_STATES: readonly DpiaState[] = ['missing', 'done', 'not-needed', 'unknown']

export function dpiaState(activity: Pick<ProcessingActivity, 'dpia'>): DpiaState {
  if (activity.dpia.doneOn !== null) return 'done'
  if (activity.dpia.needed === 'yes') return 'missing'
  if (activity.dpia.needed === 'no') return 'not-needed'
  return 'unknown'
}

export function dpiaLabel(activity: Pick<ProcessingActivity, 'dpia'>): string {
  const state = dpiaState(activity)
  return state === 'done'
    ? t.activities.dpiaDoneOn(formatDate(activity.dpia.doneOn))
    : t.activities.dpia[state]
}

export function automatedDecisionsLabel(
  activity: Pick<ProcessingActivity, 'automatedDecisions'>,
): string {
  const ad = activity.automatedDecisions
  if (!ad.used) return t.activities.automated.none
  return ad.profiling ? t.activities.automated.withProfiling : t.activities.automated.used
}

/** «Utkast – mangler 3 opplysninger»; plain «Utkast» when nothing is missing. */
export function draftLabel(missing: number): string {
  return missing > 0 ? t.activities.draftMissing(missing) : t.activities.status.draft
}
