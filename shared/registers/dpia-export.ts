/**
 * A DPIA as a Word file, the one way Ombud writes it: the app's download, the audit pack
 * and the `dpia` command all come here. The document is composed by dpia-doc.ts and
 * rendered by the policy's renderer, so it has the policy's look.
 */
import type { ProcessingActivity } from '../model/activity'
import type { Lang } from '../model/common'
import type { Dpia } from '../model/dpia'
import type { Organization } from '../model/organization'
import { policyToDocx } from '../policy/docx'
import { composeDpiaDoc } from './dpia-doc'
import { UNSAFE_FILE_NAME_CHARS } from '../file-names'

/** The newest version of each DPIA (per series), in the order of their titles. */
export function newestDpiaVersions(all: readonly Dpia[]): Dpia[] {
  const newest = new Map<string, Dpia>()
  for (const d of all) {
    const seen = newest.get(d.seriesId)
    if (!seen || d.version > seen.version) newest.set(d.seriesId, d)
  }
  return [...newest.values()].sort((a, b) => a.title.localeCompare(b.title, 'nb') || a.seriesId.localeCompare(b.seriesId))
}

/** The newest version of each DPIA that assesses `activityId`. */
export function newestDpiasOfActivity(all: readonly Dpia[], activityId: string): Dpia[] {
  return newestDpiaVersions(all).filter((d) => d.activityIds.includes(activityId))
}

/** What the document needs besides the DPIA: the company and the names of the activities. */
export interface DpiaExportSource {
  organization: Organization | null
  activities: readonly Pick<ProcessingActivity, 'id' | 'name'>[]
}

/** One version of a DPIA as .docx bytes; `all` holds the versions, for the one it revises. */
export async function dpiaDocx(d: Dpia, src: DpiaExportSource, all: readonly Dpia[], lang: Lang = 'nb'): Promise<Uint8Array> {
  const names = new Map(src.activities.filter((a) => d.activityIds.includes(a.id)).map((a) => [a.id, a.name] as const))
  const revised = d.revisionOf === null ? undefined : all.find((x) => x.id === d.revisionOf)
  const doc = composeDpiaDoc(d, { company: src.organization?.name ?? '', activityNames: names, revisedVersion: revised?.version }, lang)
  return policyToDocx(doc)
}

/** The file name of a DPIA version: «DPIA <tittel> v<n>.docx», without characters a file system refuses. */
export function dpiaFileName(d: Pick<Dpia, 'title' | 'version'>): string {
  return `DPIA ${d.title.replace(UNSAFE_FILE_NAME_CHARS, '-')} v${String(d.version)}.docx`
}
