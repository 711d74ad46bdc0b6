import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import type { ChangeEntry, TableName } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { listChanges } from '../../db/repo/changes'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { actionLabel, entryFieldChanges, formatDateTime } from './change-format'
import { ChangedBy } from './changed-by'
import { FieldChangesTable } from './field-changes-table'
import { useNameLookup } from './use-name-lookup'

const PAGE = 50

export interface RecordHistoryProps {
  table: TableName
  recordId: string
}

/** Actions whose entry holds a whole record on one side only: the fields would just list the record. */
const WHOLE_RECORD: ReadonlySet<ChangeEntry['action']> = new Set(['create', 'delete', 'import'])

/**
 * The change log of one record, newest first: when, what was done, and for each edit the
 * fields it changed with the value before and after. Updates as the record is saved.
 */
export function RecordHistory({ table, recordId }: RecordHistoryProps) {
  const db = useDb()
  const names = useNameLookup()
  const [limit, setLimit] = useState(PAGE)
  // One more than shown tells whether there are more.
  const entries = useLiveQuery(
    () => listChanges(db, { table, recordId, limit: limit + 1 }),
    [db, table, recordId, limit],
  )
  if (entries === undefined) return <p className="muted">{t.common.loading}</p>
  if (entries.length === 0) return <p className="muted">{t.history.noneForRecord}</p>
  const shown = entries.slice(0, limit)
  return (
    <div className="reg-history">
      <ol className="reg-history__list" aria-label={t.history.listLabel}>
        {shown.map((entry) => {
          const when = formatDateTime(entry.at)
          const title = `${when}: ${actionLabel(entry.action)}`
          return (
            <li key={entry.seq} className="reg-history__entry">
              <p className="reg-history__head">
                <time dateTime={entry.at}>{when}</time>
                <span className="reg-history__action">{actionLabel(entry.action)}</span>
                <ChangedBy entry={entry} />
              </p>
              {!WHOLE_RECORD.has(entry.action) && (
                <FieldChangesTable changes={entryFieldChanges(entry)} names={names} label={title} />
              )}
            </li>
          )
        })}
      </ol>
      {entries.length > limit && (
        <Button onClick={() => setLimit((n) => n + PAGE)}>{t.history.showMore}</Button>
      )}
    </div>
  )
}
