/**
 * How the fields of an activity are written into the cells of the protokoll workbook, and
 * read back. Export and import share this file so that the two stay each other's inverse.
 *
 * Conventions (also explained to the DPO on the sheet "Om protokollen"):
 * - A list has one element per line (Alt+Enter in Excel). Line breaks inside an element are
 *   written as spaces. Ombud's own rows (those with an Ombud-ID) are read strictly: only a
 *   line break separates elements, so an element may contain ';'.
 * - Rows without an Ombud-ID (a protokoll kept by hand) are read leniently: ';' also
 *   separates elements, bullets ("• ", "- ") are dropped, and words like "Ingen", "Nei" or
 *   "Ikke aktuelt" mean "nothing".
 * - A field that combines several values puts each on its own line with a label before a
 *   colon, e.g. "Rettslig forpliktelse: bokføringsloven § 13" or "Grunnlag: …".
 */
import { quote } from '../text/quote'
import { ART6, ART9, ART9_BASES, type Art6Basis, type Art9Basis } from '../law/legal-bases'
import type { ProcessingActivity } from '../model/activity'
import type { FlatActivity, FlatLegalBasis as LegalBasis, FlatSource as DataSource } from '../model/activity-flat'

/** Excel's limit on the text in one cell. */
export const MAX_CELL_CHARS = 32_767

export type ParseMode = 'strict' | 'lenient'

export interface CellIssue {
  level: 'error' | 'warning'
  message: string
}

export interface Parsed<T> {
  value: T
  issues: CellIssue[]
}

const ok = <T>(value: T, issues: CellIssue[] = []): Parsed<T> => ({ value, issues })

/** Line breaks and the spaces around them become one space: list elements are single lines. */
export function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim()
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n')
}

/** Excel refuses cells longer than 32 767 characters; such text is cut with a visible mark. */
export function clipCell(text: string): string {
  const mark = ' […avkortet]'
  return text.length <= MAX_CELL_CHARS ? text : text.slice(0, MAX_CELL_CHARS - mark.length) + mark
}

// ---------------------------------------------------------------- lists

const NONE_WORDS = new Set([
  '',
  '-',
  '–',
  '—',
  'nei',
  'ingen',
  'ingenting',
  'ikkeaktuelt',
  'ikkerelevant',
  'ikkeaktuell',
  'na',
  'ia',
  'none',
])

/** "Ingen", "-", "Ikke aktuelt": a hand-kept protokoll's way of saying "nothing". */
export function isNoneWord(text: string): boolean {
  return NONE_WORDS.has(text.toLowerCase().replace(/[\s./]/g, ''))
}

export function formatList(items: readonly string[]): string {
  return items
    .map(oneLine)
    .filter((s) => s !== '')
    .join('\n')
}

const BULLET = /^(?:[•▪·◦‣●○■]\s*|[-–—*]\s+)/

/** Splits a list cell into its elements (see the conventions at the top of the file). */
export function parseList(text: string, mode: ParseMode): string[] {
  const raw = mode === 'strict' ? lines(text) : lines(text).flatMap((line) => line.split(';'))
  const items = raw.map((s) => s.trim()).filter((s) => s !== '')
  if (mode === 'strict') return items
  const cleaned = items.map((s) => s.replace(BULLET, '').trim()).filter((s) => s !== '')
  return cleaned.every(isNoneWord) ? [] : cleaned
}

/** A single-value cell: trimmed, and "Ingen"/"-" read as empty in lenient mode. */
export function parseText(text: string, mode: ParseMode): string {
  const t = text.trim()
  return mode === 'lenient' && isNoneWord(t) ? '' : t
}

// ---------------------------------------------------------------- name and description

/** The activity cell: the name on the first line, then a blank line and the description. */
export function formatNameAndDescription(name: string, description: string): string {
  const d = description.trim()
  return d === '' ? oneLine(name) : `${oneLine(name)}\n\n${d}`
}

export function parseNameAndDescription(text: string): { name: string; description: string } {
  const all = lines(text.trim())
  const name = (all[0] ?? '').trim()
  const rest = all.slice(1)
  while (rest.length > 0 && rest[0]!.trim() === '') rest.shift()
  return { name, description: rest.join('\n').trim() }
}

