/**
 * Clause records in the database. The standard library text is the default; a record
 * with origin "standard" holds only what the DPO changed: an edited text, hidden, order
 * and when it was last reviewed. Custom and imported clauses carry their own text.
 */
import type { ProcessingActivity } from '../model/activity'
import type { Clause } from '../model/clause'
import type { Organization } from '../model/organization'
import { STANDARD_CLAUSES, standardClauseDef, standardClauseTitle, type StandardClauseKey } from './clauses'
import { linkedActivities, type PolicyWorkbench } from './linking'

/** The id of the record of a standard clause when Ombud creates it. */
export function standardClauseId(key: StandardClauseKey): string {
  return `standard-${key}`
}

/** A fresh record of a standard clause: library text, default order, shown, never reviewed. */
export function newStandardClause(key: StandardClauseKey, now: string, id = standardClauseId(key)): Clause {
  const def = standardClauseDef(key)!
  return {
    id,
    section: key,
    // The title is stored so lists and messages can name the clause; compose reads the
    // library title until the DPO edits the clause.
    title: standardClauseTitle(key),
    body: { nb: '', nn: '' },
    origin: 'standard',
    order: def.order,
    hidden: false,
    edited: false,
    linkedActivityIds: [],
    lastReviewed: null,
    createdAt: now,
    updatedAt: now,
  }
}

/**
 * Returns the clause list with a record for every standard clause: existing records are
 * kept as they are (in their order), missing standard clauses are appended in default
 * order. Pure: the input is not changed; the caller persists the new records.
 */
export function ensureStandardClauses(clauses: readonly Clause[], now: string): Clause[] {
  const present = new Set(clauses.filter((c) => c.origin === 'standard').map((c) => c.section))
  const ids = new Set(clauses.map((c) => c.id))
  const result = [...clauses]
  for (const def of STANDARD_CLAUSES) {
    if (present.has(def.key)) continue
    let id = standardClauseId(def.key)
    for (let n = 2; ids.has(id); n++) id = `${standardClauseId(def.key)}-${n}`
    ids.add(id)
    result.push(newStandardClause(def.key, now, id))
  }
  return result
}

/**
 * Whether the law allows leaving a standard clause out of the policy.
 * - The DPO clause only when the organisation has no DPO (`dpo === null`).
 * - Clauses for elements that apply only sometimes (legitimate interests, transfers,
 *   sources, automated decisions, consent) only when `activities` is given and no active
 *   activity with external data subjects triggers them.
 * - Introduction, cookies and changes always (arts. 13/14 do not require them).
 * - Everything else never. Keys that are not standard (custom sections) always.
 */
export function canHide(
  key: string,
  org: Organization | null,
  activities?: readonly ProcessingActivity[],
): boolean {
  const def = standardClauseDef(key)
  if (!def) return true
  switch (def.hide) {
    case 'always':
      return true
    case 'never':
      return false
    case 'no-dpo':
      return org !== null && org.dpo === null
    case 'when-unused':
      return activities !== undefined && linkedActivities(key, { activities }).length === 0
  }
}

/** canHide for a clause record: custom and imported clauses may always be hidden. */
export function canHideClause(clause: Clause, workbench: Pick<PolicyWorkbench, 'organization' | 'activities'>): boolean {
  if (clause.origin !== 'standard') return true
  return canHide(clause.section, workbench.organization, workbench.activities)
}

/**
 * Standard clauses that are hidden although the law no longer allows it, e.g. the
 * transfers clause was hidden and an activity has since got a transfer, or a DPO was
 * appointed after the DPO clause was hidden.
 */
export function hiddenClauseProblems(workbench: PolicyWorkbench): Clause[] {
  return workbench.clauses.filter((c) => c.hidden && !canHideClause(c, workbench))
}

/**
 * Whether a clause appears in the policy. A hidden clause stays out only while the law
 * allows it: a hide flag that has gone stale (the transfers clause hidden before a transfer
 * was recorded) never takes required information out of the policy.
 */
export function isClauseShown(clause: Clause, workbench: Pick<PolicyWorkbench, 'organization' | 'activities'>): boolean {
  return !clause.hidden || !canHideClause(clause, workbench)
}
