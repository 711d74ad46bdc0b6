import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { sampleRegisters } from '../../resources/sample-registers'
import { registerAlerts, summarizeRequests } from './register-summary'

const NOW = '2026-05-04T10:00:00.000Z'
const regs = await sampleRegisters(sampleWorkbench(NOW), NOW)

describe('the registers in figures', () => {
  it('summarizes the request log: counts by type and deadlines kept', () => {
    const s = summarizeRequests(regs.requests, '2025-05-04', '2026-05-04', '2026-05-04')
    expect(s).toMatchObject({ total: 5, answeredInTime: 3, answeredLate: 0, open: 1, overdue: 1, withdrawn: 0, extended: 1 })
    expect(s.byType).toMatchObject({ access: 2, erasure: 1, objection: 1, rectification: 1, portability: 0 })
    expect(summarizeRequests(regs.requests, '2026-05-01', '2026-05-04', '2026-05-04').total).toBe(0)
  })

  it('alerts on the overdue request, and on a breach without decision, running or past 72 hours', () => {
    expect(registerAlerts(regs.breaches, regs.requests, NOW)).toEqual([{ kind: 'request-overdue', requestId: 'req-retting-1', due: '2026-04-25' }])
    const open = { ...regs.breaches[0]!, id: 'b-new', discoveredAt: '2026-05-03T10:00:00.000Z', notification: { ...regs.breaches[0]!.notification, decision: null, reportedAt: null } }
    expect(registerAlerts([open], [], NOW)).toEqual([{ kind: 'breach-undecided', breachId: 'b-new', deadline: '2026-05-06T10:00:00.000Z' }])
    expect(registerAlerts([open], [], '2026-05-07T10:00:00.000Z')).toEqual([{ kind: 'breach-overdue', breachId: 'b-new', deadline: '2026-05-06T10:00:00.000Z' }])
  })
})
