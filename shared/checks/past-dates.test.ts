import { describe, expect, it } from 'vitest'
import { futureDateProblems, futureDates } from './past-dates'
import { TEST_TODAY, testActivity, testProcessor, testTransfer } from './test-records'

describe('futureDates', () => {
  it('finds each date after today that records something done, and accepts today itself', () => {
    const a = testActivity('a1', { lastReviewed: '2027-01-01', dpia: { needed: 'yes', doneOn: TEST_TODAY } })
    expect(futureDates('activities', a, TEST_TODAY)).toEqual([
      { field: 'lastReviewed', label: 'Sist gjennomgått', date: '2027-01-01' },
    ])
    const p = testProcessor('p1', { agreement: { signedOn: '2027-06-01', reference: '', checklist: {} } })
    expect(futureDates('processors', p, TEST_TODAY).map((d) => d.field)).toEqual(['agreement.signedOn'])
    const t = testTransfer('t1', { tiaDate: '2027-01-01', dpfCheckedOn: '2026-06-02' })
    expect(futureDates('transfers', t, TEST_TODAY).map((d) => d.field)).toEqual(['dpfCheckedOn', 'tiaDate'])
    expect(futureDates('transfers', testTransfer('t2'), TEST_TODAY)).toEqual([])
  })
})

describe('futureDateProblems', () => {
  it('gives the editor a Norwegian message at the field', () => {
    const t = testTransfer('t1', { tiaDate: '2027-01-01' })
    expect(futureDateProblems('transfers', t, TEST_TODAY)).toEqual([
      { field: 'tiaDate', message: 'Datoen kan ikke være senere enn i dag. Skriv datoen da det faktisk skjedde.' },
    ])
  })
})
