/**
 * The clause record of an imported clause the DPO keeps, and its place in the policy.
 * Kept apart from import-policy.ts so the app can make records without loading the
 * file readers and the linter.
 */
import type { Clause } from '../model/clause'
import { standardClauseDef, type StandardClauseKey } from '../policy/clauses/keys'
import type { ImportedClause } from './import-policy'

/** Where imported clauses go when they match no standard clause: after every standard one. */
export const IMPORTED_ORDER_BASE = 3000

/**
 * The place of an imported clause in the policy: just after the standard clause it
 * matches (standard clauses are 100 apart, leaving room), else at the end, in the order
 * of the imported policy.
 */
export function importedClauseOrder(suggestion: StandardClauseKey | null, index: number): number {
  const def = suggestion ? standardClauseDef(suggestion) : undefined
  return def ? def.order + 10 + Math.min(index, 80) : IMPORTED_ORDER_BASE + index * 10
}

/** A heading for a clause that had none (text before the first heading). */
export const UNTITLED_CLAUSE = { nb: 'Innledning', nn: 'Innleiing' } as const

/**
 * The record of an imported clause the DPO keeps. The text goes into both languages, as
 * written: the policy in the other written standard then shows it untranslated until the
 * DPO translates it, and `lastReviewed` null marks it for review (clauseReviewStatus).
 */
export function importedClauseRecord(
  clause: Pick<ImportedClause, 'title' | 'body' | 'index' | 'suggestion'>,
  opts: { linkedActivityIds: readonly string[]; now: string; id?: string },
): Clause {
  const title = clause.title.trim() || UNTITLED_CLAUSE.nb
  return {
    id: opts.id ?? '',
    section: 'imported',
    title: { nb: title, nn: clause.title.trim() || UNTITLED_CLAUSE.nn },
    body: { nb: clause.body, nn: clause.body },
    origin: 'imported',
    order: importedClauseOrder(clause.suggestion, clause.index),
    hidden: false,
    edited: false,
    linkedActivityIds: [...new Set(opts.linkedActivityIds)],
    lastReviewed: null,
    createdAt: opts.now,
    updatedAt: opts.now,
  }
}
