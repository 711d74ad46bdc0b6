/**
 * The policy checker on the corpus of real Norwegian policies (tests/fixtures/policies/corpus):
 * recall and false alarms per code, overall and by written standard, against the hand labels
 * in labels.json, and every miss and false alarm with the label's reason.
 *
 * A label says whether the defect a code names is in the text: «present» (the checker should
 * report the code), «absent» (it should not) or «unsure» (not scored). Recall is the share of
 * present labels the checker reported; the false-alarm rate is the share of absent labels it
 * reported anyway.
 *
 * Run: `npx tsx bench/lint-corpus.ts [--json]`.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { lintPolicy, POLICY_LINT_CODES } from '../shared/checks/policy-lint'

export const POLICY_FIXTURES = join(__dirname, '..', 'tests', 'fixtures', 'policies')

type Label = 'present' | 'absent' | 'unsure'

export interface CorpusPolicy {
  file: string
  language: 'nb' | 'nn'
  sector: 'public' | 'private'
  era: 'old' | 'new'
  length: 'short' | 'medium' | 'long'
  controller: string
  source: string
  date: string
  excerpt: boolean
  labels: Record<string, { label: Label; reason: string }>
}

export interface Counts {
  /** Present and reported. */
  hits: number
  /** Present, not reported. */
  misses: number
  /** Absent, reported anyway. */
  falseAlarms: number
  /** Absent, not reported. */
  quiet: number
}

export interface Mistake {
  file: string
  code: string
  kind: 'miss' | 'false alarm'
  reason: string
}

export interface CorpusScore {
  policies: number
  byCode: Record<string, Counts>
  byLanguage: Record<'nb' | 'nn', Counts>
  overall: Counts
  mistakes: Mistake[]
}

export function readCorpus(): CorpusPolicy[] {
  const labels = JSON.parse(
    readFileSync(join(POLICY_FIXTURES, 'corpus', 'labels.json'), 'utf8'),
  ) as { policies: CorpusPolicy[] }
  return labels.policies
}

const empty = (): Counts => ({ hits: 0, misses: 0, falseAlarms: 0, quiet: 0 })

function add(into: Counts, label: Label, reported: boolean): void {
  if (label === 'present') {
    if (reported) into.hits++
    else into.misses++
  } else if (label === 'absent') {
    if (reported) into.falseAlarms++
    else into.quiet++
  }
}

/** Lints every policy of the corpus and scores the findings against the labels. */
export function scoreCorpus(policies: readonly CorpusPolicy[] = readCorpus()): CorpusScore {
  const byCode: Record<string, Counts> = {}
  const byLanguage = { nb: empty(), nn: empty() }
  const overall = empty()
  const mistakes: Mistake[] = []
  for (const policy of policies) {
    const text = readFileSync(join(POLICY_FIXTURES, policy.file), 'utf8')
    const reported = new Set(lintPolicy(text).findings.map((f) => f.code))
    for (const [code, { label, reason }] of Object.entries(policy.labels)) {
      const hit = reported.has(code)
      for (const counts of [(byCode[code] ??= empty()), byLanguage[policy.language], overall]) {
        add(counts, label, hit)
      }
      if (label === 'present' && !hit) mistakes.push({ file: policy.file, code, kind: 'miss', reason })
      if (label === 'absent' && hit)
        mistakes.push({ file: policy.file, code, kind: 'false alarm', reason })
    }
    // A code the checker knows but the labels do not cover would go unscored: refuse it.
    for (const code of reported) {
      if (!(code in policy.labels)) throw new Error(`${policy.file}: no label for ${code}`)
    }
  }
  return { policies: policies.length, byCode, byLanguage, overall, mistakes }
}

export function recall(c: Counts): number {
  return c.hits + c.misses === 0 ? 1 : c.hits / (c.hits + c.misses)
}

export function falseAlarmRate(c: Counts): number {
  return c.falseAlarms + c.quiet === 0 ? 0 : c.falseAlarms / (c.falseAlarms + c.quiet)
}

const pct = (n: number): string => `${(n * 100).toFixed(1)} %`

function row(name: string, c: Counts): string {
  const present = c.hits + c.misses
  const absent = c.falseAlarms + c.quiet
  return `| ${name} | ${c.hits}/${present} | ${present === 0 ? '–' : pct(recall(c))} | ${c.falseAlarms}/${absent} | ${absent === 0 ? '–' : pct(falseAlarmRate(c))} |`
}

/** The score as a Markdown table and a list of every miss and false alarm. */
export function formatScore(score: CorpusScore): string {
  const lines = [
    `Corpus: ${score.policies} policies`,
    '',
    '| code | found | recall | false alarms | false-alarm rate |',
    '|---|---|---|---|---|',
  ]
  const codes = [
    ...POLICY_LINT_CODES.filter((c) => c in score.byCode),
    ...Object.keys(score.byCode).filter((c) => !(POLICY_LINT_CODES as readonly string[]).includes(c)),
  ]
  for (const code of codes) lines.push(row(code, score.byCode[code]!))
  lines.push(row('**bokmål**', score.byLanguage.nb))
  lines.push(row('**nynorsk**', score.byLanguage.nn))
  lines.push(row('**overall**', score.overall))
  lines.push('', `Misses and false alarms (${score.mistakes.length}):`)
  for (const m of score.mistakes) lines.push(`- ${m.kind}: ${m.file} ${m.code} — ${m.reason}`)
  return lines.join('\n')
}

if (require.main === module) {
  const score = scoreCorpus()
  if (process.argv.includes('--json')) console.log(JSON.stringify(score, null, 2))
  else console.log(formatScore(score))
}
