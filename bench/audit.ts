/**
 * Benchmark of the «Tilsyn» work: `npx tsx bench/audit.ts [runs of the pack, default 1]`.
 * On a synthetic workbench of 5,000 activities (300 about people outside the company) with
 * a published policy and a change log of 6,000 entries:
 * - the policy analysis and the readiness checks, as the dashboard runs them on every change;
 * - the whole audit pack (bench/documents.ts times its documents one by one), and the
 *   sample's pack.
 * Prints median timings in milliseconds and the sizes of the pack's files as JSON.
 */
import { performance } from 'node:perf_hooks'
import { buildAuditPack } from '../shared/audit/audit-pack'
import { policyStatus } from '../shared/audit/policy-status'
import { checkReadiness, readinessScore } from '../shared/checks/readiness'
import type { ChangeEntry } from '../shared/model/change'
import type { Workbench } from '../shared/model/workbench'
import { composePolicy } from '../shared/policy/compose'
import { hashPolicyDoc } from '../shared/policy/hash'
import { syntheticWorkbench } from '../shared/policy/test-workbench'
import { sampleWorkbench } from '../resources/sample-company'

const runs = Number(process.argv[2] ?? 1)
const TODAY = '2026-11-23'
const NOW = `${TODAY}T12:00:00.000Z`

async function median(n: number, fn: () => unknown, warmUp = true): Promise<number> {
  if (warmUp) await fn() // JIT and lazy imports are not what we measure
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10
}

/** The synthetic workbench with a published bokmål policy and a change log: one create per activity, an edit of every fifth. */
async function workbench(): Promise<Workbench> {
  const wb = syntheticWorkbench(5_000, 300)
  const doc = composePolicy(wb, 'nb', { updated: TODAY })
  const changes: ChangeEntry[] = []
  for (const a of wb.activities) {
    changes.push({
      seq: changes.length + 1,
      table: 'activities',
      recordId: a.id,
      action: 'create',
      at: a.createdAt,
      before: null,
      after: a,
      by: '',
    })
  }
  wb.activities.forEach((a, i) => {
    if (i % 5 !== 0) return
    const after = { ...a, retention: { ...a.retention, period: '4 år' } }
    changes.push({
      seq: changes.length + 1,
      table: 'activities',
      recordId: a.id,
      action: 'update',
      at: NOW,
      before: a,
      after,
      by: 'ombud',
    })
  })
  return {
    ...wb,
    changes,
    policyVersions: [
      {
        id: 'pv-1',
        lang: 'nb',
        status: 'published',
        createdAt: NOW,
        publishedOn: TODAY,
        hash: await hashPolicyDoc(doc),
        note: '',
        doc,
      },
    ],
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error('bruk: npx tsx bench/audit.ts [runs ≥ 1]')
  const wb = await workbench()
  const sample = sampleWorkbench(NOW)
  const policy = policyStatus(wb)
  const findings = checkReadiness(wb, { today: TODAY, policy })
  const pack = await buildAuditPack(wb, { today: TODAY, now: NOW })
  const result = {
    bench: 'audit',
    runs,
    workbench: {
      activities: wb.activities.length,
      processors: wb.processors.length,
      transfers: wb.transfers.length,
      changes: wb.changes.length,
    },
    findings: findings.length,
    timingsMs: {
      policyStatus: await median(Math.max(runs, 5), () => policyStatus(wb)),
      checkReadiness: await median(Math.max(runs, 5), () =>
        checkReadiness(wb, { today: TODAY, policy }),
      ),
      dashboard: await median(Math.max(runs, 5), () =>
        readinessScore(checkReadiness(wb, { today: TODAY, policy: policyStatus(wb) }), wb),
      ),
      auditPack: await median(runs, () => buildAuditPack(wb, { today: TODAY, now: NOW })),
      samplePackDefault: await median(runs, () =>
        buildAuditPack(sample, { today: TODAY, now: NOW }),
      ),
    },
    packFilesKb: Object.fromEntries(
      pack.files.map((f) => [
        f.path,
        Math.round(
          (typeof f.data === 'string'
            ? new TextEncoder().encode(f.data).length
            : f.data.byteLength) / 1024,
        ),
      ]),
    ),
    node: process.version,
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

void main()
