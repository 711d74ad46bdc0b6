/** The plain logic of the activity editor: edits that arrive from elsewhere, lists, suggestions. */
import type { Art6Basis, Art9Basis } from '../../../../shared/law'
import { deepEqual, type ProcessingActivity } from '../../../../shared/model'
import { compareText } from '../../i18n/format'

/**
 * The form's draft after the stored record changed underneath it (the DPO archived it,
 * marked it reviewed, or another window saved it): every field that changed in the store
 * takes the stored value; the DPO's own unsaved edits of the other fields are kept.
 */
export function rebase(
  draft: ProcessingActivity,
  oldBase: ProcessingActivity,
  newBase: ProcessingActivity,
): ProcessingActivity {
  const next: Record<string, unknown> = { ...draft }
  const before = oldBase as unknown as Record<string, unknown>
  const after = newBase as unknown as Record<string, unknown>
  for (const key of Object.keys(after)) {
    if (!deepEqual(before[key], after[key])) next[key] = after[key]
  }
  return next as unknown as ProcessingActivity
}

/** Checks or unchecks an art. 6 basis; unchecking removes every entry with that basis. */
export function toggleLegalBasis(
  bases: ProcessingActivity['legalBases'],
  basis: Art6Basis,
  on: boolean,
): ProcessingActivity['legalBases'] {
  if (!on) return bases.filter((b) => b.basis !== basis)
  if (bases.some((b) => b.basis === basis)) return bases
  return [...bases, { basis, law: '', interest: '' }]
}

/** Checks or unchecks an art. 9 exception, keeping the order of the others. */
export function toggleArt9Basis(
  bases: ProcessingActivity['art9Bases'],
  basis: Art9Basis,
  on: boolean,
): ProcessingActivity['art9Bases'] {
  if (!on) return bases.filter((b) => b !== basis)
  return bases.includes(basis) ? bases : [...bases, basis]
}

/** Adds `id` to a list of ids unless it is there already. */
export function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id]
}

export const SUGGESTED_LISTS = [
  'systems',
  'purposes',
  'dataSubjects',
  'dataCategories',
  'specialCategories',
  'recipients',
  'securityMeasures',
] as const
export type SuggestedList = (typeof SUGGESTED_LISTS)[number]

export interface Suggestions extends Record<SuggestedList, string[]> {
  owner: string[]
  area: string[]
}

/** The values used across the record, for the suggestion lists: each once, alphabetical. */
export function collectSuggestions(activities: readonly ProcessingActivity[]): Suggestions {
  const sets = {
    owner: new Set<string>(),
    area: new Set<string>(),
    ...Object.fromEntries(SUGGESTED_LISTS.map((k) => [k, new Set<string>()])),
  } as Record<keyof Suggestions, Set<string>>
  for (const a of activities) {
    if (a.owner.trim()) sets.owner.add(a.owner.trim())
    if (a.area.trim()) sets.area.add(a.area.trim())
    for (const key of SUGGESTED_LISTS) for (const v of a[key]) sets[key].add(v)
  }
  return Object.fromEntries(
    Object.entries(sets).map(([k, set]) => [k, [...set].sort(compareText)]),
  ) as unknown as Suggestions
}

/**
 * Where to look for a field named in a message, most specific first: a message about
 * `legalBases.0.interest` is shown at that field if the form has it, else at
 * `legalBases.0`, else at `legalBases`.
 */
export function fieldCandidates(field: string): string[] {
  const parts = field.split('.').filter((p) => p !== '')
  const out: string[] = []
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'))
  return out
}
