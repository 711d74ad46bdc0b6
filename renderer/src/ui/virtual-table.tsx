import { flexRender, type Header, type Table } from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { t } from '../i18n/nb'

export interface VirtualTableProps<T> {
  table: Table<T>
  /** The accessible name of the table. */
  label: string
  /** Shown instead of rows when there are none. */
  emptyMessage: string
  /**
   * Height of one row in pixels: two lines of text plus padding and border, as styles.css
   * makes every row. Rows are measured once rendered, in case fonts differ.
   */
  rowHeight?: number
}

function ariaSort(
  header: Header<unknown, unknown>,
): 'ascending' | 'descending' | 'none' | undefined {
  if (!header.column.getCanSort()) return undefined
  const sorted = header.column.getIsSorted()
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}

/**
 * A TanStack table with virtualised rows: only the rows in view (and a few around them)
 * are in the DOM, so thousands of records scroll smoothly. It stays a real `<table>`:
 * spacer rows above and below keep the scroll height, and `aria-rowcount` /
 * `aria-rowindex` tell assistive technology how many rows there are in all.
 * Column widths come from each column's `size`, as shares of the table's width.
 */
export function VirtualTable<T>({
  table,
  label,
  emptyMessage,
  rowHeight = 62,
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const { rows } = table.getRowModel()
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; this component is not memoised
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items.length > 0 ? items[0]!.start : 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0
  const leafColumns = table.getVisibleLeafColumns()
  const totalSize = leafColumns.reduce((sum, c) => sum + c.getSize(), 0)

  return (
    <div className="virtual-table" ref={scrollRef} tabIndex={0} role="region" aria-label={label}>
      <table className="virtual-table__table" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          {leafColumns.map((c) => (
            <col key={c.id} style={{ width: `${(c.getSize() / totalSize) * 100}%` }} />
          ))}
        </colgroup>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={ariaSort(header as Header<unknown, unknown>)}
                >
                  {header.isPlaceholder ? null : header.column.getCanSort() ? (
                    <button
                      type="button"
                      className="virtual-table__sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span className="virtual-table__sort-mark" aria-hidden="true">
                        {{ asc: '▲', desc: '▼' }[header.column.getIsSorted() as string] ?? ''}
                      </span>
                      {header.column.getIsSorted() && (
                        <span className="visually-hidden">
                          {` (${header.column.getIsSorted() === 'asc' ? t.table.sortAscending : t.table.sortDescending})`}
                        </span>
                      )}
                    </button>
                  ) : (
                    flexRender(header.column.columnDef.header, header.getContext())
                  )}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={leafColumns.length} className="virtual-table__empty">
                {emptyMessage}
              </td>
            </tr>
          )}
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="virtual-table__spacer">
              <td colSpan={leafColumns.length} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            return (
              <tr
                key={row.id}
                data-index={item.index}
                ref={virtualizer.measureElement}
                aria-rowindex={item.index + 2}
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id}>
                    <div className="virtual-table__cell">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </div>
                  </td>
                ))}
              </tr>
            )
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="virtual-table__spacer">
              <td colSpan={leafColumns.length} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
