import { describe, expect, it } from 'vitest'
import { COLUMN_IDS } from './activity-rows'
import {
  defaultTableSettings,
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  moveColumn,
  parseTableSettings,
  serializeTableSettings,
  type ColumnSetting,
} from './table-settings'

describe('defaultTableSettings', () => {
  it('lists every column once, name first and visible', () => {
    const d = defaultTableSettings()
    expect(d.columns.map((c) => c.id).sort()).toEqual([...COLUMN_IDS].sort())
    expect(d.columns[0]).toMatchObject({ id: 'name', visible: true })
    expect(d.columns.filter((c) => c.visible).map((c) => c.id)).toEqual([
      'name',
      'disclosure',
      'owner',
      'purposes',
      'legalBases',
      'status',
      'lastReviewed',
    ])
    expect(d.sort).toEqual({ id: 'name', desc: false })
  })
})

describe('parseTableSettings', () => {
  it('round-trips through serialize, also through JSON', () => {
    const s = defaultTableSettings()
    s.columns = moveColumn(s.columns, 'status', -1)
    s.columns.find((c) => c.id === 'systems')!.visible = true
    s.columns.find((c) => c.id === 'purposes')!.width = 333
    s.sort = { id: 'lastReviewed', desc: true }
    const stored = JSON.parse(JSON.stringify(serializeTableSettings(s))) as unknown
    expect(parseTableSettings(stored)).toEqual(s)
  })

  it('falls back to the defaults for anything that is not settings of this version', () => {
    const corrupt: unknown[] = [
      null,
      undefined,
      'kolonner',
      42,
      [],
      {},
      { version: 2, columns: [], sort: null },
      { version: 1, columns: 'name', sort: null },
      { version: 1, columns: [{ id: 'name', visible: 'ja', width: 100 }], sort: null },
      { version: 1, columns: [{ id: 'name', visible: true, width: Number.NaN }], sort: null },
      { version: 1, columns: [], sort: { id: 'name' } },
    ]
    for (const value of corrupt) {
      expect(parseTableSettings(value), JSON.stringify(value)).toEqual(defaultTableSettings())
    }
  })

  it('drops unknown and repeated columns, appends missing ones as the defaults have them, keeps widths in bounds', () => {
    const parsed = parseTableSettings({
      version: 1,
      columns: [
        { id: 'status', visible: true, width: 10 },
        { id: 'passord', visible: true, width: 200 },
        { id: 'status', visible: false, width: 200 },
        { id: 'owner', visible: true, width: 1e9 },
        { id: 'name', visible: false, width: 201.6 },
      ],
      sort: { id: 'passord', desc: false },
    })
    expect(parsed.columns.slice(0, 3)).toEqual([
      // The name is always shown, first.
      { id: 'name', visible: true, width: 202 },
      { id: 'status', visible: true, width: MIN_COLUMN_WIDTH },
      { id: 'owner', visible: true, width: MAX_COLUMN_WIDTH },
    ])
    expect(parsed.columns).toHaveLength(COLUMN_IDS.length)
    expect(
      parsed.columns
        .slice(3)
        .filter((c) => c.visible)
        .map((c) => c.id),
    ).toEqual(['purposes', 'legalBases', 'lastReviewed', 'disclosure'])
    expect(parsed.sort).toBeNull()
  })

  it('shows a column added since the layout was stored, where the defaults show it', () => {
    // A layout stored before the «Personvernerklæringen» column existed.
    const before = serializeTableSettings(defaultTableSettings())
    before.columns = before.columns.filter((c) => c.id !== 'disclosure')
    before.columns.find((c) => c.id === 'systems')!.visible = true
    const parsed = parseTableSettings(JSON.parse(JSON.stringify(before)))
    expect(parsed.columns.at(-1)).toEqual({ id: 'disclosure', visible: true, width: 205 })
    expect(parsed.columns.find((c) => c.id === 'systems')!.visible).toBe(true)
    // Once stored, hiding it sticks.
    parsed.columns.at(-1)!.visible = false
    expect(parseTableSettings(serializeTableSettings(parsed)).columns.at(-1)!.visible).toBe(false)
  })

  it('does not change the stored value it reads', () => {
    const stored = {
      version: 1,
      columns: [{ id: 'owner', visible: true, width: 5 }],
      sort: null,
    }
    const copy = structuredClone(stored)
    parseTableSettings(stored)
    expect(stored).toEqual(copy)
  })
})

describe('moveColumn', () => {
  it('moves one place and stops at the ends, with the name always first', () => {
    const cols = defaultTableSettings().columns.filter((c) =>
      ['name', 'owner', 'purposes'].includes(c.id),
    )
    const ids = (columns: ColumnSetting[]) => columns.map((c) => c.id)
    expect(ids(moveColumn(cols, 'purposes', -1))).toEqual(['name', 'purposes', 'owner'])
    expect(ids(moveColumn(cols, 'owner', 1))).toEqual(['name', 'purposes', 'owner'])
    expect(ids(moveColumn(cols, 'owner', -1))).toEqual(['name', 'owner', 'purposes'])
    expect(ids(moveColumn(cols, 'name', 1))).toEqual(['name', 'owner', 'purposes'])
    expect(ids(moveColumn(cols, 'name', -1))).toEqual(['name', 'owner', 'purposes'])
    expect(ids(moveColumn(cols, 'purposes', 1))).toEqual(['name', 'owner', 'purposes'])
  })

  it('puts the name first in stored settings that have it elsewhere (saved before it was fixed)', () => {
    const s = defaultTableSettings()
    const stored = serializeTableSettings(s)
    stored.columns = [
      stored.columns[2]!,
      stored.columns[0]!,
      stored.columns[1]!,
      ...stored.columns.slice(3),
    ]
    stored.columns[1]!.visible = false
    const parsed = parseTableSettings(stored)
    expect(parsed.columns[0]).toEqual({ id: 'name', visible: true, width: s.columns[0]!.width })
    expect(parsed.columns.map((c) => c.id).slice(1, 3)).toEqual([
      s.columns[2]!.id,
      s.columns[1]!.id,
    ])
  })
})
