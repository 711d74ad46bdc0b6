/**
 * compose: workbench → PolicyDoc. The one place that decides what the privacy policy says.
 * Deterministic: the same workbench gives the same document, block for block.
 */
import { transfersInUse } from '../model/transfer'
import type { ProcessingActivity } from '../model/activity'
import type { Clause } from '../model/clause'
import type { Lang } from '../model/common'
import type { Block, PolicyDoc } from '../model/policy-doc'
import { parsePlainText } from './blocks'
import { isStandardClauseKey, phrases, standardClauseDef } from './clauses'
import { TEMPLATES, type TemplateContext } from './clauses/templates'
import { ensureStandardClauses, isClauseShown } from './clause-records'
import { externalActivities, linkedActivities, sortActivities, type PolicyWorkbench } from './linking'

export interface ComposeOptions {
  /** The date shown as "Sist oppdatert", `YYYY-MM-DD`. */
  updated: string
}

/** Used for the records ensureStandardClauses makes up; their timestamps never reach the document. */
const NO_TIME = '1970-01-01T00:00:00.000Z'

/** Clauses in the order of the policy: by `order`, then standard before custom, then id. */
export function orderClauses(clauses: readonly Clause[]): Clause[] {
  const rank = (c: Clause) => (c.origin === 'standard' ? 0 : 1)
  return [...clauses].sort((a, b) => a.order - b.order || rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The activities a clause record links: by the rule of its standard text plus those pinned
 * by hand (standard), or only those linked by hand (custom, imported). Sorted by name.
 */
export function clauseActivities(clause: Clause, workbench: Pick<PolicyWorkbench, 'activities'>): ProcessingActivity[] {
  const byId = new Map(workbench.activities.map((a) => [a.id, a]))
  const result = new Map<string, ProcessingActivity>()
  if (clause.origin === 'standard') for (const a of linkedActivities(clause.section, workbench)) result.set(a.id, a)
  for (const id of clause.linkedActivityIds) {
    const a = byId.get(id)
    if (a) result.set(a.id, a)
  }
  return sortActivities([...result.values()])
}

function withClause(blocks: Block[], clauseId: string): Block[] {
  return blocks.map((b) => ({ ...b, source: { clauseId, ...b.source } }))
}

/**
 * Composes the privacy policy of a workbench in bokmål or nynorsk. Clauses come in their
 * order; hidden ones are left out where the law allows it (see isClauseShown); an edited
 * standard clause uses the DPO's text; custom and imported clauses appear at their place.
 * Standard clauses without a record are composed from the library, as
 * ensureStandardClauses would create them.
 */
export function composePolicy(workbench: PolicyWorkbench, lang: Lang, opts: ComposeOptions): PolicyDoc {
  const ph = phrases(lang)
  const org = workbench.organization
  const companyName = org?.name.trim() ?? ''
  const company = companyName || ph.missing(ph.missingWhat.company)
  const external = externalActivities(workbench.activities)
  const base: Omit<TemplateContext, 'linked'> = {
    ph,
    org,
    company,
    external,
    processors: new Map(workbench.processors.map((p) => [p.id, p])),
    transfers: new Map(transfersInUse(workbench.transfers).map((t) => [t.id, t])),
    sources: new Map((workbench.sources ?? []).map((s) => [s.id, s])),
  }
  const blocks: Block[] = []
  const done = new Set<string>()
  for (const clause of orderClauses(ensureStandardClauses(workbench.clauses, NO_TIME))) {
    if (!isClauseShown(clause, workbench)) continue
    const standard = clause.origin === 'standard' && isStandardClauseKey(clause.section)
    if (standard) {
      // Two records for one standard text: the first in order wins, the text appears once.
      if (done.has(clause.section)) continue
      done.add(clause.section)
    } else if (clause.origin === 'standard' && !clause.edited) {
      continue // a standard text this version of Ombud does not know, and no text of its own
    }
    const linked = clauseActivities(clause, workbench)
    const linkedIds = linked.map((a) => a.id)
    // A standard clause edited in one language only keeps the library text in the other;
    // a custom clause written only in bokmål falls back to it.
    const own = (text: { nb: string; nn: string }) =>
      clause.origin !== 'standard' ? pick(text, lang) : clause.edited ? text[lang].trim() : ''
    const ownTitle = own(clause.title)
    const ownBody = own(clause.body)
    let title = ownTitle
    let body: Block[]
    let level: 1 | 2 = 1
    if (standard && isStandardClauseKey(clause.section)) {
      const key = clause.section
      level = standardClauseDef(key)!.level
      title = ownTitle || ph.titles[key]
      body = ownBody
        ? parsePlainText(ownBody, linkedIds)
        : TEMPLATES[key]({ ...base, linked: linkedActivities(key, workbench) })
    } else {
      body = parsePlainText(ownBody, linkedIds)
    }
    const heading: Block[] = title ? [{ type: 'heading', level, runs: [{ text: title }], source: linkedIds.length ? { activityIds: linkedIds } : {} }] : []
    blocks.push(...withClause([...heading, ...body], clause.id))
  }
  return { lang, title: ph.docTitle(company), company: companyName, updated: opts.updated, blocks }
}

/** The text in the document's language, else the bokmål text. */
function pick(text: { nb: string; nn: string }, lang: Lang): string {
  return text[lang].trim() || (lang === 'nn' ? text.nb.trim() : '')
}
