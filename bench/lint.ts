/**
 * Benchmark of the policy linter: a ~100 KB policy (the complete bokmål fixture repeated,
 * with a few outdated passages so every rule has work to do), linted N times.
 * Run: `npx tsx bench/lint.ts [runs]`. Prints timings in milliseconds as JSON.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { lintPolicy } from '../shared/checks/policy-lint'
import { readPolicyHtml } from '../shared/checks/policy-text'

const TARGET_BYTES = 100_000
const runs = Number(process.argv[2] ?? 30)

const fixtures = join(__dirname, '..', 'tests', 'fixtures', 'policies')
const complete = readFileSync(join(fixtures, 'eksempel-energi-nb.txt'), 'utf8')
const outdated = readFileSync(join(fixtures, 'seeds', '001_71a2f5500c49f1b2.txt'), 'utf8')

function buildPolicy(): string {
  const parts: string[] = []
  let size = 0
  for (let i = 1; size < TARGET_BYTES; i++) {
    const part = `Del ${i}\n\n${i % 4 === 0 ? outdated : complete}`
    parts.push(part)
    size += Buffer.byteLength(part, 'utf8') + 2
  }
  return parts.join('\n\n')
}

function stats(samples: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
  const round = (n: number): number => Math.round(n * 100) / 100
  return {
    median: round(at(0.5)),
    p95: round(at(0.95)),
    min: round(sorted[0]!),
    max: round(sorted.at(-1)!),
  }
}

function time(fn: () => unknown): number[] {
  fn() // warm-up: regex compilation and JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples
}

const text = buildPolicy()
const html = text
  .split('\n\n')
  .map((block) =>
    block.startsWith('• ')
      ? `<ul>${block
          .split('\n')
          .map((l) => `<li>${l.slice(2)}</li>`)
          .join('')}</ul>`
      : `<p>${block.replace(/&/g, '&amp;')}</p>`,
  )
  .join('\n')

const result = lintPolicy(text)
console.log(
  JSON.stringify(
    {
      benchmark: 'policy-lint',
      runs,
      textBytes: Buffer.byteLength(text, 'utf8'),
      lines: text.split('\n').length,
      findings: result.findings.length,
      lintMs: stats(time(() => lintPolicy(text))),
      htmlBytes: Buffer.byteLength(html, 'utf8'),
      htmlToTextMs: stats(time(() => readPolicyHtml(html))),
    },
    null,
    2,
  ),
)
