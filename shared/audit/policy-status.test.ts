import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { checkReadiness } from '../checks/readiness'
import type { Clause } from '../model/clause'
import { newStandardClause } from '../policy/clause-records'
import { STANDARD_CLAUSES } from '../policy/clauses/keys'
import { policyStatus } from './policy-status'

const NOW = '2026-11-23T14:00:00.000Z'

describe('policyStatus', () => {
  it('finds nothing in the sample: the standard clauses disclose every activity and follow the record', () => {
    expect(policyStatus(sampleWorkbench(NOW))).toEqual({
      // The sample has published no version: the readiness check says so.
      published: false,
      undisclosedActivityIds: [],
      clausesNeedingReview: [],
    })
  })

  it('reports activities an edited purposes clause predates, and clauses to review, but not hidden ones', () => {
    const wb = sampleWorkbench(NOW)
    const forbruk = wb.activities.find((a) => a.id === 'act-forbruksinnsikt')!
    // The DPO edited and reviewed every clause that names activities before this one was recorded.
    const edited: Clause[] = STANDARD_CLAUSES.filter((d) => d.namesActivities).map((d) => ({
      ...newStandardClause(d.key, NOW),
      edited: true,
      body: { nb: 'Egen tekst.', nn: '' },
      lastReviewed: new Date(Date.parse(forbruk.createdAt) - 86_400_000).toISOString(),
    }))
    const imported = (id: string, hidden: boolean, title: string): Clause => ({
      ...newStandardClause('cookies', NOW, id),
      section: 'imported',
      origin: 'imported',
      title: { nb: title, nn: '' },
      body: { nb: 'Tekst.', nn: 'Tekst.' },
      hidden,
    })
    const clauses = [
      ...edited,
      imported('imp-shown', false, 'Sikkerhet'),
      imported('imp-hidden', true, 'Sparetips'),
    ]
    const status = policyStatus({ ...wb, clauses })
    expect(status.undisclosedActivityIds).toContain('act-forbruksinnsikt')
    expect(status.clausesNeedingReview).toContainEqual({
      clauseId: 'imp-shown',
      title: 'Sikkerhet',
    })
    expect(status.clausesNeedingReview.map((c) => c.clauseId)).not.toContain('imp-hidden')
    const codes = checkReadiness(
      { ...wb, clauses },
      { today: NOW.slice(0, 10), policy: status },
    ).map((f) => `${f.code} ${f.ref.id}`)
    expect(codes).toContain('not-in-policy act-forbruksinnsikt')
    expect(codes).toContain('clause-needs-review imp-shown')
  })
})
