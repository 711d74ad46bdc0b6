/**
 * The standard clauses of the privacy policy: which art. 13/14 elements each covers, its
 * place and heading level, and its linking rule (which processing activities it discloses).
 * The texts live in nb.ts and nn.ts; the templates that fill them from the record in
 * templates.ts.
 */
import type { PolicyElement } from '../../law/art13-14'
import type { ProcessingActivity } from '../../model/activity'
import { art9BasesOf, hasBasis } from '../../model/activity-view'

export const STANDARD_CLAUSE_KEYS = [
  'introduction',
  'controller',
  'dpo',
  'purposes',
  'legitimate-interests',
  'sources',
  'recipients',
  'transfers',
  'retention',
  'requirement',
  'automated-decisions',
  'rights',
  'right-access',
  'right-rectification',
  'right-erasure',
  'right-restriction',
  'right-portability',
  'right-objection',
  'consent-withdrawal',
  'complaint',
  'cookies',
  'changes',
] as const
export type StandardClauseKey = (typeof STANDARD_CLAUSE_KEYS)[number]

/**
 * When a standard clause may be hidden:
 * - `never`: the law requires the information in every policy;
 * - `no-dpo`: only when the organisation has no DPO (art. 13(1)(b) applies only when there is one);
 * - `when-unused`: only while no active activity triggers the element (e.g. no transfers);
 * - `always`: the clause is not required by arts. 13/14 (introduction, cookies, changes).
 */
export type HideRule = 'never' | 'no-dpo' | 'when-unused' | 'always'

export interface StandardClauseDef {
  key: StandardClauseKey
  elements: readonly PolicyElement[]
  level: 1 | 2
  /** Default position in the policy; gaps leave room for custom clauses. */
  order: number
  hide: HideRule
  /**
   * Whether the clause names each linked activity in its text (a table row or list item).
   * Only such clauses count as disclosing an activity; general clauses (introduction,
   * retention) link activities for review flags but do not describe them.
   */
  namesActivities: boolean
  /**
   * The linking rule on one activity, before the status filter: the clause discloses the
   * active activities with external data subjects for which this returns true.
   * `null` when the clause links no activities by rule.
   */
  links: ((activity: ProcessingActivity) => boolean) | null
}

const all = () => true
/** Words that identify an activity as the website's use of cookies (ekomloven § 3-15). */
const COOKIE_WORDS = /informasjonskaps|cookie/i

/** The standard clauses in their default order. */
export const STANDARD_CLAUSES: readonly StandardClauseDef[] = [
  { key: 'introduction', elements: [], level: 1, order: 100, hide: 'always', namesActivities: false, links: all },
  { key: 'controller', elements: ['controller-identity'], level: 1, order: 200, hide: 'never', namesActivities: false, links: null },
  { key: 'dpo', elements: ['dpo-contact'], level: 1, order: 300, hide: 'no-dpo', namesActivities: false, links: null },
  {
    key: 'purposes',
    elements: ['purposes-and-bases', 'data-categories', 'retention'],
    level: 1,
    order: 400,
    hide: 'never',
    namesActivities: true,
    links: all,
  },
  {
    key: 'legitimate-interests',
    elements: ['legitimate-interests'],
    level: 1,
    order: 500,
    hide: 'when-unused',
    namesActivities: true,
    links: (a) => hasBasis(a, 'legitimate-interests'),
  },
  {
    key: 'sources',
    elements: ['sources', 'data-categories'],
    level: 1,
    order: 600,
    hide: 'when-unused',
    namesActivities: true,
    links: (a) => a.dataCategories.some((c) => c.sourceIds.length > 0),
  },
  {
    key: 'recipients',
    elements: ['recipients'],
    level: 1,
    order: 700,
    hide: 'never',
    namesActivities: false,
    links: (a) => a.recipients.length > 0 || a.processorIds.length > 0 || a.jointController.trim() !== '',
  },
  {
    key: 'transfers',
    elements: ['transfers'],
    level: 1,
    order: 800,
    hide: 'when-unused',
    namesActivities: false,
    links: (a) => a.transferIds.length > 0,
  },
  { key: 'retention', elements: ['retention'], level: 1, order: 900, hide: 'never', namesActivities: false, links: all },
  {
    key: 'requirement',
    elements: ['requirement'],
    level: 1,
    order: 1000,
    hide: 'never',
    namesActivities: true,
    // Art. 13(2)(e) is stated only where giving the data is a statutory or contractual
    // requirement, and only for data collected from the person (art. 14 has no such item).
    links: (a) =>
      a.requirement !== 'voluntary' &&
      (a.dataCategories.length === 0 || a.dataCategories.some((c) => c.fromSubject)),
  },
  {
    key: 'automated-decisions',
    elements: ['automated-decisions'],
    level: 1,
    order: 1100,
    hide: 'when-unused',
    namesActivities: true,
    links: (a) => a.automatedDecisions.used || a.automatedDecisions.profiling,
  },
  { key: 'rights', elements: [], level: 1, order: 1200, hide: 'never', namesActivities: false, links: null },
  { key: 'right-access', elements: ['right-access'], level: 2, order: 1300, hide: 'never', namesActivities: false, links: null },
  {
    key: 'right-rectification',
    elements: ['right-rectification'],
    level: 2,
    order: 1400,
    hide: 'never',
    namesActivities: false,
    links: null,
  },
  { key: 'right-erasure', elements: ['right-erasure'], level: 2, order: 1500, hide: 'never', namesActivities: false, links: null },
  {
    key: 'right-restriction',
    elements: ['right-restriction'],
    level: 2,
    order: 1600,
    hide: 'never',
    namesActivities: false,
    links: null,
  },
  {
    key: 'right-portability',
    elements: ['right-portability'],
    level: 2,
    order: 1700,
    hide: 'never',
    namesActivities: false,
    // Art. 20 covers processing based on consent or contract.
    links: (a) => hasBasis(a, 'consent') || hasBasis(a, 'contract'),
  },
  {
    key: 'right-objection',
    // Art. 21(4): a section of its own, not one item among the other rights.
    elements: ['right-objection'],
    level: 1,
    order: 1800,
    hide: 'never',
    namesActivities: true,
    links: (a) => hasBasis(a, 'legitimate-interests') || hasBasis(a, 'public-task'),
  },
  {
    key: 'consent-withdrawal',
    elements: ['consent-withdrawal'],
    level: 1,
    order: 1900,
    hide: 'when-unused',
    namesActivities: true,
    links: (a) => hasBasis(a, 'consent') || art9BasesOf(a).includes('explicit-consent'),
  },
  { key: 'complaint', elements: ['complaint'], level: 1, order: 2000, hide: 'never', namesActivities: false, links: null },
  {
    key: 'cookies',
    elements: [],
    level: 1,
    order: 2100,
    hide: 'always',
    namesActivities: true,
    links: (a) =>
      COOKIE_WORDS.test(a.name) || a.systems.some((s) => COOKIE_WORDS.test(s)) || a.dataCategories.some((c) => COOKIE_WORDS.test(c.name.nb)),
  },
  { key: 'changes', elements: [], level: 1, order: 2200, hide: 'always', namesActivities: false, links: null },
]

const BY_KEY = new Map<string, StandardClauseDef>(STANDARD_CLAUSES.map((d) => [d.key, d]))

export function isStandardClauseKey(key: string): key is StandardClauseKey {
  return BY_KEY.has(key)
}

/** The definition of a standard clause, or undefined for an unknown key. */
export function standardClauseDef(key: string): StandardClauseDef | undefined {
  return BY_KEY.get(key)
}
