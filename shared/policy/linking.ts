/**
 * Which processing activities each standard clause discloses, and the small pieces of the
 * workbench the policy engine reads.
 */
import type { ProcessingActivity } from '../model/activity'
import type { Clause } from '../model/clause'
import type { Organization } from '../model/organization'
import type { Processor } from '../model/processor'
import type { DataSource } from '../model/source'
import type { Transfer } from '../model/transfer'
import { informsViaPolicy } from '../model/activity-view'
import { standardClauseDef } from './clauses/keys'

/** The parts of a workbench the policy engine reads. A full `Workbench` fits. */
export interface PolicyWorkbench {
  organization: Organization | null
  activities: readonly ProcessingActivity[]
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  /** The shared list of named sources; without it the policy names no third-party source. */
  sources?: readonly DataSource[]
  clauses: readonly Clause[]
}

const collator = new Intl.Collator('nb')

/** Norwegian alphabetical order (æ, ø, å last), as `a.localeCompare(b, 'nb')`. */
export function compareNb(a: string, b: string): number {
  return collator.compare(a, b)
}

/** Activities by name in Norwegian order; the id breaks ties so the order is total. */
export function sortActivities<T extends Pick<ProcessingActivity, 'name' | 'id'>>(activities: readonly T[]): T[] {
  return [...activities].sort((a, b) => compareNb(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** Activities the policy describes: active, with at least one group the policy informs. */
export function isDisclosable(a: ProcessingActivity): boolean {
  return a.status === 'active' && informsViaPolicy(a)
}

/** The disclosable activities, sorted by name. */
export function externalActivities(activities: readonly ProcessingActivity[]): ProcessingActivity[] {
  return sortActivities(activities.filter(isDisclosable))
}

/**
 * The activities a standard clause discloses by its linking rule: active activities with
 * external data subjects that match the rule, sorted by name (Norwegian order). Empty for
 * an unknown key and for clauses without a rule (e.g. "complaint").
 */
export function linkedActivities(
  clauseKey: string,
  workbench: Pick<PolicyWorkbench, 'activities'>,
): ProcessingActivity[] {
  const rule = standardClauseDef(clauseKey)?.links
  if (!rule) return []
  return externalActivities(workbench.activities).filter(rule)
}

/** Whether an activity matches a clause's linking rule, whatever its status. */
export function matchesLinkingRule(clauseKey: string, activity: ProcessingActivity): boolean {
  const rule = standardClauseDef(clauseKey)?.links
  return rule ? informsViaPolicy(activity) && rule(activity) : false
}
