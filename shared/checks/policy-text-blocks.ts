/**
 * The structure every policy reader returns (blocks with heading levels) and its plain
 * text, and the headings of plain text: known from Markdown `#` lines, or guessed from the
 * shape of the text. Kept apart from the readers in policy-text.ts so the linter can use it
 * without loading the HTML and Word readers.
 */

export type HeadingLevel = 1 | 2 | 3

/** A unit of a policy in reading order. */
export type PolicyBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'item'; text: string; marker: string; list?: number }
  | { kind: 'row'; cells: string[] }

export interface PolicyText {
  blocks: PolicyBlock[]
  /** Plain text: blocks on lines of their own, a blank line between paragraphs. */
  text: string
  /**
   * Heading lines of `text` (1-based line → level) known from the markup: h1–h3, or `#`
   * in Markdown. Empty when the source marks none (plain text); h4–h6 stay body text.
   */
  headings: Map<number, HeadingLevel>
}

export const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/

/** Longest line, in characters, that is taken for a guessed heading. */
const MAX_HEADING_CHARS = 90
const MAX_HEADING_WORDS = 12
/** A guessed heading with a comma in it is a list item unless it is this short ("Innsyn, retting og sletting"). */
const MAX_WORDS_WITH_COMMA = 6
const BULLET = /^[•·▪◦‣*–—-]\s/
const NUMBERING = /^\d{1,2}(\.\d{1,2})*\.?\s+/

function words(line: string): number {
  return line.split(/\s+/).filter((w) => w !== '').length
}

/**
 * Whether a line looks like a heading on its own: short, starting with a capital letter
 * (after any numbering such as "2.1"), not a list item, and not ending like a sentence.
 * A question mark is allowed: «Hvilke rettigheter har du?» is a common heading.
 */
export function looksLikeHeading(line: string): boolean {
  const text = line.trim()
  if (text.length < 2 || text.length > MAX_HEADING_CHARS) return false
  if (BULLET.test(text)) return false
  const rest = text.replace(NUMBERING, '')
  if (!/^[«"(]?\p{Lu}/u.test(rest)) return false
  if ((rest.match(/\p{L}/gu) ?? []).length < 2) return false
  // «Sist oppdatert 1. september 2025» under the title is a date line, not a heading.
  if (/^(sist\s+)?(oppdatert|endret|endra|revidert)\b/i.test(rest)) return false
  if (/[.,;:!]$/.test(text)) return false
  const n = words(text)
  if (n > MAX_HEADING_WORDS) return false
  if (text.includes(',') && n > MAX_WORDS_WITH_COMMA) return false
  return true
}

/**
 * Guesses the heading lines of a plain-text policy. Markdown headings (`#`, `##`, `###`)
 * win when there are any. Otherwise a line is a heading when it looks like one
 * ({@link looksLikeHeading}), the next non-empty line is body text (not another short
 * line), and the previous non-empty line is not a short line too: a run of short lines
 * is a list («Google Analytics», «Facebook Pixel»), not a string of headings.
 */
export function guessHeadings(text: string): Map<number, HeadingLevel> {
  const lines = text.split('\n')
  const markdown = new Map<number, HeadingLevel>()
  lines.forEach((line, i) => {
    const m = MARKDOWN_HEADING.exec(line.trim())
    if (m && m[2] !== '' && m[1]!.length <= 3) markdown.set(i + 1, m[1]!.length as HeadingLevel)
  })
  if (markdown.size > 0) return markdown
  // Runs of heading-like lines (blank lines between them do not break a run).
  const filled = lines.map((line, i) => ({ i, line })).filter(({ line }) => line.trim() !== '')
  const headings = new Map<number, HeadingLevel>()
  let k = 0
  while (k < filled.length) {
    if (!looksLikeHeading(filled[k]!.line)) {
      k++
      continue
    }
    let end = k
    while (end + 1 < filled.length && looksLikeHeading(filled[end + 1]!.line)) end++
    const run = filled.slice(k, end + 1)
    const before = filled[k - 1]?.line.trim()
    const followedByBody = end + 1 < filled.length
    // One line is a heading, two a heading and its subheading; more, or a run after a
    // line ending in a colon, is a list. A run at the very end is a footer, not a heading.
    if (followedByBody && run.length <= 2 && !before?.endsWith(':')) {
      run.forEach(({ i }, n) => headings.set(i + 1, run.length === 2 && n === 0 ? 1 : 2))
    }
    k = end + 1
  }
  return headings
}

/**
 * The plain text of blocks and the lines of its h1–h3 headings. Paragraphs and headings are
 * separated by a blank line; consecutive list items and table rows by a line break.
 */
export function renderBlocks(input: readonly PolicyBlock[]): PolicyText {
  const blocks = input.filter((b) => (b.kind === 'row' ? b.cells.length > 0 : b.text.trim() !== ''))
  const lines: string[] = []
  const headings = new Map<number, HeadingLevel>()
  let previous: PolicyBlock | undefined
  for (const block of blocks) {
    const tight =
      (block.kind === 'item' && previous?.kind === 'item' && block.list === previous.list) ||
      (block.kind === 'row' && previous?.kind === 'row')
    if (previous !== undefined && !tight) lines.push('')
    previous = block
    switch (block.kind) {
      case 'heading':
        lines.push(block.text)
        if (block.level <= 3) headings.set(lines.length, block.level as HeadingLevel)
        break
      case 'paragraph':
        lines.push(...block.text.split('\n'))
        break
      case 'item':
        lines.push(
          ...block.text
            .split('\n')
            .map((line, i) => (i === 0 && block.marker !== '' ? `${block.marker} ${line}` : line)),
        )
        break
      case 'row':
        lines.push(block.cells.join(' | '))
        break
    }
  }
  return { blocks: [...blocks], text: lines.join('\n'), headings }
}
