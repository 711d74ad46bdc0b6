/**
 * Benchmark of the readiness checks: `npx tsx bench/checks.ts [runs] [scale]`.
 * Builds a synthetic workbench of 5,000 activities and 1,000 processors (with transfers,
 * drafts, archived records and a realistic share of problems) and prints the median
 * timings of N runs as JSON. `scale` multiplies the sizes, to see that the time grows
 * linearly.
 */
import { validateActivity } from '../shared/checks/activity-rules'
import { checkReadiness, readinessScore, type ReadinessInput } from '../shared/checks/readiness'
import { readinessReportText } from '../shared/checks/readiness-report'
import {
  TEST_TODAY,
  testActivity,
  testOrganization,
  testProcessor,
  testTransfer,
} from '../shared/checks/test-records'
import type { ProcessingActivity } from '../shared/model/activity'
import type { Processor } from '../shared/model/processor'
import type { Transfer } from '../shared/model/transfer'

const ACTIVITIES = 5_000
const PROCESSORS = 1_000

/** Deterministic pseudo-random numbers (mulberry32), so every run checks the same workbench. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticWorkbench(scale = 1): ReadinessInput {
  const nActivities = Math.round(ACTIVITIES * scale)
  const nProcessors = Math.round(PROCESSORS * scale)
  const rnd = random(42)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const thirdCountries = ['US', 'IN', 'GB', 'PH', 'JP', 'CN'] as const
  const processors: Processor[] = []
  const transfers: Transfer[] = []
  for (let i = 0; i < nProcessors; i++) {
    const abroad = rnd() < 0.3
    const country = abroad ? pick(thirdCountries) : pick(['NO', 'SE', 'DE', 'IE'])
    const base = testProcessor(`p${i}`)
    const p = testProcessor(`p${i}`, {
      country,
      locations: [country],
      status: rnd() < 0.05 ? 'archived' : 'active',
      subProcessors:
        rnd() < 0.2
          ? [{ name: `Under ${i}`, country: pick(thirdCountries), service: 'Drift' }]
          : [],
      agreement: {
        ...base.agreement,
        signedOn: rnd() < 0.1 ? null : '2024-05-01',
        checklist: rnd() < 0.2 ? {} : base.agreement.checklist,
      },
    })
    processors.push(p)
    if (abroad && rnd() < 0.8) {
      const us = country === 'US'
      transfers.push(
        testTransfer(`t${transfers.length}`, {
          processorId: p.id,
          recipient: p.name,
          country,
          mechanism: us
            ? rnd() < 0.1
              ? 'privacy-shield'
              : 'eu-us-dpf'
            : country === 'GB' || country === 'JP'
              ? 'adequacy'
              : 'scc-2021',
          sccModule: us || rnd() < 0.1 ? null : 2,
          dpfCheckedOn: us && rnd() < 0.7 ? '2025-09-01' : null,
          fallback: us && rnd() < 0.5 ? 'scc-2021' : null,
          tiaDate: rnd() < 0.2 ? null : '2025-01-01',
        }),
      )
    }
  }
  const activities: ProcessingActivity[] = []
  for (let i = 0; i < nActivities; i++) {
    const linked = Array.from(
      { length: 1 + Math.floor(rnd() * 4) },
      () => `p${Math.floor(rnd() * nProcessors)}`,
    )
    const transferIds = rnd() < 0.3 && transfers.length > 0 ? [pick(transfers).id] : []
    activities.push(
      testActivity(`a${i}`, {
        status: rnd() < 0.05 ? 'archived' : rnd() < 0.1 ? 'draft' : 'active',
        processorIds: [...new Set(linked)],
        transferIds,
        purposes: rnd() < 0.05 ? [] : ['Kundeoppfølging'],
        legalBases:
          rnd() < 0.1
            ? [{ basis: 'legitimate-interests', law: '', interest: '' }]
            : [{ basis: 'contract', law: '', interest: '' }],
        specialCategories: rnd() < 0.05 ? ['helseopplysninger'] : [],
        dpia: {
          needed: pick(['yes', 'no', 'no', 'unknown'] as const),
          doneOn: rnd() < 0.5 ? '2025-02-01' : null,
        },
        lastReviewed: rnd() < 0.2 ? null : rnd() < 0.5 ? '2024-03-01' : '2026-01-10',
      }),
    )
  }
  return { organization: testOrganization(), activities, processors, transfers, clauses: [] }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

function time(runs: number, fn: () => unknown): { medianMs: number; minMs: number; maxMs: number } {
  fn() // warm-up: JIT and lazy initialisation are not what we measure
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    samples.push(performance.now() - t0)
  }
  const round = (x: number) => Math.round(x * 100) / 100
  return {
    medianMs: round(median(samples)),
    minMs: round(Math.min(...samples)),
    maxMs: round(Math.max(...samples)),
  }
}

function main(): void {
  const runs = Number(process.argv[2] ?? 15)
  const scale = Number(process.argv[3] ?? 1)
  if (!Number.isInteger(runs) || runs < 1 || !(scale > 0))
    throw new Error('bruk: npx tsx bench/checks.ts [runs ≥ 1] [scale > 0]')
  const wb = syntheticWorkbench(scale)
  const opts = { today: TEST_TODAY }
  const findings = checkReadiness(wb, opts)
  const scores = readinessScore(findings, wb)
  // As the readiness checks do: index the transfers once for the whole loop.
  const ctx = {
    transfers: wb.transfers,
    processors: wb.processors,
    transfersById: new Map(wb.transfers.map((t) => [t.id, t])),
  }
  const result = {
    bench: 'checks',
    runs,
    workbench: {
      activities: wb.activities.length,
      processors: wb.processors.length,
      transfers: wb.transfers.length,
    },
    findings: {
      total: findings.length,
      errors: findings.filter((f) => f.severity === 'error').length,
    },
    overallScore: scores.overall,
    checkReadiness: time(runs, () => checkReadiness(wb, opts)),
    readinessScore: time(runs, () => readinessScore(findings, wb)),
    readinessReportText: time(runs, () =>
      readinessReportText(findings, scores, wb.organization, TEST_TODAY),
    ),
    validateActivityAll: time(runs, () => {
      for (const a of wb.activities) validateActivity(a, ctx)
    }),
    node: process.version,
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

main()
