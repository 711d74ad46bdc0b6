/**
 * The linter's view of a policy text: lines, paragraphs and sentences with their offsets,
 * so a rule can match on lower-cased text and still report the original line and wording.
 */
import { guessHeadings } from './policy-text-blocks'

export interface Span {
  start: number
  end: number
}

export interface Sentence extends Span {
  /** Lower-cased sentence text (same offsets as the original). */
  text: string
  /** 1-based line where the sentence starts. */
  line: number
  /** Index into {@link PolicyDocument.paragraphs}. */
  paragraph: number
}

export interface Paragraph extends Span {
  text: string
  firstLine: number
  lastLine: number
  /** Indexes into {@link PolicyDocument.sentences}. */
  sentences: number[]
  /** Whether the paragraph is a heading (from the markup, or guessed for plain text). */
  heading: boolean
  /** Index of the heading paragraph whose section this paragraph is in; -1 before the first heading. */
  section: number
}

export interface PolicyDocument {
  /**
   * Lower-cased text of each heading paragraph with the headings above it («kva er det
   * rettslege grunnlaget? › samtykke»), by paragraph index.
   */
  headingText: Map<number, string>
  /** The text with line endings normalised and invisible characters removed. */
  text: string
  /** `text` lower-cased character by character, so offsets are shared. */
  lower: string
  lines: string[]
  lineStarts: number[]
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

/** Bullets and list numbering at the start of a line. */
const LIST_ITEM = /^\s*(?:[•\-–—*·▪◦●○■►✓]|\d{1,2}[.)]|[a-zA-Z][.)])\s+/u

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  `
  nr org org.nr orgnr jf jfr jmf f.eks bl.a ca art t.d mv m.m tlf tel pkt kap ref evt ev dvs
  osv iht ift inkl eks mfl m.fl st bokst no pr p.t kl vedr adr avd forts jan feb mar apr aug
  sep sept okt nov des e.l o.l a.s ltd inc pkt lit ledd stk e.g i.e etc pga ang vs
`
    .trim()
    .split(/\s+/),
)

/** Removes characters that split words invisibly and normalises line endings. */
export function cleanPolicyText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
}

/** Lower-cases without changing the length, so offsets stay valid; odd spaces and dashes are normalised. */
function lowerSameLength(text: string): string {
  let out = ''
  for (const ch of text) {
    if (/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/.test(ch)) out += ' '
    else if (ch === '\u2010' || ch === '\u2011') out += '-'
    else {
      const lower = ch.toLowerCase()
      out += lower.length === ch.length ? lower : ch
    }
  }
  return out
}

export function isListItem(line: string): boolean {
  return LIST_ITEM.test(line)
}

/** A row of a Markdown table or of an HTML table converted by policy-text.ts. */
export function isTableRow(line: string): boolean {
  return /^\s*\|/.test(line) || / \| /.test(line)
}

/** A short line without closing punctuation: a heading, a label or a list entry. */
export function isHeadingLike(line: string): boolean {
  const t = line.trim()
  if (t === '' || t.length > 100) return false
  if (/[.,;]$/.test(t)) return false
  return t.split(/\s+/).length <= 14
}

/** Whether the next line continues the current sentence (hard-wrapped text). */
function continuesSentence(line: string, next: string): boolean {
  const t = line.trimEnd()
  if (t === '' || next.trim() === '' || /[.!?:;]$/.test(t) || isListItem(next)) return false
  // Table rows ("| Formål | Grunnlag |") are units of their own.
  if (isTableRow(t) || isTableRow(next)) return false
  if (/^\s*[\p{Ll}(]/u.test(next)) return true
  // A line ending in a preposition, conjunction or article cannot end a heading or a sentence.
  if (
    /\s(og|eller|men|i|for|til|av|med|på|under|fra|frå|om|over|mot|etter|en|ein|et|eit|ei|den|det|dei|de|som|at|å|er|har|kan|skal|vil)$/iu.test(
      t,
    )
  )
    return true
  return t.length >= 60 && !isHeadingLike(t)
}

/** Splits `[start, end)` of `text` into sentences at full stops that end a sentence. */
function splitSentences(text: string, start: number, end: number, out: Span[]): void {
  const boundary = /[.!?]+["»”’)]*\s+(?=[\p{Lu}\p{N}«"“(•\-–])/gu
  boundary.lastIndex = start
  let from = start
  for (let m = boundary.exec(text); m && m.index < end; m = boundary.exec(text)) {
    const before = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(from, m.index - 12), m.index + 1))
    const word = before?.[1]?.toLowerCase().replace(/\.$/, '')
    // "art. 6", "org.nr. 999", "f.eks. Elhub": the full stop belongs to an abbreviation.
    if (
      word !== undefined &&
      m[0].startsWith('.') &&
      (ABBREVIATIONS.has(word) || word.length === 1)
    )
      continue
    const stop = m.index + m[0].trimEnd().length
    out.push({ start: from, end: stop })
    from = m.index + m[0].length
  }
  if (from < end) out.push({ start: from, end })
}

