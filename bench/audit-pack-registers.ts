/**
 * Benchmark of the audit pack with the registers (issue 10): `npx tsx bench/audit-pack-registers.ts`.
 * A synthetic workbench of 5,000 activities with 200 DPIAs (risks spread over the scale,
 * so their risk maps differ), 500 breaches, 5,000 requests and 100 MB of attachments
 * (100 files of 1 MB of incompressible bytes, as PDFs and scans are, on processors,
 * transfers and breaches). Builds the whole pack (every part, the readiness report too)
 * and its ZIP once, and prints as JSON: the time of each step (from the progress
 * callback), the total, the ZIP's size, and the peak memory (resident set and JS heap).
 */
import { createHash } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { auditPackZip, buildAuditPack } from '../shared/audit/audit-pack'
import type { Attachment } from '../shared/model/attachment'
import type { Breach } from '../shared/model/breach'
import type { DataSubjectRequest } from '../shared/model/data-subject-request'
import { REQUEST_TYPES } from '../shared/model/data-subject-request'
import type { Dpia } from '../shared/model/dpia'
import type { Workbench } from '../shared/model/workbench'
import { syntheticWorkbench } from '../shared/policy/test-workbench'
import { prefillDpia } from '../shared/registers/dpia-prefill'
import { emptyDpia } from '../shared/registers/dpia-versions'
import { crc32 } from '../shared/registers/png'

const TODAY = '2026-11-23'
const NOW = `${TODAY}T12:00:00.000Z`
const DAY = 86_400_000

/** A small deterministic generator, so every run measures the same workbench. */
function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 0x1_0000_0000
  }
}

