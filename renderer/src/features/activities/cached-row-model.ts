/**
 * TanStack Table's core row model, keeping each row object for as long as its data object
 * lives. The table's data is the filtered, sorted list, which is a new array on every
 * keystroke in the search box and every sort; TanStack's own model then makes a new row
 * object (with its closures and cell cache) for each of 5 000 activities, which is most of
 * the work of a sort. Here only rows not seen before are made.
 *
 * TanStack's documented API has no way to keep row objects: `getCoreRowModel()` always
 * makes them all. So this uses the package's exported building blocks (`createRow`,
 * `memo`, `getMemoOptions`, exported from @tanstack/table-core's index, if not described
 * in its guides) and nothing prefixed with `_`. Its test pins the behaviour: same row
 * objects across sorts, new ones for new data.
 */
import {
  createRow,
  getMemoOptions,
  memo,
  type Row,
  type RowModel,
  type Table,
} from '@tanstack/react-table'

/** For `useReactTable`'s `getCoreRowModel`, for flat data (no sub-rows). */
export function cachedCoreRowModel<T extends object>(): (table: Table<T>) => () => RowModel<T> {
  return (table) => {
    // Per table: a row object belongs to its table.
    const made = new WeakMap<T, Row<T>>()
    return memo(
      () => [table.options.data],
      (data) => {
        const rows: Row<T>[] = []
        const rowsById: Record<string, Row<T>> = {}
        for (let i = 0; i < data.length; i++) {
          const original = data[i]!
          let row = made.get(original)
          // TanStack's default row id is the index, as a string.
          const id = table.options.getRowId?.(original, i) ?? String(i)
          // A row object knows its id; an object that came back under another id is made anew.
          if (!row || row.id !== id) {
            row = createRow(table, id, original, i, 0)
            made.set(original, row)
          }
          rows.push(row)
          rowsById[row.id] = row
        }
        return { rows, flatRows: rows, rowsById }
      },
      getMemoOptions(table.options, 'debugTable', 'getRowModel'),
    )
  }
}
