/**
 * Validation messages keyed by field, as the store (`ValidationError.issues`) and the
 * rules of shared/checks report them: a dotted path into the record and a Norwegian text.
 * The forms ask for the message of one field and show it there.
 */

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
