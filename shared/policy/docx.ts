/**
 * docx: PolicyDoc → .docx bytes. A real Word document, not styled paragraphs: Title and
 * Heading styles (so Word's navigation pane and table of contents work), list numbering,
 * tables whose header row repeats on each page, page numbers in the footer, the document
 * language for spelling, and tracked changes (w:ins / w:del) for runs marked in the doc.
 * Runs in the browser and in Node.
 */
import {
  AlignmentType,
  BorderStyle,
  DeletedTextRun,
  Document,
  Footer,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun as DocxTextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx'
import type { Block, PolicyDoc, TextRun } from '../model/policy-doc'
import { phrases } from './clauses'
import { hasMarks } from './diff'
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

const FONT = 'Arial'
const BODY_SIZE = 21 // half-points: 10.5 pt
/** Tables are set a point smaller, so four columns of long Norwegian compounds fit. */
const TABLE_SIZE = 19
const ACCENT = '1F3864'
const MUTED = '595959'
const HEADER_FILL = 'DCE3EC'
const BORDER = 'A6A6A6'
/** A4 with 2.2 cm side margins, in twips. */
const PAGE = { width: 11906, height: 16838, marginX: 1247, marginY: 1134 }
const TEXT_WIDTH = PAGE.width - 2 * PAGE.marginX

interface RenderContext {
  language: { value: string }
  author: string
  date: string
  nextId: () => number
  nextListInstance: () => number
}

type Revision = { id: number; author: string; date: string }

function revision(ctx: RenderContext): Revision {
  return { id: ctx.nextId(), author: ctx.author, date: ctx.date }
}

/** Text runs of Word: one per line of a PolicyDoc run, tracked where the run is marked. */
function children(runs: readonly TextRun[], ctx: RenderContext, extra: IRunOptions = {}): ParagraphChild[] {
  const out: ParagraphChild[] = []
  for (const run of runs) {
    run.text.split('\n').forEach((part, i) => {
      if (part === '' && i === 0) return
      const options: IRunOptions = {
        ...extra,
        text: part,
        bold: run.bold ?? extra.bold,
        italics: run.italic ?? extra.italics,
        language: ctx.language,
        ...(i > 0 ? { break: 1 } : {}),
      }
      if (run.mark === 'ins') out.push(new InsertedTextRun({ ...options, ...revision(ctx) }))
      else if (run.mark === 'del') out.push(new DeletedTextRun({ ...options, ...revision(ctx) }))
      else out.push(new DocxTextRun(options))
    })
  }
  return out
}

/** The mark every run carries, if all (and at least one) carry the same one. */
function wholeMark(runs: readonly TextRun[]): 'ins' | 'del' | undefined {
  const nonEmpty = runs.filter((r) => r.text !== '')
  const first = nonEmpty[0]?.mark
  return first && nonEmpty.every((r) => r.mark === first) ? first : undefined
}

/**
 * Paragraph-mark revision for a paragraph inserted or deleted as a whole, so that
 * accepting or rejecting it in Word removes the empty paragraph as well.
 */
function paragraphMark(mark: 'ins' | 'del' | undefined, ctx: RenderContext) {
  if (!mark) return {}
  return { run: mark === 'ins' ? { insertion: revision(ctx) } : { deletion: revision(ctx) } }
}

/** Rough width of a character in Arial 9.5 pt, in twips: enough to keep a word on one line. */
const CHAR_TWIPS = 106
const CELL_PADDING = 240

function columnWidths(block: Extract<Block, { type: 'table' }>): number[] {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1)
  const weights: number[] = []
  const minimums: number[] = []
  for (let c = 0; c < columns; c++) {
    let total = 0
    let count = 0
    let longestWord = 0
    for (const row of [block.header, ...block.rows.slice(0, 200)]) {
      const cell = row[c]
      if (!cell) continue
      const text = cell.map((r) => r.text).join('')
      total += text.length
      count++
      for (const word of text.split(/[\s/]+/)) longestWord = Math.max(longestWord, word.length)
    }
    // Less than linear: long columns get more room, short ones still fit their words.
    weights.push(Math.pow(count ? total / count : 1, 0.7) + 2)
    // The header is bold and should not break inside a word ("Behandlingsgrunnlag").
    minimums.push(Math.min(longestWord * CHAR_TWIPS + CELL_PADDING, Math.floor((TEXT_WIDTH / columns) * 1.5)))
  }
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w, c) => Math.max(minimums[c]!, Math.round((w / sum) * TEXT_WIDTH)))
  // Scale back to the text width, taking the room from columns above their minimum.
  const excess = raw.reduce((a, b) => a + b, 0) - TEXT_WIDTH
  if (excess > 0) {
    const slack = raw.map((w, c) => Math.max(0, w - minimums[c]!))
    const totalSlack = slack.reduce((a, b) => a + b, 0)
    if (totalSlack >= excess) {
      for (let c = 0; c < columns; c++) raw[c]! -= Math.ceil((slack[c]! / totalSlack) * excess)
    }
  }
  const scale = TEXT_WIDTH / raw.reduce((a, b) => a + b, 0)
  return raw.map((w) => Math.floor(w * scale))
}