// ---------------------------------------------------------------- personal data categories

export const SPECIAL_MARK = 'særlig kategori'
const SPECIAL_SUFFIX =
  /\s*\((?:særlig kategori|særlige kategorier|særleg kategori|særlege kategoriar|art\.?\s*9|sensitive?|sensitive opplysninger)\)\s*$/i

export function formatDataCategories(
  dataCategories: readonly string[],
  specialCategories: readonly string[],
): string {
  return formatList([
    ...dataCategories,
    ...specialCategories.map((s) => `${oneLine(s)} (${SPECIAL_MARK})`),
  ])
}

export function parseDataCategories(
  text: string,
  mode: ParseMode,
): { dataCategories: string[]; specialCategories: string[] } {
  const dataCategories: string[] = []
  const specialCategories: string[] = []
  for (const item of parseList(text, mode)) {
    if (SPECIAL_SUFFIX.test(item)) {
      const stripped = item.replace(SPECIAL_SUFFIX, '').trim()
      if (stripped !== '') specialCategories.push(stripped)
    } else dataCategories.push(item)
  }
  return { dataCategories, specialCategories }
}

// ---------------------------------------------------------------- sources

export const SOURCE_KIND_LABELS: Record<DataSource['kind'], string> = {
  'data-subject': 'den registrerte',
  'third-party': 'tredjepart',
  'public-register': 'offentlig register',
  generated: 'generert i virksomheten',
}

const SOURCE_KIND_ALIASES: Record<string, DataSource['kind']> = {
  denregistrerte: 'data-subject',
  denregistrerteselv: 'data-subject',
  registrerte: 'data-subject',
  fradenregistrerte: 'data-subject',
  direktefradenregistrerte: 'data-subject',
  tredjepart: 'third-party',
  tredjeparter: 'third-party',
  annenvirksomhet: 'third-party',
  offentligregister: 'public-register',
  offentlegregister: 'public-register',
  offentligeregistre: 'public-register',
  register: 'public-register',
  genererterivirksomheten: 'generated',
  genereritvirksomheten: 'generated',
  generertivirksomheten: 'generated',
  generert: 'generated',
  egengenerert: 'generated',
  virksomhetenselv: 'generated',
  internt: 'generated',
}

function sourceKind(text: string): DataSource['kind'] | undefined {
  return SOURCE_KIND_ALIASES[text.toLowerCase().replace(/[^a-zæøå]/g, '')]
}

export function formatSources(sources: readonly DataSource[]): string {
  return formatList(
    sources.map((s) =>
      s.name.trim() === ''
        ? capitalize(SOURCE_KIND_LABELS[s.kind])
        : `${oneLine(s.name)} (${SOURCE_KIND_LABELS[s.kind]})`,
    ),
  )
}

const REGISTER_LIKE = /register|elhub|brønnøysund|kartverket|matrikkel|skatteetaten|nav\b/i

export function parseSources(text: string, mode: ParseMode): DataSource[] {
  return parseList(text, mode).map((item) => {
    const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(item)
    const kindInParens = m ? sourceKind(m[2]!) : undefined
    if (m && kindInParens) return { kind: kindInParens, name: m[1]!.trim() }
    const alone = sourceKind(item)
    if (alone) return { kind: alone, name: '' }
    // A hand-kept protokoll names the source without saying what kind it is.
    if (/\bselv\b|^direkte fra/i.test(item)) return { kind: 'data-subject', name: item }
    return { kind: REGISTER_LIKE.test(item) ? 'public-register' : 'third-party', name: item }
  })
}

// ---------------------------------------------------------------- art. 6

export function art6Label(basis: Art6Basis): string {
  return `${ART6[basis].label.nb} (${ART6[basis].article.nb})`
}

export function formatArt6(legalBases: readonly LegalBasis[]): string {
  return legalBases.map((b) => art6Label(b.basis)).join('\n')
}

