import { getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table'
import { useCallback, useDeferredValue, useEffect, useId, useMemo, useState } from 'react'
import { routeHref } from '../../app/router'
import { useTable } from '../../db/use-table'
import { compareText } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { CheckboxField } from '../../ui/checkbox-field'
import { SearchField } from '../../ui/search-field'
import { VirtualTable } from '../../ui/virtual-table'
import { transferColumns, type TransferRow } from './transfer-columns'
import { TransferEditor } from './transfer-editor'
import { searchTransfers } from './transfer-model'

/** The route's id segment for a transfer not yet saved. */
export const NEW_TRANSFER = 'new'

/**
 * «Overføringer»: the register at `#/transfers`, the editor at `#/transfers/<id>`
 * (`#/transfers/<id>/<field>` with that field in view and focused).
 */
export function TransfersPage({ rest }: { rest: string[] }) {
  // A message for the page that opens after the first save («…opprettet»).
  const [flash, setFlash] = useState<{ id: string | null; text: string } | null>(null)
  // Shown once: the page keeps it in its own state, so coming back later says nothing.
  const flashShown = useCallback(() => setFlash(null), [])
  const id = rest[0]
  if (id !== undefined) {
    return (
      <TransferEditor
        key={id}
        id={id === NEW_TRANSFER ? null : id}
        field={rest[1]}
        initialStatus={flash?.id === id ? flash.text : null}
        onStatusShown={flashShown}
        onCreated={(newId) => setFlash({ id: newId, text: t.transfers.editor.created })}
      />
    )
  }
  return <TransferRegister initialStatus={flash?.id === null ? flash.text : null} onStatusShown={flashShown} />
}

function TransferRegister({ initialStatus, onStatusShown }: { initialStatus: string | null; onStatusShown: () => void }) {
  const [status] = useState(initialStatus)
  useEffect(() => {
    if (initialStatus !== null) onStatusShown()
  }, [initialStatus, onStatusShown])
  const transfers = useTable('transfers')
  const activities = useTable('activities')
  const [query, setQuery] = useState('')
  const [showArchived, setShowArchived] = useState(false)
  const deferredQuery = useDeferredValue(query)
  const countId = useId()
  const [sorting, setSorting] = useState<SortingState>([{ id: 'recipient', desc: false }])

  const allRows = useMemo<TransferRow[]>(() => {
    const names = new Map<string, string[]>()
    for (const a of activities ?? []) {
      for (const id of new Set(a.transferIds)) names.set(id, [...(names.get(id) ?? []), a.name])
    }
    return (transfers ?? []).filter((tr) => showArchived || tr.status !== 'archived').map((transfer) => ({
      transfer,
      activityNames: (names.get(transfer.id) ?? []).sort(compareText),
    }))
  }, [transfers, activities, showArchived])
  const rows = useMemo(() => searchTransfers(allRows, deferredQuery), [allRows, deferredQuery])

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Table returns a mutable instance; this component is not memoised
  const table = useReactTable({
    data: rows,
    columns: transferColumns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.transfer.id,
  })

  return (
    <div className="page">
      <header className="page__header reg-header">
        <div>
          <h1>{t.transfers.title}</h1>
          <p className="page__intro">{t.transfers.intro}</p>
        </div>
        <a className="button button--primary" href={routeHref('transfers', NEW_TRANSFER)}>
          {t.transfers.newTransfer}
        </a>
      </header>
      {status && (
        <p className="reg-notice" role="status">
          {status}
        </p>
      )}
      <div className="page__toolbar">
        <SearchField
          label={t.transfers.search}
          placeholder={t.transfers.searchPlaceholder}
          value={query}
          onChange={setQuery}
          describedBy={countId}
        />
        <CheckboxField label={t.transfers.showArchived} checked={showArchived} onChange={setShowArchived} />
        <p id={countId} className="page__count" role="status">
          {transfers === undefined ? t.common.loading : t.transfers.count(rows.length, allRows.length)}
        </p>
      </div>
      {transfers !== undefined && (
        <VirtualTable
          table={table}
          label={t.transfers.tableLabel}
          emptyMessage={deferredQuery.trim() !== '' ? t.transfers.noMatch : t.transfers.empty}
        />
      )}
    </div>
  )
}
