/**
 * The one document model every Word file Ombud writes is made of: the policy's blocks
 * (PolicyDoc: headings, paragraphs, lists, tables, with tracked-change marks) and the blocks
 * the protokoll, the reports and the DPIA need besides: a third heading level with an anchor,
 * field tables (label → text, with the name they belong to repeated on every page they run
 * over), tables with set column widths (grid), a cover page, a table of contents made of
 * links, and page breaks.
 *
 * A `DocumentModel` is built in memory for one rendering and is not stored: the stored and
 * hashed model is PolicyDoc, which this one contains unchanged.
 */
import type { Block, TextRun } from '../model/policy-doc'
import type { Lang } from '../model/common'

export type { Block, TextRun }

/** A heading of level 1–3. Headings of the policy model (levels 1–2) fit. */
export interface HeadingBlock {
  type: 'heading'
  level: 1 | 2 | 3
  runs: readonly TextRun[]
  source?: Block['source']
}

/** One row of a field table: a label (with the provision it answers) and its text. */
export interface FieldRow {
  label: string
  /** The GDPR provision the item answers, shown under the label. */
  article?: string
  /** Text (line breaks become paragraphs), a list (bullets), or nothing. */
  content: string | readonly string[] | null
  /** What an empty value means here: "Ikke angitt" unless "Ingen" is the honest reading. */
  empty?: string
}

/**
 * A two-column table of labels and their text. With a `caption`, the table's first row
 * holds it as a heading of `captionLevel` and repeats at the top of every page the table
 * runs over, so a continuation page still says what it belongs to.
 */
export interface FieldTableBlock {
  type: 'fieldTable'
  caption?: string
  captionLevel?: 2 | 3
  rows: readonly FieldRow[]
}

/** The first page: title, subtitle, the name of whom it is about, facts and a note. */
export interface CoverBlock {
  type: 'cover'
  title: string
  subtitle?: string
  name?: string
  facts: readonly { label: string; value: string }[]
  note?: string
}

/**
 * A table of contents: one entry per heading of level ≤ `levels` that follows it, each a
 * link to its heading. Made from the headings themselves, so it is right at every size
 * and the reader's program has nothing to update (no page numbers to go stale).
 */
export interface ContentsBlock {
  type: 'contents'
  title: string
  levels: 1 | 2 | 3
  /** A new page after the contents (default), or the text goes on. */
  pageBreak?: boolean
}

/** A document's title, with a line under it (the policy's "Sist oppdatert …"). */
export interface TitleBlock {
  type: 'title'
  text: string
  /** Runs, so a moved date can be a tracked change. */
  subtitle?: readonly TextRun[]
}

export interface PageBreakBlock {
  type: 'pageBreak'
}

/**
 * A table whose columns have set shares of the text width, for rows a reader scans across
 * (the findings of a report: the sentences wide, a provision and a code narrow). The
 * header row repeats on every page the table runs over; a row does not split.
 */
export interface GridBlock {
  type: 'grid'
  columns: readonly { title: string; share: number }[]
  rows: readonly (readonly (readonly TextRun[])[])[]
}

export type DocumentBlock =
  | Exclude<Block, { type: 'heading' }>
  | HeadingBlock
  | FieldTableBlock
  | CoverBlock
  | ContentsBlock
  | TitleBlock
  | PageBreakBlock
  | GridBlock

export interface DocumentModel {
  lang: Lang
  /** The document's title (its properties; the first page shows it through a block). */
  title: string
  subject?: string
  keywords?: string
  description?: string
  /** Shown as the company in the file's properties. */
  company?: string
  /** The author of tracked changes (default "Ombud"). */
  author?: string
  /** The author in the file's properties (default: `author`). */
  creator?: string
  /** Time of tracked changes, ISO 8601. */
  revisionDate?: string
  /** A line at the top of every page but the first. */
  runningHeader?: string
  /** The first page has no header or footer (a cover page). */
  coverPage?: boolean
  blocks: readonly DocumentBlock[]
}

/** A heading block. */
export function heading(level: 1 | 2 | 3, text: string): HeadingBlock {
  return { type: 'heading', level, runs: [{ text }] }
}

/** A plain paragraph block. */
export function para(text: string, style: { italic?: boolean; bold?: boolean } = {}): DocumentBlock {
  return { type: 'paragraph', runs: [{ text, ...style }], source: {} }
}

/** A field table; with a caption, it names its activity on every page. */
export function fieldTable(rows: readonly FieldRow[], caption?: string, captionLevel?: 2 | 3): FieldTableBlock {
  return caption === undefined ? { type: 'fieldTable', rows } : { type: 'fieldTable', rows, caption, captionLevel }
}

/** One entry of a table of contents: the heading (or named field table) it links to. */
export interface ContentsEntry {
  block: DocumentBlock
  level: 1 | 2 | 3
  text: string
}

function plainText(runs: readonly TextRun[]): string {
  return runs
    .filter((r) => r.mark !== 'del')
    .map((r) => r.text)
    .join('')
    .replace(/\s*\n\s*/g, ' ')
}

/**
 * The entries of each contents block: every heading after it of level ≤ its `levels`,
 * named field tables included, in document order (deleted text left out).
 */
export function contentsEntries(blocks: readonly DocumentBlock[]): Map<ContentsBlock, ContentsEntry[]> {
  const byContents = new Map<ContentsBlock, ContentsEntry[]>()
  let open: { levels: number; entries: ContentsEntry[] } | null = null
  for (const block of blocks) {
    if (block.type === 'contents') {
      open = { levels: block.levels, entries: [] }
      byContents.set(block, open.entries)
      continue
    }
    if (!open) continue
    let entry: ContentsEntry | null = null
    if (block.type === 'heading') entry = { block, level: block.level, text: plainText(block.runs) }
    else if (block.type === 'fieldTable' && block.caption !== undefined)
      entry = { block, level: block.captionLevel ?? 2, text: block.caption }
    if (entry && entry.level <= open.levels && entry.text.trim() !== '') open.entries.push(entry)
  }
  return byContents
}

/** Norwegian legal forms a company name ends with. */
const LEGAL_FORM = /\s+(AS|ASA|SA|BA|ANS|DA|ENK|NUF|KS|IKS|KF|SF|HF|Inc\.?|Ltd\.?|AB|GmbH)$/

/**
 * A company name that keeps together on one line: its words joined by non-breaking spaces
 * (a long name only before its legal form), so a title never leaves "AS" alone on a line.
 */
export function keepTogether(name: string): string {
  const t = name.trim()
  if (t.length <= 40) return t.replace(/ /g, '\u00a0')
  return t.replace(LEGAL_FORM, (m) => `\u00a0${m.trim()}`)
}
