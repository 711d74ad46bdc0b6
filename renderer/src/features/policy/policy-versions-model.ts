/** Saved versions of the policy: building a snapshot. */
import type { PolicyDoc, PolicyVersion } from '../../../../shared/model'
import { hashPolicyDoc, publicationDoc } from './engine'

/** The first characters of a content hash: enough to tell versions apart at a glance. */
export function shortHash(hash: string): string {
  return hash.slice(0, 10)
}

/**
 * A new version record of `doc` (its id is given by the repository), with the hash of
 * the snapshot it stores. A published version carries the day it was published, in the
 * record and as the date under the title of its snapshot.
 */
export async function newPolicyVersion(
  doc: PolicyDoc,
  opts: { status: PolicyVersion['status']; note: string; now: string; today: string },
): Promise<PolicyVersion> {
  const published = opts.status === 'published'
  const stored = published ? publicationDoc(doc, opts.today) : doc
  return {
    id: '',
    lang: doc.lang,
    status: opts.status,
    createdAt: opts.now,
    publishedOn: published ? opts.today : null,
    hash: await hashPolicyDoc(stored),
    note: opts.note.trim(),
    doc: stored,
  }
}

/**
 * A saved draft published on `today`: its snapshot takes the publication date under the
 * title, and the hash follows the snapshot.
 */
export async function publishedDraft(version: PolicyVersion, today: string): Promise<PolicyVersion> {
  const doc = publicationDoc(version.doc, today)
  return { ...version, status: 'published', publishedOn: today, doc, hash: await hashPolicyDoc(doc) }
}

/** The date a version is known by: the day it was published, else the local day it was saved. */
export function versionDate(version: PolicyVersion, localDate: (d: Date) => string): string {
  return version.publishedOn ?? localDate(new Date(version.createdAt))
}
