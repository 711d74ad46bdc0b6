/**
 * The one .docx renderer: DocumentModel → the bytes of a Word document, with THEME's look.
 * It writes WordprocessingML itself, as text, and zips it with fflate: a 5,000-activity
 * protokoll is half a million table cells, and building docx's objects for each of them
 * took minutes. Real Word features, not styled paragraphs: Title and Heading styles (the
 * navigation pane), list numbering, table header rows that repeat on each page, a table of
 * contents made of links to bookmarked headings (nothing to update, nothing to ask), e-mail
 * addresses as mailto links, "Side X av Y" in the footer, the document language for
 * spelling and hyphenation, and tracked changes (w:ins / w:del) for runs marked in the model.
 * Pure: runs in the browser, a worker and Node.
 */
import { strToU8, zipSync } from 'fflate'
import { phrases } from '../policy/clauses'
import type { Block, TextRun } from '../model/policy-doc'
import { contentsEntries, type ContentsBlock, type ContentsEntry, type DocumentBlock, type DocumentModel, type FieldRow, type FieldTableBlock, type GridBlock } from './model'
import { TEXT_WIDTH, THEME } from './theme'

const W_NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const BULLET_NUM = 1
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
/** Longer field-table rows may split across pages; shorter ones are kept whole. */
const UNSPLIT_CHARS = 1200

const XML_ESCAPES: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' }

