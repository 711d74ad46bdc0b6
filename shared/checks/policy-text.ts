/**
 * Turns a privacy policy in HTML or .docx into the plain text the linter reads.
 *
 * No DOM APIs: this runs in Node (CLI), Electron and the browser alike. The HTML path is a
 * small tokenizer rather than a parser: policies are simple documents, and all the linter
 * needs is the words in reading order with headings, paragraphs and list items on their
 * own lines (line numbers in findings are lines of this text).
 */
import mammoth from 'mammoth'

/** Elements whose content is never shown as text. */
const DROPPED = new Set(
  `
  script style noscript template head svg math iframe object canvas select nav button
`
    .trim()
    .split(/\s+/),
)

/** Elements whose content is raw text up to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp'])

const VOID = new Set(
  `
  area base br col embed hr img input link meta source track wbr param
`
    .trim()
    .split(/\s+/),
)

/** Blocks separated from their neighbours by a blank line. */
const PARAGRAPH_BLOCKS = new Set(
  `
  p h1 h2 h3 h4 h5 h6 blockquote pre table ul ol dl section article header footer main aside
  figure address form fieldset details hr body html
`
    .trim()
    .split(/\s+/),
)

/** Blocks that start a new line but not a new paragraph. */
const LINE_BLOCKS = new Set(
  `
  div dt dd summary figcaption caption legend tr li label
`
    .trim()
    .split(/\s+/),
)

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  shy: '',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  zwnj: '',
  zwj: '',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  aring: 'å',
  Aring: 'Å',
  auml: 'ä',
  Auml: 'Ä',
  ouml: 'ö',
  Ouml: 'Ö',
  uuml: 'ü',
  Uuml: 'Ü',
  eacute: 'é',
  Eacute: 'É',
  egrave: 'è',
  Egrave: 'È',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  iacute: 'í',
  uacute: 'ú',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  ndash: '–',
  mdash: '—',
  minus: '−',
  hellip: '…',
  bull: '•',
  middot: '·',
  sect: '§',
  para: '¶',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  frac12: '½',
  prime: '′',
  Prime: '″',
  lsaquo: '‹',
  rsaquo: '›',
  dagger: '†',
  Dagger: '‡',
  permil: '‰',
}

/** HTML maps numeric references 128–159 to Windows-1252, as old CMS exports rely on. */
const WINDOWS_1252: Record<number, string> = {
  0x80: '€',
  0x82: '‚',
  0x84: '„',
  0x85: '…',
  0x86: '†',
  0x87: '‡',
  0x89: '‰',
  0x8b: '‹',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
  0x99: '™',
  0x9b: '›',
}

/** Decodes character references (`&amp;`, `&#248;`, `&#xF8;`). Unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        if (WINDOWS_1252[code]) return WINDOWS_1252[code]
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd'
        return String.fromCodePoint(code)
      }
      // Named references need their semicolon; "&copy" inside a URL query is not an entity.
      if (!whole.endsWith(';')) return whole
      return NAMED_ENTITIES[ref] ?? whole
    },
  )
}

interface Tag {
  name: string
  closing: boolean
  selfClosing: boolean
  end: number
}

/** Reads the tag starting at `start` (a `<`), honouring quoted attribute values. */
function readTag(html: string, start: number): Tag | undefined {
  let i = start + 1
  const closing = html[i] === '/'
  if (closing) i++
  const nameMatch = /^[A-Za-z][A-Za-z0-9:-]*/.exec(html.slice(i, i + 40))
  if (!nameMatch) return undefined
  i += nameMatch[0].length
  let quote: string | undefined
  for (; i < html.length; i++) {
    const c = html[i]
    if (quote) {
      if (c === quote) quote = undefined
    } else if (c === '"' || c === "'") {
      quote = c
    } else if (c === '>') {
      return {
        name: nameMatch[0].toLowerCase(),
        closing,
        selfClosing: html[i - 1] === '/',
        end: i + 1,
      }
    }
  }
  return { name: nameMatch[0].toLowerCase(), closing, selfClosing: false, end: html.length }
}

/** Collects text with collapsed whitespace and explicit line / paragraph breaks. */
class TextWriter {
  private parts: string[] = []
  private atLineStart = true
  private hasOutput = false
  private pendingBreak = 0
  private pendingSpace = false
  private pendingPrefix = ''
  private pendingSeparator = ''

  lineBreak(level: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, level)
    this.pendingSpace = false
  }

  /** `<br>`: one line break, two in a row make a paragraph break. */
  hardBreak(): void {
    this.pendingBreak = Math.min(2, this.pendingBreak + 1)
    this.pendingSpace = false
  }

  space(): void {
    if (!this.atLineStart) this.pendingSpace = true
  }

  prefix(text: string): void {
    this.pendingPrefix = text
  }

  separator(text: string): void {
    this.pendingSeparator = text
  }

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      const lines = raw.split(/\r\n?|\n/)
      lines.forEach((line, index) => {
        if (index > 0) this.hardBreak()
        if (line !== '') this.write(line)
      })
      return
    }
    const collapsed = raw.replace(/\s+/g, ' ')
    if (collapsed.trim() === '') {
      if (collapsed !== '') this.space()
      return
    }
    if (collapsed.startsWith(' ')) this.space()
    this.write(collapsed.trim())
    if (collapsed.endsWith(' ')) this.pendingSpace = true
  }

  private write(text: string): void {
    if (this.pendingBreak > 0 && this.hasOutput) {
      this.parts.push('\n'.repeat(this.pendingBreak))
      this.atLineStart = true
      this.pendingSpace = false
    }
    this.pendingBreak = 0
    if (this.atLineStart) {
      if (this.pendingPrefix) this.parts.push(this.pendingPrefix)
    } else if (this.pendingSeparator) {
      this.parts.push(this.pendingSeparator)
    } else if (this.pendingSpace) {
      this.parts.push(' ')
    }
    this.pendingPrefix = ''
    this.pendingSeparator = ''
    this.pendingSpace = false
    this.parts.push(text)
    this.atLineStart = false
    this.hasOutput = true
  }

  toString(): string {
    return this.parts.join('')
  }
}

