/**
 * The rules between fields of a breach and of a request, which a schema cannot say field
 * by field: a reason when a breach was reported late, a date when a request was answered.
 * Each problem names its field (a dot path, as describeRecordIssue does) and says in
 * Norwegian what is wrong, so the editor shows it at the field and the readiness checks can
 * list it. A draft may be saved with problems; the dashboard shows them.
 */
import type { Breach } from '../model/breach'
import type { DataSubjectRequest } from '../model/data-subject-request'
import { formatLongDate } from '../policy/format'
import { breachClock, requestDeadline } from './deadlines'

export interface RecordProblem {
  field: string
  message: string
}

/** What is missing or contradictory in a breach entry. */
export function breachProblems(b: Breach, now: string): RecordProblem[] {
  const problems: RecordProblem[] = []
  const at = (s: string | null): number => (s === null ? Number.NaN : Date.parse(s))
  if (b.occurredAt !== null && at(b.occurredAt) > at(b.discoveredAt)) {
    problems.push({ field: 'occurredAt', message: 'Bruddet kan ikke ha skjedd etter at det ble oppdaget.' })
  }
  if (b.containedAt !== null && b.occurredAt !== null && at(b.containedAt) < at(b.occurredAt)) {
    problems.push({ field: 'containedAt', message: 'Bruddet kan ikke være stanset før det skjedde.' })
  }
  if (b.description.trim() === '') {
    problems.push({ field: 'description', message: 'Beskriv hva som skjedde (art. 33 nr. 5).' })
  }
  if (b.risk === null) {
    problems.push({ field: 'risk', message: 'Vurder risikoen for de berørte: den avgjør om bruddet skal meldes.' })
  }
  const n = b.notification
  const clock = breachClock(b, now)
  if (n.decision === null) {
    problems.push({
      field: 'notification.decision',
      message:
        clock.state === 'overdue'
          ? 'Fristen på 72 timer er ute, og det er ikke avgjort om bruddet skal meldes til Datatilsynet.'
          : 'Avgjør om bruddet skal meldes til Datatilsynet.',
    })
  }
  if (n.decision === 'reported' && n.reportedAt === null) {
    problems.push({ field: 'notification.reportedAt', message: 'Oppgi når bruddet ble meldt til Datatilsynet.' })
  }
  if (n.reportedAt !== null && at(n.reportedAt) < at(b.discoveredAt)) {
    problems.push({ field: 'notification.reportedAt', message: 'Bruddet kan ikke være meldt før det ble oppdaget.' })
  }
  if (clock.state === 'reported-late' && n.delayReason.trim() === '') {
    problems.push({
      field: 'notification.delayReason',
      message: 'Bruddet ble meldt etter 72 timer. Meldingen skal begrunne forsinkelsen (art. 33 nr. 1).',
    })
  }
  if (n.decision === 'not-required' && n.notRequiredReason.trim() === '') {
    problems.push({
      field: 'notification.notRequiredReason',
      message: 'Begrunn hvorfor bruddet trolig ikke medfører risiko for de berørte, siden det ikke meldes.',
    })
  }
  if (n.decision === 'not-required' && b.risk !== null && b.risk !== 'unlikely') {
    problems.push({
      field: 'notification.decision',
      message: 'Et brudd som trolig medfører risiko for de berørte, skal meldes til Datatilsynet (art. 33 nr. 1).',
    })
  }
  const s = b.subjects
  if (b.risk === 'high' && s.decision === null) {
    problems.push({ field: 'subjects.decision', message: 'Risikoen er høy: avgjør om de berørte skal varsles (art. 34).' })
  }
  if (s.decision === 'informed' && s.informedOn === null) {
    problems.push({ field: 'subjects.informedOn', message: 'Oppgi når de berørte ble varslet.' })
  }
  if (s.decision === 'not-informed' && s.notInformedReason === null) {
    problems.push({ field: 'subjects.notInformedReason', message: 'Oppgi hvorfor de berørte ikke er varslet.' })
  }
  if (s.decision === 'not-informed' && s.notInformedReason === 'not-high-risk' && b.risk === 'high') {
    problems.push({
      field: 'subjects.notInformedReason',
      message: 'Risikoen er vurdert som høy, så «ikke høy risiko» kan ikke være grunnen til at de berørte ikke varsles.',
    })
  }
  if (s.decision === 'not-informed' && s.notInformedReason !== null && s.notInformedReason !== 'not-high-risk' && s.reasonDetail.trim() === '') {
    problems.push({ field: 'subjects.reasonDetail', message: 'Beskriv hvorfor unntaket i art. 34 nr. 3 gjelder.' })
  }
  return problems
}

/** What is missing or contradictory in a request entry. */
export function requestProblems(r: DataSubjectRequest): RecordProblem[] {
  const problems: RecordProblem[] = []
  const answered = r.status === 'answered' || r.status === 'rejected'
  if (answered && r.answeredOn === null) {
    problems.push({ field: 'answeredOn', message: 'Oppgi når kravet ble besvart.' })
  }
  if (!answered && r.answeredOn !== null) {
    problems.push({ field: 'status', message: 'Kravet har en svardato, men status er ikke «besvart» eller «avslått».' })
  }
  if (r.answeredOn !== null && r.answeredOn < r.receivedOn) {
    problems.push({ field: 'answeredOn', message: 'Kravet kan ikke være besvart før det ble mottatt.' })
  }
  if (r.extension !== null) {
    if (r.extension.reason.trim() === '') {
      problems.push({ field: 'extension.reason', message: 'Personen skal få vite hvorfor fristen forlenges (art. 12 nr. 3).' })
    }
    if (r.extension.toldOn < r.receivedOn) {
      problems.push({ field: 'extension.toldOn', message: 'Personen kan ikke være varslet før kravet ble mottatt.' })
    }
    const { firstMonth, extensionTooLate } = requestDeadline(r)
    if (extensionTooLate) {
      problems.push({
        field: 'extension.toldOn',
        message: `Personen skulle vært varslet om forlengelsen innen ${formatLongDate(firstMonth, 'nb')}. Fristen er derfor ikke forlenget.`,
      })
    }
  }
  return problems
}
