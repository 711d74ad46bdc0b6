import { useId } from 'react'

export interface CheckboxFieldProps {
  label: string
  checked: boolean
  onChange: (checked: boolean) => void
  /** A short help text after the label, e.g. the article. */
  hint?: string
  disabled?: boolean
  className?: string
}

/** A checkbox with its label to the right and an optional hint under it. */
export function CheckboxField({ label, checked, onChange, hint, disabled, className }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className={['reg-checkbox', className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="reg-checkbox__hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  )
}