/** Words that name an art. 6 basis, in bokmål, nynorsk and English. */
const ART6_KEYWORDS: ReadonlyArray<readonly [string, Art6Basis]> = [
  ['allmennhetens interesse', 'public-task'],
  ['allmenta si interesse', 'public-task'],
  ['allmenn interesse', 'public-task'],
  ['offentlig myndighet', 'public-task'],
  ['offentleg styresmakt', 'public-task'],
  ['offentlig oppgave', 'public-task'],
  ['myndighetsutøvelse', 'public-task'],
  ['public task', 'public-task'],
  ['berettiget interesse', 'legitimate-interests'],
  ['berettigede interesse', 'legitimate-interests'],
  ['berettiga interesse', 'legitimate-interests'],
  ['legitim interesse', 'legitimate-interests'],
  ['legitime interesse', 'legitimate-interests'],
  ['legitimate interest', 'legitimate-interests'],
  ['interesseavveiing', 'legitimate-interests'],
  ['vitale interesse', 'vital-interests'],
  ['vital interest', 'vital-interests'],
  ['rettslig forpliktelse', 'legal-obligation'],
  ['rettslige forpliktelse', 'legal-obligation'],
  ['rettsleg plikt', 'legal-obligation'],
  ['rettslig plikt', 'legal-obligation'],
  ['lovpålagt', 'legal-obligation'],
  ['lovkrav', 'legal-obligation'],
  ['lovplikt', 'legal-obligation'],
  ['pålagt ved lov', 'legal-obligation'],
  ['legal obligation', 'legal-obligation'],
  ['avtale', 'contract'],
  ['kontrakt', 'contract'],
  ['contract', 'contract'],
  ['samtykke', 'consent'],
  ['consent', 'consent'],
]

const ART6_LETTERS: Record<string, Art6Basis> = {
  a: 'consent',
  b: 'contract',
  c: 'legal-obligation',
  d: 'vital-interests',
  e: 'public-task',
  f: 'legitimate-interests',
}
const ART9_LETTERS: Record<string, Art9Basis> = Object.fromEntries(
  ART9_BASES.map((b, i) => [String.fromCharCode(97 + i), b]),
)

// "art. 6 nr. 1 bokstav b", "art. 6 (1) b", "6(1)(b)", "6-1-b", "6.1.b", "artikkel 6 nr 1 b".
const ART6_REF =
  /(?:^|[^0-9])6\s*(?:nr\.?\s*|\(\s*|-|\.|\s)\s*1\s*\)?\s*[-.,]?\s*(?:bokstav|bokst\.?|lit\.?|litra)?\s*\(?\s*([a-f])\s*\)?(?![a-zæøå])/i
const ART9_REF =
  /(?:^|[^0-9])9\s*(?:nr\.?\s*|\(\s*|-|\.|\s)\s*2\s*\)?\s*[-.,]?\s*(?:bokstav|bokst\.?|lit\.?|litra)?\s*\(?\s*([a-j])\s*\)?(?![a-zæøå])/i
// A letter on its own after "og" or a comma: "art. 6 (1) b og c".
const LONE_LETTER = /^(?:bokstav\s*|bokst\.?\s*|lit\.?\s*)?\(?([a-j])\)?$/i

function keywordBasis<T extends string>(
  text: string,
  keywords: ReadonlyArray<readonly [string, T]>,
): T | undefined {
  const lower = text.toLowerCase()
  let best: { at: number; len: number; code: T } | undefined
  for (const [word, code] of keywords) {
    const at = lower.indexOf(word)
    if (at >= 0 && (!best || at < best.at || (at === best.at && word.length > best.len)))
      best = { at, len: word.length, code }
  }
  return best?.code
}

/**
 * Reads one mention of an art. 6 basis: a label ("Avtale"), an article reference
 * ("6(1)(b)") or both. `conflict` when label and reference point to different bases.
 */
export function art6Code(item: string): {
  code: Art6Basis | null
  conflict: [Art6Basis, Art6Basis] | null
} {
  const byWord = keywordBasis(item, ART6_KEYWORDS)
  const letter = ART6_REF.exec(item)?.[1] ?? LONE_LETTER.exec(item.trim())?.[1]
  const byLetter = letter ? ART6_LETTERS[letter.toLowerCase()] : undefined
  if (byWord && byLetter && byWord !== byLetter) return { code: null, conflict: [byWord, byLetter] }
  return { code: byWord ?? byLetter ?? null, conflict: null }
}

