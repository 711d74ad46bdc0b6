import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, sampleActivity, sampleProcessor, T0, T1 } from '../test-support'
import { createActivity, getActivity } from './activities'
import { importActivities } from './import-activities'
import { createProcessor } from './processors'
import { expectValidationError } from './test-expect'

describe('importActivities', () => {
  it('creates new and updates changed activities, one "import" entry each, in one go', async () => {
    const db = freshDb()
    const p = await createProcessor(db, sampleProcessor(), T0)
    await createActivity(db, sampleActivity({ id: 'old' }), T0)
    await createActivity(db, sampleActivity({ id: 'same', name: 'Lønn' }), T0)
    const old = (await getActivity(db, 'old'))!
    const same = (await getActivity(db, 'same'))!
    const logBefore = await db.changes.count()

    const result = await importActivities(
      db,
      [
        sampleActivity({ id: 'new-1', name: 'Nyhetsbrev', processorIds: [p] }),
        { ...old, purposes: old.purposes.map((p) => ({ ...p, text: { nb: 'Levere varer', nn: '' } })), createdAt: T1, updatedAt: T1 },
        // Only the time stamp differs: not a change.
        { ...same, updatedAt: T1 },
      ],
      T1,
    )

    expect(result).toEqual({ created: 1, updated: 1, unchanged: 1 })
    expect(await getActivity(db, 'new-1')).toMatchObject({
      name: 'Nyhetsbrev',
      processorIds: [p],
      createdAt: T1,
      updatedAt: T1,
    })
    // An update keeps the stored createdAt, whatever the import says.
    expect(await getActivity(db, 'old')).toMatchObject({
      purposes: [expect.objectContaining({ text: { nb: 'Levere varer', nn: '' } })],
      createdAt: T0,
      updatedAt: T1,
    })
    expect(await getActivity(db, 'same')).toEqual(same)
    const entries = await db.changes.where('seq').above(logBefore).toArray()
    expect(entries.map((e) => [e.recordId, e.action, e.at])).toEqual([
      ['new-1', 'import', T1],
      ['old', 'import', T1],
    ])
    expect(entries[0]!.before).toBeNull()
    expect(entries[1]!.before).toEqual(old)
    expect(entries[1]!.after).toEqual(await getActivity(db, 'old'))
  })

  it('writes nothing when a later activity does not validate', async () => {
    const db = freshDb()
    await createActivity(db, sampleActivity({ id: 'kept' }), T0)
    const kept = (await getActivity(db, 'kept'))!
    const error = await expectValidationError(
      importActivities(
        db,
        [
          sampleActivity({ id: 'a-1', name: 'Først' }),
          { ...kept, name: 'Endret' },
          sampleActivity({ id: 'a-3', name: '   ' }),
        ],
        T1,
      ),
    )
    expect(error.issues).toEqual([{ field: 'name', message: 'Navn må fylles ut.' }])
    expect(await db.activities.count()).toBe(1)
    expect(await getActivity(db, 'kept')).toEqual(kept)
    expect(await db.changes.count()).toBe(1)
  })

  it('writes nothing when an activity links to a processor that does not exist', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      importActivities(
        db,
        [
          sampleActivity({ id: 'a-1' }),
          sampleActivity({ id: 'a-2', processorIds: ['finnes-ikke'] }),
        ],
        T1,
      ),
    )
    expect(error.issues).toEqual([
      { field: 'processorIds', message: 'Databehandleren med id «finnes-ikke» finnes ikke.' },
    ])
    expect(await db.activities.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('rolls back everything when the store fails mid-way (valid data, a failing write)', async () => {
    const db = freshDb()
    await createActivity(db, sampleActivity({ id: 'kept' }), T0)
    let writes = 0
    // The third change entry fails as a full disk or a closed database would.
    db.changes.hook('creating', () => {
      writes++
      if (writes === 3) throw new Error('QuotaExceededError (simulert)')
    })
    await expect(
      importActivities(
        db,
        ['a-1', 'a-2', 'a-3', 'a-4'].map((id) => sampleActivity({ id, name: `Aktivitet ${id}` })),
        T1,
      ),
    ).rejects.toThrow('QuotaExceededError (simulert)')
    expect(writes).toBe(3)
    expect((await db.activities.toArray()).map((a) => a.id)).toEqual(['kept'])
    expect(await db.changes.count()).toBe(1)
  })

  it('refuses the same id twice before writing anything', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      importActivities(db, [sampleActivity({ id: 'x' }), sampleActivity({ id: 'x' })], T1),
    )
    expect(error.issues[0]!.message).toBe('Id «x» forekommer mer enn én gang i importen.')
    expect(await db.activities.count()).toBe(0)
  })

  it('does nothing for an empty list', async () => {
    const db = freshDb()
    expect(await importActivities(db, [], T1)).toEqual({ created: 0, updated: 0, unchanged: 0 })
    expect(await db.changes.count()).toBe(0)
  })
})
