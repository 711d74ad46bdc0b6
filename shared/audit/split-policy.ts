/**
 * Splits an existing privacy policy into clauses by its headings, so the DPO can take
 * over the parts worth keeping one by one. Headings come from the markup when there is
 * any (h1–h3 in HTML or a Word document converted to HTML, `#` in Markdown); plain text
 * has none, so there a heading is guessed: a short line without final punctuation that
 * is followed by body text.
 *
 * Line numbers are those of the text the linter reads, so a finding (which carries a
 * line) can be placed in the clause that contains it.
 */
import { policyTextFromHtml } from '../checks/policy-text'

export type HeadingLevel = 1 | 2 | 3

/** One part of the policy: a heading and the text under it, up to the next heading. */
export interface PolicyPart {
  /** The heading as written; '' for text before the first heading. */
  title: string
  /** The heading level; 0 for text before the first heading. */
  level: 0 | HeadingLevel
  /** The text under the heading: paragraphs separated by a blank line, list items by a line break. */
  body: string
  /** 1-based line of the heading (or of the first line, for text before any heading). */
  startLine: number
  /** 1-based last line of the part, inclusive. */
  endLine: number
}

export interface SplitOptions {
  /**
   * Heading lines known from the markup (1-based line → level). When given and not
   * empty, only these lines are headings; otherwise headings are guessed.
   */
  headings?: ReadonlyMap<number, HeadingLevel>
}

/** Longest line, in characters, that is taken for a guessed heading. */
const MAX_HEADING_CHARS = 90
const MAX_HEADING_WORDS = 12
/** A guessed heading with a comma in it is a list item unless it is this short ("Innsyn, retting og sletting"). */
const MAX_WORDS_WITH_COMMA = 6

const BULLET = /^[•·▪◦‣*–—-]\s/
const NUMBERING = /^\d{1,2}(\.\d{1,2})*\.?\s+/
const MARKDOWN_HEADING = /^(#{1,3})\s+(.*?)\s*#*\s*$/

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
  if (/^(sist\s+)?(oppdatert|endret|revidert)\b/i.test(rest)) return false
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
    if (m && m[2] !== '') markdown.set(i + 1, m[1]!.length as HeadingLevel)
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

function headingText(line: string): string {
  const m = MARKDOWN_HEADING.exec(line.trim())
  return (m ? m[2]! : line).trim()
}

/** Lines `from`..`to` (1-based, inclusive) as body text: trimmed, blank lines collapsed. */
function bodyOf(lines: readonly string[], from: number, to: number): string {
  return lines
    .slice(from - 1, to)
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

/**
 * Splits a policy text into parts at its headings. Text before the first heading becomes
 * a part with an empty title. A heading with no text under it (a document title directly
 * followed by a section heading) is not a part of its own; its line belongs to no part.
 * Without `opts.headings`, headings are guessed ({@link guessHeadings}).
 */
export function splitPolicyIntoClauses(text: string, opts: SplitOptions = {}): PolicyPart[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const headings =
    opts.headings && opts.headings.size > 0 ? opts.headings : guessHeadings(lines.join('\n'))
  const starts = [...headings.keys()]
    .filter((n) => n >= 1 && n <= lines.length)
    .sort((a, b) => a - b)
  const parts: PolicyPart[] = []
  const first = starts[0] ?? lines.length + 1
  if (first > 1) {
    const body = bodyOf(lines, 1, first - 1)
    if (body !== '') parts.push({ title: '', level: 0, body, startLine: 1, endLine: first - 1 })
  }
  starts.forEach((start, i) => {
    const end = (starts[i + 1] ?? lines.length + 1) - 1
    const body = bodyOf(lines, start + 1, end)
    if (body === '') return
    parts.push({
      title: headingText(lines[start - 1]!),
      level: headings.get(start)!,
      body,
      startLine: start,
      endLine: end,
    })
  })
  return parts
}

// A private-use character cannot occur in a real policy; it marks where a heading starts.
const MARK = '\uE000'
const MARK_RE = /\uE000([1-6])/g

/**
 * Converts HTML to the linter's plain text (see policyTextFromHtml) and reports which
 * lines of that text are h1–h3 headings. Headings inside dropped elements (navigation,
 * scripts) are dropped with them.
 */
export function htmlToTextWithHeadings(html: string): {
  text: string
  headings: Map<number, HeadingLevel>
} {
  const marked = html.replace(
    /<h([1-6])(?=[\s>/])[^>]*>/gi,
    (tag, level: string) => `${tag}${MARK}${level}`,
  )
  const headings = new Map<number, HeadingLevel>()
  const lines = policyTextFromHtml(marked)
    .split('\n')
    .map((line, i) => {
      let level = 0
      const clean = line.replace(MARK_RE, (_m, l: string) => {
        if (level === 0) level = Number(l)
        return ''
      })
      const trimmed = clean.trim()
      if (level >= 1 && level <= 3 && trimmed !== '') headings.set(i + 1, level as HeadingLevel)
      return level > 0 ? trimmed : clean
    })
  return { text: lines.join('\n'), headings }
}
