/**
 * Validation messages keyed by field, as the store (`ValidationError.issues`) and the
 * rules of shared/checks report them: a dotted path into the record and a Norwegian text.
 * The forms ask for the message of one field and show it there.
 */
import { deepEqual } from '../../../shared/model/record-diff'

/** A message about one field. Without `severity` it is an error (it blocks saving). */
export interface FieldMessage {
  /** Dotted path into the record, e.g. `contact.email` or `subProcessors.0.name` ("" for the whole record). */
  field: string
  message: string
  severity?: 'error' | 'warning'
}

export type Severity = 'error' | 'warning'

function severityOf(m: FieldMessage): Severity {
  return m.severity ?? 'error'
}

/**
 * The messages at `field` of the given severity, joined into one text; null when there
 * are none. With `within`, messages about fields nested under `field` count too, so a
 * list can show the problems of its elements (`services.2` under `services`).
 */
export function messageAt(
  messages: readonly FieldMessage[],
  field: string,
  severity: Severity = 'error',
  options: { within?: boolean } = {},
): string | null {
  const found = messages.filter(
    (m) =>
      severityOf(m) === severity &&
      (m.field === field || (options.within === true && m.field.startsWith(`${field}.`))),
  )
  if (found.length === 0) return null
  return [...new Set(found.map((m) => m.message))].join(' ')
}

/** True when any message is an error, i.e. the record may not be saved as it is. */
export function hasErrors(messages: readonly FieldMessage[]): boolean {
  return messages.some((m) => severityOf(m) === 'error')
}

/** The distinct texts of the messages of one severity, in order, for a summary above the form. */
export function messageTexts(messages: readonly FieldMessage[], severity: Severity): string[] {
  return [...new Set(messages.filter((m) => severityOf(m) === severity).map((m) => m.message))]
}

/** The value at a dotted path (`subProcessors.0.name`) of a record; undefined where there is none. */
export function valueAt(record: unknown, field: string): unknown {
  if (field === '') return record
  let value: unknown = record
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[key]
  }
  return value
}

/**
 * What the store refused on the last save that still applies to the form as it is now.
 * A message stands while its field keeps the value it had when the store refused it. Once
 * the value changes, it goes; unless `recheck` (the store's own check, run on the form)
 * still finds a problem at that field, which is then shown as it reads now. A message
 * about the whole record (field "") stands until anything changes.
 */
export function standingIssues<T>(
  issues: readonly FieldMessage[],
  refused: T,
  draft: T,
  recheck?: (draft: T) => readonly FieldMessage[],
): FieldMessage[] {
  if (issues.length === 0 || Object.is(refused, draft)) return [...issues]
  let rechecked: readonly FieldMessage[] | null = null
  const standing: FieldMessage[] = []
  for (const issue of issues) {
    if (deepEqual(valueAt(refused, issue.field), valueAt(draft, issue.field))) {
      standing.push(issue)
      continue
    }
    if (!recheck || issue.field === '') continue
    rechecked ??= recheck(draft)
    for (const now of rechecked) {
      if (now.field === issue.field && !standing.includes(now)) standing.push(now)
    }
  }
  return standing
}

/**
 * Where to look for a field named in a message or a link, most specific first: a message
 * about `legalBases.0.interest` is shown at that field if the form has it, else at
 * `legalBases.0`, else at `legalBases`.
 */
export function fieldCandidates(field: string): string[] {
  const parts = field.split('.').filter((p) => p !== '')
  const out: string[] = []
  for (let n = parts.length; n > 0; n--) out.push(parts.slice(0, n).join('.'))
  return out
}
