import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb } from '../../db/test-support'
import { clearDatabase } from '../../db/workbench-io'
import { defaultTableSettings, moveColumn, TABLE_SETTINGS_KEY } from './table-settings'
import { loadTableSettings, saveTableSettings } from './table-settings-store'

describe('the stored table layout', () => {
  it('gives the defaults when nothing is stored, and what was saved after that', async () => {
    const db = freshDb()
    expect(await loadTableSettings(db)).toEqual(defaultTableSettings())
    const changed = defaultTableSettings()
    changed.columns = moveColumn(changed.columns, 'lastReviewed', -1)
    changed.columns.find((c) => c.id === 'processors')!.visible = true
    changed.sort = { id: 'owner', desc: true }
    await saveTableSettings(db, changed)
    expect(await loadTableSettings(db)).toEqual(changed)
  })

  it('falls back to the defaults when the stored value is corrupt', async () => {
    const db = freshDb()
    await db.settings.put({ key: TABLE_SETTINGS_KEY, value: { version: 1, columns: 7 } })
    expect(await loadTableSettings(db)).toEqual(defaultTableSettings())
  })

  it('survives emptying the workbench (the layout is not part of it)', async () => {
    const db = freshDb()
    const changed = { ...defaultTableSettings(), sort: null }
    await saveTableSettings(db, changed)
    await clearDatabase(db)
    expect(await loadTableSettings(db)).toEqual(changed)
  })
})
