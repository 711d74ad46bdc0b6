import { createTable, type TableOptionsResolved } from '@tanstack/react-table'
import { describe, expect, it } from 'vitest'
import { cachedCoreRowModel } from './cached-row-model'

interface Item {
  id: string
  name: string
}

function tableOf(data: Item[], getRowId?: (item: Item) => string) {
  const options: TableOptionsResolved<Item> = {
    data,
    columns: [{ accessorKey: 'name' }],
    getCoreRowModel: cachedCoreRowModel<Item>(),
    getRowId,
    state: {},
    onStateChange: () => {},
    renderFallbackValue: null,
  }
  const table = createTable(options)
  table.setOptions((prev) => ({ ...prev, state: table.initialState }))
  return {
    rows: () => table.getCoreRowModel().rows,
    setData: (next: Item[]) => table.setOptions((prev) => ({ ...prev, data: next })),
  }
}

describe('cachedCoreRowModel', () => {
  it('keeps each row object while its data object lives, and makes rows only for new data', () => {
    const a = { id: 'a', name: 'Alfa' }
    const b = { id: 'b', name: 'Beta' }
    const t = tableOf([a, b], (item) => item.id)
    const [rowA, rowB] = t.rows()
    expect(rowA!.id).toBe('a')
    t.setData([b, a])
    expect(t.rows()).toEqual([rowB, rowA])
    expect(t.rows()[0]).toBe(rowB)
    const c = { id: 'c', name: 'Gamma' }
    t.setData([c, a])
    expect(t.rows()[1]).toBe(rowA)
    expect(t.rows()[0]!.original).toBe(c)
  })

  it('uses the index as the row id without getRowId, as TanStack does', () => {
    const t = tableOf([
      { id: 'x', name: 'X' },
      { id: 'y', name: 'Y' },
    ])
    expect(t.rows().map((r) => r.id)).toEqual(['0', '1'])
  })
})
