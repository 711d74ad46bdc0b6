import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { newId, processingActivity, type ProcessingActivity } from '../../../../shared/model'
import { createActivity, getActivity } from '../repo/activities'
import { DB_VERSIONS, STORES_V1, STORES_V2 } from '../schema'
import { sampleActivity, T0 } from '../test-support'
import { deepFreeze, openDbAt, runPureUpgrade } from './harness'
import { upgradeRecords, type DbVersion } from './index'

describe('database version 1', () => {
  it('opens, stores, closes, reopens and reads back the same records', async () => {
    const name = `ombud-test-${newId()}`
    const db = await openDbAt(name, 1)
    expect(db.verno).toBe(1)
    const id = await createActivity(db, sampleActivity(), T0)
    const written = await getActivity(db, id)
    db.close()

    const again = await openDbAt(name, 1)
    expect(again.verno).toBe(1)
    expect(await getActivity(again, id)).toEqual(written)
    expect(await again.changes.count()).toBe(1)
    expect(again.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V1).sort())
    again.close()
  })

  it('is followed by versions 2 and 3, the newest the app declares (add a migration test when this changes)', () => {
    expect(DB_VERSIONS.map((v) => v.version)).toEqual([1, 2, 3])
  })
})

describe('database version 2 (the registers)', () => {
  it('opens a version 1 database with its records as they were, and adds the empty register tables', async () => {
    const name = `ombud-test-${newId()}`
    const v1 = await openDbAt(name, 1)
    const id = await createActivity(v1, sampleActivity(), T0)
    const written = await getActivity(v1, id)
    v1.close()

    const v2 = await openDbAt(name, 2)
    expect(v2.verno).toBe(2)
    expect(await getActivity(v2, id)).toEqual(written)
    expect(await v2.changes.count()).toBe(1)
    expect(v2.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V2).sort())
    for (const table of ['screenings', 'dpias', 'breaches', 'requests', 'routines', 'attachments', 'attachmentBytes']) {
      expect(await v2.table(table).count()).toBe(0)
    }
    v2.close()
  })
})

/**
 * A made-up version 2 that shows the procedure of ./index.ts end to end: the pure
 * function, its test on old-shape records, and the real Dexie upgrade path.
 */
type ActivityV1 = ProcessingActivity
type ActivityV2 = Omit<ActivityV1, 'owner'> & { owner: { department: string } }

function upgradeActivityV2(old: ActivityV1): ActivityV2 {
  return { ...old, owner: { department: old.owner } }
}

const TEST_V2: DbVersion = {
  version: 2,
  stores: { ...STORES_V1, activities: 'id, status, updatedAt, owner.department' },
  upgrade: (tx) => upgradeRecords(tx.table('activities'), upgradeActivityV2),
}

describe('migration harness', () => {
  it('feeds a pure upgrade old-shape records and returns the new shape', () => {
    const old = processingActivity.parse({
      ...sampleActivity({ id: 'a1' }),
      createdAt: T0,
      updatedAt: T0,
    })
    const [upgraded] = runPureUpgrade(upgradeActivityV2, [old])
    expect(upgraded!.owner).toEqual({ department: 'Salg' })
    // The caller's record is not the one handed to the function, and is unchanged.
    expect(old.owner).toBe('Salg')
  })

  it('fails when an upgrade mutates its input', () => {
    const mutating = (r: { tags: string[] }) => {
      r.tags.push('ny')
      return r
    }
    expect(() => runPureUpgrade(mutating, [{ tags: ['a'] }])).toThrow(TypeError)
  })

  it('fails when an upgrade escapes the freeze and changes its input anyway', () => {
    const sneaky = (r: { when: Date }) => {
      r.when.setFullYear(1999) // Date internals are not frozen by Object.freeze
      return { ok: true }
    }
    expect(() => runPureUpgrade(sneaky, [{ when: new Date('2026-01-01T00:00:00Z') }])).toThrow(
      /changed its input/,
    )
  })

  it('deep-freezes nested objects and arrays', () => {
    const value = deepFreeze({ a: { b: [1, { c: 2 }] } })
    expect(Object.isFrozen(value.a.b[1])).toBe(true)
  })

  it('opens an old database at a later version and runs the upgrade on its records', async () => {
    const name = `ombud-test-${newId()}`
    const v1 = await openDbAt(name, 1, [DB_VERSIONS[0]!, TEST_V2])
    const id = await createActivity(v1, sampleActivity({ owner: 'Kundeservice' }), T0)
    v1.close()

    const v2 = await openDbAt(name, 2, [DB_VERSIONS[0]!, TEST_V2])
    expect(v2.verno).toBe(2)
    const stored = (await v2.table('activities').get(id)) as ActivityV2
    expect(stored.owner).toEqual({ department: 'Kundeservice' })
    expect(stored.name).toBe('Kundeavtaler og netthandel')
    // The new index works on the upgraded records.
    expect(
      await v2.table('activities').where('owner.department').equals('Kundeservice').count(),
    ).toBe(1)
    v2.close()
  })

  it('refuses a version that is not declared', async () => {
    await expect(openDbAt(`ombud-test-${newId()}`, 7)).rejects.toThrow('No database version 7')
  })
})
