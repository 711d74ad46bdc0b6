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
}

/**
 * A calendar date with the browser's date picker. The value stays ISO (`YYYY-MM-DD`), as
 * the records store it; an emptied field is null, so "no date" is never an empty string.
 */
export function DateField({ label, value, onChange, hint, error, warning, id, className }: DateFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} warning={warning} id={id} className={className}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="field__input reg-date"
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      )}
    </FormField>
  )
}
