/**
 * Small pieces the register editors share: a date-and-time field in Norwegian time, a
 * list of problems with their fields, and the text ↔ list conversion of one-per-line fields.
 */
import { osloDate, osloInstant, osloTime } from '../../../../shared/registers/oslo-time'
import { FormField } from '../../ui/form-field'

/** One entry per non-empty line. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
}

export function listToLines(list: readonly string[]): string {
  return list.join('\n')
}

/** A date and clock time in Norway, stored as an ISO instant; empty is null. */
export function DateTimeField({
  label,
  value,
  onChange,
  hint,
  error,
}: {
  label: string
  value: string | null
  onChange: (value: string | null) => void
  hint?: string
  error?: string | null
}) {
  const local = value === null ? '' : `${osloDate(value)}T${osloTime(value)}`
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          className="field__input"
          type="datetime-local"
          value={local}
          onChange={(e) => {
            const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(e.target.value)
            onChange(m ? osloInstant(m[1]!, m[2]) : null)
          }}
        />
      )}
    </FormField>
  )
}

/** The problems of a record, each with the field it concerns. */
export function ProblemList({ title, problems }: { title: string; problems: ReadonlyArray<{ field: string; message: string }> }) {
  if (problems.length === 0) return null
  return (
    <div className="reg-problems" role="status">
      <p>{title}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}:${p.message}`}>{p.message}</li>
        ))}
      </ul>
    </div>
  )
}

/** The Norwegian message of an error from the store. */
export function errorText(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Ukjent feil.'
}
