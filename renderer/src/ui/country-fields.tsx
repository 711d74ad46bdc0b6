import { useId, useMemo } from 'react'
import { COUNTRY_NAMES, countryName, isEea } from '../../../shared/law'
import { compareText } from '../i18n/format'
import { t } from '../i18n/nb'
import { SelectField, type SelectOption } from './select-field'

/** The countries Ombud knows (shared/law), by Norwegian name, plus `extra` codes it does not know (e.g. from an imported file). */
export function countryOptions(extra: readonly string[] = []): SelectOption[] {
  const codes = new Set([...Object.keys(COUNTRY_NAMES), ...extra.filter((c) => c !== '')])
  return [...codes]
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => compareText(a.label, b.label))
}

export interface CountrySelectFieldProps {
  label: string
  /** ISO 3166 code, or "" while none is chosen. */
  value: string
  onChange: (code: string) => void
  hint?: string
  error?: string | null
  warning?: string | null
  /** Shows «utenfor EØS» next to the field when the chosen country is outside the EEA. */
  markOutsideEea?: boolean
  className?: string
}

export function CountrySelectField({ label, value, onChange, hint, error, warning, markOutsideEea, className }: CountrySelectFieldProps) {
  const options = useMemo(() => countryOptions([value]), [value])
  return (
    <div className={['reg-country', className].filter(Boolean).join(' ')}>
      <SelectField
        label={label}
        value={value}
        options={options}
        onChange={onChange}
        placeholder={t.forms.chooseCountry}
        hint={hint}
        error={error}
        warning={warning}
      />
      {markOutsideEea && value !== '' && !isEea(value) && <OutsideEeaBadge />}
    </div>
  )
}

export function OutsideEeaBadge() {
  return <span className="reg-badge reg-badge--warning">{t.forms.outsideEea}</span>
}

export interface CountryListFieldProps {
  label: string
  values: readonly string[]
  onChange: (codes: string[]) => void
  hint?: string
  error?: string | null
  className?: string
}

/** A list of countries: each a tag with a remove button, and a select that adds one. */
export function CountryListField({ label, values, onChange, hint, error, className }: CountryListFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined
  const options = useMemo(() => countryOptions().filter((o) => !values.includes(o.value)), [values])
  return (
    <div className={['field', 'reg-tags', error ? 'field--invalid' : null, className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {values.length > 0 && (
        <ul className="reg-tags__list" aria-label={t.forms.addedValues(label)}>
          {values.map((code) => (
            <li key={code} className="reg-tags__tag">
              <span>{countryName(code)}</span>
              {!isEea(code) && <span className="reg-badge reg-badge--warning">{t.forms.outsideEea}</span>}
              <button
                type="button"
                className="reg-tags__remove"
                aria-label={t.forms.removeValue(countryName(code))}
                onClick={() => onChange(values.filter((c) => c !== code))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <select
        id={id}
        className="field__input reg-tags__select"
        value=""
        onChange={(event) => {
          if (event.target.value !== '') onChange([...values, event.target.value])
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        <option value="">{t.forms.addCountry}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  )
}
