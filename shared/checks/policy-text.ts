/**
 * The one reader of privacy policies: HTML (a saved web page), .docx (through mammoth,
 * which turns Word's styles into HTML) and plain text or Markdown all become the same
 * structure, blocks with heading levels, and the same plain text the linter reads, with
 * each heading, paragraph, list item and table row on its own line. `cli lint` and the
 * in-app import both read through here, so a file reads the same in both.
 *
 * No DOM APIs: this runs in Node (CLI), Electron and the browser alike. HTML is parsed by
 * htmlparser2, which also decodes character references (Windows-1252 numeric references
 * included, as the HTML standard says).
 */
import { Parser } from 'htmlparser2'
import mammoth from 'mammoth'
import {
  MARKDOWN_HEADING,
  renderBlocks,
  type HeadingLevel,
  type PolicyBlock,
  type PolicyText,
} from './policy-text-blocks'

export {
  guessHeadings,
  looksLikeHeading,
  renderBlocks,
  type HeadingLevel,
  type PolicyBlock,
  type PolicyText,
} from './policy-text-blocks'

/** Elements whose content is never shown as text. */
const DROPPED = new Set(
  `
  script style noscript template head svg math iframe object canvas select nav button title
  textarea xmp
`
    .trim()
    .split(/\s+/),
)

/** Elements that end the current block and start a new one. */
const BLOCKS = new Set(
  `
  p div section article header footer main aside figure figcaption address form fieldset
  legend details summary blockquote dl dt dd table caption tr ul ol li h1 h2 h3 h4 h5 h6 pre hr
  body html label
`
    .trim()
    .split(/\s+/),
)

/** Removes characters that split words invisibly (soft hyphens, zero-width spaces, BOM). */
function stripInvisible(text: string): string {
  return text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
}

function collapse(text: string): string {
  return stripInvisible(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
}

/**
 * Reads an HTML policy into blocks: script, style, navigation and other non-content
 * elements are dropped; every heading, paragraph, list item (marker «•» or «1.») and table
 * row is a block of its own; `<br>` breaks a line and two in a row a paragraph.
 */
export function readPolicyHtml(html: string): PolicyText {
  const blocks: PolicyBlock[] = []
  const lists: { ordered: boolean; count: number; id: number }[] = []
  let listCount = 0
  let dropDepth = 0
  let preDepth = 0
  let cells: string[] | undefined
  let cell: string | undefined
  let text = ''
  let current:
    | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6 }
    | { kind: 'item'; marker: string; list?: number }
    | undefined
  let breaks = 0

  /** Ends the text gathered so far as a block (a paragraph unless a heading or item is open). */
  const flush = (): void => {
    const raw = stripInvisible(text)
    text = ''
    const lines = (preDepth > 0 ? raw.split(/\r\n?|\n|\u2028/) : raw.split('\u2028'))
      .map((line) => (preDepth > 0 ? line.trim() : collapse(line)))
      .filter((line) => line !== '')
    if (lines.length === 0) return
    if (current?.kind === 'heading') {
      blocks.push({ kind: 'heading', level: current.level, text: lines.join(' ') })
    } else if (current?.kind === 'item') {
      blocks.push({
        kind: 'item',
        text: lines.join('\n'),
        marker: current.marker,
        list: current.list,
      })
      // A list item's further paragraphs are lines of the same item, without a marker.
      current = { kind: 'item', marker: '', list: current.list }
    } else {
      blocks.push({ kind: 'paragraph', text: lines.join('\n') })
    }
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (dropDepth > 0 || DROPPED.has(name)) {
          dropDepth++
          return
        }
        if (cells && name !== 'tr' && name !== 'table') {
          if (name === 'td' || name === 'th') cell = ''
          else if (cell !== undefined && (name === 'br' || BLOCKS.has(name))) cell += ' '
          return
        }
        if (name === 'br') {
          // One <br> breaks the line; two in a row end the paragraph.
          breaks++
          if (breaks === 1) text += '\u2028'
          else flush()
          return
        }
        breaks = 0
        if (name === 'wbr') return
        if (!BLOCKS.has(name)) return
        flush()
        if (name === 'pre') preDepth++
        if (name === 'ul' || name === 'ol')
          lists.push({ ordered: name === 'ol', count: 0, id: ++listCount })
        if (name === 'tr') cells = []
        if (name === 'li') {
          const list = lists.at(-1)
          if (list) list.count++
          current = { kind: 'item', marker: list?.ordered ? `${list.count}.` : '•', list: list?.id }
        } else if (/^h[1-6]$/.test(name)) {
          current = { kind: 'heading', level: Number(name[1]) as 1 | 2 | 3 | 4 | 5 | 6 }
        } else if (current?.kind !== 'item') {
          current = undefined
        }
      },
      ontext(data) {
        if (dropDepth > 0) return
        if (cells) {
          if (cell !== undefined) cell += data
          return
        }
        if (data.trim() !== '') breaks = 0
        text += data
      },
      onclosetag(name, implied) {
        if (dropDepth > 0) {
          dropDepth--
          return
        }
        if (cells) {
          if ((name === 'td' || name === 'th') && cell !== undefined) {
            cells.push(collapse(cell))
            cell = undefined
          }
          if (name === 'tr' || name === 'table') {
            if (cells.some((c) => c !== '')) blocks.push({ kind: 'row', cells })
            cells = undefined
          }
          return
        }
        if (!BLOCKS.has(name) || (implied && name === 'br')) return
        flush()
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1)
        if (name === 'ul' || name === 'ol') lists.pop()
        if (name === 'li' || /^h[1-6]$/.test(name)) current = undefined
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  flush()
  return renderBlocks(blocks)
}

const LIST_MARKER = /^\s*([•·▪◦‣*–—-]|\d{1,2}[.)])\s+/

/**
 * Reads a plain-text or Markdown policy. `#` headings become heading blocks; other lines
 * stay as written (line numbers are those of the file), so headings of plain text are not
 * known here (see {@link guessHeadings}).
 */
export function readPolicyPlain(input: string): PolicyText {
  const text = stripInvisible(input.replace(/\r\n?/g, '\n'))
  const blocks: PolicyBlock[] = []
  const headings = new Map<number, HeadingLevel>()
  const lines = text.split('\n')
  lines.forEach((line, i) => {
    const heading = MARKDOWN_HEADING.exec(line.trim())
    if (heading && heading[2] !== '') {
      const level = heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6
      blocks.push({ kind: 'heading', level, text: heading[2]! })
      if (level <= 3) headings.set(i + 1, level as HeadingLevel)
      return
    }
    if (line.trim() === '') return
    const item = LIST_MARKER.exec(line)
    blocks.push(
      item
        ? { kind: 'item', text: line.slice(item[0].length).trim(), marker: item[1]! }
        : { kind: 'paragraph', text: line.trim() },
    )
  })
  return { blocks, text, headings }
}

/**
 * Reads a .docx policy: mammoth turns Word's heading styles (and the Title style, which
 * it would leave a paragraph) into HTML headings, and lists into lists.
 * The caller checks the zip container first (see read-policy.ts): mammoth unpacks
 * everything before any limit of its own applies.
 */
export async function readPolicyDocx(bytes: Uint8Array): Promise<PolicyText> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; JSZip accepts both,
  // so passing both lets the same call work in every runtime.
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<
    typeof mammoth.convertToHtml
  >[0]
  const result = await mammoth.convertToHtml(input, {
    styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Tittel'] => h1:fresh"],
    // Images carry no policy text; dropping them avoids building large data URIs.
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  })
  return readPolicyHtml(result.value)
}
