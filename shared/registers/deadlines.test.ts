import { describe, expect, it } from 'vitest'
import type { Breach } from '../model/breach'
import type { DataSubjectRequest } from '../model/data-subject-request'
import { addMonths, breachClock, breachDeadline, daysUntil, requestDeadline, requestState } from './deadlines'
import { formatDuration, formatOsloDateTime, osloDate, osloInstant, osloOffsetMinutes, osloTime } from './oslo-time'

describe('Norwegian time', () => {
  it('knows winter and summer time', () => {
    expect(osloOffsetMinutes('2026-01-15T12:00:00Z')).toBe(60)
    expect(osloOffsetMinutes('2026-07-15T12:00:00Z')).toBe(120)
  })

  it('turns a date and clock time in Norway into an instant and back', () => {
    expect(osloInstant('2026-03-27', '10:00')).toBe('2026-03-27T09:00:00.000Z')
    expect(osloInstant('2026-06-01', '10:00')).toBe('2026-06-01T08:00:00.000Z')
    expect(osloDate('2026-03-27T23:30:00Z')).toBe('2026-03-28')
    expect(osloTime('2026-03-27T23:30:00Z')).toBe('00:30')
  })

  it('moves a clock time that does not exist forward, and takes the first of one that occurs twice', () => {
    // 29 March 2026: 02:00 becomes 03:00. 25 October 2026: 03:00 becomes 02:00.
    expect(osloInstant('2026-03-29', '02:30')).toBe('2026-03-29T01:30:00.000Z')
    expect(osloTime('2026-03-29T01:30:00.000Z')).toBe('03:30')
    expect(osloInstant('2026-10-25', '02:30')).toBe('2026-10-25T00:30:00.000Z')
  })

  it('refuses a date or time that is not one', () => {
    expect(() => osloInstant('2026-02-30', '10:00')).toThrow(RangeError)
    expect(() => osloInstant('2026-02-10', '24:00')).toThrow(RangeError)
    expect(() => osloDate('i går')).toThrow(RangeError)
  })

  it('writes an instant as a person in Norway reads it', () => {
    expect(formatOsloDateTime('2026-03-31T09:00:00Z', 'nb')).toBe('31. mars 2026 kl. 11.00')
    expect(formatDuration(41 * 3_600_000 + 5 * 60_000)).toBe('41 t 5 min')
    expect(formatDuration(-3 * 3_600_000)).toBe('3 t')
    expect(formatDuration(59 * 60_000)).toBe('59 min')
  })
})

function notification(over: Partial<Breach['notification']> = {}): Breach['notification'] {
  return { decision: null, reportedAt: null, reference: '', delayReason: '', notRequiredReason: '', ...over }
}

