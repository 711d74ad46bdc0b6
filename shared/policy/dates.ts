/**
 * The date under the title of the privacy policy ("Sist oppdatert"). It must be true:
 * a published version shows the day it was published, the policy as it stands now (a
 * draft) the day its content last changed. It is never the day a file is written.
 */
import type { ChangeEntry, TableName } from '../model/change'
import type { PolicyVersion } from '../model/clause'
import type { Lang } from '../model/common'
import type { Block, PolicyDoc } from '../model/policy-doc'
import { osloDate } from '../registers/oslo-time'
import { composePolicy } from './compose'
import { canonicalJson } from './hash'
import type { PolicyWorkbench } from './linking'

/**
 * The newest published version in a language: the latest publication date, and of two
 * published the same day the one saved last. Null when none is published.
 */
export function newestPublished(versions: readonly PolicyVersion[], lang: Lang): PolicyVersion | null {
  let best: PolicyVersion | null = null
  for (const v of versions) {
    if (v.status !== 'published' || v.lang !== lang || v.publishedOn === null) continue
    if (
      best === null ||
      v.publishedOn > best.publishedOn! ||
      (v.publishedOn === best.publishedOn && Date.parse(v.createdAt) > Date.parse(best.createdAt))
    ) {
      best = v
    }
  }
  return best
}

/**
 * The document of a saved version as it is shown and exported: a published version
 * carries its publication date, whatever date its snapshot was composed with (versions
 * published before Ombud set the date on publishing carry the day they were saved).
 */
export function versionDoc(version: PolicyVersion): PolicyDoc {
  if (version.status !== 'published' || version.publishedOn === null || version.doc.updated === version.publishedOn) {
    return version.doc
  }
  return { ...version.doc, updated: version.publishedOn }
}

/** The snapshot to store when `doc` is published on `publishedOn`: it carries that date. */
export function publicationDoc(doc: PolicyDoc, publishedOn: string): PolicyDoc {
  return doc.updated === publishedOn ? doc : { ...doc, updated: publishedOn }
}

/** The parts of a workbench the date is found from. A full `Workbench` fits, with `organizationChangedAt`. */
export interface DatedPolicyWorkbench extends PolicyWorkbench {
  policyVersions: readonly PolicyVersion[]
  /** When the organisation last changed (its record has no time of its own; the change log has). */
  organizationChangedAt?: string | null
}

/** The time of the newest change-log entry of a table, or null when it has none. */
export function lastChangeAt(changes: readonly ChangeEntry[], table: TableName): string | null {
  let newest: string | null = null
  for (const c of changes) if (c.table === table && (newest === null || Date.parse(c.at) > Date.parse(newest))) newest = c.at
  return newest
}

function sameContent(a: readonly Block[], b: readonly Block[]): boolean {
  return a.length === b.length && canonicalJson(a) === canonicalJson(b)
}

function activityIdsOf(blocks: readonly Block[], into: Set<string>): void {
  for (const b of blocks) for (const id of b.source.activityIds ?? []) into.add(id)
}

/**
 * The day the content of the policy composed from `workbench` last changed, in Norwegian
 * time, or null when no record it is made from carries a time.
 *
 * - Content equal to the newest published version of the language: that version's
 *   publication date (nothing has changed since).
 * - Otherwise the newest change to a record the text is made from: the organisation (as the
 *   change log has it), the
 *   clauses, the processors and transfers, and the activities named in this text or in the
 *   published one (an activity that left the policy changed it too). Never earlier than the
 *   publication the content differs from: a difference that no record explains came with a
 *   newer version of Ombud's standard texts, after that publication.
 */
export function lastContentChange(
  workbench: DatedPolicyWorkbench,
  doc: PolicyDoc,
): string | null {
  const published = newestPublished(workbench.policyVersions, doc.lang)
  if (published && sameContent(published.doc.blocks, doc.blocks)) return published.publishedOn
  const named = new Set<string>()
  activityIdsOf(doc.blocks, named)
  if (published) activityIdsOf(published.doc.blocks, named)
  const times: string[] = []
  if (workbench.organization && workbench.organizationChangedAt) times.push(workbench.organizationChangedAt)
  for (const c of workbench.clauses) times.push(c.updatedAt)
  for (const p of workbench.processors) times.push(p.updatedAt)
  for (const t of workbench.transfers) times.push(t.updatedAt)
  for (const a of workbench.activities) if (named.has(a.id)) times.push(a.updatedAt)
  let newest: string | null = null
  for (const t of times) {
    const ms = Date.parse(t)
    if (Number.isNaN(ms)) continue
    const day = osloDate(ms)
    if (newest === null || day > newest) newest = day
  }
  if (published && (newest === null || published.publishedOn! > newest)) return published.publishedOn
  return newest
}

/**
 * The policy as it stands now (a draft), dated by its last content change. `today` is
 * used only for a workbench with no dated record at all (nothing but Ombud's own texts).
 */
export function composeCurrentPolicy(
  workbench: DatedPolicyWorkbench,
  lang: Lang,
  opts: { today: string },
): PolicyDoc {
  const doc = composePolicy(workbench, lang, { updated: opts.today })
  const updated = lastContentChange(workbench, doc) ?? opts.today
  return updated === doc.updated ? doc : { ...doc, updated }
}