function tableBlock(block: Extract<Block, { type: 'table' }>, ctx: RenderContext): Table {
  const widths = columnWidths(block)
  const border = { style: BorderStyle.SINGLE, size: 4, color: BORDER }
  const cell = (runs: readonly TextRun[], col: number, header: boolean) =>
    new TableCell({
      width: { size: widths[col] ?? 0, type: WidthType.DXA },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      ...(header ? { shading: { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          spacing: { before: 0, after: 0, line: 250, lineRule: LineRuleType.AUTO },
          children: children(runs, ctx, header ? { bold: true, size: TABLE_SIZE } : { size: TABLE_SIZE }),
          ...paragraphMark(wholeMark(runs), ctx),
        }),
      ],
    })
  const fill = (row: readonly TextRun[][]) => widths.map((_, c) => row[c] ?? [])
  const rowMark = (row: readonly TextRun[][]) => wholeMark(row.flat())
  const headerMark = rowMark(block.header)
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      ...(headerMark === 'ins' ? { insertion: revision(ctx) } : headerMark === 'del' ? { deletion: revision(ctx) } : {}),
      children: fill(block.header).map((c, i) => cell(c, i, true)),
    }),
    ...block.rows.map((row) => {
      const mark = rowMark(row)
      return new TableRow({
        // A row is kept whole on a page, so one activity is never split across two.
        cantSplit: true,
        ...(mark === 'ins' ? { insertion: revision(ctx) } : mark === 'del' ? { deletion: revision(ctx) } : {}),
        children: fill(row).map((c, i) => cell(c, i, false)),
      })
    }),
  ]
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  })
}

function renderBlock(block: Block, ctx: RenderContext): Array<Paragraph | Table> {
  switch (block.type) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          children: children(block.runs, ctx),
          ...paragraphMark(wholeMark(block.runs), ctx),
        }),
      ]
    case 'paragraph':
      return [new Paragraph({ children: children(block.runs, ctx), ...paragraphMark(wholeMark(block.runs), ctx) })]
    case 'list': {
      const instance = ctx.nextListInstance()
      return block.items.map(
        (item, i) =>
          new Paragraph({
            numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: 0, instance },
            // The last item gets the normal paragraph gap, so the list stands apart from what follows.
            spacing: { after: i === block.items.length - 1 ? 160 : 60 },
            children: children(item, ctx),
            ...paragraphMark(wholeMark(item), ctx),
          }),
      )
    }
    case 'table':
      // A table directly after a table would merge with it in Word; a small gap keeps them apart.
      return [tableBlock(block, ctx), new Paragraph({ spacing: { before: 0, after: 0, line: 200, lineRule: LineRuleType.AUTO }, children: [] })]
  }
}

/**
 * Writes a PolicyDoc as a .docx file. Runs marked `ins`/`del` become tracked insertions
 * and deletions by `opts.author` at `opts.date`; when there are any, Word also keeps
 * tracking further edits.
 */
export async function policyToDocx(doc: PolicyDoc, opts: DocxOptions = {}): Promise<Uint8Array> {
  const ph = phrases(doc.lang)
  const language = { value: ph.wordLanguage }
  let id = 0
  let listInstance = 0
  const ctx: RenderContext = {
    language,
    author: opts.author ?? 'Ombud',
    date: opts.date ?? `${doc.updated}T00:00:00Z`,
    nextId: () => ++id,
    nextListInstance: () => ++listInstance,
  }
  const dateMoved = opts.updatedBefore !== undefined && opts.updatedBefore !== doc.updated
  const dateRuns: TextRun[] = dateMoved
    ? [
        { text: `${ph.updated} ` },
        { text: formatLongDate(opts.updatedBefore!, doc.lang), mark: 'del' },
        { text: formatLongDate(doc.updated, doc.lang), mark: 'ins' },
      ]
    : [{ text: `${ph.updated} ${formatLongDate(doc.updated, doc.lang)}` }]
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new DocxTextRun({ text: doc.title, language })] }),
    new Paragraph({ style: 'Updated', children: children(dateRuns, ctx) }),
  ]
  for (const block of doc.blocks) body.push(...renderBlock(block, ctx))

  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new DocxTextRun({
            children: [`${ph.page} `, PageNumber.CURRENT, ` ${ph.pageOf} `, PageNumber.TOTAL_PAGES],
            size: 18,
            color: MUTED,
            language,
          }),
        ],
      }),
    ],
  })

  const document = new Document({
    title: doc.title,
    subject: doc.title,
    creator: opts.author ?? (doc.company || 'Ombud'),
    lastModifiedBy: opts.author ?? 'Ombud',
    description: `${ph.updated} ${formatLongDate(doc.updated, doc.lang)}`,
    features: { trackRevisions: dateMoved || hasMarks(doc) },
    // Long compounds ("personopplysningsloven") in narrow table columns break at a syllable
    // with a hyphen, by the Norwegian rules of the document language.
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2 },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: BODY_SIZE, language },
          // lineRule must be explicit: LibreOffice reads a bare w:line as an exact height.
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: {
          run: { font: FONT, size: 44, bold: true, color: ACCENT, language },
          paragraph: { spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO } },
        },
        heading1: {
          run: { font: FONT, size: 30, bold: true, color: ACCENT, language },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 24, bold: true, color: ACCENT, language },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true },
        },
      },
      paragraphStyles: [
        {
          id: 'Updated',
          name: 'Updated',
          basedOn: 'Normal',
          next: 'Normal',
          run: { italics: true, color: MUTED, language },
          paragraph: { spacing: { after: 360 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
        {
          reference: 'numbers',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 340 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginY, bottom: PAGE.marginY, left: PAGE.marginX, right: PAGE.marginX, footer: 567 },
          },
        },
        footers: { default: footer },
        children: body,
      },
    ],
  })
  // docx writes an empty docProps/app.xml; Word shows the company and application from it.
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>Ombud</Application><Company>${escapeXml(doc.company)}</Company></Properties>`
  return Packer.pack(document, 'uint8array', false, [{ path: 'docProps/app.xml', data: app }])
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
}