/** Removes characters that split words invisibly (soft hyphens, zero-width spaces, BOM). */
function stripInvisible(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
}

/** Trims each line and collapses runs of blank lines into one. */
function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Converts an HTML privacy policy to plain text: script, style, navigation and other
 * non-content elements are dropped, entities decoded, and every heading, paragraph, list
 * item (prefixed «• » or «1. ») and table row starts its own line.
 */
export function policyTextFromHtml(html: string): string {
  const writer = new TextWriter()
  const lists: { ordered: boolean; count: number }[] = []
  let preDepth = 0
  let cellDepth = 0
  let liDepth = 0
  let cellsInRow = 0
  let dropping: { name: string; depth: number } | undefined
  let textStart = 0
  let i = 0

  const flushText = (end: number): void => {
    if (end > textStart && !dropping)
      writer.text(decodeEntities(html.slice(textStart, end)), preDepth > 0)
  }

  while (i < html.length) {
    const lt = html.indexOf('<', i)
    if (lt < 0) break
    const next = html[lt + 1]
    if (html.startsWith('<!--', lt)) {
      flushText(lt)
      const close = html.indexOf('-->', lt + 4)
      i = textStart = close < 0 ? html.length : close + 3
      continue
    }
    if (next === '!' || next === '?') {
      flushText(lt)
      const close = html.indexOf('>', lt)
      i = textStart = close < 0 ? html.length : close + 1
      continue
    }
    const tag = readTag(html, lt)
    if (!tag) {
      // A bare "<" (e.g. "alder < 13") is text.
      i = lt + 1
      continue
    }
    flushText(lt)
    i = textStart = tag.end
    const { name } = tag

    if (dropping) {
      if (name === dropping.name && !VOID.has(name) && !tag.selfClosing)
        dropping.depth += tag.closing ? -1 : 1
      // A <head> without its end tag ends where <body> starts.
      if (dropping.name === 'head' && name === 'body' && !tag.closing) dropping.depth = 0
      if (dropping.depth === 0) dropping = undefined
      continue
    }
    if (!tag.closing && RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}`, 'ig')
      endTag.lastIndex = tag.end
      const close = endTag.exec(html)?.index ?? -1
      const closeEnd = close < 0 ? html.length : html.indexOf('>', close)
      i = textStart = closeEnd < 0 ? html.length : closeEnd + 1
      if (name === 'textarea') writer.lineBreak(1)
      continue
    }
    if (!tag.closing && DROPPED.has(name) && !tag.selfClosing) {
      dropping = { name, depth: 1 }
      continue
    }

    if (name === 'br') {
      if (cellDepth > 0) writer.space()
      else writer.hardBreak()
      continue
    }
    if (name === 'wbr') continue
    if (name === 'pre') preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1))
    if (name === 'ul' || name === 'ol') {
      if (tag.closing) lists.pop()
      else lists.push({ ordered: name === 'ol', count: 0 })
    }
    if (name === 'tr' && !tag.closing) cellsInRow = 0
    if (name === 'td' || name === 'th') {
      if (tag.closing) {
        cellDepth = Math.max(0, cellDepth - 1)
      } else {
        cellDepth++
        if (cellsInRow++ > 0) writer.separator(' | ')
      }
      continue
    }
    if (name === 'li') {
      if (tag.closing) {
        liDepth = Math.max(0, liDepth - 1)
        writer.lineBreak(1)
      } else {
        liDepth++
        writer.lineBreak(1)
        const list = lists[lists.length - 1]
        if (list) list.count++
        writer.prefix(list?.ordered ? `${list.count}. ` : '• ')
      }
      continue
    }
    if (PARAGRAPH_BLOCKS.has(name) || LINE_BLOCKS.has(name)) {
      // Inside a table cell, blocks only separate words; inside a list item, lines.
      if (cellDepth > 0 && name !== 'table' && name !== 'tr') writer.space()
      else if (PARAGRAPH_BLOCKS.has(name) && liDepth === 0) writer.lineBreak(2)
      else writer.lineBreak(1)
    }
  }
  flushText(html.length)
  return tidyLines(stripInvisible(writer.toString()))
}

/**
 * Reads a .docx privacy policy as plain text with the same line structure as
 * {@link policyTextFromHtml} (mammoth keeps Word headings and lists as HTML elements).
 */
export async function policyTextFromDocx(bytes: Uint8Array): Promise<string> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip accepts both,
  // so passing both lets the same call work in every runtime.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0]
  const result = await mammoth.convertToHtml(input, {
    // Images carry no policy text; dropping them avoids building large data URIs.
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  })
  return policyTextFromHtml(result.value)
}