/** "Rettslig forpliktelse – bokføringsloven § 13": a basis, then its detail after a dash or colon. */
const INLINE_DETAIL = /\s[–—-]\s|:\s*/

function splitInlineDetail(item: string): { head: string; tail: string } | null {
  const m = INLINE_DETAIL.exec(item)
  if (!m) return null
  return { head: item.slice(0, m.index).trim(), tail: item.slice(m.index + m[0].length).trim() }
}

export interface Art6Mention {
  basis: Art6Basis
  /** Text written after the basis in the same cell ("– bokføringsloven § 13"), hand-kept files only. */
  inlineDetail: string
}

/**
 * The art. 6 cell: one basis per line. Lenient mode also splits on ';', ',' and "og"
 * ("6 (1) b og c") and keeps a detail written after a dash or colon.
 */
export function parseArt6(text: string, mode: ParseMode): Parsed<Art6Mention[]> {
  const mentions: Array<{ item: string; inlineDetail: string }> = []
  for (const item of parseList(text, mode)) {
    if (mode === 'strict') {
      mentions.push({ item, inlineDetail: '' })
      continue
    }
    const split = splitInlineDetail(item)
    if (split && split.tail !== '' && art6Code(split.head).code) {
      mentions.push({ item: split.head, inlineDetail: split.tail })
      continue
    }
    for (const part of item.split(/,|\s+og\s+|\s+and\s+|\s*\/\s*|\s*\+\s*/i)) {
      if (part.trim() !== '') mentions.push({ item: part.trim(), inlineDetail: '' })
    }
  }
  const found: Art6Mention[] = []
  const issues: CellIssue[] = []
  const unknown: string[] = []
  for (const { item, inlineDetail } of mentions) {
    const { code, conflict } = art6Code(item)
    if (conflict) {
      const [word, letter] = conflict
      issues.push({
        level: 'error',
        message: `${quote(item)} er selvmotsigende: teksten peker på «${ART6[word].label.nb}», men henvisningen på ${ART6[letter].article.nb} («${ART6[letter].label.nb}»).`,
      })
    } else if (code) {
      const same = found.find((f) => f.basis === code)
      if (mode === 'strict' || !same) found.push({ basis: code, inlineDetail })
      else if (inlineDetail !== '')
        same.inlineDetail =
          same.inlineDetail === '' ? inlineDetail : `${same.inlineDetail}\n${inlineDetail}`
    } else unknown.push(item)
  }
  for (const item of unknown) {
    // A fragment a hand-kept cell adds ("Avtale, se kundeavtalen") is no reason to reject the
    // row when a basis was recognised; Ombud's own rows have no such fragments.
    issues.push(
      mode === 'lenient' && found.length > 0
        ? {
            level: 'warning',
            message: `${quote(item)} ble ikke gjenkjent som et behandlingsgrunnlag og er utelatt.`,
          }
        : {
            level: 'error',
            message: `Ukjent behandlingsgrunnlag ${quote(item)}. Bruk et av grunnlagene i art. 6 nr. 1, for eksempel «Avtale» eller «art. 6 nr. 1 bokstav b».`,
          },
    )
  }
  return ok(found, issues)
}

/** Adds the details written in the art. 6 cell itself to the bases that have no text yet. */
export function applyInlineDetails(
  bases: readonly LegalBasis[],
  mentions: readonly Art6Mention[],
): LegalBasis[] {
  return bases.map((b, i) => {
    const inline = mentions[i]?.inlineDetail ?? ''
    if (inline === '') return b
    const field = defaultDetailField(b.basis)
    return { ...b, [field]: b[field] === '' ? inline : `${b[field]}\n${inline}` }
  })
}

/** Which text field a basis's detail line fills when the line does not say. */
function defaultDetailField(basis: Art6Basis): 'law' | 'interest' {
  return ART6[basis].needs === 'interest' ? 'interest' : 'law'
}