function workbench(): { wb: Workbench; bytes: Map<string, Uint8Array> } {
  const rnd = random(7)
  const wb = syntheticWorkbench(5_000, 300)
  const ids = wb.activities.map((a) => a.id)
  const step = () => (1 + Math.floor(rnd() * 4)) as 1 | 2 | 3 | 4
  const dpias: Dpia[] = Array.from({ length: 200 }, (_, i) => {
    const activityIds = [ids[(i * 25) % ids.length]!]
    const d = emptyDpia({ id: `dpia-${i}`, seriesId: `serie-${i}`, title: `Vurdering ${i + 1}`, activityIds, now: NOW })
    const filled: Dpia = { ...d, ...prefillDpia(activityIds, wb) }
    for (const k of ['access', 'change', 'loss'] as const) {
      filled.risks[k] = { ...filled.risks[k], likelihood: step(), severity: step(), residual: { likelihood: step(), severity: step() } }
    }
    return filled
  })
  const base = Date.parse(NOW)
  const breaches: Breach[] = Array.from({ length: 500 }, (_, i) => {
    const discovered = new Date(base - (i + 1) * 2 * DAY).toISOString()
    const reported = i % 3 === 0
    return {
      id: `brudd-${i}`,
      title: `Avvik ${i + 1}: e-post til feil mottaker`,
      description: 'En e-post med kundeopplysninger ble sendt til feil mottaker, som har bekreftet at den er slettet.',
      types: ['confidentiality'],
      activityIds: [ids[i % ids.length]!],
      processorIds: [],
      occurredAt: null,
      discoveredAt: discovered,
      containedAt: new Date(Date.parse(discovered) + 3_600_000).toISOString(),
      subjectCategories: ['Kunder'],
      subjectCount: 1 + (i % 40),
      dataCategories: ['Kontaktopplysninger'],
      recordCount: 1 + (i % 40),
      consequences: 'Lite sannsynlig at opplysningene misbrukes.',
      measuresTaken: 'Mottakeren har slettet e-posten.',
      measuresPlanned: 'Opplæring i utsending.',
      risk: reported ? 'risk' : 'unlikely',
      riskAssessment: reported ? 'Opplysningene kan misbrukes.' : 'Mottakeren er kjent og har slettet e-posten.',
      notification: {
        decision: reported ? 'reported' : 'not-required',
        reportedAt: reported ? new Date(Date.parse(discovered) + (i % 2 === 0 ? 24 : 80) * 3_600_000).toISOString() : null,
        reference: reported ? `2026/${i}` : '',
        delayReason: reported && i % 2 !== 0 ? 'Omfanget var uklart de første døgnene.' : '',
        notRequiredReason: reported ? '' : 'Trolig ingen risiko for den berørte.',
      },
      subjects: { decision: 'not-informed', informedOn: null, how: '', notInformedReason: 'not-high-risk', reasonDetail: '' },
      createdAt: discovered,
      updatedAt: discovered,
    }
  })
  const requests: DataSubjectRequest[] = Array.from({ length: 5_000 }, (_, i) => {
    const received = new Date(base - (i % 700) * DAY).toISOString().slice(0, 10)
    const answered = i % 10 !== 0
    return {
      id: `krav-${i}`,
      reference: `Sak 2026/${i}`,
      type: REQUEST_TYPES[i % REQUEST_TYPES.length]!,
      receivedOn: received,
      identityVerified: true,
      activityIds: [],
      extension: null,
      status: answered ? 'answered' : 'in-progress',
      answeredOn: answered ? new Date(Date.parse(received) + (i % 40) * DAY).toISOString().slice(0, 10) : null,
      createdAt: NOW,
      updatedAt: NOW,
    }
  })
  // 100 files of 1 MB, incompressible, on processors, transfers and breaches.
  const bytes = new Map<string, Uint8Array>()
  const attachments: Attachment[] = Array.from({ length: 100 }, (_, i) => {
    const data = new Uint8Array(1024 * 1024)
    for (let j = 0; j < data.length; j += 4) new DataView(data.buffer).setUint32(j, Math.floor(rnd() * 0x1_0000_0000))
    data.set(new TextEncoder().encode('%PDF-1.4\n'), 0)
    const sha256 = createHash('sha256').update(data).digest('hex')
    bytes.set(sha256, data)
    const owner =
      i % 3 === 0
        ? { table: 'processors' as const, recordId: wb.processors[i % wb.processors.length]!.id }
        : i % 3 === 1 && wb.transfers.length > 0
          ? { table: 'transfers' as const, recordId: wb.transfers[i % wb.transfers.length]!.id }
          : { table: 'breaches' as const, recordId: breaches[i]!.id }
    return {
      id: `vedlegg-${i}`,
      owner,
      purpose: owner.table === 'processors' ? 'signed-agreement' : owner.table === 'transfers' ? 'scc' : 'breach-documentation',
      title: `Dokument ${i + 1}`,
      fileName: `dokument-${i + 1}.pdf`,
      mediaType: 'application/pdf',
      size: data.length,
      sha256,
      crc32: crc32(data),
      addedBy: 'Benchmark',
      createdAt: NOW,
      updatedAt: NOW,
    }
  })
  return { wb: { ...wb, dpias, breaches, requests, attachments }, bytes }
}

async function main(): Promise<void> {
  const { wb, bytes } = workbench()
  let peakHeap = 0
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  }
  const timer = setInterval(sample, 50)
  const steps: Record<string, number> = {}
  let last = performance.now()
  let current = ''
  const started = last
  const pack = await buildAuditPack(wb, {
    today: TODAY,
    now: NOW,
    attachmentBytes: bytes,
    parts: { kontrollrapport: true },
    onProgress: (_done, _total, label) => {
      sample()
      const t = performance.now()
      if (current) steps[current] = Math.round(t - last)
      current = label
      last = t
    },
  })
  const built = performance.now()
  const zip = auditPackZip(pack, TODAY)
  const zipped = performance.now()
  sample()
  clearInterval(timer)
  const mb = (n: number) => Math.round(n / 1024 / 1024)
  const attachmentMb = mb([...bytes.values()].reduce((n, b) => n + b.byteLength, 0))
  console.log(
    JSON.stringify(
      {
        workbench: { activities: wb.activities.length, dpias: wb.dpias.length, breaches: wb.breaches.length, requests: wb.requests.length, attachments: wb.attachments.length, attachmentMb },
        ms: { steps, buildAuditPack: Math.round(built - started), auditPackZip: Math.round(zipped - built), total: Math.round(zipped - started) },
        pack: { files: pack.files.length, zipMb: mb(zip.byteLength) },
        peakMb: { rss: Math.round(process.resourceUsage().maxRSS / 1024), heapUsed: mb(peakHeap) },
      },
      null,
      2,
    ),
  )
}

void main()
