/**
 * The plain logic of the activity editor: edits that arrive from elsewhere, lists,
 * suggestions, the processor picker.
 */
import { categoryNames, deepEqual, groupNames, purposeTexts, type ProcessingActivity, type Processor } from '../../../../shared/model'
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

/** Adds `id` to a list of ids unless it is there already. */
export function withId(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? [...ids] : [...ids, id]
}

export const SUGGESTED_LISTS = ['systems', 'purposes', 'dataSubjects', 'dataCategories', 'specialCategories', 'recipients', 'securityMeasures'] as const
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
    const values: Record<SuggestedList, readonly string[]> = {
      systems: a.systems,
      purposes: purposeTexts(a),
      dataSubjects: groupNames(a),
      dataCategories: categoryNames(a, 'ordinary'),
      specialCategories: categoryNames(a, 'special'),
      recipients: a.recipients.map((r) => r.nb),
      securityMeasures: a.securityMeasures,
    }
    for (const key of SUGGESTED_LISTS) for (const v of values[key]) sets[key].add(v)
  }
  return Object.fromEntries(
    Object.entries(sets).map(([k, set]) => [k, [...set].sort(compareText)]),
  ) as unknown as Suggestions
}

/**
 * How many processors that are not chosen the picker lists at most. A register of a
 * thousand processors as a thousand checkboxes makes the editor slow to open and to type
 * in, and is no way to find one anyway: the search box is.
 */
export const PICKER_LIMIT = 50

interface PickerEntry {
  processor: Processor
  /** Name and services, lower case, for the search box. */
  text: string
}

/** The processors in alphabetical order with their search text, once per list of processors. */
const pickerEntries = new WeakMap<readonly Processor[], PickerEntry[]>()
function entriesOf(processors: readonly Processor[]): PickerEntry[] {
  let entries = pickerEntries.get(processors)
  if (!entries) {
    entries = [...processors]
      .sort((a, b) => compareText(a.name, b.name))
      .map((p) => ({
        processor: p,
        text: `${p.name} ${p.services.join(' ')}`.toLocaleLowerCase('nb'),
      }))
    pickerEntries.set(processors, entries)
  }
  return entries
}

/**
 * The processors the picker lists, in alphabetical order: every chosen one, and of those
 * that match the search (archived ones only if chosen) at most `limit`. `total` counts the
 * chosen and all that match, listed or not.
 */
export function pickerProcessors(
  processors: readonly Processor[],
  chosen: ReadonlySet<string>,
  query: string,
  limit: number = PICKER_LIMIT,
): { shown: Processor[]; total: number } {
  const words = query.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean)
  const shown: Processor[] = []
  let others = 0
  let total = 0
  for (const { processor: p, text } of entriesOf(processors)) {
    if (chosen.has(p.id)) {
      shown.push(p)
      total++
      continue
    }
    // Archived processors stay visible only where they are still linked.
    if (p.status === 'archived' || !words.every((w) => text.includes(w))) continue
    total++
    if (others < limit) {
      others++
      shown.push(p)
    }
  }
  return { shown, total }
}
