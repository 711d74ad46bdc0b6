/**
 * What VirtualTable and DataGrid share: the row virtualiser with its spacer rows, the
 * sortable column headers, and the body that shows only the rows in view.
 */
import { flexRender, type Header, type Row, type Table } from '@tanstack/react-table'
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import { useRef, type HTMLAttributes, type ReactNode, type RefObject } from 'react'
import { t } from '../i18n/nb'

export interface VirtualRows {
  /** For the scrolling box: the virtualiser measures it. */
  scrollRef: RefObject<HTMLDivElement | null>
  virtualizer: Virtualizer<HTMLDivElement, Element>
}

/**
 * Virtualises `count` rows of about `rowHeight` pixels in the box given `scrollRef`.
 * `options` adds to (or overrides) the virtualiser's options.
 */
export function useVirtualRows(
  count: number,
  rowHeight: number,
  options: {
    getItemKey?: (index: number) => string | number
    scrollPaddingStart?: number
  } = {},
): VirtualRows {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; the tables using it are not memoised
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    ...options,
  })
  return { scrollRef, virtualizer }
}

function ariaSort<T>(header: Header<T, unknown>): 'ascending' | 'descending' | 'none' | undefined {
  if (!header.column.getCanSort()) return undefined
  const sorted = header.column.getIsSorted()
  return sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'
}

/**
 * One column header: its text, as a sort button when the column sorts. With `labelId`,
 * the text gets that id and names the header alone (not what `children` adds).
 */
export function ColumnHeader<T>({
  header,
  labelId,
  children,
}: {
  header: Header<T, unknown>
  labelId?: string
  children?: ReactNode
}) {
  const text = flexRender(header.column.columnDef.header, header.getContext())
  const label = labelId === undefined ? text : <span id={labelId}>{text}</span>
  const sorted = header.column.getIsSorted()
  return (
    <th scope="col" aria-sort={ariaSort(header)} aria-labelledby={labelId}>
      {header.isPlaceholder ? null : header.column.getCanSort() ? (
        <button
          type="button"
          className="virtual-table__sort"
          onClick={header.column.getToggleSortingHandler()}
        >
          {label}
          <span className="virtual-table__sort-mark" aria-hidden="true">
            {{ asc: '▲', desc: '▼' }[sorted as string] ?? ''}
          </span>
          {sorted && (
            <span className="visually-hidden">
              {` (${sorted === 'asc' ? t.table.sortAscending : t.table.sortDescending})`}
            </span>
          )}
        </button>
      ) : (
        label
      )}
      {children}
    </th>
  )
}

/** The header row(s) of `table`; `renderHeader` draws each header (a plain ColumnHeader unless told). */
export function TableHead<T>({
  table,
  renderHeader = (header) => <ColumnHeader key={header.id} header={header} />,
}: {
  table: Table<T>
  renderHeader?: (header: Header<T, unknown>) => ReactNode
}) {
  return (
    <thead>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} aria-rowindex={1}>
          {group.headers.map(renderHeader)}
        </tr>
      ))}
    </thead>
  )
}

/** Attributes a table adds to a row of its own, e.g. for selection. */
export type RowProps = HTMLAttributes<HTMLTableRowElement> & { [data: `data-${string}`]: string }

/** Keeps the scroll height of rows not in view; hidden from assistive technology. */
function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden="true" className="virtual-table__spacer">
      <td colSpan={columnCount} style={{ height }} />
    </tr>
  )
}

/**
 * The rows in view between two spacer rows that keep the scroll height (hidden from
 * assistive technology, which counts rows by `aria-rowindex`), or `emptyMessage` when
 * there are no rows.
 */
export function VirtualBody<T>({
  rows,
  virtualizer,
  columnCount,
  emptyMessage,
  rowProps,
}: {
  rows: Row<T>[]
  virtualizer: VirtualRows['virtualizer']
  columnCount: number
  emptyMessage: string
  rowProps?: (row: Row<T>, index: number) => RowProps
}) {
  const items = virtualizer.getVirtualItems()
  const paddingTop = items.length > 0 ? items[0]!.start : 0
  const paddingBottom =
    items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0
  return (
    <tbody>
      {rows.length === 0 && (
        <tr>
          <td colSpan={columnCount} className="virtual-table__empty">
            {emptyMessage}
          </td>
        </tr>
      )}
      <SpacerRow height={paddingTop} columnCount={columnCount} />
      {items.map((item) => {
        const row = rows[item.index]!
        return (
          <tr
            key={row.id}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-rowindex={item.index + 2}
            {...rowProps?.(row, item.index)}
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
      <SpacerRow height={paddingBottom} columnCount={columnCount} />
    </tbody>
  )
}
