/**
 * docx: PolicyDoc → .docx bytes, through the one document renderer (shared/document): the
 * title (the company's name kept on one line), "Sist oppdatert …", a table of contents of
 * links to the sections, and the clauses. Runs marked `ins`/`del` become tracked changes.
 * Runs in the browser, a worker and Node.
 */
import { renderDocx } from '../document/docx'
import { keepTogether, type DocumentModel } from '../document/model'
import type { PolicyDoc, TextRun } from '../model/policy-doc'
import { phrases } from './clauses'
import { formatLongDate } from './format'

export interface DocxOptions {
  /** Author of the tracked changes and of the document (default "Ombud"). */
  author?: string
  /** Time of the tracked changes, ISO 8601 (default: the document's date, midnight UTC). */
  date?: string
  /**
   * For a document of tracked changes: the date of the version it is compared with. When
   * it differs, the date under the title is a tracked change too, so the date never moves
   * without a mark.
   */
  updatedBefore?: string
}

/** The policy as a document of the one document model. */
export function policyDocument(doc: PolicyDoc, opts: DocxOptions = {}): DocumentModel {
  const ph = phrases(doc.lang)
  const updated = `${ph.updated} ${formatLongDate(doc.updated, doc.lang)}`
  const dateMoved = opts.updatedBefore !== undefined && opts.updatedBefore !== doc.updated
  const dateRuns: TextRun[] = dateMoved
    ? [
        { text: `${ph.updated} ` },
        { text: formatLongDate(opts.updatedBefore!, doc.lang), mark: 'del' },
        { text: formatLongDate(doc.updated, doc.lang), mark: 'ins' },
      ]
    : [{ text: updated }]
  const company = doc.company.trim()
  const title = company !== '' ? doc.title.replace(company, keepTogether(company)) : doc.title
  return {
    lang: doc.lang,
    title: doc.title,
    subject: doc.title,
    description: updated,
    company: doc.company,
    author: opts.author ?? 'Ombud',
    creator: opts.author ?? (doc.company || 'Ombud'),
    revisionDate: opts.date ?? `${doc.updated}T00:00:00Z`,
    blocks: [
      { type: 'title', text: title, subtitle: dateRuns },
      { type: 'contents', title: ph.contents, levels: 1, pageBreak: false },
      ...doc.blocks,
    ],
  }
}

/**
 * Writes a PolicyDoc as a .docx file. Runs marked `ins`/`del` become tracked insertions
 * and deletions by `opts.author` at `opts.date`; when there are any, Word also keeps
 * tracking further edits.
 */
export async function policyToDocx(doc: PolicyDoc, opts: DocxOptions = {}): Promise<Uint8Array> {
  return Promise.resolve(renderDocx(policyDocument(doc, opts)))
}
