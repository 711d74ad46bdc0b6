import {
  getCoreRowModel,
  useReactTable,
  type ColumnSizingState,
  type SortingState,
  type Updater,
} from '@tanstack/react-table'
import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react'
import { ART6, ART6_BASES } from '../../../../shared/law'
import {
  emptyActivity,
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { navigate } from '../../app/router'
import { createActivity } from '../../db/repo/activities'
import { timestamp } from '../../db/repo'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { DataGrid } from '../../ui/data-grid'
import { useDialogs } from '../../ui/dialogs'
import { SearchField } from '../../ui/search-field'
import { activityColumns } from './activity-columns'
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
import { buildActivityRows, isColumnId, rowLookups, type RowCache } from './activity-rows'
import { sortRows } from './activity-sort'
import { ColumnChooserDialog } from './column-chooser-dialog'
import { clampWidth, serializeTableSettings, type TableSettings } from './table-settings'
import { saveTableSettings, useStoredTableSettings } from './table-settings-store'

/**
 * The filters and the last opened activity, kept while the app runs: back from the editor,
 * the DPO finds the list as it was, with the row just edited selected.
 */
const remembered: { filters: ActivityFilters; selectedId: string | null } = {
  filters: DEFAULT_FILTERS,
  selectedId: null,
}

/** The owner filter's value for «all departments» (an owner may be the empty string). */
const ANY_OWNER = '(alle)'

/** The record of processing activities: search, filters and a table of chosen columns. */
export function ActivityList() {
  const db = useDb()
  const activities = useLiveQuery(() => db.activities.toArray(), [db])
  const processors = useLiveQuery(() => db.processors.toArray(), [db])
  const transfers = useLiveQuery(() => db.transfers.toArray(), [db])
  const settings = useStoredTableSettings()
  const loaded =
    activities !== undefined &&
    processors !== undefined &&
    transfers !== undefined &&
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
  activities: ProcessingActivity[]
  processors: Processor[]
  transfers: Transfer[]
  /** The stored layout when the page opened; later changes are this view's own. */
  initialSettings: TableSettings
}

function ActivityListView({ activities, processors, transfers, initialSettings }: ListViewProps) {
  const db = useDb()
  const dialogs = useDialogs()
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
  const [creating, setCreating] = useState(false)
  // Typing stays responsive with many thousands of activities: filtering may lag a frame.
  const deferredFilters = useDeferredValue(filters)
  const today = todayIso()

  // Rows are cached per version of each activity, and the cache is renewed when the
  // processors or transfers change (the rows show their names and countries).
  const { lookups, cache } = useMemo(
    () => ({
      lookups: rowLookups(processors, transfers),
      cache: new Map() as RowCache,
    }),
    [processors, transfers],
  )
  const rows = useMemo(
    () => buildActivityRows(activities, lookups, cache),
    [activities, lookups, cache],
  )
  const sorted = useMemo(() => sortRows(rows, settings.sort), [rows, settings.sort])
  const shown = useMemo(
    () => filterRows(sorted, deferredFilters, today),
    [sorted, deferredFilters, today],
  )
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
    getCoreRowModel: getCoreRowModel(),
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

  async function createNew() {
    if (creating) return
    setCreating(true)
    try {
      const id = await createActivity(db, emptyActivity('', timestamp()))
      remembered.selectedId = id
      navigate('activities', id)
    } catch (error) {
      setCreating(false)
      await dialogs.alert({
        title: t.activities.createFailed,
        message: error instanceof Error ? error.message : t.common.unknownError,
      })
    }
  }

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
          <Button onClick={() => setChoosing(true)}>{t.activities.chooseColumns}</Button>
          <Button variant="primary" onClick={() => void createNew()} aria-disabled={creating}>
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
        {(hasNarrowingFilters(filters) || filters.status !== DEFAULT_FILTERS.status) && (
          <Button variant="quiet" onClick={() => setFilters(DEFAULT_FILTERS)}>
            {t.activities.filters.reset}
          </Button>
        )}
      </div>
      <DataGrid
        table={table}
        label={t.activities.tableLabel}
        emptyMessage={
          activities.length === 0
            ? t.activities.empty
            : onlyQuery
              ? t.activities.noMatch
              : narrowed || shown.length === 0
                ? t.activities.noMatchFilters
                : t.activities.empty
        }
        onActivate={(row) => {
          remembered.selectedId = row.original.activity.id
          navigate('activities', row.original.activity.id)
        }}
        initialSelectedId={remembered.selectedId}
        onSelectionChange={(id) => {
          remembered.selectedId = id
        }}
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