/** Text for XML: markup escaped, and characters XML 1.0 cannot hold dropped. */
export function escapeXml(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[<>&"]/g, (c) => XML_ESCAPES[c]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
}

interface RunStyle {
  bold?: boolean
  italic?: boolean
  size?: number
  color?: string
  style?: string
}

function runProperties(s: RunStyle, lang: string): string {
  return (
    '<w:rPr>' +
    (s.style ? `<w:rStyle w:val="${s.style}"/>` : '') +
    (s.bold ? '<w:b/>' : '') +
    (s.italic ? '<w:i/>' : '') +
    (s.color ? `<w:color w:val="${s.color}"/>` : '') +
    (s.size ? `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>` : '') +
    `<w:lang w:val="${lang}"/></w:rPr>`
  )
}

interface ParagraphOptions {
  style?: string
  keepNext?: boolean
  numId?: number
  spacing?: { before?: number; after?: number }
  indentLeft?: number
  align?: 'center' | 'right'
  /** A paragraph inserted or deleted as a whole carries the mark on its paragraph mark too. */
  mark?: 'ins' | 'del'
}

/** The headings the contents link to, by the block (or field table) they are made from. */
type Anchors = Map<object, string>

class Writer {
  private revision = 0
  private bookmark = 0
  private ordered: number[] = []
  readonly links: string[] = []
  readonly lang: string
  readonly author: string
  readonly date: string
  anchors: Anchors = new Map()

  constructor(readonly model: DocumentModel) {
    this.lang = phrases(model.lang).wordLanguage
    this.author = model.author ?? 'Ombud'
    this.date = model.revisionDate ?? new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  }

  /** The w:id, author and date of a tracked change. */
  revisionAttrs(): string {
    return `w:id="${++this.revision}" w:author="${escapeXml(this.author)}" w:date="${this.date}"`
  }

  /** A new numbering instance of the decimal list, so each numbered list starts at 1. */
  orderedNum(): number {
    const id = BULLET_NUM + 1 + this.ordered.length
    this.ordered.push(id)
    return id
  }

  get orderedNums(): readonly number[] {
    return this.ordered
  }

  linkId(target: string): string {
    this.links.push(target)
    return `rIdLink${this.links.length}`
  }

  nextBookmark(): number {
    return ++this.bookmark
  }

  /** One plain or tracked run per line of the text; e-mail addresses in unmarked text become links. */
  runs(runs: readonly TextRun[], base: RunStyle = {}): string {
    let out = ''
    for (const run of runs) {
      const style: RunStyle = { ...base, bold: run.bold ?? base.bold, italic: run.italic ?? base.italic }
      if (run.mark === 'del') {
        out += `<w:del ${this.revisionAttrs()}>${this.textRuns(run.text, style, 'w:delText')}</w:del>`
      } else if (run.mark === 'ins') {
        out += `<w:ins ${this.revisionAttrs()}>${this.textRuns(run.text, style, 'w:t')}</w:ins>`
      } else {
        out += this.linkedRuns(run.text, style)
      }
    }
    return out
  }

  private linkedRuns(text: string, style: RunStyle): string {
    let out = ''
    let at = 0
    for (const m of text.matchAll(EMAIL)) {
      out += this.textRuns(text.slice(at, m.index), style, 'w:t')
      const id = this.linkId(`mailto:${m[0]}`)
      out += `<w:hyperlink r:id="${id}" w:history="1">${this.textRuns(m[0], { ...style, style: 'Hyperlink' }, 'w:t')}</w:hyperlink>`
      at = m.index + m[0].length
    }
    return out + this.textRuns(text.slice(at), style, 'w:t')
  }

  /** Runs of text: "\n" is a line break inside the paragraph. */
  textRuns(text: string, style: RunStyle, tag: 'w:t' | 'w:delText'): string {
    if (text === '') return ''
    const rPr = runProperties(style, this.lang)
    let out = ''
    text.split('\n').forEach((part, i) => {
      if (part === '' && i === 0) return
      out += `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}${part === '' ? '' : `<${tag} xml:space="preserve">${escapeXml(part)}</${tag}>`}</w:r>`
    })
    return out
  }

  paragraph(content: string, o: ParagraphOptions = {}): string {
    let pPr = ''
    if (o.style) pPr += `<w:pStyle w:val="${o.style}"/>`
    if (o.keepNext) pPr += '<w:keepNext/>'
    if (o.numId !== undefined) pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`
    if (o.spacing) {
      const { before, after } = o.spacing
      pPr += `<w:spacing${before !== undefined ? ` w:before="${before}"` : ''}${after !== undefined ? ` w:after="${after}"` : ''}/>`
    }
    if (o.indentLeft !== undefined) pPr += `<w:ind w:left="${o.indentLeft}"/>`
    if (o.align) pPr += `<w:jc w:val="${o.align}"/>`
    if (o.mark) pPr += `<w:rPr><w:${o.mark} ${this.revisionAttrs()}/></w:rPr>`
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`
  }

  /** A heading's runs inside a bookmark, when the contents link to it. */
  bookmarked(target: object, content: string): string {
    const name = this.anchors.get(target)
    if (!name) return content
    const id = this.nextBookmark()
    return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/>`
  }
}

/** The mark every run carries, if all (and at least one) carry the same one. */
function wholeMark(runs: readonly TextRun[]): 'ins' | 'del' | undefined {
  const nonEmpty = runs.filter((r) => r.text !== '')
  const first = nonEmpty[0]?.mark
  return first && nonEmpty.every((r) => r.mark === first) ? first : undefined
}

const BORDER = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${THEME.border}"/>`
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')}</w:tblBorders>`
const CELL_MARGINS = `<w:tblCellMar><w:top w:w="${THEME.cellMargin.top}" w:type="dxa"/><w:left w:w="${THEME.cellMargin.left}" w:type="dxa"/><w:bottom w:w="${THEME.cellMargin.bottom}" w:type="dxa"/><w:right w:w="${THEME.cellMargin.right}" w:type="dxa"/></w:tblCellMar>`

function tableStart(widths: readonly number[]): string {
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}` +
    '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>' +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
  )
}

function cell(width: number, content: string, o: { fill?: string; span?: number } = {}): string {
  return (
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${o.span ? `<w:gridSpan w:val="${o.span}"/>` : ''}` +
    `${o.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.fill}"/>` : ''}</w:tcPr>${content || '<w:p/>'}</w:tc>`
  )
}

function rowStart(o: { cantSplit?: boolean; header?: boolean; mark?: 'ins' | 'del' }, w: Writer): string {
  const trPr =
    (o.cantSplit ? '<w:cantSplit/>' : '') +
    (o.header ? '<w:tblHeader/>' : '') +
    (o.mark ? `<w:${o.mark} ${w.revisionAttrs()}/>` : '')
  return `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`
}

/** Rough width of a character at the table size, in twips: enough to keep a word on one line. */
const CHAR_TWIPS = 106
const CELL_PADDING = 240

/** Column widths of a table from its text: long columns get more room, every word fits its column. */
export function columnWidths(block: Extract<Block, { type: 'table' }>): number[] {
  const columns = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1)
  const weights: number[] = []
  const minimums: number[] = []
  for (let c = 0; c < columns; c++) {
    let total = 0
    let count = 0
    let longestWord = 0
    for (const row of [block.header, ...block.rows.slice(0, 200)]) {
      const runs = row[c]
      if (!runs) continue
      const text = runs.map((r) => r.text).join('')
      total += text.length
      count++
      for (const word of text.split(/[\s/]+/)) longestWord = Math.max(longestWord, word.length)
    }
    weights.push(Math.pow(count ? total / count : 1, 0.7) + 2)
    minimums.push(Math.min(longestWord * CHAR_TWIPS + CELL_PADDING, Math.floor((TEXT_WIDTH / columns) * 1.5)))
  }
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((wt, c) => Math.max(minimums[c]!, Math.round((wt / sum) * TEXT_WIDTH)))
  const excess = raw.reduce((a, b) => a + b, 0) - TEXT_WIDTH
  if (excess > 0) {
    const slack = raw.map((wt, c) => Math.max(0, wt - minimums[c]!))
    const totalSlack = slack.reduce((a, b) => a + b, 0)
    if (totalSlack >= excess) {
      for (let c = 0; c < columns; c++) raw[c]! -= Math.ceil((slack[c]! / totalSlack) * excess)
    }
  }
  const scale = TEXT_WIDTH / raw.reduce((a, b) => a + b, 0)
  return raw.map((wt) => Math.floor(wt * scale))
}

const CELL_SPACING = { before: 0, after: 0 }

function table(block: Extract<Block, { type: 'table' }>, w: Writer): string {
  return tableOf(columnWidths(block), block.header, block.rows, w)
}

/** A grid's column widths: its shares of the text width. */
export function gridWidths(block: GridBlock): number[] {
  const total = block.columns.reduce((n, c) => n + c.share, 0)
  return block.columns.map((c) => Math.floor((c.share / total) * TEXT_WIDTH))
}

function tableOf(
  widths: readonly number[],
  header: readonly (readonly TextRun[])[],
  rows: readonly (readonly (readonly TextRun[])[])[],
  w: Writer,
): string {
  const row = (cells: readonly (readonly TextRun[])[], header: boolean) => {
    const mark = wholeMark(cells.flat())
    let out = rowStart({ cantSplit: true, header, mark }, w)
    widths.forEach((width, c) => {
      const runs = cells[c] ?? []
      const content = w.paragraph(w.runs(runs, { size: THEME.tableSize, bold: header || undefined }), {
        spacing: CELL_SPACING,
        mark: wholeMark(runs),
      })
      out += cell(width, content, header ? { fill: THEME.headerFill } : {})
    })
    return `${out}</w:tr>`
  }
  let out = tableStart(widths) + row(header, true)
  for (const r of rows) out += row(r, false)
  // A table directly after a table would merge with it in Word; a small gap keeps them apart.
  return `${out}</w:tbl>${w.paragraph('', { spacing: CELL_SPACING })}`
}

function contentLength(content: FieldRow['content']): number {
  if (content === null) return 0
  return typeof content === 'string' ? content.length : content.reduce((n, s) => n + s.length + 40, 0)
}

/** Paragraphs in a field table's cells sit closer than body text. */
const IN_CELL: ParagraphOptions = { spacing: { after: 60 } }

function fieldContent(r: FieldRow, w: Writer): string {
  const c = r.content
  const isEmpty = c === null || (typeof c === 'string' ? c.trim() === '' : c.length === 0)
  if (isEmpty) return w.paragraph(w.textRuns(r.empty ?? 'Ikke angitt', { italic: true, color: THEME.muted }, 'w:t'), IN_CELL)
  if (typeof c === 'string') {
    return c
      .trim()
      .split(/\r?\n/)
      .map((line) => w.paragraph(w.runs([{ text: line }]), IN_CELL))
      .join('')
  }
  if (c.length === 1) return w.paragraph(w.runs([{ text: c[0]! }]), IN_CELL)
  return c.map((item) => w.paragraph(w.runs([{ text: item }]), { ...IN_CELL, numId: BULLET_NUM })).join('')
}

function fieldTable(block: FieldTableBlock, w: Writer): string {
  const valueWidth = TEXT_WIDTH - THEME.labelWidth
  let out = tableStart([THEME.labelWidth, valueWidth])
  if (block.caption !== undefined) {
    // The heading is the table's header row, so it repeats on every page the table runs over.
    const headingText = w.bookmarked(block, w.runs([{ text: block.caption }]))
    const heading = w.paragraph(headingText, {
      style: `Heading${block.captionLevel ?? 2}`,
      spacing: { before: 0, after: 0 },
    })
    out += `${rowStart({ cantSplit: true, header: true }, w)}${cell(TEXT_WIDTH, heading, { span: 2, fill: THEME.headerFill })}</w:tr>`
  }
  for (const r of block.rows) {
    let label = w.paragraph(w.textRuns(r.label, { bold: true }, 'w:t'), IN_CELL)
    if (r.article) label += w.paragraph(w.textRuns(r.article, { size: THEME.smallSize, color: THEME.muted }, 'w:t'), IN_CELL)
    out +=
      rowStart({ cantSplit: contentLength(r.content) < UNSPLIT_CHARS }, w) +
      cell(THEME.labelWidth, label, { fill: THEME.labelFill }) +
      cell(valueWidth, fieldContent(r, w)) +
      '</w:tr>'
  }
  // The gap keeps the next table from merging with this one.
  return `${out}</w:tbl>${w.paragraph('', { spacing: { before: 0, after: 120 } })}`
}

/** Gives every heading a contents block lists an anchor to link to. */
function anchorContents(blocks: readonly DocumentBlock[], w: Writer): Map<ContentsBlock, ContentsEntry[]> {
  const byContents = contentsEntries(blocks)
  let n = 0
  for (const entries of byContents.values()) for (const e of entries) w.anchors.set(e.block, `_Ombud${++n}`)
  return byContents
}

function listBlock(block: Extract<Block, { type: 'list' }>, w: Writer): string {
  const numId = block.ordered ? w.orderedNum() : BULLET_NUM
  return block.items
    .map((item, i) =>
      w.paragraph(w.runs(item), {
        numId,
        // The last item gets the normal paragraph gap, so the list stands apart from what follows.
        spacing: { after: i === block.items.length - 1 ? 160 : 60 },
        mark: wholeMark(item),
      }),
    )
    .join('')
}

const PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

function renderBlock(block: DocumentBlock, w: Writer, contents: Map<ContentsBlock, ContentsEntry[]>): string {
  switch (block.type) {
    case 'heading':
      return w.paragraph(w.bookmarked(block, w.runs(block.runs)), {
        style: `Heading${block.level}`,
        mark: wholeMark(block.runs),
      })
    case 'paragraph':
      return w.paragraph(w.runs(block.runs), { mark: wholeMark(block.runs) })
    case 'list':
      return listBlock(block, w)
    case 'table':
      return table(block, w)
    case 'grid':
      return tableOf(gridWidths(block), block.columns.map((c) => [{ text: c.title }]), block.rows, w)
    case 'fieldTable':
      return fieldTable(block, w)
    case 'pageBreak':
      return PAGE_BREAK
    case 'title':
      return (
        w.paragraph(w.textRuns(block.text, {}, 'w:t'), { style: 'Title' }) +
        (block.subtitle ? w.paragraph(w.runs(block.subtitle), { style: 'Updated' }) : '')
      )
    case 'contents': {
      const entries = contents.get(block) ?? []
      let out = w.paragraph(w.textRuns(block.title, {}, 'w:t'), { style: 'TOCHeading' })
      for (const e of entries) {
        out += w.paragraph(
          `<w:hyperlink w:anchor="${w.anchors.get(e.block)!}" w:history="1">${w.textRuns(e.text, {}, 'w:t')}</w:hyperlink>`,
          { style: `TOC${e.level}` },
        )
      }
      return out + (block.pageBreak === false ? w.paragraph('', { spacing: { after: 240 } }) : PAGE_BREAK)
    }
    case 'cover': {
      let out = w.paragraph('', { spacing: { before: 2400, after: 0 } })
      out += w.paragraph(w.textRuns(block.title, {}, 'w:t'), { style: 'Title' })
      if (block.subtitle) out += w.paragraph(w.textRuns(block.subtitle, { size: 28, color: THEME.muted }, 'w:t'), { spacing: { after: 480 } })
      if (block.name) out += w.paragraph(w.runs([{ text: block.name }], { bold: true, size: 36 }), { spacing: { after: 240 } })
      if (block.facts.length > 0) out += fieldTable({ type: 'fieldTable', rows: block.facts.map((f) => ({ label: f.label, content: f.value })) }, w)
      if (block.note) out += w.paragraph(w.textRuns(block.note, { italic: true, color: THEME.muted }, 'w:t'), { spacing: { before: 360 } })
      return out + PAGE_BREAK
    }
  }
}

function stylesXml(lang: string): string {
  const font = `<w:rFonts w:ascii="${THEME.font}" w:hAnsi="${THEME.font}" w:cs="${THEME.font}" w:eastAsia="${THEME.font}"/>`
  const heading = (level: 1 | 2 | 3) =>
    `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:keepLines/><w:suppressAutoHyphens/><w:spacing w:before="${[320, 240, 200][level - 1]}" w:after="${[120, 100, 80][level - 1]}"/><w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
    `<w:rPr><w:b/><w:bCs/><w:color w:val="${THEME.accent}"/><w:sz w:val="${THEME.headingSizes[level]}"/><w:szCs w:val="${THEME.headingSizes[level]}"/></w:rPr></w:style>`
  const toc = (level: 1 | 2 | 3) =>
    `<w:style w:type="paragraph" w:styleId="TOC${level}"><w:name w:val="toc ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/>` +
    `<w:pPr><w:suppressAutoHyphens/><w:spacing w:before="${level === 1 ? 120 : 0}" w:after="20"/><w:ind w:left="${(level - 1) * 284}"/></w:pPr>${level === 1 ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : ''}</w:style>`
  return (
    `${XML_HEAD}<w:styles ${W_NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${font}<w:sz w:val="${THEME.bodySize}"/><w:szCs w:val="${THEME.bodySize}"/><w:lang w:val="${lang}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:suppressAutoHyphens/><w:spacing w:after="120" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="${THEME.accent}"/><w:sz w:val="${THEME.titleSize}"/><w:szCs w:val="${THEME.titleSize}"/></w:rPr></w:style>` +
    heading(1) +
    heading(2) +
    heading(3) +
    `<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="${THEME.accent}"/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>` +
    toc(1) +
    toc(2) +
    toc(3) +
    `<w:style w:type="paragraph" w:styleId="Updated"><w:name w:val="Updated"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:spacing w:after="360"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="${THEME.muted}"/></w:rPr></w:style>` +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:rPr><w:color w:val="${THEME.link}"/><w:u w:val="single"/></w:rPr></w:style>` +
    '</w:styles>'
  )
}

function numberingXml(ordered: readonly number[]): string {
  const level = (format: 'bullet' | 'decimal', text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
    `<w:pPr><w:ind w:left="${THEME.listIndent.left}" w:hanging="${THEME.listIndent.hanging}"/></w:pPr>` +
    (format === 'bullet' ? `<w:rPr><w:rFonts w:ascii="${THEME.font}" w:hAnsi="${THEME.font}"/></w:rPr>` : '') +
    '</w:lvl>'
  return (
    `${XML_HEAD}<w:numbering ${W_NS}>` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${level('bullet', THEME.bullet)}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level('decimal', '%1.')}</w:abstractNum>` +
    `<w:num w:numId="${BULLET_NUM}"><w:abstractNumId w:val="0"/></w:num>` +
    ordered
      .map((id) => `<w:num w:numId="${id}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
      .join('') +
    '</w:numbering>'
  )
}

function settingsXml(trackRevisions: boolean): string {
  return (
    `${XML_HEAD}<w:settings ${W_NS}><w:zoom w:percent="100"/>` +
    (trackRevisions ? '<w:trackRevisions/>' : '') +
    '<w:defaultTabStop w:val="709"/>' +
    // Long compounds in narrow columns break at a syllable with a hyphen, by the rules of the document language.
    '<w:autoHyphenation/><w:consecutiveHyphenLimit w:val="2"/><w:hyphenationZone w:val="357"/>' +
    '<w:characterSpacingControl w:val="doNotCompress"/>' +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  )
}

function headerFooterXml(tag: 'hdr' | 'ftr', body: string): string {
  return `${XML_HEAD}<w:${tag} ${W_NS}>${body}</w:${tag}>`
}

function field(instr: string, w: Writer, style: RunStyle): string {
  return `<w:fldSimple w:instr=" ${instr} ">${w.textRuns('1', style, 'w:t')}</w:fldSimple>`
}

function hasMarks(blocks: readonly DocumentBlock[]): boolean {
  const marked = (runs: readonly TextRun[]) => runs.some((r) => r.mark !== undefined)
  return blocks.some((b) => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return marked(b.runs)
      case 'list':
        return b.items.some(marked)
      case 'title':
        return marked(b.subtitle ?? [])
      case 'table':
        return marked(b.header.flat()) || b.rows.some((r) => marked(r.flat()))
      default:
        return false
    }
  })
}

/** Writes a document as .docx bytes. */
export function renderDocx(model: DocumentModel): Uint8Array {
  const w = new Writer(model)
  const contents = anchorContents(model.blocks, w)
  const body: string[] = []
  for (const block of model.blocks) body.push(renderBlock(block, w, contents))

  const ph = phrases(model.lang)
  const small: RunStyle = { size: THEME.smallSize, color: THEME.muted }
  const footer = w.paragraph(
    w.textRuns(`${ph.page} `, small, 'w:t') + field('PAGE', w, small) + w.textRuns(` ${ph.pageOf} `, small, 'w:t') + field('NUMPAGES', w, small),
    { align: 'center', spacing: { after: 0 } },
  )
  const parts: Record<string, string> = {}
  const rels: string[] = [
    `<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rIdNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
    `<Relationship Id="rIdSettings" Type="${REL}/settings" Target="settings.xml"/>`,
    `<Relationship Id="rIdFooter" Type="${REL}/footer" Target="footer1.xml"/>`,
  ]
  const overrides: string[] = []
  const override = (part: string, type: string) => overrides.push(`<Override PartName="/${part}" ContentType="${type}"/>`)
  const WML = 'application/vnd.openxmlformats-officedocument.wordprocessingml'
  parts['word/footer1.xml'] = headerFooterXml('ftr', footer)
  override('word/footer1.xml', `${WML}.footer+xml`)
  let refs = '<w:footerReference w:type="default" r:id="rIdFooter"/>'
  if (model.runningHeader) {
    parts['word/header1.xml'] = headerFooterXml('hdr', w.paragraph(w.textRuns(model.runningHeader, small, 'w:t'), { align: 'right', spacing: { after: 0 } }))
    override('word/header1.xml', `${WML}.header+xml`)
    rels.push(`<Relationship Id="rIdHeader" Type="${REL}/header" Target="header1.xml"/>`)
    refs = `<w:headerReference w:type="default" r:id="rIdHeader"/>${refs}`
  }
  if (model.coverPage) {
    // The cover has a header and footer of its own: empty.
    parts['word/header2.xml'] = headerFooterXml('hdr', '<w:p/>')
    parts['word/footer2.xml'] = headerFooterXml('ftr', '<w:p/>')
    override('word/header2.xml', `${WML}.header+xml`)
    override('word/footer2.xml', `${WML}.footer+xml`)
    rels.push(`<Relationship Id="rIdHeaderFirst" Type="${REL}/header" Target="header2.xml"/>`)
    rels.push(`<Relationship Id="rIdFooterFirst" Type="${REL}/footer" Target="footer2.xml"/>`)
    refs = `<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>${refs}<w:footerReference w:type="first" r:id="rIdFooterFirst"/>`
  }
  const { width, height, margin, headerFooter } = THEME.page
  const sectPr =
    `<w:sectPr>${refs}<w:pgSz w:w="${width}" w:h="${height}"/>` +
    `<w:pgMar w:top="${margin}" w:right="${margin}" w:bottom="${margin}" w:left="${margin}" w:header="${headerFooter}" w:footer="${headerFooter}" w:gutter="0"/>` +
    `${model.coverPage ? '<w:titlePg/>' : ''}</w:sectPr>`
  parts['word/document.xml'] = `${XML_HEAD}<w:document ${W_NS}><w:body>${body.join('')}${sectPr}</w:body></w:document>`
  override('word/document.xml', `${WML}.document.main+xml`)
  parts['word/styles.xml'] = stylesXml(w.lang)
  override('word/styles.xml', `${WML}.styles+xml`)
  parts['word/numbering.xml'] = numberingXml(w.orderedNums)
  override('word/numbering.xml', `${WML}.numbering+xml`)
  parts['word/settings.xml'] = settingsXml(hasMarks(model.blocks))
  override('word/settings.xml', `${WML}.settings+xml`)
  w.links.forEach((target, i) =>
    rels.push(`<Relationship Id="rIdLink${i + 1}" Type="${REL}/hyperlink" Target="${escapeXml(target)}" TargetMode="External"/>`),
  )
  parts['word/_rels/document.xml.rels'] =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`

  const date = w.date
  parts['docProps/core.xml'] =
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(model.title)}</dc:title>` +
    (model.subject ? `<dc:subject>${escapeXml(model.subject)}</dc:subject>` : '') +
    `<dc:creator>${escapeXml(model.creator ?? w.author)}</dc:creator>` +
    (model.keywords ? `<cp:keywords>${escapeXml(model.keywords)}</cp:keywords>` : '') +
    (model.description ? `<dc:description>${escapeXml(model.description)}</dc:description>` : '') +
    `<cp:lastModifiedBy>${escapeXml(w.author)}</cp:lastModifiedBy><dc:language>${w.lang}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml')
  // Word shows the company and application from app.xml.
  parts['docProps/app.xml'] =
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    `<Application>Ombud</Application><Company>${escapeXml(model.company ?? '')}</Company></Properties>`
  override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml')
  parts['_rels/.rels'] =
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  const contentTypes =
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `${overrides.join('')}</Types>`

  const files: Record<string, Uint8Array> = { '[Content_Types].xml': strToU8(contentTypes) }
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml)
  return zipSync(files, { level: 6, mtime: new Date('2026-01-01T00:00:00Z') })
}
