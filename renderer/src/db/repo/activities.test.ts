import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  freshDb,
  sampleActivity,
  sampleProcessor,
  sampleTransfer,
  T0,
  T1,
  T2,
} from '../test-support'
import {
  archiveActivity,
  createActivity,
  duplicateActivity,
  getActivity,
  markActivityReviewed,
  restoreActivity,
  updateActivity,
} from './activities'
import { listChanges } from './changes'
import { createProcessor } from './processors'
import { saveTransfer } from './transfers'
import { expectValidationError } from './test-expect'
import { RecordNotFoundError } from './validation'

describe('createActivity', () => {
  it('stores a valid activity and logs exactly one create entry', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T1)
    expect(id).not.toBe('')
    const stored = await getActivity(db, id)
    expect(stored).toMatchObject({
      id,
      name: 'Kundeavtaler og netthandel',
      createdAt: T1,
      updatedAt: T1,
    })
    const changes = await db.changes.toArray()
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      table: 'activities',
      recordId: id,
      action: 'create',
      at: T1,
      before: null,
      by: '',
    })
    expect(changes[0]!.after).toEqual(stored)
  })

  it('keeps a given id and refuses one that is taken', async () => {
    const db = freshDb()
    expect(await createActivity(db, sampleActivity({ id: 'act-1' }), T0)).toBe('act-1')
    const error = await expectValidationError(
      createActivity(db, sampleActivity({ id: 'act-1', name: 'Annen' }), T1),
    )
    expect(error.issues[0]!.field).toBe('id')
    expect((await getActivity(db, 'act-1'))!.name).toBe('Kundeavtaler og netthandel')
    expect(await db.changes.count()).toBe(1)
  })

  it('rejects an empty name with a Norwegian message naming the field, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      createActivity(db, sampleActivity({ name: '   ' }), T0),
    )
    expect(error.issues).toEqual([{ field: 'name', message: 'Navn må fylles ut.' }])
    expect(error.message).toContain('Kan ikke lagre behandlingsaktiviteten')
    expect(await db.activities.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('names a nested field in its message', async () => {
    const db = freshDb()
    const bad = sampleActivity()
    bad.dpia = { needed: 'yes', doneOn: '15.01.2026' }
    const error = await expectValidationError(createActivity(db, bad, T0))
    expect(error.issues[0]!.field).toBe('dpia.doneOn')
    expect(error.issues[0]!.message).toContain('gjennomført dato')
    expect(error.issues[0]!.message).toContain('ÅÅÅÅ-MM-DD')
    expect(await db.activities.count()).toBe(0)
  })

  it('rejects unknown fields (a typo in the UI must not be stored silently)', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      createActivity(db, { ...sampleActivity(), nmae: 'x' } as never, T0),
    )
    expect(error.issues[0]!.message).toContain('ukjente felt: «nmae»')
    expect(await db.changes.count()).toBe(0)
  })

  it('refuses links to processors and transfers that do not exist, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      createActivity(
        db,
        sampleActivity({ processorIds: ['finnes-ikke'], transferIds: ['heller-ikke'] }),
        T0,
      ),
    )
    expect(error.issues).toEqual([
      { field: 'processorIds', message: 'Databehandleren med id «finnes-ikke» finnes ikke.' },
      { field: 'transferIds', message: 'Overføringen med id «heller-ikke» finnes ikke.' },
    ])
    expect(await db.activities.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('accepts links to existing records, archived processors included', async () => {
    const db = freshDb()
    const p = await createProcessor(db, sampleProcessor({ status: 'archived' }), T0)
    const t = await saveTransfer(db, sampleTransfer(), T0)
    const id = await createActivity(db, sampleActivity({ processorIds: [p], transferIds: [t] }), T0)
    expect((await getActivity(db, id))!.processorIds).toEqual([p])
  })
})