/**
 * Builds the line, paragraph, section and sentence index of a policy text. `headingLines`
 * are the 1-based lines known to be headings (from HTML or Word markup); without them,
 * headings are guessed from the shape of the text.
 */
export function analysePolicy(
  input: string,
  headingLines?: ReadonlyMap<number, number>,
): PolicyDocument {
  const text = cleanPolicyText(input)
  const lower = lowerSameLength(text)
  const lines = text.split('\n')
  const lineStarts: number[] = []
  let offset = 0
  for (const line of lines) {
    lineStarts.push(offset)
    offset += line.length + 1
  }

  const fromMarkup = headingLines !== undefined && headingLines.size > 0
  const known = fromMarkup ? headingLines : guessHeadings(text)
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  const headingText = new Map<number, string>()
  let section = -1
  const open: { level: number; text: string }[] = []
  let i = 0
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++
      continue
    }
    const first = i
    // A heading is a paragraph of its own even when no blank line follows it. A guessed
    // heading must open its block: a short line after a sentence («E-post: post@…») is
    // part of that paragraph.
    while (
      i + 1 < lines.length &&
      lines[i + 1]!.trim() !== '' &&
      !(
        known.has(first + 1) &&
        (fromMarkup || !continuesSentence(lines[first]!, lines[first + 1]!))
      ) &&
      !(fromMarkup && known.has(i + 2))
    )
      i++
    const last = i
    i++
    const paragraph: Paragraph = {
      start: lineStarts[first]!,
      end: lineStarts[last]! + lines[last]!.length,
      text: '',
      firstLine: first + 1,
      lastLine: last + 1,
      sentences: [],
      heading: known.has(first + 1) && (fromMarkup || first === last),
      section,
    }
    paragraph.text = lower.slice(paragraph.start, paragraph.end)
    const index = paragraphs.push(paragraph) - 1
    if (paragraph.heading) {
      section = index
      paragraph.section = index
      const level = known.get(first + 1) ?? 2
      while (open.length > 0 && open.at(-1)!.level >= level) open.pop()
      open.push({ level, text: paragraph.text })
      headingText.set(index, open.map((h) => h.text).join(' › '))
    }

    // Lines of a paragraph are sentence units unless a hard wrap joins them.
    const spans: Span[] = []
    let unitStart = first
    for (let l = first; l <= last; l++) {
      if (l < last && continuesSentence(lines[l]!, lines[l + 1]!)) continue
      splitSentences(text, lineStarts[unitStart]!, lineStarts[l]! + lines[l]!.length, spans)
      unitStart = l + 1
    }
    for (const span of spans) {
      const raw = text.slice(span.start, span.end)
      const lead = raw.length - raw.trimStart().length
      const start = span.start + lead
      const end = span.start + raw.trimEnd().length
      if (end <= start) continue
      paragraph.sentences.push(sentences.length)
      sentences.push({
        start,
        end,
        text: lower.slice(start, end),
        line: lineOf(lineStarts, start),
        paragraph: index,
      })
    }
  }
  return { text, lower, lines, lineStarts, paragraphs, sentences, headingText }
}

/** 1-based line of an offset. */
export function lineOf(lineStarts: readonly number[], offset: number): number {
  let lo = 0
  let hi = lineStarts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lineStarts[mid]! <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

/** The heading (lower-cased) of the section a sentence is in, or '' before the first heading. */
export function sectionHeading(doc: PolicyDocument, sentence: Sentence): string {
  const paragraph = doc.paragraphs[sentence.paragraph]!
  return paragraph.section < 0 ? '' : (doc.headingText.get(paragraph.section) ?? '')
}

/** The sentence containing an offset (the nearest one before it when between sentences). */
export function sentenceAt(doc: PolicyDocument, offset: number): Sentence | undefined {
  const { sentences } = doc
  let lo = 0
  let hi = sentences.length - 1
  if (hi < 0) return undefined
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (sentences[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return sentences[lo]
}

const EXCERPT_MAX = 200

/**
 * Readable excerpt of the original text: the whole sentence when it is short, otherwise a
 * window around the match, cut at word boundaries and marked with «…».
 */
export function excerptOf(doc: PolicyDocument, sentence: Span, match?: Span): string {
  const raw = doc.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim()
  if (raw.length <= EXCERPT_MAX) return raw
  const focus = match ? Math.max(0, match.start - sentence.start) : 0
  let from = Math.max(0, focus - 60)
  let to = Math.min(raw.length, from + EXCERPT_MAX)
  from = Math.max(0, to - EXCERPT_MAX)
  if (from > 0) from = raw.indexOf(' ', from) + 1 || from
  if (to < raw.length) to = raw.lastIndexOf(' ', to) > from ? raw.lastIndexOf(' ', to) : to
  return `${from > 0 ? '…' : ''}${raw.slice(from, to).trim()}${to < raw.length ? '…' : ''}`
}
