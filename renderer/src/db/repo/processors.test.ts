import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, sampleProcessor, T0, T1, T2 } from '../test-support'
import { listChanges } from './changes'
import {
  archiveProcessor,
  createProcessor,
  getProcessor,
  restoreProcessor,
  updateProcessor,
} from './processors'
import { expectValidationError } from './test-expect'
import { RecordNotFoundError } from './validation'

describe('processors', () => {
  it('creates with one change entry holding the stored record', async () => {
    const db = freshDb()
    const id = await createProcessor(db, sampleProcessor(), T1)
    const stored = (await getProcessor(db, id))!
    expect(stored).toMatchObject({ name: 'Fjellnett Drift AS', createdAt: T1, updatedAt: T1 })
    const changes = await db.changes.toArray()
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      table: 'processors',
      recordId: id,
      action: 'create',
      before: null,
      after: stored,
    })
  })

  it('rejects a bad country code with a Norwegian message naming the field, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      createProcessor(db, sampleProcessor({ country: 'Norge' }), T0),
    )
    expect(error.issues).toEqual([
      {
        field: 'country',
        message: 'Land må være koden for et land i ISO 3166-1, f.eks. NO for Norge.',
      },
    ])
    expect(await db.processors.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects a bad e-mail address of the contact person', async () => {
    const db = freshDb()
    const p = sampleProcessor()
    const error = await expectValidationError(
      createProcessor(db, { ...p, contact: { ...p.contact, email: 'ola(at)fjellnett' } }, T0),
    )
    expect(error.issues[0]).toEqual({
      field: 'contact.email',
      message: 'Kontaktperson › e-post er ikke en gyldig e-postadresse.',
    })
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects an unknown art. 28 checklist item', async () => {
    const db = freshDb()
    const p = sampleProcessor()
    const bad = {
      ...p,
      agreement: { ...p.agreement, checklist: { 'no-such-item': true } },
    } as never
    const error = await expectValidationError(createProcessor(db, bad, T0))
    expect(error.issues[0]!.field).toMatch(/^agreement\.checklist/)
    expect(error.issues[0]!.message).toMatch(/^Databehandleravtale › sjekkliste art\. 28/)
    expect(await db.processors.count()).toBe(0)
  })

  it('updates with before/after, keeping createdAt', async () => {
    const db = freshDb()
    const id = await createProcessor(db, sampleProcessor(), T0)
    const before = (await getProcessor(db, id))!
    const after = await updateProcessor(
      db,
      { ...before, locations: ['NO', 'SE'], createdAt: T2 },
      T1,
    )
    expect(after).toMatchObject({ locations: ['NO', 'SE'], createdAt: T0, updatedAt: T1 })
    const [entry] = await listChanges(db, { table: 'processors', recordId: id, limit: 5 })
    expect(entry).toMatchObject({ action: 'update', before, after })
    expect(await db.changes.count()).toBe(2)
  })

  it('does not log an update that changes nothing', async () => {
    const db = freshDb()
    const id = await createProcessor(db, sampleProcessor(), T0)
    await updateProcessor(db, (await getProcessor(db, id))!, T1)
    expect(await db.changes.count()).toBe(1)
  })

  it('rejects a bad update and keeps the stored record', async () => {
    const db = freshDb()
    const id = await createProcessor(db, sampleProcessor(), T0)
    const before = (await getProcessor(db, id))!
    const error = await expectValidationError(updateProcessor(db, { ...before, name: '' }, T1))
    expect(error.issues[0]).toEqual({ field: 'name', message: 'Navn må fylles ut.' })
    expect(await getProcessor(db, id)).toEqual(before)
    expect(await db.changes.count()).toBe(1)
  })

  it('archives and restores (to active), logging each', async () => {
    const db = freshDb()
    const id = await createProcessor(db, sampleProcessor(), T0)
    await archiveProcessor(db, id, T1)
    expect(await getProcessor(db, id)).toMatchObject({ status: 'archived', updatedAt: T1 })
    await archiveProcessor(db, id, T1) // already archived: nothing to log
    await restoreProcessor(db, id, T2)
    expect(await getProcessor(db, id)).toMatchObject({ status: 'active', updatedAt: T2 })
    await restoreProcessor(db, id, T2) // already active: nothing to log
    const log = await listChanges(db, { table: 'processors', recordId: id, limit: 10 })
    expect(log.map((c) => c.action)).toEqual(['restore', 'archive', 'create'])
    expect((log[1]!.before as { status: string }).status).toBe('active')
    expect((log[1]!.after as { status: string }).status).toBe('archived')
  })

  it('fails to archive, restore or update an unknown processor', async () => {
    const db = freshDb()
    await expect(archiveProcessor(db, 'borte', T1)).rejects.toThrow(RecordNotFoundError)
    await expect(restoreProcessor(db, 'borte', T1)).rejects.toThrow(
      'Fant ikke databehandleren med id «borte».',
    )
    await expect(updateProcessor(db, sampleProcessor({ id: 'borte' }), T1)).rejects.toThrow(
      RecordNotFoundError,
    )
    expect(await db.changes.count()).toBe(0)
  })
})
