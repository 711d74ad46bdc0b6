import { useDeferredValue, useId, useMemo, useState } from 'react'
import { CheckboxField } from './checkbox-field'
import { SearchField } from './search-field'

export interface CheckListOption {
  value: string
  label: string
  /** Shown after the label, e.g. «Utkast». */
  note?: string
  /** Chosen by something other than this field (e.g. a rule): shown ticked and cannot be unticked. */
  locked?: boolean
}

export interface CheckListTexts {
  search: string
  placeholder: string
  /** «3 valgt, 12 vist». */
  count: (selected: number, shown: number) => string
  /** There are no options at all. */
  none: string
  /** No option matches the search. */
  noMatch: string
  /** More options match than are listed: «Viser de første 200 …». */
  truncated: (limit: number) => string
}

export interface CheckListFieldProps {
  legend: string
  hint?: string
  options: readonly CheckListOption[]
  selected: readonly string[]
  onChange: (values: string[]) => void
  texts: CheckListTexts
  /** Most options listed at once; a search narrows the rest. Keeps thousands of records fast. */
  limit?: number
}

/**
 * Choosing several items from a long list: a search box and a scrolling list of
 * checkboxes in a fieldset. The count of chosen and shown items is announced politely.
 */
export function CheckListField({
  legend,
  hint,
  options,
  selected,
  onChange,
  texts,
  limit = 200,
}: CheckListFieldProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const countId = useId()
  const hintId = useId()
  const chosen = useMemo(() => new Set(selected), [selected])
  const needle = deferred.trim().toLocaleLowerCase('nb')
  const shown =
    needle === ''
      ? options
      : options.filter((o) => o.label.toLocaleLowerCase('nb').includes(needle))
  const toggle = (value: string, on: boolean) =>
    onChange(
      on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value),
    )

  return (
    <fieldset className="check-list" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="check-list__bar">
        <SearchField
          label={texts.search}
          placeholder={texts.placeholder}
          value={query}
          onChange={setQuery}
          describedBy={countId}
        />
        <p className="check-list__count" id={countId} role="status">
          {texts.count(selected.length, shown.length)}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{options.length === 0 ? texts.none : texts.noMatch}</p>
      ) : (
        <ul className="check-list__list">
          {shown.slice(0, limit).map((o) => (
            <li key={o.value}>
              <CheckboxField
                label={o.label}
                hint={o.note}
                checked={o.locked === true || chosen.has(o.value)}
                disabled={o.locked}
                onChange={(on) => toggle(o.value, on)}
              />
            </li>
          ))}
        </ul>
      )}
      {shown.length > limit && <p className="muted">{texts.truncated(limit)}</p>}
    </fieldset>
  )
}
