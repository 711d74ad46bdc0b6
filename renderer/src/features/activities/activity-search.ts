/**
 * Free-text search over the activities: every word typed must occur somewhere in the
 * activity's text fields (case and accents as typed do not matter beyond Unicode case).
 */
import type { ProcessingActivity } from '../../../../shared/model'
import { legalBasisLabels, statusLabel } from './activity-labels'

function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb')
}

/** All searchable text of one activity, normalised, as one string. */
export function activitySearchText(a: ProcessingActivity): string {
  return normalize(
    [
      a.name,
      a.description,
      a.owner,
      a.area,
      a.onBehalfOf,
      a.jointController,
      a.retention.period,
      a.retention.basis,
      statusLabel(a.status),
      ...legalBasisLabels(a),
      ...a.legalBases.flatMap((b) => [b.law, b.interest]),
      ...a.systems,
      ...a.purposes,
      ...a.dataSubjects,
      ...a.dataCategories,
      ...a.specialCategories,
      ...a.recipients,
      ...a.sources.map((s) => s.name),
    ].join('\n'),
  )
}

/** The words of a query, normalised; empty when the query is blank. */
export function queryTerms(query: string): string[] {
  return normalize(query)
    .split(/\s+/)
    .filter((w) => w !== '')
}

export interface SearchIndex {
  activity: ProcessingActivity
  text: string
}

/** Precomputes the search text once per list, not once per keystroke. */
export function buildSearchIndex(activities: readonly ProcessingActivity[]): SearchIndex[] {
  return activities.map((activity) => ({ activity, text: activitySearchText(activity) }))
}

export function searchActivities(
  index: readonly SearchIndex[],
  query: string,
): ProcessingActivity[] {
  const terms = queryTerms(query)
  if (terms.length === 0) return index.map((e) => e.activity)
  return index.filter((e) => terms.every((term) => e.text.includes(term))).map((e) => e.activity)
}
