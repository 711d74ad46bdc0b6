import { FormField } from './form-field'

export interface TextAreaFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string | null
  warning?: string | null
  rows?: number
  maxLength?: number
  id?: string
  className?: string
}

/** A labelled multi-line text input. */
export function TextAreaField({ label, value, onChange, hint, error, warning, rows = 4, maxLength, id, className }: TextAreaFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} warning={warning} id={id} className={className}>
      {(control) => (
        <textarea
          {...control}
          className="field__input reg-textarea"
          value={value}
          rows={rows}
          maxLength={maxLength}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormField>
  )
}
