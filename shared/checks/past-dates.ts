/**
 * Dates that record something that has happened — an agreement signed, a transfer impact
 * assessment made, a review or a DPIA done, a DPF certification checked — cannot be later
 * than today. The editors refuse such a date at its field; the readiness checks report
 * one that came in by import (`future-date`).
 */
import type { ProcessingActivity } from '../model/activity'
import type { Processor } from '../model/processor'
import type { Routine } from '../model/routine'
import type { Transfer } from '../model/transfer'
import type { FieldProblem } from './activity-rules'

/** A date field that must not lie after today, and how a sentence names it. */
interface PastDateField<T> {
  /** Dotted path, as the editors name their fields. */
  field: string
  /** Norwegian, as the editor labels the field; quoted in the readiness message. */
  label: string
  get: (record: T) => string | null
}

export const PAST_DATE_FIELDS = {
  activities: [
    { field: 'dpia.doneOn', label: 'DPIA gjennomført dato', get: (a) => a.dpia.doneOn },
    { field: 'lastReviewed', label: 'Sist gjennomgått', get: (a) => a.lastReviewed },
  ] satisfies PastDateField<ProcessingActivity>[],
  processors: [
    { field: 'agreement.signedOn', label: 'Databehandleravtalen signert', get: (p) => p.agreement.signedOn },
  ] satisfies PastDateField<Processor>[],
  transfers: [
    { field: 'dpfCheckedOn', label: 'DPF-sertifiseringen sist kontrollert', get: (t) => t.dpfCheckedOn },
    { field: 'tiaDate', label: 'Vurdering av overføringen (TIA)', get: (t) => t.tiaDate },
  ] satisfies PastDateField<Transfer>[],
  routines: [{ field: 'lastReviewed', label: 'Sist gjennomgått', get: (r) => r.lastReviewed }] satisfies PastDateField<Routine>[],
}

/** A date after today in one of the fields above. */
export interface FutureDate {
  field: string
  label: string
  /** The stored date, `YYYY-MM-DD`. */
  date: string
}

type Records = {
  activities: ProcessingActivity
  processors: Processor
  transfers: Transfer
  routines: Routine
}

/**
 * The fields of `record` whose date lies after `today` (`YYYY-MM-DD`, as the one today
 * helper `todayIso` gives it). ISO dates compare as strings.
 */
export function futureDates<K extends keyof Records>(table: K, record: Records[K], today: string): FutureDate[] {
  const fields = PAST_DATE_FIELDS[table] as PastDateField<Records[K]>[]
  const found: FutureDate[] = []
  for (const f of fields) {
    const date = f.get(record)
    if (date !== null && date > today) found.push({ field: f.field, label: f.label, date })
  }
  return found
}

/** The editors' message at each field whose date lies after today. */
export function futureDateProblems<K extends keyof Records>(
  table: K,
  record: Records[K],
  today: string,
): FieldProblem[] {
  return futureDates(table, record, today).map((d) => ({
    field: d.field,
    message: 'Datoen kan ikke være senere enn i dag. Skriv datoen da det faktisk skjedde.',
  }))
}
