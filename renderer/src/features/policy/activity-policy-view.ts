/** The privacy-policy side of one activity, as the activity editor shows it. */
import type { Clause, ProcessingActivity } from '../../../../shared/model'
import {
  clauseActivities,
  isClauseShown,
  orderClauses,
  undisclosedActivities,
  type PolicyWorkbench,
} from './engine'

export interface ActivityClauseLink {
  clause: Clause
  /** Linked by hand (and so removable here); otherwise by the rule of a standard clause. */
  byHand: boolean
  /** The clause appears in the policy (not hidden, or hidden where the law does not allow it). */
  shown: boolean
}

export interface ActivityPolicyView {
  activity: ProcessingActivity
  /** The clauses that link the activity, in policy order. */
  links: ActivityClauseLink[]
  /** Custom and imported clauses the activity can be linked to by hand. */
  linkable: Clause[]
  /** Active, external, and named by no visible clause. */
  undisclosed: boolean
}

/** Null when the activity does not exist. */
export function activityPolicyView(
  workbench: PolicyWorkbench,
  activityId: string,
): ActivityPolicyView | null {
  const activity = workbench.activities.find((a) => a.id === activityId)
  if (!activity) return null
  const clauses = orderClauses(workbench.clauses)
  const links = clauses
    .filter((c) => clauseActivities(c, workbench).some((a) => a.id === activityId))
    .map((clause) => ({
      clause,
      byHand: clause.linkedActivityIds.includes(activityId),
      shown: isClauseShown(clause, workbench),
    }))
  const linkable = clauses.filter(
    (c) => c.origin !== 'standard' && !c.linkedActivityIds.includes(activityId),
  )
  const undisclosed = undisclosedActivities(workbench).some((a) => a.id === activityId)
  return { activity, links, linkable, undisclosed }
}
