import { useMemo } from 'react'
import type { ProcessingActivity } from '../../../../shared/model'
import { sortActivities } from './engine'
import { t } from '../../i18n/nb'
import { CheckListField, type CheckListOption } from '../../ui/check-list-field'

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

const texts = {
  search: s.search,
  placeholder: s.searchPlaceholder,
  count: s.count,
  none: s.none,
  noMatch: s.noMatch,
  truncated: s.truncated,
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
  const options = useMemo<CheckListOption[]>(() => {
    const chosen = new Set(selected)
    return sortActivities(
      activities.filter((a) => a.status !== 'archived' || chosen.has(a.id) || fixed?.has(a.id)),
    ).map((a) => {
      const locked = fixed?.has(a.id) ?? false
      const note = locked
        ? s.byRule
        : a.status === 'draft'
          ? s.draft
          : a.status === 'archived'
            ? s.archived
            : undefined
      return { value: a.id, label: a.name, note, locked }
    })
  }, [activities, selected, fixed])

  return (
    <CheckListField
      legend={label}
      hint={hint}
      options={options}
      selected={selected}
      onChange={onChange}
      texts={texts}
    />
  )
}
