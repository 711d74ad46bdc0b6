import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { isComplete, validateTransfer } from './activity-rules'
import { checkReadiness, readinessScore } from './readiness'

/**
 * The sample company has deliberate gaps so the audit dashboard has something to show.
 * This test documents exactly which findings it produces, and that nothing else in its
 * record trips a check (a false positive there would be one in a real record too).
 */
describe('readiness of the sample workbench', () => {
  const now = '2026-11-23T14:00:00.000Z'
  const wb = sampleWorkbench(now)
  const findings = checkReadiness(wb, { today: now.slice(0, 10) })
  const summary = findings.map((f) => `${f.severity} ${f.code} ${f.ref.table}/${f.ref.id}`)

  it('produces the deliberate findings and nothing else', () => {
    expect(summary).toEqual([
      // The record alone holds no routines (the registers come with sampleRegisters).
      'error routine-missing routines/requests',
      'error routine-missing routines/deletion',
      'error routine-missing routines/breaches',
      'error routine-missing routines/internal-control',
      'error routine-missing routines/dpo-role',
      // Reviewed 410 and 470 days ago.
      'warning review-overdue activities/act-kundeservice',
      // A DPIA is needed and not done yet.
      'error dpia-not-done activities/act-forbruksinnsikt',
      'warning review-overdue activities/act-kundeundersokelser',
      // The pilot is a draft without legal basis and retention.
      'warning draft-activity activities/act-smartstyring',
      // Each of these agreements has one art. 28(3) item the DPO has not ticked.
      'warning processor-agreement-incomplete processors/proc-relaywell',
      'warning processor-agreement-incomplete processors/proc-vaktoye',
    ])
    expect(findings.find((f) => f.code === 'draft-activity')!.message).toContain(
      'Det mangler: behandlingsgrunnlag, lagringstid.',
    )
  })

  it('finds the same whatever day the sample is built on (its dates are relative)', () => {
    for (const day of ['2025-03-01', '2027-12-31']) {
      const other = checkReadiness(sampleWorkbench(`${day}T09:00:00.000Z`), { today: day })
      expect(other.map((f) => `${f.severity} ${f.code} ${f.ref.table}/${f.ref.id}`)).toEqual(
        summary,
      )
    }
  })

  it('every active activity passes the editor rules, every transfer the transfer rules', () => {
    const ctx = { transfers: wb.transfers, processors: wb.processors }
    for (const a of wb.activities.filter((x) => x.status === 'active'))
      expect(isComplete(a, ctx), a.id).toBe(true)
    for (const t of wb.transfers) expect(validateTransfer(t, { isNew: false }), t.id).toEqual([])
  })

  it('scores the sample high but not perfect', () => {
    const scores = readinessScore(findings, wb, { policyChecked: false })
    const byArea = Object.fromEntries(scores.areas.map((a) => [a.area, a.score]))
    expect(byArea).toMatchObject({ 'legal-bases': 100, transfers: 100, policy: null })
    expect(byArea.record).toBeLessThan(100)
    expect(byArea.processors).toBeLessThan(100)
    expect(byArea.review).toBeLessThan(100)
    expect(scores.overall).toBeGreaterThanOrEqual(80)
    expect(scores.overall).toBeLessThan(100)
  })
})
