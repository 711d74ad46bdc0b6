import { useRoute } from '../../app/router'
import { ActivityEditor } from './activity-editor'
import { ActivityList, NEW_ACTIVITY, selectInList } from './activity-list'

/**
 * The ids of activities created in the editor of a new one. That editor stays (with the
 * user's place and focus in the form) when the route changes to the new id: the id is
 * known here before the route changes, so the editor keeps its key.
 */
const createdHere = new Set<string>()

/**
 * `#/activities`: the record; `#/activities/<id>`: the editor of one activity;
 * `#/activities/<id>/<field>`: the editor with that field in view and focused (the links
 * of readiness findings); `#/activities/new`: a new activity, stored on its first save.
 */
export function ActivitiesPage() {
  const [section, id, field] = useRoute()
  if (section === 'activities' && id !== undefined) {
    const isNew = id === NEW_ACTIVITY
    return (
      // A new editor for each activity: its form state must not carry over to the next.
      <ActivityEditor
        key={isNew || createdHere.has(id) ? NEW_ACTIVITY : id}
        id={isNew ? null : id}
        field={field}
        onCreated={(newId) => {
          createdHere.add(newId)
          selectInList(newId)
        }}
      />
    )
  }
  return <ActivityList />
}
