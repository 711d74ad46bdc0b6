/** Saved versions of the policy: building a snapshot and finding the last published one. */
import type { Lang, PolicyDoc, PolicyVersion } from '../../../../shared/model'

/**
 * The last published version in a language: the latest `publishedOn`, and of two
 * published the same day the one saved last. Null when none is published.
 */
export function lastPublished(
  versions: readonly PolicyVersion[],
  lang: Lang,
): PolicyVersion | null {
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

/** The first characters of a content hash: enough to tell versions apart at a glance. */
export function shortHash(hash: string): string {
  return hash.slice(0, 10)
}

/**
 * A new version record of `doc` (its id is given by the repository). A published
 * version carries the day it was published.
 */
export function newPolicyVersion(
  doc: PolicyDoc,
  opts: { status: PolicyVersion['status']; note: string; hash: string; now: string; today: string },
): PolicyVersion {
  return {
    id: '',
    lang: doc.lang,
    status: opts.status,
    createdAt: opts.now,
    publishedOn: opts.status === 'published' ? opts.today : null,
    hash: opts.hash,
    note: opts.note.trim(),
    doc,
  }
}

/** The date a version is known by: the day it was published, else the local day it was saved. */
export function versionDate(version: PolicyVersion, localDate: (d: Date) => string): string {
  return version.publishedOn ?? localDate(new Date(version.createdAt))
}
