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
import { createActivity, getActivity } from './activities'
import { listChanges } from './changes'
import { createProcessor } from './processors'
import { expectValidationError } from './test-expect'
import { readTables } from './read'
import { archiveTransfer, getTransfer, restoreTransfer, saveTransfer, saveTransferWithLinks } from './transfers'
import { RecordNotFoundError } from './validation'

describe('transfers', () => {
  it('creates, then updates the same record, logging create and update', async () => {
    const db = freshDb()
    const id = await saveTransfer(db, sampleTransfer(), T0)
    const created = (await getTransfer(db, id))!
    expect(created).toMatchObject({ recipient: 'Kortsupport Ltd', createdAt: T0, updatedAt: T0 })
    expect(await saveTransfer(db, { ...created, tiaDate: '2026-02-01' }, T1)).toBe(id)
    const updated = (await getTransfer(db, id))!
    expect(updated).toMatchObject({ tiaDate: '2026-02-01', createdAt: T0, updatedAt: T1 })
    const log = await listChanges(db, { table: 'transfers', recordId: id, limit: 10 })
    expect(log.map((c) => c.action)).toEqual(['update', 'create'])
    expect(log[0]).toMatchObject({ before: created, after: updated })
    expect(await db.transfers.count()).toBe(1)
  })

  it('rejects an unknown transfer mechanism with a Norwegian message, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveTransfer(db, sampleTransfer({ mechanism: 'handshake' as never }), T0),
    )
    expect(error.issues[0]!.field).toBe('mechanism')
    expect(error.issues[0]!.message).toMatch(
      /^Overføringsgrunnlag har en ugyldig verdi \(tillatt: adequacy, /,
    )
    expect(await db.transfers.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects an SCC module that does not exist', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveTransfer(db, sampleTransfer({ sccModule: 5 as never }), T0),
    )
    expect(error.issues[0]!.field).toBe('sccModule')
    expect(error.issues[0]!.message).toContain('Modul i standardavtalen')
    expect(await db.changes.count()).toBe(0)
  })

  it('refuses a link to a processor that does not exist', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveTransfer(db, sampleTransfer({ processorId: 'finnes-ikke' }), T0),
    )
    expect(error.issues).toEqual([
      { field: 'processorId', message: 'Databehandleren med id «finnes-ikke» finnes ikke.' },
    ])
    expect(await db.transfers.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
    const p = await createProcessor(db, sampleProcessor(), T0)
    await saveTransfer(db, sampleTransfer({ processorId: p }), T0)
    expect(await db.transfers.count()).toBe(1)
  })

  it('archives and restores, keeping the activities’ links, and logs each change', async () => {
    const db = freshDb()
    const id = await saveTransfer(db, sampleTransfer(), T0)
    const linked = await createActivity(db, sampleActivity({ transferIds: [id] }), T0)
    await archiveTransfer(db, id, T1)
    expect(await getTransfer(db, id)).toMatchObject({ status: 'archived', updatedAt: T1 })
    // The link stays: the record's history still says where the data went.
    expect(await getActivity(db, linked)).toMatchObject({ transferIds: [id], updatedAt: T0 })
    await archiveTransfer(db, id, T2)
    await restoreTransfer(db, id, T2)
    expect(await getTransfer(db, id)).toMatchObject({ status: 'active', updatedAt: T2 })
    const recent = await listChanges(db, { limit: 2 })
    expect(recent.map((c) => [c.table, c.recordId, c.action, c.at])).toEqual([
      ['transfers', id, 'restore', T2],
      ['transfers', id, 'archive', T1],
    ])
    expect(await db.changes.count()).toBe(4)
  })

  it('fails to archive an unknown transfer and changes nothing', async () => {
    const db = freshDb()
    await expect(archiveTransfer(db, 'borte', T2)).rejects.toThrow(RecordNotFoundError)
    await expect(archiveTransfer(db, 'borte', T2)).rejects.toThrow('Fant ikke overføringen med id «borte».')
    expect(await db.changes.count()).toBe(0)
  })
})

describe('saveTransferWithLinks', () => {
  it('stores the transfer and the activities that list it as one change', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity({ name: 'Kundeservice' }), T0)
    const b = await createActivity(db, sampleActivity({ name: 'Fakturering' }), T0)
    const id = await saveTransferWithLinks(db, sampleTransfer(), new Set([a]), T1)
    expect((await getActivity(db, a))!.transferIds).toEqual([id])
    expect((await getActivity(db, b))!.transferIds).toEqual([])
    await saveTransferWithLinks(db, (await getTransfer(db, id))!, new Set([b]), T2)
    expect((await getActivity(db, a))!.transferIds).toEqual([])
    expect((await getActivity(db, b))!.transferIds).toEqual([id])
    const log = await listChanges(db, { table: 'activities', recordId: a, limit: 10 })
    expect(log.map((c) => c.action)).toEqual(['update', 'update', 'create'])
  })

  it('stores nothing when the transfer is refused', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity(), T0)
    await expectValidationError(
      saveTransferWithLinks(db, sampleTransfer({ mechanism: 'handshake' as never }), new Set([a]), T1),
    )
    expect((await getActivity(db, a))!.transferIds).toEqual([])
    const { transfers } = await readTables(db, ['transfers'])
    expect(transfers).toEqual([])
  })
})

describe('readTables', () => {
  it('reads the named tables and the organisation together', async () => {
    const db = freshDb()
    const a = await createActivity(db, sampleActivity(), T0)
    const read = await readTables(db, ['organization', 'activities', 'transfers'])
    expect(read.organization).toBeNull()
    expect(read.activities.map((x) => x.id)).toEqual([a])
    expect(read.transfers).toEqual([])
    expect(Object.keys(read).sort()).toEqual(['activities', 'organization', 'transfers'])
  })
})
