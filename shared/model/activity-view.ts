/**
 * Read-only views of an activity's parts for documents, checks and the interface, so
 * that every reader asks the same question the same way (e.g. "is this activity in the
 * public privacy policy?").
 */
import type { Art6Basis, Art9Basis } from '../law/legal-bases'
import type { ProcessingActivity } from './activity'
import type { CategoryKind, DataCategory, Purpose } from './activity-parts'
import { inLang, type Lang } from './common'

/** The distinct art. 6 bases of the activity's purposes, in the order they first appear. */
export function activityBases(a: Pick<ProcessingActivity, 'purposes'>): Art6Basis[] {
  return [...new Set(a.purposes.flatMap((p) => (p.basis ? [p.basis] : [])))]
}

/** True where some purpose of the activity rests on `basis`. */
export function hasBasis(a: Pick<ProcessingActivity, 'purposes'>, basis: Art6Basis): boolean {
  return a.purposes.some((p) => p.basis === basis)
}

/** The purposes resting on `basis`. */
export function purposesWithBasis(a: Pick<ProcessingActivity, 'purposes'>, basis: Art6Basis): Purpose[] {
  return a.purposes.filter((p) => p.basis === basis)
}

/** The distinct art. 9 conditions over all purposes. */
export function art9BasesOf(a: Pick<ProcessingActivity, 'purposes'>): Art9Basis[] {
  return [...new Set(a.purposes.flatMap((p) => p.art9Bases))]
}

/** The purpose texts in `lang` (nynorsk falls back to bokmål), without empty ones. */
export function purposeTexts(a: Pick<ProcessingActivity, 'purposes'>, lang: Lang = 'nb'): string[] {
  return a.purposes.map((p) => inLang(p.text, lang).trim()).filter(Boolean)
}

/** The names of the data-subject groups in `lang`. */
export function groupNames(a: Pick<ProcessingActivity, 'dataSubjects'>, lang: Lang = 'nb'): string[] {
  return a.dataSubjects.map((g) => inLang(g.name, lang))
}

/** The categories of `kind` (all kinds when omitted). */
export function categoriesOf(a: Pick<ProcessingActivity, 'dataCategories'>, kind?: CategoryKind): DataCategory[] {
  return kind ? a.dataCategories.filter((c) => c.kind === kind) : [...a.dataCategories]
}

/** The names of the categories of `kind` in `lang`. */
export function categoryNames(a: Pick<ProcessingActivity, 'dataCategories'>, kind?: CategoryKind, lang: Lang = 'nb'): string[] {
  return categoriesOf(a, kind).map((c) => inLang(c.name, lang))
}

/** True where the activity processes special categories (art. 9). */
export function hasSpecialCategories(a: Pick<ProcessingActivity, 'dataCategories'>): boolean {
  return a.dataCategories.some((c) => c.kind === 'special')
}

/** True where the activity processes data on convictions and offences (art. 10). */
export function hasCriminalData(a: Pick<ProcessingActivity, 'dataCategories'>): boolean {
  return a.dataCategories.some((c) => c.kind === 'criminal')
}

/**
 * True where the public privacy policy is how at least one group of the activity is
 * informed: only such activities (and only such groups) belong in the policy.
 */
export function informsViaPolicy(a: Pick<ProcessingActivity, 'dataSubjects'>): boolean {
  return a.dataSubjects.some((g) => g.informedBy === 'policy')
}

/** The retention periods as one line each, "period (basis)", in `lang`. */
export function retentionLines(a: Pick<ProcessingActivity, 'retention'>, lang: Lang = 'nb'): string[] {
  return a.retention.map((r) => {
    const period = inLang(r.period, lang).trim()
    const basis = inLang(r.basis, lang).trim()
    return basis ? `${period} (${basis})` : period
  })
}
