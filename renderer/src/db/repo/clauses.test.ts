import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, sampleActivity, sampleClause, T0, T1 } from '../test-support'
import { createActivity } from './activities'
import { listChanges } from './changes'
import { deleteClause, getClause, listClauses, saveClause } from './clauses'
import { expectValidationError } from './test-expect'
import { RecordNotFoundError } from './validation'

describe('clauses', () => {
  it('creates and updates, keeping createdAt, with one entry per write', async () => {
    const db = freshDb()
    const id = await saveClause(db, sampleClause(), T0)
    const created = (await getClause(db, id))!
    await saveClause(
      db,
      { ...created, body: { ...created.body, nb: 'Ny tekst.' }, edited: true },
      T1,
    )
    expect(await getClause(db, id)).toMatchObject({
      body: { nb: 'Ny tekst.' },
      edited: true,
      createdAt: T0,
      updatedAt: T1,
    })
    const log = await listChanges(db, { table: 'clauses', recordId: id, limit: 10 })
    expect(log.map((c) => c.action)).toEqual(['update', 'create'])
    expect(log[0]!.before).toEqual(created)
  })

  it('rejects a missing nynorsk title, naming the field', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveClause(db, sampleClause({ title: { nb: 'Nyhetsbrev' } as never }), T0),
    )
    expect(error.issues).toEqual([{ field: 'title.nn', message: 'Tittel › nynorsk mangler.' }])
    expect(await db.clauses.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects a negative order', async () => {
    const db = freshDb()
    const error = await expectValidationError(saveClause(db, sampleClause({ order: -1 }), T0))
    expect(error.issues[0]).toEqual({
      field: 'order',
      message: 'Rekkefølge må være minst 0.',
    })
  })

  it('refuses links to activities that do not exist', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveClause(db, sampleClause({ linkedActivityIds: ['finnes-ikke'] }), T0),
    )
    expect(error.issues).toEqual([
      {
        field: 'linkedActivityIds',
        message: 'Behandlingsaktiviteten med id «finnes-ikke» finnes ikke.',
      },
    ])
    expect(await db.changes.count()).toBe(0)
    const a = await createActivity(db, sampleActivity(), T0)
    await saveClause(db, sampleClause({ linkedActivityIds: [a] }), T0)
    expect(await db.clauses.count()).toBe(1)
  })

  it('lists clauses in policy order', async () => {
    const db = freshDb()
    await saveClause(db, sampleClause({ id: 'b', order: 20 }), T0)
    await saveClause(db, sampleClause({ id: 'a', order: 30 }), T0)
    await saveClause(db, sampleClause({ id: 'c', order: 10 }), T0)
    expect((await listClauses(db)).map((c) => c.id)).toEqual(['c', 'b', 'a'])
  })

  it('deletes and logs the deletion with the record as it was', async () => {
    const db = freshDb()
    const id = await saveClause(db, sampleClause(), T0)
    const before = (await getClause(db, id))!
    await deleteClause(db, id, T1)
    expect(await getClause(db, id)).toBeUndefined()
    const [entry] = await listChanges(db, { limit: 1 })
    expect(entry).toMatchObject({
      table: 'clauses',
      recordId: id,
      action: 'delete',
      at: T1,
      before,
      after: null,
    })
    await expect(deleteClause(db, id, T1)).rejects.toThrow(RecordNotFoundError)
    expect(await db.changes.count()).toBe(2)
  })
})
