import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useDb } from '../../app/db-context'
import {
  dismissUserNamePrompt,
  getUserName,
  isUserNamePromptDismissed,
  onNamelessChange,
} from '../../db/repo/user-name'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'

const s = t.userNamePrompt

/**
 * A quiet bar under the top bar, shown once a change has been recorded without a name:
 * it points to the field for the name and never stands in the way of the work. Gone when
 * a name is given, or for good when the user says not to ask again.
 */
export function UserNamePrompt() {
  const db = useDb()
  const [nameless, setNameless] = useState(false)
  useEffect(() => onNamelessChange(db, () => setNameless(true)), [db])
  const state = useLiveQuery(
    async () => ({ name: await getUserName(db), dismissed: await isUserNamePromptDismissed(db) }),
    [db],
  )
  if (!nameless || state === undefined || state.name !== '' || state.dismissed) return null
  return (
    <section className="name-prompt" aria-label={s.label}>
      <p className="name-prompt__text">{s.text}</p>
      <a className="name-prompt__link" href="#/organization/userName">
        {s.link}
      </a>
      <Button variant="quiet" onClick={() => void dismissUserNamePrompt(db)}>
        {s.dismiss}
      </Button>
    </section>
  )
}
