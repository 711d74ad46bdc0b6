import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useDb } from '../../app/db-context'
import { t } from '../../i18n/nb'
import { SearchField } from '../../ui/search-field'
import { buildSearchIndex, searchActivities } from './activity-search'
import { ActivityTable } from './activity-table'

/** The record of processing activities: search and a sortable list. */
export function ActivitiesPage() {
  const db = useDb()
  const activities = useLiveQuery(() => db.activities.toArray(), [db])
  const [query, setQuery] = useState('')
  // Typing stays responsive with many thousands of activities: filtering may lag a frame.
  const deferredQuery = useDeferredValue(query)
  const countId = useId()
  const index = useMemo(() => buildSearchIndex(activities ?? []), [activities])
  const shown = useMemo(() => searchActivities(index, deferredQuery), [index, deferredQuery])

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t.activities.title}</h1>
        <p className="page__intro">{t.activities.intro}</p>
      </header>
      <div className="page__toolbar">
        <SearchField
          label={t.activities.search}
          placeholder={t.activities.searchPlaceholder}
          value={query}
          onChange={setQuery}
          describedBy={countId}
        />
        <p id={countId} className="page__count" role="status">
          {activities === undefined
            ? t.common.loading
            : t.activities.count(shown.length, activities.length)}
        </p>
      </div>
      {activities !== undefined && (
        <ActivityTable activities={shown} filtered={deferredQuery.trim() !== ''} />
      )}
    </div>
  )
}
