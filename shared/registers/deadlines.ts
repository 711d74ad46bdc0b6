/**
 * The deadlines of the breach log and the request log, computed on instants and calendar
 * dates, never on the clock of the machine: `now` is always an argument.
 *
 * - Breaches, GDPR art. 33(1): notify Datatilsynet "without undue delay and, where
 *   feasible, not later than 72 hours after having become aware of it". 72 hours are
 *   elapsed hours, so across the change to or from summer time the deadline falls at
 *   another clock time than the discovery.
 * - Requests, art. 12(3): answer "without undue delay and in any event within one month of
 *   receipt"; the period "may be extended by two further months where necessary", and the
 *   person must be told of the extension, with reasons, "within one month of receipt".
 *   A month runs to the same date of the next month, or to its last day when it has no such
 *   date (31 January → 28 or 29 February), as the EU's rule on periods expressed in months
 *   has it (Regulation (EEC, Euratom) No 1182/71 art. 3(2)(c)). The extension counts
 *   three months from receipt.
 *   Ombud does not move a deadline that falls on a weekend or public holiday to the next
 *   working day, as art. 3(4) of that regulation would allow: it shows the earlier date,
 *   which is always safe.
 */
import type { Breach } from '../model/breach'
import type { DataSubjectRequest } from '../model/data-subject-request'

export const BREACH_NOTIFY_HOURS = 72
const HOUR_MS = 3_600_000

/** The moment the 72 hours run out: discovery plus 72 elapsed hours, as an ISO time in UTC. */
export function breachDeadline(discoveredAt: string): string {
  const ms = Date.parse(discoveredAt)
  if (Number.isNaN(ms)) throw new RangeError(`Ugyldig tidspunkt: «${discoveredAt}»`)
  return new Date(ms + BREACH_NOTIFY_HOURS * HOUR_MS).toISOString()
}

export type BreachClockState =
  /** Not decided, and the 72 hours have not run out. */
  | 'running'
  /** Not reported and not decided otherwise, and the 72 hours have run out. */
  | 'overdue'
  | 'reported-in-time'
  /** Reported after the 72 hours: the notification must give the reasons (art. 33(1)). */
  | 'reported-late'
  /** Decided that it need not be reported, because it is unlikely to result in a risk. */
  | 'not-required'

export interface BreachClock {
  state: BreachClockState
  /** When the 72 hours run out. */
  deadline: string
  /** Milliseconds left until the deadline at `now`; negative when it has passed. */
  remainingMs: number
}

/** Where a breach stands against the 72-hour clock at `now`. */
export function breachClock(b: Pick<Breach, 'discoveredAt' | 'notification'>, now: string): BreachClock {
  const deadline = breachDeadline(b.discoveredAt)
  const remainingMs = Date.parse(deadline) - Date.parse(now)
  const { decision, reportedAt } = b.notification
  let state: BreachClockState
  if (decision === 'reported' && reportedAt) {
    state = Date.parse(reportedAt) <= Date.parse(deadline) ? 'reported-in-time' : 'reported-late'
  } else if (decision === 'not-required') {
    state = 'not-required'
  } else {
    state = remainingMs >= 0 ? 'running' : 'overdue'
  }
  return { state, deadline, remainingMs }
}

/**
 * The date `months` months after `date` (`YYYY-MM-DD`), or the last day of that month when
 * it has no such date: one month from 31 January is 28 February, or 29 in a leap year.
 */
export function addMonths(date: string, months: number): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!m) throw new RangeError(`Ugyldig dato: «${date}»`)
  const year = Number(m[1])
  const monthIndex = Number(m[2]) - 1 + months
  const day = Number(m[3])
  const targetYear = year + Math.floor(monthIndex / 12)
  const targetMonth = ((monthIndex % 12) + 12) % 12
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate()
  const d = new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay)))
  return d.toISOString().slice(0, 10)
}

export interface RequestDeadline {
  /** The end of the first month: the deadline without an extension, and the last day to tell of one. */
  firstMonth: string
  /** The deadline that applies: the first month, or three months with a valid extension. */
  due: string
  /** An extension is recorded. */
  extended: boolean
  /**
   * An extension is recorded but the person was told of it after the first month, so it
   * does not move the deadline (art. 12(3), third sentence).
   */
  extensionTooLate: boolean
}

/** The deadline of a request under art. 12(3). */
export function requestDeadline(r: Pick<DataSubjectRequest, 'receivedOn' | 'extension'>): RequestDeadline {
  const firstMonth = addMonths(r.receivedOn, 1)
  const extended = r.extension !== null
  const extensionTooLate = r.extension !== null && r.extension.toldOn > firstMonth
  const due = extended && !extensionTooLate ? addMonths(r.receivedOn, 3) : firstMonth
  return { firstMonth, due, extended, extensionTooLate }
}

export type RequestState = 'open' | 'overdue' | 'answered-in-time' | 'answered-late' | 'withdrawn'

/** Whether a request is still to be answered. */
export function isOpenRequest(r: Pick<DataSubjectRequest, 'status'>): boolean {
  return r.status === 'received' || r.status === 'in-progress'
}

/**
 * Where a request stands on `today` (a date in Norway; see osloDate). A request is overdue
 * from the day after its deadline while it is not answered: the deadline day itself is
 * still in time.
 */
export function requestState(r: Pick<DataSubjectRequest, 'receivedOn' | 'extension' | 'status' | 'answeredOn'>, today: string): RequestState {
  const { due } = requestDeadline(r)
  if (r.status === 'withdrawn') return 'withdrawn'
  if (isOpenRequest(r) || r.answeredOn === null) return today > due ? 'overdue' : 'open'
  return r.answeredOn <= due ? 'answered-in-time' : 'answered-late'
}

/** Days from `today` to the deadline (negative when passed), counted in calendar days. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000)
}
