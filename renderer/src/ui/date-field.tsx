import { todayIso } from '../i18n/format'
import { FormField } from './form-field'

export interface DateFieldProps {
  label: string
  /** `YYYY-MM-DD`, or null for "no date". */
  value: string | null
  onChange: (value: string | null) => void
  hint?: string
  error?: string | null
  warning?: string | null
  id?: string
  className?: string
  /**
   * The date records something that has happened: the picker offers no later day. The
   * editor's rules (shared/checks/past-dates) give the message for a typed one.
   */
  notAfterToday?: boolean
}

/**
 * A calendar date with the browser's date picker. The value stays ISO (`YYYY-MM-DD`), as
 * the records store it; an emptied field is null, so "no date" is never an empty string.
 */
export function DateField({
  label,
  value,
  onChange,
  hint,
  error,
  warning,
  id,
  className,
  notAfterToday = false,
}: DateFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} warning={warning} id={id} className={className}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="field__input reg-date"
          value={value ?? ''}
          max={notAfterToday ? todayIso() : undefined}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      )}
    </FormField>
  )
}
