import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { ProcessingActivity } from '../../../../shared/model'
import { sortActivities } from './engine'
import { t } from '../../i18n/nb'
import { CheckboxField } from '../../ui/checkbox-field'
import { SearchField } from '../../ui/search-field'

const s = t.policy.picker

export interface ActivityPickerProps {
  label: string
  hint?: string
  /** Every activity; archived ones are offered only while selected, so a link to one can be removed. */
  activities: readonly ProcessingActivity[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
  /** Activities linked by rule: shown ticked and locked, with why. */
  fixed?: ReadonlySet<string>
}

/** A searchable list of checkboxes for choosing processing activities. */
export function ActivityPicker({
  label,
  hint,
  activities,
  selected,
  onChange,
  fixed,
}: ActivityPickerProps) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const countId = useId()
  const hintId = useId()
  const chosen = useMemo(() => new Set(selected), [selected])
  const offered = useMemo(
    () =>
      sortActivities(
        activities.filter((a) => a.status !== 'archived' || chosen.has(a.id) || fixed?.has(a.id)),
      ),
    [activities, chosen, fixed],
  )
  const needle = deferred.trim().toLocaleLowerCase('nb')
  const shown =
    needle === '' ? offered : offered.filter((a) => a.name.toLocaleLowerCase('nb').includes(needle))
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((x) => x !== id))

  return (
    <fieldset className="pol-picker" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{label}</legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="pol-picker__bar">
        <SearchField
          label={s.search}
          placeholder={s.searchPlaceholder}
          value={query}
          onChange={setQuery}
          describedBy={countId}
        />
        <p className="pol-picker__count" id={countId} role="status">
          {s.count(selected.length, shown.length)}
        </p>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{offered.length === 0 ? s.none : s.noMatch}</p>
      ) : (
        <ul className="pol-picker__list">
          {shown.map((a) => {
            const locked = fixed?.has(a.id) ?? false
            const note = locked
              ? s.byRule
              : a.status === 'draft'
                ? s.draft
                : a.status === 'archived'
                  ? s.archived
                  : undefined
            return (
              <li key={a.id}>
                <CheckboxField
                  label={a.name}
                  checked={locked || chosen.has(a.id)}
                  disabled={locked}
                  hint={note}
                  onChange={(on) => toggle(a.id, on)}
                />
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