function detailPrefix(basis: Art6Basis, field: 'law' | 'interest'): string {
  const label = ART6[basis].label.nb
  if (field === defaultDetailField(basis)) return label
  return `${label} – ${field === 'law' ? 'hjemmel' : 'interesse'}`
}

/** The "Rettslig forpliktelse eller berettiget interesse" cell: "<grunnlag>: <tekst>" per line. */
export function formatArt6Detail(legalBases: readonly LegalBasis[]): string {
  const out: string[] = []
  const count = (code: Art6Basis) => legalBases.filter((b) => b.basis === code).length
  for (const b of legalBases) {
    const repeated = count(b.basis) > 1
    const main = defaultDetailField(b.basis)
    // A basis listed twice writes its line even when empty, so the second line reaches the second entry.
    if (b[main] !== '' || repeated) out.push(`${detailPrefix(b.basis, main)}: ${b[main]}`.trimEnd())
    const other = main === 'law' ? 'interest' : 'law'
    if (b[other] !== '') out.push(`${detailPrefix(b.basis, other)}: ${b[other]}`)
  }
  return out.join('\n')
}

const DETAIL_LINE =
  /^\s*([^:]{1,80}?)\s*(?:[–—-]\s*(hjemmel|interesse|lov|lovhjemmel))?\s*:\s?(.*)$/i

function detailLinePrefix(
  line: string,
): { basis: Art6Basis; field: 'law' | 'interest' | null; text: string } | null {
  const m = DETAIL_LINE.exec(line)
  if (!m) return null
  const label = m[1]!.trim()
  // The label must be nothing but a basis: "Bokføringsloven § 13: …" is text, not a label.
  const code =
    keywordBasis(label, ART6_KEYWORDS) ??
    (ART6_REF.exec(label)?.[1] ? ART6_LETTERS[ART6_REF.exec(label)![1]!.toLowerCase()] : undefined)
  if (!code) return null
  const rest = label.toLowerCase().replace(/[^a-zæøå]/g, '')
  const known = [
    ...ART6_KEYWORDS.filter(([, c]) => c === code).map(([w]) => w.replace(/[^a-zæøå]/g, '')),
    ART6[code].label.nb.toLowerCase().replace(/[^a-zæøå]/g, ''),
    ART6[code].label.nn.toLowerCase().replace(/[^a-zæøå]/g, ''),
  ]
  if (!known.includes(rest) && !ART6_REF.test(label)) return null
  const suffix = m[2]?.toLowerCase()
  const field = suffix === undefined ? null : suffix === 'interesse' ? 'interest' : 'law'
  return { basis: code, field, text: m[3] ?? '' }
}

/**
 * Fills the law and interest of each basis from the detail cell. Lines that start with a basis
 * ("Berettiget interesse: …") go to that basis (the n-th such line to the n-th entry of the
 * basis); other lines continue the line above, or, at the top of a hand-kept cell, go to the
 * one basis that needs a text.
 */
