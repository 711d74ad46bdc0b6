import { useId, type ReactNode } from 'react'

/** What a control needs to be tied to its label, hint and messages. */
export interface FieldControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': true | undefined
}

export interface FormFieldProps {
  label: string
  /** A short help text under the label, e.g. the article that asks for the field. */
  hint?: string
  /** The validation error; the field is marked invalid while it is set. */
  error?: string | null
  /** Something to note that does not stop saving (e.g. a legal caveat). */
  warning?: string | null
  id?: string
  className?: string
  /** Renders the control with the props that tie it to the label and the messages. */
  children: (control: FieldControlProps) => ReactNode
}

/**
 * The frame of a labelled form control (select, text area, date…): the same look and the
 * same announcements as TextField, for controls TextField does not cover.
 */
export function FormField({ label, hint, error, warning, id, className, children }: FormFieldProps) {
  const generated = useId()
  const controlId = id ?? generated
  const hintId = `${controlId}-hint`
  const errorId = `${controlId}-error`
  const warningId = `${controlId}-warning`
  const describedBy =
    [hint ? hintId : null, error ? errorId : null, warning ? warningId : null].filter(Boolean).join(' ') ||
    undefined
  const classes = ['field', error ? 'field--invalid' : null, warning && !error ? 'reg-field--warning' : null, className]
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id: controlId, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
      {warning && (
        <p className="reg-field__warning" id={warningId}>
          {warning}
        </p>
      )}
    </div>
  )
}
