import {
  useReactTable,
  type ColumnSizingState,
  type Row,
  type SortingState,
  type Table,
  type Updater,
} from '@tanstack/react-table'
import { memo, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { ART6, ART6_BASES } from '../../../../shared/law'
import type { DataSource, ProcessingActivity, Processor, Transfer } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { navigate } from '../../app/router'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { DataGrid } from '../../ui/data-grid'
import { SearchField } from '../../ui/search-field'
import { ExcelActions } from '../excel/excel-actions'
import { activityColumns, type ActivityTableMeta } from './activity-columns'
import { cachedCoreRowModel } from './cached-row-model'
import {
  DEFAULT_FILTERS,
  filterRows,
  hasNarrowingFilters,
  ownerOptions,
  queryTerms,
  STATUS_FILTERS,
  type ActivityFilters,
} from './activity-filters'
import { DPIA_STATES } from './activity-labels'
import { activityRows, isColumnId, type ActivityRow } from './activity-rows'
import { sortRows } from './activity-sort'
import { ColumnChooserDialog } from './column-chooser-dialog'
import { clampWidth, serializeTableSettings, type TableSettings } from './table-settings'
import { saveTableSettings, useStoredTableSettings } from './table-settings-store'
import { useTable } from '../../db/use-table'
import { usePolicyDisclosure } from './use-record-tables'

/**
 * The filters and the last opened activity, kept while the app runs: back from the editor,
 * the DPO finds the list as it was, with the row just edited selected.
 */
const remembered: { filters: ActivityFilters; selectedId: string | null } = {
  filters: DEFAULT_FILTERS,
  selectedId: null,
}

/** The route's id segment for an activity not yet saved. */
export const NEW_ACTIVITY = 'new'

/** The owner filter's value for «all departments» (an owner may be the empty string). */
const ANY_OWNER = '(alle)'

const NONE: ReadonlySet<string> = new Set()

function openRow(row: Row<ActivityRow>) {
  remembered.selectedId = row.original.activity.id
  navigate('activities', row.original.activity.id)
}

/** Selects the activity `id` in the list the next time it is shown (e.g. one just created). */
export function selectInList(id: string) {
  remembered.selectedId = id
}

interface GridProps {
  table: Table<ActivityRow>
  emptyMessage: string
  /** What the grid shows depends on: it renders again only when one of these changes. */
  inputs: readonly unknown[]
}

/**
 * The grid, rendered again only when what it shows changed. TanStack's table object stays
 * the same while its rows and state change, so the inputs say when; without this, every
 * keystroke in the search box would render the rows twice (once for the box, once more
 * when the deferred filter has run).
 */
const ActivityGrid = memo(
  function ActivityGrid({ table, emptyMessage }: GridProps) {
    return (
      <DataGrid
        table={table}
        label={t.activities.tableLabel}
        emptyMessage={emptyMessage}
        onActivate={openRow}
        initialSelectedId={remembered.selectedId}
        onSelectionChange={selectInList}
        stickyFirstColumn
      />
    )
  },
  (before, after) =>
    before.table === after.table &&
    before.emptyMessage === after.emptyMessage &&
    before.inputs.length === after.inputs.length &&
    before.inputs.every((x, i) => x === after.inputs[i]),
)

/** The record of processing activities: search, filters and a table of chosen columns. */
export function ActivityList() {
  // Shared snapshots: back from an editor, the table is there at once, read from memory.
  const activities = useTable('activities')
  const processors = useTable('processors')
  const transfers = useTable('transfers')
  const sources = useTable('sources')
  const settings = useStoredTableSettings()
  const loaded =
    activities !== undefined &&
    processors !== undefined &&
    transfers !== undefined &&
    sources !== undefined &&
    settings !== undefined

  return (
    <div className="page">
      <header className="page__header">
        <h1>{t.activities.title}</h1>
        <p className="page__intro">{t.activities.intro}</p>
      </header>
      {loaded ? (
        <ActivityListView
          activities={activities}
          processors={processors}
          transfers={transfers}
          sources={sources}
          initialSettings={settings}
        />
      ) : (
        <p className="page__count" role="status">
          {t.common.loading}
        </p>
      )}
    </div>
  )
}

interface ListViewProps {
  activities: readonly ProcessingActivity[]
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  /** The shared list of named sources, for the «Kilder» column. */
  sources: readonly DataSource[]
  /** The stored layout when the page opened; later changes are this view's own. */
  initialSettings: TableSettings
}

function ActivityListView({ activities, processors, transfers, sources, initialSettings }: ListViewProps) {
  const db = useDb()
  const countId = useId()
  const [settings, setSettings] = useState(initialSettings)
  const [filters, setFiltersState] = useState<ActivityFilters>(remembered.filters)
  const setFilters = (change: ActivityFilters | ((f: ActivityFilters) => ActivityFilters)) =>
    setFiltersState((f) => {
      const next = typeof change === 'function' ? change(f) : change
      remembered.filters = next
      return next
    })
  const [choosing, setChoosing] = useState(false)
  // Typing stays responsive with many thousands of activities: filtering may lag a frame.
  const deferredFilters = useDeferredValue(filters)
  const today = todayIso()

  // Rows are cached per version of each activity, also while the table is not shown.
  const rows = activityRows(activities, processors, transfers, sources)
  // Worked out when the browser is idle; until then no activity is flagged.
  const disclosure = usePolicyDisclosure(activities)
  const undisclosed = disclosure?.undisclosed ?? NONE
  // Only the «Personvernerklæringen» column sorts by the clauses.
  const sortDisclosure = settings.sort?.id === 'disclosure' ? disclosure : undefined
  const sorted = useMemo(
    () => sortRows(rows, settings.sort, sortDisclosure),
    [rows, settings.sort, sortDisclosure],
  )
  // With the filter off, a new set of flags does not filter the rows again.
  const filterFlags = deferredFilters.undisclosed ? undisclosed : NONE
  const shown = useMemo(
    () => filterRows(sorted, deferredFilters, today, filterFlags),
    [sorted, deferredFilters, today, filterFlags],
  )
  const meta = useMemo<ActivityTableMeta>(() => ({ disclosure }), [disclosure])
  const owners = useMemo(() => ownerOptions(rows), [rows])

  const columnOrder = useMemo(() => settings.columns.map((c) => c.id), [settings.columns])
  const columnVisibility = useMemo(
    () => Object.fromEntries(settings.columns.map((c) => [c.id, c.visible])),
    [settings.columns],
  )
  const columnSizing = useMemo<ColumnSizingState>(
    () => Object.fromEntries(settings.columns.map((c) => [c.id, c.width])),
    [settings.columns],
  )
  const sorting = useMemo<SortingState>(
    () => (settings.sort ? [{ id: settings.sort.id, desc: settings.sort.desc }] : []),
    [settings.sort],
  )

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns a mutable instance; this component is not memoised
  const table = useReactTable({
    data: shown,
    columns: activityColumns,
    state: { sorting, columnOrder, columnVisibility, columnSizing },
    meta,
    onSortingChange: (updater: Updater<SortingState>) => {
      setSettings((s) => {
        const current = s.sort ? [{ id: s.sort.id, desc: s.sort.desc }] : []
        const next = typeof updater === 'function' ? updater(current) : updater
        const first = next[0]
        return {
          ...s,
          sort: first && isColumnId(first.id) ? { id: first.id, desc: first.desc } : null,
        }
      })
    },
    onColumnSizingChange: (updater: Updater<ColumnSizingState>) => {
      setSettings((s) => {
        const current = Object.fromEntries(s.columns.map((c) => [c.id, c.width]))
        const next = typeof updater === 'function' ? updater(current) : updater
        return {
          ...s,
          columns: s.columns.map((c) => ({ ...c, width: clampWidth(next[c.id] ?? c.width) })),
        }
      })
    },
    manualSorting: true,
    enableSortingRemoval: true,
    enableColumnResizing: true,
    columnResizeMode: 'onChange',
    getCoreRowModel: cachedCoreRowModel(),
    getRowId: (row) => row.activity.id,
  })
  const resizing = table.getState().columnSizingInfo.isResizingColumn !== false

  // The layout is saved whenever it changes, but not on every pixel of a drag.
  const lastSaved = useRef(JSON.stringify(serializeTableSettings(initialSettings)))
  useEffect(() => {
    if (resizing) return
    const json = JSON.stringify(serializeTableSettings(settings))
    if (json === lastSaved.current) return
    lastSaved.current = json
    saveTableSettings(db, settings).catch((error: unknown) => {
      console.error('Kunne ikke lagre tabelloppsettet', error)
    })
  }, [db, settings, resizing])

  const set = <K extends keyof ActivityFilters>(key: K, value: ActivityFilters[K]) =>
    setFilters((f) => ({ ...f, [key]: value }))
  const narrowed = hasNarrowingFilters(deferredFilters)
  const onlyQuery =
    queryTerms(deferredFilters.query).length > 0 &&
    !hasNarrowingFilters({ ...deferredFilters, query: '' })

  return (
    <>
      <div className="page__toolbar">
        <SearchField
          label={t.activities.search}
          placeholder={t.activities.searchPlaceholder}
          value={filters.query}
          onChange={(query) => set('query', query)}
          describedBy={countId}
        />
        <p id={countId} className="page__count" role="status">
          {t.activities.count(shown.length, activities.length)}
        </p>
        <div className="activities-toolbar__actions">
          <ExcelActions />
          <Button onClick={() => setChoosing(true)}>{t.activities.chooseColumns}</Button>
          <Button variant="primary" onClick={() => navigate('activities', NEW_ACTIVITY)}>
            {t.activities.newActivity}
          </Button>
        </div>
      </div>
      <div className="activities-filters" role="group" aria-label={t.activities.filters.label}>
        <FilterSelect
          label={t.activities.filters.status}
          value={filters.status}
          onChange={(v) => set('status', v as ActivityFilters['status'])}
          options={STATUS_FILTERS.map((s) => [s, t.activities.filters.statusOptions[s]])}
        />
        <FilterSelect
          label={t.activities.filters.legalBasis}
          value={filters.legalBasis}
          onChange={(v) => set('legalBasis', v as ActivityFilters['legalBasis'])}
          options={[
            ['any', t.activities.filters.any],
            ...ART6_BASES.map((b): [string, string] => [b, ART6[b].label.nb]),
          ]}
        />
        <FilterSelect
          label={t.activities.filters.owner}
          value={filters.owner === null ? ANY_OWNER : filters.owner}
          onChange={(v) => set('owner', v === ANY_OWNER ? null : v)}
          options={[
            [ANY_OWNER, t.activities.filters.any],
            ...owners.map((o): [string, string] => [
              o,
              o === '' ? t.activities.filters.noOwner : o,
            ]),
          ]}
        />
        <FilterSelect
          label={t.activities.filters.transfers}
          value={filters.transfers}
          onChange={(v) => set('transfers', v as ActivityFilters['transfers'])}
          options={[
            ['any', t.activities.filters.any],
            ['yes', t.activities.filters.withTransfers],
            ['no', t.activities.filters.withoutTransfers],
          ]}
        />
        <FilterSelect
          label={t.activities.filters.dpia}
          value={filters.dpia}
          onChange={(v) => set('dpia', v as ActivityFilters['dpia'])}
          options={[
            ['any', t.activities.filters.any],
            ...DPIA_STATES.map((s): [string, string] => [s, t.activities.dpia[s]]),
          ]}
        />
        <label className="activities-filters__check">
          <input
            type="checkbox"
            checked={filters.overdue}
            onChange={(event) => set('overdue', event.target.checked)}
          />
          {t.activities.filters.overdue}
        </label>
        <label className="activities-filters__check">
          <input
            type="checkbox"
            checked={filters.undisclosed}
            onChange={(event) => set('undisclosed', event.target.checked)}
          />
          {t.activities.filters.undisclosed}
        </label>
        {(hasNarrowingFilters(filters) || filters.status !== DEFAULT_FILTERS.status) && (
          <Button variant="quiet" onClick={() => setFilters(DEFAULT_FILTERS)}>
            {t.activities.filters.reset}
          </Button>
        )}
      </div>
      <ActivityGrid
        table={table}
        inputs={[
          shown,
          meta,
          sorting,
          columnOrder,
          columnVisibility,
          columnSizing,
          table.getState().columnSizingInfo,
        ]}
        emptyMessage={
          activities.length === 0
            ? t.activities.empty
            : onlyQuery
              ? t.activities.noMatch
              : narrowed || shown.length === 0
                ? t.activities.noMatchFilters
                : t.activities.empty
        }
      />
      {choosing && (
        <ColumnChooserDialog
          columns={settings.columns}
          onCancel={() => setChoosing(false)}
          onApply={(columns) => {
            setSettings((s) => ({ ...s, columns }))
            setChoosing(false)
          }}
        />
      )}
    </>
  )
}

function FilterSelect({
  label,
  value,
  onChange,
  options,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  options: ReadonlyArray<readonly [string, string]>
}) {
  const id = useId()
  return (
    <div className="activities-filters__field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}
