/**
 * Benchmark of the policy engine: `npx tsx bench/policy.ts [runs]`.
 * - the sample workbench: compose and .docx, bokmål and nynorsk;
 * - a synthetic workbench of 5,000 activities (300 of them about people outside the
 *   company): compose and .docx;
 * - a tracked-changes export between two versions of that size, with 20 activities
 *   changed: compose both, diff, .docx.
 * Prints the median timings in milliseconds (and the output sizes) as JSON.
 */
import { performance } from 'node:perf_hooks'
import { sampleWorkbench } from '../resources/sample-company'
import type { Workbench } from '../shared/model/workbench'
import { informsViaPolicy } from '../shared/model/activity-view'
import { composePolicy } from '../shared/policy/compose'
import { diffPolicy, hasMarks } from '../shared/policy/diff'
import { policyToDocx } from '../shared/policy/docx'
import { hashPolicyDoc } from '../shared/policy/hash'
import { syntheticWorkbench } from '../shared/policy/test-workbench'

const runs = Number(process.argv[2] ?? 5)
const UPDATED = { updated: '2026-11-23' }

async function median(fn: () => unknown): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10
}

/** The second version: 20 external activities with a new retention period and one more purpose. */
function changed(wb: Workbench): Workbench {
  const external = wb.activities.filter((a) => informsViaPolicy(a) && a.status === 'active')
  const pick = new Set(external.filter((_, i) => i % Math.floor(external.length / 20) === 0).slice(0, 20).map((a) => a.id))
  return {
    ...wb,
    activities: wb.activities.map((a) =>
      pick.has(a.id)
        ? {
            ...a,
            retention: a.retention.map((r) => ({ ...r, period: { nb: '4 år', nn: '4 år' } })),
            purposes: [...a.purposes, { ...a.purposes[0]!, id: 'p-ny', text: { nb: 'Nytt formål', nn: 'Nytt føremål' } }],
          }
        : a,
    ),
  }
}

async function main(): Promise<void> {
  const sample = sampleWorkbench('2026-11-23T12:00:00.000Z')
  const big = syntheticWorkbench(5_000, 300)
  const bigNext = changed(big)

  const sampleDoc = composePolicy(sample, 'nb', UPDATED)
  const bigDoc = composePolicy(big, 'nb', UPDATED)
  const bigNextDoc = composePolicy(bigNext, 'nb', UPDATED)
  const tracked = diffPolicy(bigDoc, bigNextDoc)
  if (!hasMarks(tracked)) throw new Error('the tracked version should have changes')

  const result = {
    runs,
    sample: {
      activities: sample.activities.length,
      composeNb: await median(() => composePolicy(sample, 'nb', UPDATED)),
      composeNn: await median(() => composePolicy(sample, 'nn', UPDATED)),
      docx: await median(() => policyToDocx(sampleDoc)),
      hash: await median(() => hashPolicyDoc(sampleDoc)),
      docxBytes: (await policyToDocx(sampleDoc)).byteLength,
    },
    synthetic: {
      activities: big.activities.length,
      external: big.activities.filter((a) => informsViaPolicy(a)).length,
      blocks: bigDoc.blocks.length,
      compose: await median(() => composePolicy(big, 'nb', UPDATED)),
      docx: await median(() => policyToDocx(bigDoc)),
      docxBytes: (await policyToDocx(bigDoc)).byteLength,
    },
    tracked: {
      changedActivities: 20,
      diff: await median(() => diffPolicy(bigDoc, bigNextDoc)),
      /** Everything the export does: compose both versions, diff, write the .docx. */
      endToEnd: await median(async () =>
        policyToDocx(diffPolicy(composePolicy(big, 'nb', UPDATED), composePolicy(bigNext, 'nb', UPDATED))),
      ),
      docxBytes: (await policyToDocx(tracked)).byteLength,
    },
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

void main()
