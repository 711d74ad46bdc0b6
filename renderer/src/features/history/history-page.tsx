import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import {
  openedWorkbench,
  TABLES,
  type ChangeEntry,
  type OpenedWorkbench,
  type TableName,
} from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { listChanges } from '../../db/repo/changes'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { SelectField } from '../../ui/select-field'
import {
  actionLabel,
  changedFieldsSummary,
  entryFieldChanges,
  formatDateTime,
  recordHref,
  recordKindLabel,
  recordTitle,
  type NameLookup,
} from './change-format'
import { ChangedBy } from './changed-by'
import { FieldChangesTable } from './field-changes-table'
import { useNameLookup } from './use-name-lookup'

/** How many entries a page of the log shows; «Vis flere» adds as many again. */
export const HISTORY_PAGE = 200

const TABLE_OPTIONS = TABLES.map((table) => ({ value: table, label: t.history.tables[table] }))

function isTableName(value: string): value is TableName {
  return (TABLES as readonly string[]).includes(value)
}

/** «Endringslogg»: the latest changes across the workbench, each linking to its record. */
export function HistoryPage() {
  const db = useDb()
  const names = useNameLookup()
  const [table, setTable] = useState<TableName | null>(null)
  const [limit, setLimit] = useState(HISTORY_PAGE)
  const entries = useLiveQuery(
    () => listChanges(db, { table: table ?? undefined, limit: limit + 1 }),
    [db, table, limit],
  )
  const shown = entries?.slice(0, limit)

  return (
    <div className="page reg-page">
      <header className="page__header">
        <h1>{t.history.title}</h1>
        <p className="page__intro">{t.history.intro}</p>
      </header>
      <div className="page__toolbar reg-toolbar">
        <SelectField
          className="reg-toolbar__select"
          label={t.history.filter}
          value={table ?? ''}
          placeholder={t.history.allTables}
          options={TABLE_OPTIONS}
          onChange={(value) => {
            setTable(isTableName(value) ? value : null)
            setLimit(HISTORY_PAGE)
          }}
        />
        <p className="page__count" role="status">
          {shown === undefined ? t.common.loading : t.history.shown(shown.length)}
        </p>
      </div>
      <div className="reg-scroll">
        {shown !== undefined && shown.length === 0 && <p className="muted">{t.history.none}</p>}
        {shown !== undefined && shown.length > 0 && (
          <ol className="reg-history__list reg-log" aria-label={t.history.listLabel}>
            {shown.map((entry) => (
              <LogEntry key={entry.seq} entry={entry} names={names} />
            ))}
          </ol>
        )}
        {entries !== undefined && entries.length > limit && (
          <Button onClick={() => setLimit((n) => n + HISTORY_PAGE)}>{t.history.showMore}</Button>
        )}
      </div>
    </div>
  )
}

function LogEntry({ entry, names }: { entry: ChangeEntry; names: NameLookup }) {
  const title = recordTitle(entry)
  const href = entry.action === 'delete' ? null : recordHref(entry.table, entry.recordId)
  // An import that replaced a record lists its fields like an update.
  const changes =
    entry.action === 'update' ||
    entry.action === 'archive' ||
    entry.action === 'restore' ||
    (entry.action === 'import' && entry.before !== null)
      ? entryFieldChanges(entry)
      : null
  const when = formatDateTime(entry.at)
  return (
    <li className="reg-history__entry">
      <p className="reg-history__head">
        <time dateTime={entry.at}>{when}</time>
        <span className="reg-history__action">{actionLabel(entry.action)}</span>
        <span className="reg-history__kind">{recordKindLabel(entry.table)}</span>
        {href ? <a href={href}>{title}</a> : <span>{title}</span>}
        <ChangedBy entry={entry} />
      </p>
      {entry.action === 'open' && isOpenedWorkbench(entry.after) && (
        <p className="reg-history__note">
          {t.history.openedWorkbench(entry.after.file, entry.after.replacedEntries)}
        </p>
      )}
      {changes && changes.length > 0 && (
        <details className="reg-history__details">
          <summary>{t.history.changedFields(changedFieldsSummary(changes))}</summary>
          <FieldChangesTable changes={changes} names={names} label={`${title}, ${when}`} />
        </details>
      )}
    </li>
  )
}

function isOpenedWorkbench(value: unknown): value is OpenedWorkbench {
  return openedWorkbench.safeParse(value).success
}
