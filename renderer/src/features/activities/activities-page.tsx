import { useRoute } from '../../app/router'
import { ActivityEditor } from './activity-editor'
import { ActivityList } from './activity-list'

/** `#/activities`: the record; `#/activities/<id>`: the editor of one activity. */
export function ActivitiesPage() {
  const [section, id] = useRoute()
  if (section === 'activities' && id !== undefined) {
    // A new editor for each activity: its form state must not carry over to the next.
    return <ActivityEditor key={id} id={id} />
  }
  return <ActivityList />
}
