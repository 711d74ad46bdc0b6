/**
 * A workbench for the audit pack's tests: the sample company with a published bokmål
 * policy, an older published version and a draft, and a few change-log entries with
 * Norwegian letters. Not imported by the app.
 */
import { sampleWorkbench } from '../../resources/sample-company'
import { sampleRegisters } from '../../resources/sample-registers'
import type { ChangeEntry } from '../model/change'
import type { PolicyVersion } from '../model/clause'
import type { Workbench } from '../model/workbench'
import { composePolicy } from '../policy/compose'
import { hashPolicyDoc } from '../policy/hash'

export const AUDIT_TEST_NOW = '2026-11-23T14:00:00.000Z'
export const AUDIT_TEST_TODAY = '2026-11-23'

async function version(
  wb: Workbench,
  patch: Pick<PolicyVersion, 'id' | 'status' | 'publishedOn' | 'createdAt'>,
  updated: string,
): Promise<PolicyVersion> {
  const doc = composePolicy(wb, 'nb', { updated })
  return { ...patch, lang: 'nb', hash: await hashPolicyDoc(doc), note: '', doc }
}

export async function auditTestWorkbench(): Promise<Workbench> {
  const wb = sampleWorkbench(AUDIT_TEST_NOW)
  const activity = wb.activities.find((a) => a.id === 'act-kundeservice')!
  const changes: ChangeEntry[] = [
    {
      seq: 1,
      table: 'activities',
      recordId: activity.id,
      action: 'update',
      at: '2026-10-01T08:30:00.000Z',
      before: { ...activity, purposes: activity.purposes.slice(0, 1) },
      after: activity,
      by: 'kari.nordmann',
    },
    {
      seq: 2,
      table: 'processors',
      recordId: 'proc-vaktoye',
      action: 'update',
      at: '2026-10-02T09:00:00.000Z',
      before: { ...wb.processors.find((p) => p.id === 'proc-vaktoye')!, notes: '' },
      after: {
        ...wb.processors.find((p) => p.id === 'proc-vaktoye')!,
        notes: 'Årlig gjennomgang av tilgangsstyring på Øvre Ålesund-kontoret.',
      },
      by: 'kari.nordmann',
    },
  ]
  const policyVersions = [
    await version(
      wb,
      {
        id: 'pv-old',
        status: 'published',
        publishedOn: '2025-09-01',
        createdAt: '2025-09-01T10:00:00.000Z',
      },
      '2025-09-01',
    ),
    await version(
      wb,
      {
        id: 'pv-current',
        status: 'published',
        publishedOn: '2026-09-01',
        createdAt: '2026-09-01T10:00:00.000Z',
      },
      '2026-09-01',
    ),
    await version(
      wb,
      { id: 'pv-draft', status: 'draft', publishedOn: null, createdAt: '2026-11-01T10:00:00.000Z' },
      '2026-11-01',
    ),
  ]
  return { ...wb, changes, policyVersions }
}

/**
 * The audit test workbench with the sample's registers (two DPIAs, three breaches, five
 * requests, two routines and two signed agreements as PDF files), and the bytes of its
 * attachments by SHA-256, as a workbench file with attachments gives them.
 */
export async function auditTestWorkbenchWithRegisters(): Promise<{ workbench: Workbench; attachmentBytes: Map<string, Uint8Array> }> {
  const wb = await auditTestWorkbench()
  const regs = await sampleRegisters(wb, AUDIT_TEST_NOW)
  return {
    workbench: {
      ...wb,
      dpias: regs.dpias,
      breaches: regs.breaches,
      requests: regs.requests,
      routines: regs.routines,
      attachments: regs.attachments.map((a) => a.meta),
    },
    attachmentBytes: new Map(regs.attachments.map((a) => [a.meta.sha256, a.bytes])),
  }
}
