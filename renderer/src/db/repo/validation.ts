/**
 * Errors the repositories throw, with Norwegian messages the UI can show as they are.
 */
import type { z } from 'zod'
import { describeRecordIssue } from '../../../../shared/model'

export interface FieldIssue {
  /** Dotted path of the field in the record, e.g. "legalBases.0.law" ("" for the whole record). */
  field: string
  /** Norwegian, for the user: "Behandlingsgrunnlag › nr. 1 › lovhjemmel mangler." */
  message: string
}

/** A record was refused before anything was written. `issues` says which fields and why. */
export class ValidationError extends Error {
  constructor(
    readonly what: string,
    readonly issues: FieldIssue[],
  ) {
    super(`Kan ikke lagre ${what}: ${issues.map((i) => i.message).join(' ')}`)
    this.name = 'ValidationError'
  }
}

/** The record to change does not exist (deleted in another window, or a stale link). */
export class RecordNotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`Fant ikke ${what} med id «${id}».`)
    this.name = 'RecordNotFoundError'
  }
}

/**
 * Validates `value` with `schema` and returns the parsed output (e.g. with the
 * organisation number normalised). `what` names the record in definite form,
 * e.g. "behandlingsaktiviteten".
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const result = schema.safeParse(value, { reportInput: true })
  if (!result.success) throw new ValidationError(what, result.error.issues.map(describeRecordIssue))
  return result.data
}