describe('updateActivity', () => {
  it('stores the change, keeps createdAt, sets updatedAt, and logs before and after', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T0)
    const before = (await getActivity(db, id))!
    const result = await updateActivity(
      db,
      { ...before, name: 'Netthandel', createdAt: T2, updatedAt: T0 },
      T1,
    )
    expect(result).toMatchObject({ name: 'Netthandel', createdAt: T0, updatedAt: T1 })
    const [entry] = await listChanges(db, { table: 'activities', recordId: id, limit: 1 })
    expect(entry).toMatchObject({ action: 'update', at: T1 })
    expect(entry!.before).toEqual(before)
    expect(entry!.after).toEqual(result)
    expect(await db.changes.count()).toBe(2)
  })

  it('writes and logs nothing when nothing changed', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T0)
    const before = (await getActivity(db, id))!
    // Surrounding spaces are trimmed by the schema, so this is the same name.
    await updateActivity(db, { ...before, name: `  ${before.name} ` }, T1)
    expect((await getActivity(db, id))!.updatedAt).toBe(T0)
    expect(await db.changes.count()).toBe(1)
  })

  it('rejects bad data and leaves the stored record and the log as they were', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T0)
    const before = (await getActivity(db, id))!
    const error = await expectValidationError(
      updateActivity(
        db,
        { ...before, purposes: before.purposes.map((p) => ({ ...p, basis: 'gut-feeling' as never })) },
        T1,
      ),
    )
    expect(error.issues[0]!.field).toBe('purposes.0.basis')
    expect(error.issues[0]!.message).toMatch(
      /^Formål › nr\. 1 › grunnlag har en ugyldig verdi/,
    )
    expect(await getActivity(db, id)).toEqual(before)
    expect(await db.changes.count()).toBe(1)
  })

  it('fails for an activity that does not exist', async () => {
    const db = freshDb()
    await expect(updateActivity(db, sampleActivity({ id: 'borte' }), T1)).rejects.toThrow(
      RecordNotFoundError,
    )
    await expect(updateActivity(db, sampleActivity({ id: 'borte' }), T1)).rejects.toThrow(
      'Fant ikke behandlingsaktiviteten med id «borte».',
    )
    expect(await db.activities.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })
})

describe('archive and restore', () => {
  it('archives (never deletes) and logs the archive with before and after', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity({ status: 'active' }), T0)
    await archiveActivity(db, id, T1)
    const stored = (await getActivity(db, id))!
    expect(stored).toMatchObject({ status: 'archived', updatedAt: T1 })
    const [entry] = await listChanges(db, { table: 'activities', recordId: id, limit: 1 })
    expect(entry).toMatchObject({ action: 'archive', at: T1 })
    expect((entry!.before as { status: string }).status).toBe('active')
    expect(entry!.after).toEqual(stored)
  })

  it('restores to the status the activity had before it was archived', async () => {
    const db = freshDb()
    const active = await createActivity(db, sampleActivity({ status: 'active' }), T0)
    const draft = await createActivity(db, sampleActivity({ status: 'draft' }), T0)
    for (const id of [active, draft]) {
      await archiveActivity(db, id, T1)
      await restoreActivity(db, id, T2)
    }
    expect((await getActivity(db, active))!.status).toBe('active')
    expect((await getActivity(db, draft))!.status).toBe('draft')
    const [entry] = await listChanges(db, { table: 'activities', recordId: active, limit: 1 })
    expect(entry).toMatchObject({ action: 'restore', at: T2 })
  })

  it('uses the most recent archive when an activity was archived twice', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity({ status: 'active' }), T0)
    await archiveActivity(db, id, T1)
    await restoreActivity(db, id, T1)
    await updateActivity(db, { ...(await getActivity(db, id))!, status: 'draft' }, T1)
    await archiveActivity(db, id, T2)
    await restoreActivity(db, id, T2)
    expect((await getActivity(db, id))!.status).toBe('draft')
  })

  it('restores as draft when the log does not say (archived in an imported file)', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity({ status: 'archived' }), T0)
    await restoreActivity(db, id, T1)
    expect((await getActivity(db, id))!.status).toBe('draft')
  })

  it('does nothing, and logs nothing, when the status is already right', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity({ status: 'active' }), T0)
    await restoreActivity(db, id, T1)
    await archiveActivity(db, id, T1)
    await archiveActivity(db, id, T2)
    expect((await getActivity(db, id))!.updatedAt).toBe(T1)
    expect((await db.changes.toArray()).map((c) => c.action)).toEqual(['create', 'archive'])
  })

  it('fails for an unknown id', async () => {
    const db = freshDb()
    await expect(archiveActivity(db, 'borte', T1)).rejects.toThrow(RecordNotFoundError)
    await expect(restoreActivity(db, 'borte', T1)).rejects.toThrow(RecordNotFoundError)
    expect(await db.changes.count()).toBe(0)
  })
})

