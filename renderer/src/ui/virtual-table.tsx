import type { Table } from '@tanstack/react-table'
import { TableHead, useVirtualRows, VirtualBody } from './virtual-rows'

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
  const { rows } = table.getRowModel()
  const { scrollRef, virtualizer } = useVirtualRows(rows.length, rowHeight)
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
        <TableHead table={table} />
        <VirtualBody
          rows={rows}
          virtualizer={virtualizer}
          columnCount={leafColumns.length}
          emptyMessage={emptyMessage}
        />
      </table>
    </div>
  )
}