export function parseArt6Detail(
  text: string,
  codes: readonly Art6Basis[],
  mode: ParseMode,
): Parsed<LegalBasis[]> {
  const bases: LegalBasis[] = codes.map((basis) => ({ basis, law: '', interest: '' }))
  const issues: CellIssue[] = []
  const seen = new Map<Art6Basis, number>()
  let target: { index: number; field: 'law' | 'interest' } | null = null
  const orphan: string[] = []
  const all = lines(text)
  while (all.length > 0 && all[all.length - 1]!.trim() === '') all.pop()
  for (const line of all) {
    const prefix = detailLinePrefix(line)
    if (prefix) {
      const n = seen.get(prefix.basis) ?? 0
      seen.set(prefix.basis, n + 1)
      const indexes = bases.flatMap((b, i) => (b.basis === prefix.basis ? [i] : []))
      if (indexes.length === 0) {
        issues.push({
          level: 'warning',
          message: `«${ART6[prefix.basis].label.nb}» er beskrevet, men ikke oppgitt som behandlingsgrunnlag etter art. 6. Teksten ${quote(prefix.text.trim())} er ikke importert.`,
        })
        target = null
        continue
      }
      const index = indexes[Math.min(n, indexes.length - 1)]!
      const field = prefix.field ?? defaultDetailField(prefix.basis)
      const b = bases[index]!
      b[field] =
        b[field] === '' || n < indexes.length
          ? prefix.text.trim()
          : `${b[field]}\n${prefix.text.trim()}`
      target = { index, field }
    } else if (target) {
      const b = bases[target.index]!
      b[target.field] = `${b[target.field]}\n${line.trim()}`
    } else if (line.trim() !== '') {
      orphan.push(line.trim())
    }
  }
  if (orphan.length > 0) {
    const unlabeled = orphan.join('\n')
    const wanting = bases.filter((b) => ART6[b.basis].needs !== null)
    const looksLikeLaw = /lov|§|forskrift|lova\b/i.test(unlabeled)
    const pick =
      wanting.length === 1
        ? wanting[0]
        : (wanting.find((b) => (ART6[b.basis].needs === 'law') === looksLikeLaw) ?? wanting[0])
    if (mode === 'lenient' && isNoneWord(unlabeled)) {
      // "Ikke aktuelt": nothing to record.
    } else if (pick) {
      const field = defaultDetailField(pick.basis)
      pick[field] = pick[field] === '' ? unlabeled : `${pick[field]}\n${unlabeled}`
      if (wanting.length > 1) {
        issues.push({
          level: 'warning',
          message: `Det står ikke hvilket grunnlag teksten ${quote(unlabeled)} hører til; den er lagt til «${ART6[pick.basis].label.nb}». Skriv grunnlaget foran, for eksempel «Rettslig forpliktelse: bokføringsloven § 13».`,
        })
      }
    } else {
      issues.push({
        level: 'warning',
        message:
          bases.length === 0
            ? `Teksten ${quote(unlabeled)} er ikke importert fordi ingen behandlingsgrunnlag er oppgitt.`
            : `Teksten ${quote(unlabeled)} er ikke importert: den hører verken til en rettslig forpliktelse, en offentlig oppgave eller en berettiget interesse.`,
      })
    }
  }
  return ok(bases, issues)
}

// ---------------------------------------------------------------- art. 9 and 10

export function art9Label(basis: Art9Basis): string {
  return `${ART9[basis].label.nb} (${ART9[basis].article.nb})`
}

const CRIMINAL_LABEL = 'Art. 10 (straffedommer og lovovertredelser)'
const DETAIL_LABEL = 'Hjemmel'

export function formatArt9(
  a: Pick<FlatActivity, 'art9Bases' | 'art9Detail' | 'criminalData' | 'criminalDataBasis'>,
): string {
  const out = a.art9Bases.map(art9Label)
  if (a.art9Detail.trim() !== '') out.push(`${DETAIL_LABEL}: ${a.art9Detail.trim()}`)
  if (a.criminalData)
    out.push(
      a.criminalDataBasis.trim() === ''
        ? CRIMINAL_LABEL
        : `${CRIMINAL_LABEL}: ${a.criminalDataBasis.trim()}`,
    )
  return out.join('\n')
}

const ART9_KEYWORDS: ReadonlyArray<readonly [string, Art9Basis]> = [
  ['uttrykkelig samtykke', 'explicit-consent'],
  ['uttrykkjeleg samtykke', 'explicit-consent'],
  ['explicit consent', 'explicit-consent'],
  ['samtykke', 'explicit-consent'],
  ['arbeidsrett', 'employment'],
  ['trygderett', 'employment'],
  ['sosialrett', 'employment'],
  ['vitale interesse', 'vital-interests'],
  ['ideell', 'not-for-profit'],
  ['stiftelse', 'not-for-profit'],
  ['offentliggjort', 'made-public'],
  ['offentleggjort', 'made-public'],
  ['gjort offentlig', 'made-public'],
  ['rettskrav', 'legal-claims'],
  ['viktige allmenne interesse', 'substantial-public-interest'],
  ['allmenne interesse', 'substantial-public-interest'],
  ['helse- og omsorg', 'health-care'],
  ['helse og omsorg', 'health-care'],
  ['arbeidsmedisin', 'health-care'],
  ['forebyggende medisin', 'health-care'],
  ['folkehelse', 'public-health'],
  ['arkiv', 'archiving-research'],
  ['forskning', 'archiving-research'],
  ['forsking', 'archiving-research'],
  ['statistikk', 'archiving-research'],
]

