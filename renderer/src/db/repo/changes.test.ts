import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, sampleActivity, sampleProcessor, T0, T1, T2 } from '../test-support'
import { archiveActivity, createActivity, updateActivity, getActivity } from './activities'
import { countChanges, listChanges } from './changes'
import { createProcessor } from './processors'

describe('listChanges', () => {
  it('lists newest first, filtered by table and record, with a limit', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity({ id: 'a' }), T0)
    const b = await createActivity(db, sampleActivity({ id: 'b' }), T0)
    const p = await createProcessor(db, sampleProcessor({ id: 'p' }), T1)
    await updateActivity(db, { ...(await getActivity(db, a))!, name: 'Endret' }, T1)
    await archiveActivity(db, b, T2)

    const all = await listChanges(db)
    expect(all.map((c) => c.seq)).toEqual([5, 4, 3, 2, 1])
    expect(all.map((c) => `${c.table}/${c.recordId}/${c.action}`)).toEqual([
      'activities/b/archive',
      'activities/a/update',
      'processors/p/create',
      'activities/b/create',
      'activities/a/create',
    ])
    expect((await listChanges(db, { limit: 2 })).map((c) => c.seq)).toEqual([5, 4])
    expect((await listChanges(db, { table: 'activities' })).map((c) => c.seq)).toEqual([5, 4, 2, 1])
    expect((await listChanges(db, { table: 'activities', limit: 3 })).map((c) => c.seq)).toEqual([
      5, 4, 2,
    ])
    expect(
      (await listChanges(db, { table: 'activities', recordId: a })).map((c) => c.action),
    ).toEqual(['update', 'create'])
    expect(
      (await listChanges(db, { table: 'processors', recordId: p })).map((c) => c.action),
    ).toEqual(['create'])
    expect(await listChanges(db, { table: 'processors', recordId: a })).toEqual([])
    expect((await listChanges(db, { recordId: b })).map((c) => c.action)).toEqual([
      'archive',
      'create',
    ])
    expect(await countChanges(db)).toBe(5)
  })
})
