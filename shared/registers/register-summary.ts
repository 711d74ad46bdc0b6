/**
 * What the dashboard and the audit pack say about the registers: the request log in
 * figures (how many of each type, how many answered within the deadline), and the alerts
 * (a breach past 72 hours that is not reported or decided, a breach with no decision, an
 * overdue request). Counts only: the summary for Datatilsynet carries no case references.
 */
import type { Breach } from '../model/breach'
import { REQUEST_TYPES, type DataSubjectRequest, type RequestType } from '../model/data-subject-request'
import { breachClock, requestDeadline, requestState } from './deadlines'
import { osloDate } from './oslo-time'

export interface RequestLogSummary {
  /** Requests received from `from` to `to`, both included. */
  from: string
  to: string
  total: number
  byType: Record<RequestType, number>
  answeredInTime: number
  answeredLate: number
  /** Still open, within the deadline. */
  open: number
  overdue: number
  withdrawn: number
  /** Requests whose deadline was extended with notice in time. */
  extended: number
}

/** The request log in figures for requests received in a period, as of `today`. */
export function summarizeRequests(requests: readonly DataSubjectRequest[], from: string, to: string, today: string): RequestLogSummary {
  const byType = Object.fromEntries(REQUEST_TYPES.map((t) => [t, 0])) as Record<RequestType, number>
  const s: RequestLogSummary = { from, to, total: 0, byType, answeredInTime: 0, answeredLate: 0, open: 0, overdue: 0, withdrawn: 0, extended: 0 }
  for (const r of requests) {
    if (r.receivedOn < from || r.receivedOn > to) continue
    s.total++
    byType[r.type]++
    const d = requestDeadline(r)
    if (d.extended && !d.extensionTooLate) s.extended++
    switch (requestState(r, today)) {
      case 'answered-in-time':
        s.answeredInTime++
        break
      case 'answered-late':
        s.answeredLate++
        break
      case 'open':
        s.open++
        break
      case 'overdue':
        s.overdue++
        break
      case 'withdrawn':
        s.withdrawn++
        break
    }
  }
  return s
}

export type RegisterAlert =
  | { kind: 'breach-overdue'; breachId: string; deadline: string }
  | { kind: 'breach-undecided'; breachId: string; deadline: string }
  | { kind: 'request-overdue'; requestId: string; due: string }

/**
 * What the dashboard must show at `now`: breaches past 72 hours neither reported nor
 * decided, breaches still without a decision, and overdue requests.
 */
export function registerAlerts(breaches: readonly Breach[], requests: readonly DataSubjectRequest[], now: string): RegisterAlert[] {
  const alerts: RegisterAlert[] = []
  for (const b of breaches) {
    const clock = breachClock(b, now)
    if (clock.state === 'overdue') alerts.push({ kind: 'breach-overdue', breachId: b.id, deadline: clock.deadline })
    else if (clock.state === 'running') alerts.push({ kind: 'breach-undecided', breachId: b.id, deadline: clock.deadline })
  }
  const today = osloDate(now)
  for (const r of requests) {
    if (requestState(r, today) === 'overdue') alerts.push({ kind: 'request-overdue', requestId: r.id, due: requestDeadline(r).due })
  }
  return alerts
}
