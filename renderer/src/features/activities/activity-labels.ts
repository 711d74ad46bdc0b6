/** How the fields of an activity read in lists: Norwegian labels for codes. */
import { ART6, ART9 } from '../../../../shared/law'
import { activityBases, art9BasesOf, flatSources, type ActivityStatus, type DataSource, type ProcessingActivity } from '../../../../shared/model'
import { formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'

export function statusLabel(status: ActivityStatus): string {
  return t.activities.status[status]
}

/** "Avtale, Rettslig forpliktelse", in the order the purposes list them, each once. */
export function legalBasisLabels(activity: Pick<ProcessingActivity, 'purposes'>): string[] {
  return activityBases(activity).map((b) => ART6[b].label.nb)
}

/** The art. 9 exceptions the activity's purposes rely on, by their Norwegian labels. */
export function art9Labels(activity: Pick<ProcessingActivity, 'purposes'>): string[] {
  return art9BasesOf(activity).map((b) => ART9[b].label.nb)
}

/** The laws (6(1)(c)/(e)) and legitimate interests (6(1)(f)) written for the purposes' bases. */
export function legalBasisDetails(activity: Pick<ProcessingActivity, 'purposes'>): string[] {
  return [...new Set(activity.purposes.flatMap((p) => [p.law.nb, p.interest.nb]).filter((s) => s.trim() !== ''))]
}

export function roleLabel(role: ProcessingActivity['role']): string {
  return t.activities.role[role]
}

export function requirementLabel(requirement: ProcessingActivity['requirement']): string {
  return t.activities.requirement[requirement]
}

/** "Elhub (annen virksomhet)": where the activity's data comes from, each origin once. */
export function sourceLabels(activity: Pick<ProcessingActivity, 'dataCategories'>, sources: ReadonlyMap<string, DataSource>): string[] {
  return flatSources(activity, sources).map((s) =>
    s.name.trim() === '' ? t.activities.sourceKind[s.kind] : `${s.name} (${t.activities.sourceKind[s.kind].toLocaleLowerCase('nb')})`,
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