function art9Code(text: string): Art9Basis | undefined {
  const letter = ART9_REF.exec(text)?.[1]
  return (
    (letter ? ART9_LETTERS[letter.toLowerCase()] : undefined) ?? keywordBasis(text, ART9_KEYWORDS)
  )
}

export interface Art9Fields {
  art9Bases: Art9Basis[]
  art9Detail: string
  criminalData: boolean
  criminalDataBasis: string
}

const DETAIL_START = /^\s*(?:hjemmel|lovhjemmel|supplerende hjemmel|nasjonal hjemmel)\s*:\s?(.*)$/i
const CRIMINAL_START =
  /^\s*(?:art(?:ikkel|\.)?\s*10\b|straffedom|opplysninger om straffedom|lovovertredelser)[^:]*(?::\s?(.*))?$/i

export function parseArt9(text: string, mode: ParseMode): Parsed<Art9Fields> {
  const value: Art9Fields = {
    art9Bases: [],
    art9Detail: '',
    criminalData: false,
    criminalDataBasis: '',
  }
  const issues: CellIssue[] = []
  let continuing: 'detail' | 'criminal' | null = null
  const append = (field: 'art9Detail' | 'criminalDataBasis', s: string) => {
    value[field] = value[field] === '' ? s : `${value[field]}\n${s}`
  }
  for (const raw of mode === 'strict' ? lines(text) : lines(text).flatMap((l) => l.split(';'))) {
    const line = raw.trim().replace(mode === 'lenient' ? BULLET : /^$/, '')
    if (line === '') continue
    const detail = DETAIL_START.exec(line)
    if (detail) {
      append('art9Detail', (detail[1] ?? '').trim())
      continuing = 'detail'
      continue
    }
    const criminal = CRIMINAL_START.exec(line)
    if (criminal) {
      value.criminalData = true
      if (criminal[1] !== undefined && criminal[1].trim() !== '')
        append('criminalDataBasis', criminal[1].trim())
      continuing = 'criminal'
      continue
    }
    // "Art. 9 (2) b – arbeidsmiljøloven § 4-6": the basis, then its law.
    const split = splitInlineDetail(line)
    const headCode = split && split.tail !== '' ? art9Code(split.head) : undefined
    const code = headCode ?? art9Code(line)
    if (code) {
      if (!value.art9Bases.includes(code)) value.art9Bases.push(code)
      if (headCode && split) append('art9Detail', split.tail)
      continuing = null
      continue
    }
    if (continuing === 'detail') append('art9Detail', line)
    else if (continuing === 'criminal') append('criminalDataBasis', line)
    else if (mode === 'lenient' && isNoneWord(line)) continue
    else if (mode === 'strict') {
      issues.push({
        level: 'error',
        message: `Ukjent grunnlag etter art. 9 ${quote(line)}. Bruk et av unntakene i art. 9 nr. 2, for eksempel «art. 9 nr. 2 bokstav b».`,
      })
    } else {
      append('art9Detail', line)
      issues.push({
        level: 'warning',
        message: `${quote(line)} ble ikke gjenkjent som et grunnlag i art. 9 nr. 2 og er lagt inn som hjemmel for særlige kategorier.`,
      })
    }
  }
  return ok(value, issues)
}

// ---------------------------------------------------------------- retention

const RETENTION_BASIS = 'Grunnlag'
const RETENTION_BASIS_START =
  /^\s*(?:grunnlag|hjemmel|begrunnelse|kriterier|kriterium)\s*:\s?(.*)$/i

export function formatRetention(r: FlatActivity['retention']): string {
  const period = r.period.trim()
  const basis = r.basis.trim()
  return basis === ''
    ? period
    : period === ''
      ? `${RETENTION_BASIS}: ${basis}`
      : `${period}\n${RETENTION_BASIS}: ${basis}`
}

