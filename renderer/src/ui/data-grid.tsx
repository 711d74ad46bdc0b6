import type { Header, Row, Table } from '@tanstack/react-table'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { t } from '../i18n/nb'
import { SOFT_HYPHEN, withoutSoftHyphens } from './hyphenate'
import { ColumnHeader, TableHead, useVirtualRows, VirtualBody } from './virtual-rows'

export interface DataGridProps<T> {
  table: Table<T>
  /** The accessible name of the table. */
  label: string
  /** Shown instead of rows when there are none. */
  emptyMessage: string
  /** Enter or a double click on a row. */
  onActivate?: (row: Row<T>) => void
  /** The row to select (and focus, once shown) when the grid appears, e.g. the one last opened. */
  initialSelectedId?: string | null
  /** Called with the id of the row the user selects. */
  onSelectionChange?: (id: string) => void
  /**
   * Height of one row in pixels: two lines of text plus padding and border, as styles.css
   * makes every row. Rows are measured once rendered, in case fonts differ.
   */
  rowHeight?: number
  /**
   * Keep the first column in view (sticky) while the table scrolls sideways, so the row
   * the keyboard selects is always seen by its name.
   */
  stickyFirstColumn?: boolean
}

/** How far one arrow key press moves a column edge. */
const RESIZE_STEP = 20
/** The header is one line high (styles.css): rows scrolled into view must clear it. */
const HEADER_HEIGHT = 44

function headerText<T>(header: Header<T, unknown>): string {
  const def = header.column.columnDef.header
  return typeof def === 'string' ? def : header.column.id
}

/**
 * A TanStack table with virtualised rows (like VirtualTable, from the same parts), plus
 * what a working list needs: one selected row that the arrow keys, Page Up/Down, Home and End move (roving
 * focus: the selected row takes the focus, `aria-selected` marks it), Enter or a double
 * click to open it, and column edges that can be dragged (or moved with the arrow keys
 * when focused) to resize. Column widths are the columns' sizes in pixels; a table wider
 * than its box scrolls sideways.
 */