describe('markActivityReviewed', () => {
  it('sets lastReviewed and logs an update', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T0)
    await markActivityReviewed(db, id, '2026-02-10', T1)
    expect(await getActivity(db, id)).toMatchObject({ lastReviewed: '2026-02-10', updatedAt: T1 })
    const [entry] = await listChanges(db, { table: 'activities', recordId: id, limit: 1 })
    expect(entry).toMatchObject({ action: 'update', at: T1 })
    expect((entry!.before as { lastReviewed: unknown }).lastReviewed).toBeNull()
    expect((entry!.after as { lastReviewed: unknown }).lastReviewed).toBe('2026-02-10')
  })

  it('rejects a date that is not YYYY-MM-DD, naming the field', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity(), T0)
    const error = await expectValidationError(markActivityReviewed(db, id, '10.02.2026', T1))
    expect(error.issues[0]).toEqual({
      field: 'lastReviewed',
      message: 'Sist gjennomgått må være en dato på formen ÅÅÅÅ-MM-DD.',
    })
    expect((await getActivity(db, id))!.lastReviewed).toBeNull()
    expect(await db.changes.count()).toBe(1)
  })
})

describe('duplicateActivity', () => {
  it('copies as a new draft named "(kopi)" with the same links, and logs a create', async () => {
    const db = freshDb()
    const p = await createProcessor(db, sampleProcessor(), T0)
    const t = await saveTransfer(db, sampleTransfer(), T0)
    const id = await createActivity(
      db,
      sampleActivity({
        status: 'active',
        processorIds: [p],
        transferIds: [t],
        lastReviewed: '2026-01-05',
      }),
      T0,
    )
    const copyId = await duplicateActivity(db, id, T1)
    expect(copyId).not.toBe(id)
    const original = (await getActivity(db, id))!
    const copy = (await getActivity(db, copyId))!
    expect(copy).toEqual({
      ...original,
      id: copyId,
      name: 'Kundeavtaler og netthandel (kopi)',
      status: 'draft',
      lastReviewed: null,
      createdAt: T1,
      updatedAt: T1,
    })
    const [entry] = await listChanges(db, { limit: 1 })
    expect(entry).toMatchObject({
      table: 'activities',
      recordId: copyId,
      action: 'create',
      before: null,
    })
    // The original is untouched.
    expect(original).toMatchObject({ status: 'active', updatedAt: T0 })
  })

  it('keeps the copy’s name within the length limit', async () => {
    const db = freshDb()
    const id = await createActivity(db, sampleActivity({ name: 'x'.repeat(500) }), T0)
    const copy = (await getActivity(db, await duplicateActivity(db, id, T1)))!
    expect(copy.name).toHaveLength(500)
    expect(copy.name.endsWith(' (kopi)')).toBe(true)
  })

  it('fails for an unknown id and writes nothing', async () => {
    const db = freshDb()
    await expect(duplicateActivity(db, 'borte', T1)).rejects.toThrow(RecordNotFoundError)
    expect(await db.activities.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })
})
