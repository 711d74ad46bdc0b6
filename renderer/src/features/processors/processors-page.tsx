import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table'
import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { routeHref } from '../../app/router'
import { useTable } from '../../db/use-table'
import { t } from '../../i18n/nb'
import { CheckboxField } from '../../ui/checkbox-field'
import { SearchField } from '../../ui/search-field'
import { VirtualTable } from '../../ui/virtual-table'
import { processorColumns, type ProcessorRow } from './processor-columns'
import { ProcessorEditor } from './processor-editor'
import { activityCounts, searchProcessors } from './processor-model'

/** The route's id segment for a processor not yet saved. */
export const NEW_PROCESSOR = 'new'

/**
 * «Databehandlere»: the register at `#/processors`, the editor at `#/processors/<id>`
 * (`#/processors/<id>/<field>` with that field in view and focused).
 */
export function ProcessorsPage({ rest }: { rest: string[] }) {
  // A message for the editor that opens after «Ny databehandler» is saved.
  const [flash, setFlash] = useState<{ id: string; text: string } | null>(null)
  // Shown once: the editor keeps it in its own state, so coming back later says nothing.
  const flashShown = useCallback(() => setFlash(null), [])
  const id = rest[0]
  if (id !== undefined) {
    return (
      <ProcessorEditor
        key={id}
        id={id === NEW_PROCESSOR ? null : id}
        field={rest[1]}
        initialStatus={flash?.id === id ? flash.text : null}
        onStatusShown={flashShown}
        onCreated={(newId) => setFlash({ id: newId, text: t.processors.editor.created })}
      />
    )
  }
  return <ProcessorRegister />
}

function ProcessorRegister() {
  const processors = useTable('processors')
  const activities = useTable('activities')
  const [query, setQuery] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const deferredQuery = useDeferredValue(query)
  const countId = useId()
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }])

  const visible = useMemo(
    () => (processors ?? []).filter((p) => showArchived || p.status !== 'archived'),
    [processors, showArchived],
  )
  const rows = useMemo<ProcessorRow[]>(() => {
    const counts = activityCounts(activities ?? [])
    return searchProcessors(visible, deferredQuery).map((processor) => ({
      processor,
      activityCount: counts.get(processor.id) ?? 0,
    }))
  }, [visible, activities, deferredQuery])

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns a mutable instance; this component is not memoised
  const table = useReactTable({
    data: rows,
    columns: processorColumns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.processor.id,
  })

  return (
    <div className="page">
      <header className="page__header reg-header">
        <div>
          <h1>{t.processors.title}</h1>
          <p className="page__intro">{t.processors.intro}</p>
        </div>
        <a className="button button--primary" href={routeHref('processors', NEW_PROCESSOR)}>
          {t.processors.newProcessor}
        </a>
      </header>
      <div className="page__toolbar">
        <SearchField
          label={t.processors.search}
          placeholder={t.processors.searchPlaceholder}
          value={query}
          onChange={setQuery}
          describedBy={countId}
        />
        <CheckboxField label={t.processors.showArchived} checked={showArchived} onChange={setShowArchived} />
        <p id={countId} className="page__count" role="status">
          {processors === undefined ? t.common.loading : t.processors.count(rows.length, visible.length)}
        </p>
      </div>
      {processors !== undefined && (
        <VirtualTable
          table={table}
          label={t.processors.tableLabel}
          emptyMessage={deferredQuery.trim() !== '' ? t.processors.noMatch : t.processors.empty}
        />
      )}
    </div>
  )
}
