/**
 * The DPO's choices for an imported policy, and what they mean for the clause records:
 * kept clauses become imported clauses; a clause replaced by a standard clause adds
 * nothing, but the standard clause is shown again if it was hidden; skipped clauses leave
 * no trace. Pure, so the whole plan can be checked before anything is written.
 */
import type { PolicyImport } from '../../../../shared/audit/import-policy'
import { importedClauseRecord } from '../../../../shared/audit/imported-clause'
import type { Clause } from '../../../../shared/model'
import type { StandardClauseKey } from '../../../../shared/policy/clauses/keys'
import { t } from '../../i18n/nb'

export type ClauseAction = 'keep' | 'replace' | 'skip'

export interface ClauseDecision {
  action: ClauseAction
  /** For `replace`: the standard clause that takes over ('' until chosen). */
  standardKey: StandardClauseKey | ''
  /** For `keep`: the activities the clause describes. */
  activityIds: string[]
}

/** A clause with a matching standard clause is replaced by it; any other is kept. */
export function initialDecisions(imp: PolicyImport): ClauseDecision[] {
  return imp.clauses.map((c) => ({
    action: c.suggestion ? 'replace' : 'keep',
    standardKey: c.suggestion ?? '',
    activityIds: [],
  }))
}

/** Index of each clause whose decision cannot be carried out, with why (Norwegian). */
export function decisionProblems(decisions: readonly ClauseDecision[]): Map<number, string> {
  const problems = new Map<number, string>()
  decisions.forEach((d, i) => {
    if (d.action === 'replace' && d.standardKey === '')
      problems.set(i, t.audit.import.standardMissing)
  })
  return problems
}

export interface ImportPlan {
  /** New imported clauses, one for each kept clause. */
  create: Clause[]
  /** Hidden standard clauses to show again, because an imported clause is replaced by them. */
  unhide: Clause[]
  counts: Record<ClauseAction, number>
}

/** The records to write for the decisions. `clauses` are the workbench's current clause records. */
export function importPlan(
  imp: PolicyImport,
  decisions: readonly ClauseDecision[],
  clauses: readonly Clause[],
  now: string,
): ImportPlan {
  const create: Clause[] = []
  const unhide = new Map<string, Clause>()
  const counts: Record<ClauseAction, number> = { keep: 0, replace: 0, skip: 0 }
  imp.clauses.forEach((c, i) => {
    const d = decisions[i] ?? { action: 'skip', standardKey: '', activityIds: [] }
    counts[d.action]++
    if (d.action === 'keep')
      create.push(importedClauseRecord(c, { linkedActivityIds: d.activityIds, now }))
    if (d.action === 'replace' && d.standardKey !== '') {
      const hidden = clauses.find(
        (x) => x.origin === 'standard' && x.section === d.standardKey && x.hidden,
      )
      if (hidden) unhide.set(hidden.id, { ...hidden, hidden: false })
    }
  })
  return { create, unhide: [...unhide.values()], counts }
}