export function DataGrid<T>({
  table,
  label,
  emptyMessage,
  onActivate,
  initialSelectedId = null,
  onSelectionChange,
  rowHeight = 62,
  stickyFirstColumn = false,
}: DataGridProps<T>) {
  const gridId = useId()
  const [selectedId, setSelectedId] = useState<string | null>(initialSelectedId)
  // The row to focus once the virtualiser has rendered it (after a scroll, that is a render later).
  const pendingFocus = useRef<string | null>(initialSelectedId)
  const { rows } = table.getRowModel()
  const { scrollRef, virtualizer } = useVirtualRows(rows.length, rowHeight, {
    getItemKey: (index) => rows[index]?.id ?? index,
    scrollPaddingStart: HEADER_HEIGHT,
  })
  const leafColumns = table.getVisibleLeafColumns()
  const totalWidth = table.getTotalSize()

  let selectedIndex = -1
  if (selectedId !== null) {
    for (let i = 0; i < rows.length; i++) {
      if (rows[i]!.id === selectedId) {
        selectedIndex = i
        break
      }
    }
  }

  // Bring the initially selected row into view once; the effect below then focuses it.
  const initialIndex = useRef(selectedIndex)
  useEffect(() => {
    if (initialIndex.current >= 0)
      virtualizer.scrollToIndex(initialIndex.current, { align: 'center' })
  }, [virtualizer])

  useEffect(() => {
    const id = pendingFocus.current
    const box = scrollRef.current
    if (id === null || !box) return
    const element = box.querySelector<HTMLElement>(`tr[data-row-id="${CSS.escape(id)}"]`)
    if (element) {
      pendingFocus.current = null
      element.focus({ preventScroll: true })
    }
  })

  function choose(id: string) {
    setSelectedId(id)
    pendingFocus.current = id
    onSelectionChange?.(id)
  }

  function select(index: number) {
    const row = rows[index]
    if (!row) return
    choose(row.id)
    virtualizer.scrollToIndex(index, { align: 'auto' })
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement
    // Keys typed in the header (sort buttons, column edges) are theirs.
    if (target !== scrollRef.current && !target.hasAttribute('data-row-id')) return
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const last = rows.length - 1
    if (last < 0) return
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 1)
    const from = selectedIndex
    let next: number
    switch (event.key) {
      case 'ArrowDown':
        next = from < 0 ? 0 : Math.min(last, from + 1)
        break
      case 'ArrowUp':
        next = from < 0 ? 0 : Math.max(0, from - 1)
        break
      case 'PageDown':
        next = Math.min(last, Math.max(0, from) + page)
        break
      case 'PageUp':
        next = Math.max(0, from - page)
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = last
        break
      case 'Enter':
        if (from >= 0 && onActivate) {
          event.preventDefault()
          onActivate(rows[from]!)
        }
        return
      default:
        return
    }
    event.preventDefault()
    select(next)
  }

  return (
    <>
      <div
        className={`virtual-table data-grid${stickyFirstColumn ? ' data-grid--sticky-first' : ''}`}
        ref={scrollRef}
        tabIndex={0}
        role="region"
        aria-label={label}
        aria-describedby={onActivate ? `${gridId}-keys` : undefined}
        onKeyDown={onKeyDown}
        onCopy={(event) => {
          // The cells show soft hyphens (ui/hyphenate.tsx); what is copied is the text itself.
          const selected = window.getSelection()?.toString() ?? ''
          if (!selected.includes(SOFT_HYPHEN)) return
          event.preventDefault()
          event.clipboardData.setData('text/plain', withoutSoftHyphens(selected))
        }}
      >
        <table
          className="virtual-table__table data-grid__table"
          aria-label={label}
          aria-rowcount={rows.length + 1}
          style={{ width: totalWidth }}
        >
          <colgroup>
            {leafColumns.map((c) => (
              <col key={c.id} style={{ width: c.getSize() }} />
            ))}
          </colgroup>
          <TableHead
            table={table}
            renderHeader={(header) => {
              const name = headerText(header)
              return (
                // Named by its label only: the resize handle inside has a name of its own.
                <ColumnHeader key={header.id} header={header} labelId={`${gridId}-${header.id}`}>
                  {header.column.getCanResize() && (
                    <div
                      role="separator"
                      aria-orientation="vertical"
                      aria-label={t.dataGrid.resize(name)}
                      aria-valuenow={header.column.getSize()}
                      aria-valuemin={header.column.columnDef.minSize}
                      aria-valuemax={header.column.columnDef.maxSize}
                      tabIndex={0}
                      title={t.dataGrid.resizeHint}
                      className={[
                        'data-grid__resizer',
                        header.column.getIsResizing() ? 'data-grid__resizer--active' : null,
                      ]
                        .filter(Boolean)
                        .join(' ')}
                      onMouseDown={header.getResizeHandler()}
                      onTouchStart={header.getResizeHandler()}
                      onDoubleClick={() => header.column.resetSize()}
                      onKeyDown={(event) => {
                        const by =
                          event.key === 'ArrowRight'
                            ? RESIZE_STEP
                            : event.key === 'ArrowLeft'
                              ? -RESIZE_STEP
                              : 0
                        if (by === 0) return
                        event.preventDefault()
                        const id = header.column.id
                        const size = header.column.getSize() + by
                        table.setColumnSizing((old) => ({ ...old, [id]: size }))
                      }}
                    />
                  )}
                </ColumnHeader>
              )
            }}
          />
          <VirtualBody
            rows={rows}
            virtualizer={virtualizer}
            columnCount={leafColumns.length}
            emptyMessage={emptyMessage}
            rowProps={(row, index) => {
              const selected = index === selectedIndex
              return {
                'data-row-id': row.id,
                'aria-selected': selected,
                tabIndex: -1,
                className: selected ? 'data-grid__row data-grid__row--selected' : 'data-grid__row',
                onClick: () => choose(row.id),
                onDoubleClick: () => onActivate?.(row),
              }
            }}
          />
        </table>
      </div>
      {onActivate && (
        // On screen, not only for screen readers: a grid that keys move in looks like any table.
        <p className="data-grid__keys" id={`${gridId}-keys`}>
          {t.dataGrid.keys.arrows} <kbd>↑</kbd> <kbd>↓</kbd> {t.dataGrid.keys.select}{' '}
          <kbd>Enter</kbd> {t.dataGrid.keys.open}
        </p>
      )}
    </>
  )
}
