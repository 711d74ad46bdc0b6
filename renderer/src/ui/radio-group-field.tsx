import { useId } from 'react'

export interface RadioOption<V extends string> {
  value: V
  label: string
  /** A short explanation under the option. */
  hint?: string
}

export interface RadioGroupFieldProps<V extends string> {
  legend: string
  value: V
  options: readonly RadioOption<V>[]
  onChange: (value: V) => void
  className?: string
}

/** Native radio buttons in a fieldset: arrow keys move between them, the legend names the group. */
export function RadioGroupField<V extends string>({
  legend,
  value,
  options,
  onChange,
  className,
}: RadioGroupFieldProps<V>) {
  const name = useId()
  return (
    <fieldset className={['radio-group', className].filter(Boolean).join(' ')}>
      <legend className="field__label">{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`
        return (
          <div key={option.value} className="radio-group__option">
            <input
              id={id}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.hint && (
              <span className="radio-group__hint" id={`${id}-hint`}>
                {option.hint}
              </span>
            )}
          </div>
        )
      })}
    </fieldset>
  )
}
