/**
 * The privacy-policy part of the readiness check: which activities the policy does not
 * disclose and which clauses no longer match the record. The dashboard and the audit pack
 * both pass this to checkReadiness, so they report the same findings.
 */
import type { PolicyStatus } from '../checks/readiness'
import type { PolicyVersion } from '../model/clause'
import { standardClauseTitle, isStandardClauseKey } from '../policy/clauses'
import { isClauseShown } from '../policy/clause-records'
import type { PolicyWorkbench } from '../policy/linking'
import { clauseReviewStatus, undisclosedActivities } from '../policy/review'

/**
 * Analyses the policy as composed from the workbench's clauses. Hidden clauses are left
 * out of the review list: they are not in the policy, so their text cannot be wrong there.
 */
export function policyStatus(
  wb: PolicyWorkbench & { policyVersions: ReadonlyArray<Pick<PolicyVersion, 'status'>> },
): PolicyStatus {
  const clausesNeedingReview = wb.clauses
    .filter((c) => isClauseShown(c, wb) && clauseReviewStatus(c, wb).needsReview)
    .map((c) => ({
      clauseId: c.id,
      title:
        c.title.nb.trim() ||
        c.title.nn.trim() ||
        (isStandardClauseKey(c.section) ? standardClauseTitle(c.section).nb : c.section),
    }))
  return {
    published: wb.policyVersions.some((v) => v.status === 'published'),
    undisclosedActivityIds: undisclosedActivities(wb).map((a) => a.id),
    clausesNeedingReview,
  }
}
