/**
 * Splits an existing privacy policy into clauses by its headings, so the DPO can take
 * over the parts worth keeping one by one. Headings come from the markup when there is
 * any (h1–h3 in HTML or a Word document, `#` in Markdown; see policy-text.ts, the one
 * reader); plain text has none, so there a heading is guessed: a short line without final
 * punctuation that is followed by body text.
 *
 * Line numbers are those of the text the linter reads, so a finding (which carries a
 * line) can be placed in the clause that contains it.
 */
import { guessHeadings, type HeadingLevel } from '../checks/policy-text-blocks'

export { guessHeadings, looksLikeHeading, type HeadingLevel } from '../checks/policy-text-blocks'

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

const MARKDOWN_HEADING = /^(#{1,3})\s+(.*?)\s*#*\s*$/

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