describe('the 72-hour clock', () => {
  it('runs 72 elapsed hours across the change to summer time, so the deadline is an hour later on the clock', () => {
    // Discovered Friday 27 March 2026 at 10:00 winter time; summer time starts on Sunday 29 March.
    const discoveredAt = osloInstant('2026-03-27', '10:00')
    const deadline = breachDeadline(discoveredAt)
    expect(Date.parse(deadline) - Date.parse(discoveredAt)).toBe(72 * 3_600_000)
    expect(osloDate(deadline)).toBe('2026-03-30')
    expect(osloTime(deadline)).toBe('11:00')
  })

  it('runs 72 elapsed hours across the change back to winter time, so the deadline is an hour earlier on the clock', () => {
    const deadline = breachDeadline(osloInstant('2026-10-23', '10:00'))
    expect(osloDate(deadline)).toBe('2026-10-26')
    expect(osloTime(deadline)).toBe('09:00')
  })

  it('shows the time left, and overdue once it has run out without a decision', () => {
    const discoveredAt = '2026-05-04T08:00:00.000Z'
    const running = breachClock({ discoveredAt, notification: notification() }, '2026-05-05T08:00:00.000Z')
    expect(running).toEqual({ state: 'running', deadline: '2026-05-07T08:00:00.000Z', remainingMs: 48 * 3_600_000 })
    expect(breachClock({ discoveredAt, notification: notification() }, '2026-05-07T08:00:00.000Z').state).toBe('running')
    const overdue = breachClock({ discoveredAt, notification: notification() }, '2026-05-07T08:00:01.000Z')
    expect(overdue.state).toBe('overdue')
    expect(overdue.remainingMs).toBe(-1000)
  })

  it('tells a report in time from a late one, and a decision not to report from none', () => {
    const discoveredAt = '2026-05-04T08:00:00.000Z'
    const now = '2026-06-01T00:00:00.000Z'
    const inTime = notification({ decision: 'reported', reportedAt: '2026-05-07T08:00:00.000Z' })
    const late = notification({ decision: 'reported', reportedAt: '2026-05-07T08:00:01.000Z' })
    expect(breachClock({ discoveredAt, notification: inTime }, now).state).toBe('reported-in-time')
    expect(breachClock({ discoveredAt, notification: late }, now).state).toBe('reported-late')
    expect(breachClock({ discoveredAt, notification: notification({ decision: 'not-required' }) }, now).state).toBe('not-required')
    // "Reported" without a time is not yet a report.
    expect(breachClock({ discoveredAt, notification: notification({ decision: 'reported' }) }, now).state).toBe('overdue')
  })
})

function request(over: Partial<DataSubjectRequest> = {}): DataSubjectRequest {
  return {
    id: 'r1',
    reference: 'Sak 2026/1',
    type: 'access',
    receivedOn: '2026-01-31',
    identityVerified: true,
    activityIds: [],
    extension: null,
    status: 'received',
    answeredOn: null,
    createdAt: '2026-01-31T10:00:00.000Z',
    updatedAt: '2026-01-31T10:00:00.000Z',
    ...over,
  }
}

describe('one month under art. 12(3)', () => {
  it('ends on the same date of the next month, or on its last day when there is none', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30')
    expect(addMonths('2026-03-15', 1)).toBe('2026-04-15')
    expect(addMonths('2026-12-10', 1)).toBe('2027-01-10')
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28')
  })

  it('gives one month from 31 January: 28 February', () => {
    expect(requestDeadline(request())).toEqual({ firstMonth: '2026-02-28', due: '2026-02-28', extended: false, extensionTooLate: false })
  })

  it('extends to three months from receipt when the person is told within the first month', () => {
    const told = request({ extension: { reason: 'Kravet gjelder mange systemer.', toldOn: '2026-02-28' } })
    expect(requestDeadline(told)).toEqual({ firstMonth: '2026-02-28', due: '2026-04-30', extended: true, extensionTooLate: false })
  })

  it('does not extend when the person was told after the first month', () => {
    const late = request({ extension: { reason: 'Kravet gjelder mange systemer.', toldOn: '2026-03-01' } })
    expect(requestDeadline(late)).toMatchObject({ due: '2026-02-28', extended: true, extensionTooLate: true })
  })

  it('counts a request overdue from the day after its deadline while it is unanswered', () => {
    expect(requestState(request(), '2026-02-28')).toBe('open')
    expect(requestState(request({ status: 'in-progress' }), '2026-03-01')).toBe('overdue')
    expect(requestState(request({ status: 'answered', answeredOn: '2026-02-28' }), '2026-06-01')).toBe('answered-in-time')
    expect(requestState(request({ status: 'rejected', answeredOn: '2026-03-02' }), '2026-06-01')).toBe('answered-late')
    expect(requestState(request({ status: 'withdrawn' }), '2026-06-01')).toBe('withdrawn')
    expect(daysUntil('2026-02-28', '2026-02-20')).toBe(8)
    expect(daysUntil('2026-02-28', '2026-03-02')).toBe(-2)
  })
})
