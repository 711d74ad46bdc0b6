import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { t } from '../i18n/nb'
import { Button } from './button'

export interface TagListFieldProps {
  label: string
  values: readonly string[]
  onChange: (values: string[]) => void
  /**
   * Values to offer while typing (e.g. what other records use), in the browser's own
   * suggestion list (`<datalist>`), so the same category is written the same way across
   * the record; new values are allowed too.
   */
  suggestions?: readonly string[]
  hint?: string
  error?: string | null
  /** The text of the add button; «Legg til» unless told. */
  addLabel?: string
  /** The id of the text box, e.g. for focusing it from an error summary. */
  id?: string
  className?: string
}

const NO_SUGGESTIONS: readonly string[] = []

/**
 * A list of short texts (services, purposes…): each shown as a tag with its own remove
 * button, and a text box to add one, optionally with suggestions. Enter adds; so does
 * leaving the box, so a value typed but not added is not lost when the user goes
 * straight to «Lagre».
 */
export function TagListField({
  label,
  values,
  onChange,
  suggestions,
  hint,
  error,
  addLabel,
  id,
  className,
}: TagListFieldProps) {
  const generated = useId()
  const inputId = id ?? generated
  const listId = `${inputId}-suggestions`
  const hintId = `${inputId}-hint`
  const errorId = `${inputId}-error`
  const [pending, setPending] = useState('')
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const offered = useMemo(() => {
    const taken = new Set(values)
    return (suggestions ?? NO_SUGGESTIONS).filter((s) => !taken.has(s))
  }, [suggestions, values])

  const add = () => {
    const value = pending.trim()
    if (value === '') return
    if (!values.includes(value)) onChange([...values, value])
    setPending('')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      // Enter adds the tag; it must not submit the form around it.
      event.preventDefault()
      add()
    }
  }

  return (
    <div
      className={['field', 'reg-tags', error ? 'field--invalid' : null, className]
        .filter(Boolean)
        .join(' ')}
    >
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {values.length > 0 && (
        <ul className="reg-tags__list" aria-label={t.forms.addedValues(label)}>
          {values.map((value, index) => (
            <li key={`${index}-${value}`} className="reg-tags__tag">
              <span>{value}</span>
              <button
                type="button"
                className="reg-tags__remove"
                aria-label={t.forms.removeValue(value)}
                onClick={() => onChange(values.filter((_, i) => i !== index))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="reg-tags__add">
        <input
          id={inputId}
          className="field__input"
          value={pending}
          list={offered.length > 0 ? listId : undefined}
          // With suggestions of its own, the browser's form history would only mix in.
          autoComplete={suggestions === undefined ? undefined : 'off'}
          onChange={(event) => setPending(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        <Button onClick={add} disabled={pending.trim() === ''}>
          {addLabel ?? t.forms.add}
        </Button>
      </div>
      {offered.length > 0 && (
        <datalist id={listId}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}
