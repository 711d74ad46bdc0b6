/**
 * Review flags: which clauses the DPO should read again because the facts behind them
 * changed, and which activities the policy does not describe at all.
 */
import type { ProcessingActivity } from '../model/activity'
import type { Clause } from '../model/clause'
import { isStandardClauseKey, standardClauseDef } from './clauses'
import { ensureStandardClauses, isClauseShown } from './clause-records'
import { orderClauses } from './compose'
import { externalActivities, matchesLinkingRule, sortActivities, type PolicyWorkbench } from './linking'

export interface ChangedActivity {
  id: string
  name: string
  /** The latest change to the activity or to a record the clause shows for it (ISO time). */
  changedAt: string
}

export interface ClauseReviewStatus {
  needsReview: boolean
  changedActivities: ChangedActivity[]
}

const time = (iso: string) => Date.parse(iso)

function later(a: string, b: string): string {
  return time(b) > time(a) ? b : a
}

/**
 * When the facts a clause shows for an activity last changed: the activity itself, and for
 * the transfers and recipients clauses also its transfer and processor records.
 */
function factsChangedAt(clause: Clause, a: ProcessingActivity, related: ReadonlyMap<string, string>): string {
  let at = a.updatedAt
  const ids = clause.origin !== 'standard' ? [] : clause.section === 'transfers' ? a.transferIds : clause.section === 'recipients' ? a.processorIds : []
  for (const id of ids) {
    const updatedAt = related.get(id)
    if (updatedAt) at = later(at, updatedAt)
  }
  return at
}

/**
 * Whether a clause needs review. It does when an activity it links (by its rule or by
 * hand) changed after the clause was last reviewed; an activity archived since the review
 * counts too, as the text may still describe it. An edited standard clause or a custom or
 * imported clause that was never reviewed always needs review. A standard clause with the
 * library text that was never reviewed does not: the text follows the record by itself.
 */
export function clauseReviewStatus(clause: Clause, workbench: PolicyWorkbench): ClauseReviewStatus {
  const reviewed = clause.lastReviewed
  const candidates = new Map<string, ProcessingActivity>()
  if (clause.origin === 'standard' && isStandardClauseKey(clause.section)) {
    for (const a of workbench.activities) {
      if (!matchesLinkingRule(clause.section, a)) continue
      const archivedSinceReview = a.status === 'archived' && reviewed !== null && time(a.updatedAt) > time(reviewed)
      if (a.status === 'active' || archivedSinceReview) candidates.set(a.id, a)
    }
  }
  const byId = new Map(workbench.activities.map((a) => [a.id, a]))
  for (const id of clause.linkedActivityIds) {
    const a = byId.get(id)
    if (a) candidates.set(a.id, a)
  }
  const related = new Map<string, string>()
  if (clause.section === 'transfers') for (const t of workbench.transfers) related.set(t.id, t.updatedAt)
  if (clause.section === 'recipients') for (const p of workbench.processors) related.set(p.id, p.updatedAt)
  const all = sortActivities([...candidates.values()]).map((a) => ({
    id: a.id,
    name: a.name,
    changedAt: factsChangedAt(clause, a, related),
  }))
  if (reviewed === null) {
    const ownText = clause.edited || clause.origin !== 'standard'
    return ownText ? { needsReview: true, changedActivities: all } : { needsReview: false, changedActivities: [] }
  }
  const changed = all.filter((c) => time(c.changedAt) > time(reviewed))
  return { needsReview: changed.length > 0, changedActivities: changed }
}

/**
 * The clauses that describe each activity the policy must describe (active, with people
 * outside the company), by activity id, in policy order; an empty list for an activity no
 * clause describes («ikke omtalt i personvernerklæringen»). Only visible clauses count. A
 * standard clause describes the activities of its linking rule when its text is the
 * library's (which lists them); when the DPO has edited it, only those that existed when
 * it was last reviewed, plus those pinned to it. Custom and imported clauses describe the
 * activities linked by hand. General clauses (introduction, retention, rights…) name none
 * by rule. Activities outside the policy's scope (drafts, archived, internal) are absent.
 */
export function disclosingClauses(workbench: PolicyWorkbench): Map<string, Clause[]> {
  return disclosures(workbench, externalActivities(workbench.activities))
}

function disclosures(workbench: PolicyWorkbench, external: readonly ProcessingActivity[]): Map<string, Clause[]> {
  const result = new Map<string, Clause[]>(external.map((a) => [a.id, []]))
  for (const clause of orderClauses(ensureStandardClauses(workbench.clauses, '1970-01-01T00:00:00.000Z'))) {
    if (!isClauseShown(clause, workbench)) continue
    const def = clause.origin === 'standard' ? standardClauseDef(clause.section) : undefined
    const reviewed = clause.lastReviewed
    const pinned = new Set(clause.linkedActivityIds)
    for (const a of external) {
      const named =
        pinned.has(a.id) ||
        (def?.namesActivities === true &&
          matchesLinkingRule(def.key, a) &&
          (!clause.edited || (reviewed !== null && time(a.createdAt) <= time(reviewed))))
      if (named) result.get(a.id)!.push(clause)
    }
  }
  return result
}

/**
 * Activities the policy does not describe ("ikke omtalt i personvernerklæringen"): active
 * activities with external data subjects that no visible clause names (see
 * disclosingClauses), sorted by name.
 */
export function undisclosedActivities(workbench: PolicyWorkbench): ProcessingActivity[] {
  // Filtered and sorted once: linkedActivities would sort them again for every clause.
  const external = externalActivities(workbench.activities)
  const clauses = disclosures(workbench, external)
  return external.filter((a) => clauses.get(a.id)!.length === 0)
}
