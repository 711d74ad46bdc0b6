/**
 * The screening rule: a DPIA is required when art. 35(3) names the processing, when it is
 * on Datatilsynet's list (art. 35(4)), or when it meets two or more of the nine WP248
 * criteria. List entries that apply only "together with at least one other criterion"
 * count only when a WP248 criterion is also ticked.
 */
import { ART35_3, WP248, type Art35Case, type Wp248Criterion } from '../law/dpia-criteria'
import { DPIA_LIST, type DpiaListItem } from '../law/dpia-list'
import type { Lang } from '../model/common'
import type { DpiaScreening } from '../model/dpia-screening'

/** How many WP248 criteria make a DPIA required (WP248 rev.01, page 11). */
export const CRITERIA_THRESHOLD = 2

export type ScreeningReason =
  | { kind: 'art35'; code: Art35Case }
  | { kind: 'list'; code: DpiaListItem }
  | { kind: 'criteria'; codes: Wp248Criterion[] }

export interface ScreeningResult {
  required: boolean
  /** Why it is required; empty when it is not. */
  reasons: ScreeningReason[]
  /** List entries ticked that do not count because no WP248 criterion is ticked with them. */
  listItemsWithoutCriterion: DpiaListItem[]
}

/** The ticked boxes of a screening. */
export interface ScreeningAnswers {
  readonly art35Cases: readonly Art35Case[]
  readonly listItems: readonly DpiaListItem[]
  readonly criteria: readonly Wp248Criterion[]
}

/** Applies the rule to the answers of a screening. */
export function screenActivity(answers: ScreeningAnswers | DpiaScreening): ScreeningResult {
  const reasons: ScreeningReason[] = []
  for (const code of answers.art35Cases) reasons.push({ kind: 'art35', code })
  const unmatched: DpiaListItem[] = []
  for (const code of answers.listItems) {
    if (listItemApplies(code, answers.criteria)) reasons.push({ kind: 'list', code })
    else unmatched.push(code)
  }
  const criteria = [...new Set(answers.criteria)]
  if (criteria.length >= CRITERIA_THRESHOLD) reasons.push({ kind: 'criteria', codes: criteria })
  return { required: reasons.length > 0, reasons, listItemsWithoutCriterion: unmatched }
}

/**
 * Whether a ticked list entry counts. An entry that needs a criterion needs one other than
 * the one it repeats: "innovativ teknologi" on the list needs a criterion besides
 * "innovativ bruk av teknologi".
 */
function listItemApplies(item: DpiaListItem, criteria: readonly Wp248Criterion[]): boolean {
  if (!DPIA_LIST[item].needsCriterion) return true
  const other = item === 'innovative-technology' ? criteria.filter((c) => c !== 'innovative-technology') : criteria
  return other.length > 0
}

/** One sentence per reason, for the editor and the DPIA document. */
export function screeningReasonText(reason: ScreeningReason, lang: Lang): string {
  switch (reason.kind) {
    case 'art35':
      return lang === 'nn'
        ? `Personvernforordninga ${ART35_3[reason.code].source}: ${lower(ART35_3[reason.code].label.nn)}.`
        : `Personvernforordningen ${ART35_3[reason.code].source}: ${lower(ART35_3[reason.code].label.nb)}.`
    case 'list':
      return lang === 'nn'
        ? `Står på lista til Datatilsynet: ${lower(DPIA_LIST[reason.code].label.nn)}.`
        : `Står på Datatilsynets liste: ${lower(DPIA_LIST[reason.code].label.nb)}.`
    case 'criteria': {
      const names = reason.codes.map((c) => lower(WP248[c].label[lang]))
      return lang === 'nn'
        ? `Oppfyller ${String(names.length)} av kriteria i WP248: ${names.join(', ')}.`
        : `Oppfyller ${String(names.length)} av kriteriene i WP248: ${names.join(', ')}.`
    }
  }
}

function lower(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}
