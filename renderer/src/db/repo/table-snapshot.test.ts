import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../../../../shared/model'
import { clearDatabase } from '../workbench-io'
import { freshDb, sampleActivity, T1, T2 } from '../test-support'
import { archiveActivity, createActivity, duplicateActivity, updateActivity } from './activities'
import { patched, tableSnapshot, touchedKeys, type TableSnapshot } from './table-snapshot'

/** Resolves with the records after the next change the snapshot reports. */
function nextChange<T>(snapshot: TableSnapshot<T>): Promise<readonly T[] | undefined> {
  return new Promise((resolve) => {
    const stop = snapshot.subscribe(() => {
      stop()
      resolve(snapshot.get())
    })
  })
}

async function seeded(n: number) {
  const db = freshDb()
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    ids.push(await createActivity(db, sampleActivity({ name: `Aktivitet ${i}` }), T1))
  }
  return { db, ids }
}

describe('the Dexie internals the snapshots rely on', () => {
  // table-snapshot.ts reads Dexie's `storagemutated` notice: its part names
  // (`idb://<db>/<table>/`) and interval trees are not a documented API. They were read
  // from Dexie 4.x; on another major version, read dexie/src/live-query again and update
  // touchedKeys before changing this pin.
  it('is Dexie 4, whose change notices it parses', () => {
    expect(Dexie.semVer).toMatch(/^4\./)
  })

  it('hears of a write through the notice format it parses', async () => {
    const { db } = await seeded(1)
    const parts: string[] = []
    const listen = (p: Record<string, unknown>) => parts.push(...Object.keys(p))
    Dexie.on.storagemutated.subscribe(listen)
    try {
      await createActivity(db, sampleActivity({ name: 'Ny' }), T2)
    } finally {
      Dexie.on.storagemutated.unsubscribe(listen)
    }
    expect(parts).toContain(`idb://${db.name}/activities/`)
  })
})

describe('touchedKeys', () => {
  it('lists single keys and says «all» for a range', () => {
    const keys = touchedKeys({
      from: 'b',
      to: 'b',
      d: 2,
      l: { from: 'a', to: 'a', d: 1 },
      r: { from: 'c', to: 'c', d: 1 },
    })
    expect(keys === 'all' ? keys : [...keys].sort()).toEqual(['a', 'b', 'c'])
    expect(touchedKeys({ from: -Infinity, to: [[]], d: 1 })).toBe('all')
    expect(touchedKeys({ from: 'a', to: 'z', d: 1 })).toBe('all')
    expect(touchedKeys({ d: 0 })).toEqual(new Set())
  })
})

describe('patched', () => {
  it('replaces, removes and appends by id without touching the input', () => {
    const a = { id: 'a', v: 1 }
    const b = { id: 'b', v: 1 }
    const c = { id: 'c', v: 1 }
    const input = [a, b, c]
    const out = patched(input, ['b', 'c', 'd'], [{ id: 'b', v: 2 }, undefined, { id: 'd', v: 1 }])
    expect(out).toEqual([a, { id: 'b', v: 2 }, { id: 'd', v: 1 }])
    expect(out[0]).toBe(a)
    expect(input).toEqual([a, b, c])
  })
})

describe('tableSnapshot', () => {
  it('reads the table once and is shared by every reader of the same database', async () => {
    const { db } = await seeded(3)
    const snapshot = tableSnapshot(db, 'activities')
    expect(tableSnapshot(db, 'activities')).toBe(snapshot)
    expect(snapshot.get()).toBeUndefined()
    const first = await nextChange(snapshot)
    expect(first?.map((a) => a.name).sort()).toEqual(['Aktivitet 0', 'Aktivitet 1', 'Aktivitet 2'])
    expect(tableSnapshot(freshDb(), 'activities')).not.toBe(snapshot)
  })

  it('patches the records a write touched and keeps the others as they were', async () => {
    const { db, ids } = await seeded(3)
    const snapshot = tableSnapshot(db, 'activities')
    const stop = snapshot.subscribe(() => {})
    try {
      const before = (await nextChange(snapshot))!
      const target = before.find((a) => a.id === ids[1])!

      const saved = nextChange(snapshot)
      await updateActivity(db, { ...target, owner: 'Kundeservice' }, T2)
      const after = (await saved)!
      expect(after).not.toBe(before)
      expect(after.find((a) => a.id === ids[1])).toMatchObject({
        owner: 'Kundeservice',
        updatedAt: T2,
      })
      for (const id of [ids[0], ids[2]]) {
        expect(after.find((a) => a.id === id)).toBe(before.find((a) => a.id === id))
      }
      // The array that was handed out is never changed.
      expect(before.find((a) => a.id === ids[1])!.owner).toBe('Salg')

      const copied = nextChange(snapshot)
      const copyId = await duplicateActivity(db, ids[0]!, T2)
      const withCopy = (await copied)!
      expect(withCopy).toHaveLength(4)
      expect(withCopy[3]!.id).toBe(copyId)

      const archived = nextChange(snapshot)
      await archiveActivity(db, ids[2]!, T2)
      expect((await archived)!.find((a) => a.id === ids[2])!.status).toBe('archived')
    } finally {
      stop()
    }
  })

  it('reads everything again after a clear or a bulk write', async () => {
    const { db } = await seeded(2)
    const snapshot = tableSnapshot(db, 'activities')
    const stop = snapshot.subscribe(() => {})
    try {
      await nextChange(snapshot)
      const cleared = nextChange(snapshot)
      await clearDatabase(db)
      expect(await cleared).toEqual([])

      const many: ProcessingActivity[] = Array.from({ length: 60 }, (_, i) => ({
        ...sampleActivity({ name: `Import ${i}` }),
        id: `imp-${i}`,
      }))
      const imported = nextChange(snapshot)
      await db.activities.bulkAdd(many)
      expect((await imported)!.map((a) => a.id).sort()).toEqual(many.map((a) => a.id).sort())
    } finally {
      stop()
    }
  })

  it('keeps following writes after its last reader has gone, until it is released', async () => {
    const { db, ids } = await seeded(2)
    const snapshot = tableSnapshot(db, 'activities')
    const records = (await nextChange(snapshot))!
    // No reader now: a write is still patched in, so the next reader needs no read.
    const target = records.find((a) => a.id === ids[0])!
    await updateActivity(db, { ...target, name: 'Endret' }, T2)
    await expect.poll(() => snapshot.get()?.find((a) => a.id === ids[0])?.name).toBe('Endret')
    // A clear with no reader forgets the table rather than read it for nobody.
    await clearDatabase(db)
    await expect.poll(() => snapshot.get()).toBeUndefined()
    await createActivity(db, sampleActivity({ name: 'Ny' }), T2)
    const again = (await nextChange(snapshot))!
    expect(again.map((a) => a.name)).toEqual(['Ny'])
  })
})