export function parseRetention(text: string, mode: ParseMode): FlatActivity['retention'] {
  const period: string[] = []
  const basis: string[] = []
  let inBasis = false
  for (const line of lines(text.trim())) {
    const m = RETENTION_BASIS_START.exec(line)
    if (m && !inBasis) {
      inBasis = true
      basis.push((m[1] ?? '').trim())
    } else (inBasis ? basis : period).push(line.trim())
  }
  return { period: parseText(period.join('\n'), mode), basis: basis.join('\n').trim() }
}

// ---------------------------------------------------------------- DPIA, status, dates

export const DPIA_LABELS: Record<ProcessingActivity['dpia']['needed'], string> = {
  yes: 'Ja',
  no: 'Nei',
  unknown: 'Ikke vurdert',
}

export function formatDpia(d: ProcessingActivity['dpia']): string {
  return d.doneOn
    ? `${DPIA_LABELS[d.needed]} – DPIA gjennomført ${d.doneOn}`
    : DPIA_LABELS[d.needed]
}

/** A real calendar date in ISO form. */
export function isRealIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

const DATE_TOKEN = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b|\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/

/** Finds a date ("2025-03-01" or "1.3.2025") in the text: the ISO date, null if none, or an error. */
export function findDate(text: string, what: string): Parsed<string | null> {
  const m = DATE_TOKEN.exec(text)
  if (!m) return ok(null)
  const [y, mo, d] = m[1] ? [m[1], m[2]!, m[3]!] : [m[6]!, m[5]!, m[4]!]
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`
  if (!isRealIsoDate(iso)) {
    return ok(null, [
      {
        level: 'error',
        message: `${what}: ${quote(m[0])} er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01.`,
      },
    ])
  }
  return ok(iso)
}

/** A cell that holds a date and nothing else. */
export function parseDateCell(text: string, what: string): Parsed<string | null> {
  const t = text.trim()
  if (t === '' || isNoneWord(t)) return ok(null)
  const found = findDate(t, what)
  if (found.issues.length > 0) return found
  if (found.value === null) {
    return ok(null, [
      {
        level: 'error',
        message: `${what}: ${quote(t)} er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01.`,
      },
    ])
  }
  return found
}

export function parseDpia(text: string): Parsed<ProcessingActivity['dpia']> {
  const t = text.trim()
  const lower = t.toLowerCase()
  const date = findDate(t, 'Høy risiko – DPIA')
  const issues = [...date.issues]
  let needed: ProcessingActivity['dpia']['needed'] = 'unknown'
  if (/^(ja|yes|høy)\b/.test(lower)) needed = 'yes'
  else if (/^(nei|no|lav|ikke høy)\b/.test(lower)) needed = 'no'
  else if (t === '' || /^(ikke vurdert|ukjent|usikker|uavklart|ikke avklart|-)/.test(lower))
    needed = 'unknown'
  else if (date.value !== null && DATE_TOKEN.exec(t)?.[0] === t) needed = 'yes'
  else
    issues.push({
      level: 'warning',
      message: `${quote(t)} i kolonnen «Høy risiko – DPIA?» ble ikke forstått; skriv Ja, Nei eller Ikke vurdert. Satt til «Ikke vurdert».`,
    })
  return ok({ needed, doneOn: date.value }, issues)
}

export const STATUS_LABELS: Record<ProcessingActivity['status'], string> = {
  draft: 'Utkast',
  active: 'Aktiv',
  archived: 'Arkivert',
}

export function parseStatus(text: string): Parsed<ProcessingActivity['status'] | null> {
  const t = text.trim().toLowerCase()
  if (t === '') return ok(null)
  if (/^(utkast|kladd|draft)/.test(t)) return ok('draft')
  if (/^(aktiv|i bruk|active)/.test(t)) return ok('active')
  if (/^(arkivert|avsluttet|archived|ikke i bruk)/.test(t)) return ok('archived')
  return ok(null, [
    {
      level: 'warning',
      message: `Ukjent status ${quote(text.trim())}; bruk Utkast, Aktiv eller Arkivert. Statusen er ikke endret.`,
    },
  ])
}
