import type { Ref } from 'react'
import { FormField } from './form-field'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectFieldProps {
  label: string
  value: string
  options: readonly SelectOption[]
  onChange: (value: string) => void
  /** The text of an empty first option (value ""), e.g. «Velg land». Without it there is none. */
  placeholder?: string
  hint?: string
  error?: string | null
  warning?: string | null
  disabled?: boolean
  id?: string
  className?: string
  ref?: Ref<HTMLSelectElement>
}

/** A labelled native `<select>`: keyboard and screen-reader behaviour come from the browser. */
export function SelectField({ label, value, options, onChange, placeholder, hint, error, warning, disabled, id, className, ref }: SelectFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error} warning={warning} id={id} className={className}>
      {(control) => (
        <select
          {...control}
          ref={ref}
          className="field__input"
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  )
}
