import { useId } from 'react'

export interface SearchFieldProps {
  label: string
  value: string
  onChange: (value: string) => void
  placeholder?: string
  /** Id of an element that describes the result, e.g. the row count. */
  describedBy?: string
}

/** A search box; the label is for screen readers, the magnifier and placeholder show its purpose. */
export function SearchField({
  label,
  value,
  onChange,
  placeholder,
  describedBy,
}: SearchFieldProps) {
  const id = useId()
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="search"
        className="search-field__input"
        value={value}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  )
}
