import { describe, expect, it } from 'vitest'
import { breach, type Breach } from '../model/breach'
import { dataSubjectRequest, type DataSubjectRequest } from '../model/data-subject-request'
import { breachProblems, requestProblems } from './record-problems'

const base: Breach = {
  id: 'b1',
  title: 'E-post til feil mottaker',
  description: 'En faktura ble sendt til feil kunde.',
  types: ['confidentiality'],
  activityIds: ['act-fakturering'],
  processorIds: [],
  occurredAt: '2026-05-04T07:00:00.000Z',
  discoveredAt: '2026-05-04T08:00:00.000Z',
  containedAt: '2026-05-04T09:00:00.000Z',
  subjectCategories: ['Privatkunder'],
  subjectCount: 1,
  dataCategories: ['Navn', 'Adresse', 'Fakturabeløp'],
  recordCount: 1,
  consequences: 'Liten.',
  measuresTaken: 'Mottakeren har slettet e-posten.',
  measuresPlanned: '',
  risk: 'unlikely',
  riskAssessment: 'Mottakeren er kjent og har bekreftet sletting.',
  notification: { decision: 'not-required', reportedAt: null, reference: '', delayReason: '', notRequiredReason: 'Trolig ingen risiko.', },
  subjects: { decision: 'not-informed', informedOn: null, how: '', notInformedReason: 'not-high-risk', reasonDetail: '' },
  createdAt: '2026-05-04T08:30:00.000Z',
  updatedAt: '2026-05-04T08:30:00.000Z',
}
const now = '2026-06-01T00:00:00.000Z'

describe('breachProblems', () => {
  it('finds nothing wrong in a complete entry, which also passes the schema', () => {
    expect(breach.safeParse(base).success).toBe(true)
    expect(breachProblems(base, now)).toEqual([])
  })

  it('asks for the reason when a breach was reported after 72 hours', () => {
    const late = { ...base, risk: 'risk' as const, notification: { ...base.notification, decision: 'reported' as const, reportedAt: '2026-05-08T08:00:00.000Z', notRequiredReason: '' } }
    expect(breachProblems(late, now)).toEqual([
      { field: 'notification.delayReason', message: 'Bruddet ble meldt etter 72 timer. Meldingen skal begrunne forsinkelsen (art. 33 nr. 1).' },
    ])
  })

  it('says when the 72 hours ran out without a decision', () => {
    const open = { ...base, notification: { ...base.notification, decision: null, notRequiredReason: '' } }
    expect(breachProblems(open, now).map((p) => p.message)).toContain(
      'Fristen på 72 timer er ute, og det er ikke avgjort om bruddet skal meldes til Datatilsynet.',
    )
    expect(breachProblems(open, '2026-05-05T08:00:00.000Z').map((p) => p.message)).toContain('Avgjør om bruddet skal meldes til Datatilsynet.')
  })

  it('refuses "not required" for a breach assessed as a risk, and "not high risk" for a high one', () => {
    const risky = { ...base, risk: 'high' as const }
    expect(breachProblems(risky, now).map((p) => p.field)).toEqual(['notification.decision', 'subjects.notInformedReason'])
  })

  it('refuses a breach that happened after it was discovered', () => {
    expect(breachProblems({ ...base, occurredAt: '2026-05-04T09:00:00.000Z' }, now)[0]?.field).toBe('occurredAt')
  })
})

const req: DataSubjectRequest = {
  id: 'r1',
  reference: 'Sak 2026/1',
  type: 'erasure',
  receivedOn: '2026-01-31',
  identityVerified: true,
  activityIds: [],
  extension: null,
  status: 'answered',
  answeredOn: '2026-02-20',
  createdAt: '2026-01-31T10:00:00.000Z',
  updatedAt: '2026-02-20T10:00:00.000Z',
}

describe('requestProblems', () => {
  it('finds nothing wrong in an answered request', () => {
    expect(dataSubjectRequest.safeParse(req).success).toBe(true)
    expect(requestProblems(req)).toEqual([])
  })

  it('asks for the answer date, the reason for an extension, and says when it was told too late', () => {
    expect(requestProblems({ ...req, answeredOn: null })).toEqual([{ field: 'answeredOn', message: 'Oppgi når kravet ble besvart.' }])
    const ext = { ...req, status: 'in-progress' as const, answeredOn: null, extension: { reason: ' ', toldOn: '2026-03-01' } }
    expect(requestProblems(ext)).toEqual([
      { field: 'extension.reason', message: 'Personen skal få vite hvorfor fristen forlenges (art. 12 nr. 3).' },
      { field: 'extension.toldOn', message: 'Personen skulle vært varslet om forlengelsen innen 28. februar 2026. Fristen er derfor ikke forlenget.' },
    ])
  })
})
