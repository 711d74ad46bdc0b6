import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { STANDARD_CLAUSES, standardClauseId } from '../../../../shared/policy'
import { saveClause } from '../../db/repo/clauses'
import { listChanges } from '../../db/repo/changes'
import { freshDb, sampleClause, T0, T1 } from '../../db/test-support'
import { ensureStandardClauseRecords } from './ensure-clauses'

describe('ensureStandardClauseRecords', () => {
  it('creates a record for every standard clause, logging each, and nothing the second time', async () => {
    const db = freshDb()
    expect(await ensureStandardClauseRecords(db, T0)).toBe(STANDARD_CLAUSES.length)
    const stored = await db.clauses.toArray()
    expect(stored.map((c) => c.id).sort()).toEqual(
      STANDARD_CLAUSES.map((d) => standardClauseId(d.key)).sort(),
    )
    expect(
      stored.every((c) => c.origin === 'standard' && !c.hidden && !c.edited && c.createdAt === T0),
    ).toBe(true)
    expect(await db.changes.count()).toBe(STANDARD_CLAUSES.length)

    expect(await ensureStandardClauseRecords(db, T1)).toBe(0)
    expect(await db.clauses.count()).toBe(STANDARD_CLAUSES.length)
    expect(await db.changes.count()).toBe(STANDARD_CLAUSES.length)
  })

  it('keeps what the DPO changed and custom clauses as they are', async () => {
    const db = freshDb()
    await saveClause(db, sampleClause({ id: 'custom-1' }), T0)
    await saveClause(
      db,
      {
        ...sampleClause(),
        id: 'my-cookies',
        section: 'cookies',
        origin: 'standard',
        hidden: true,
        order: 50,
      },
      T0,
    )
    expect(await ensureStandardClauseRecords(db, T1)).toBe(STANDARD_CLAUSES.length - 1)
    expect(await db.clauses.get('my-cookies')).toMatchObject({
      hidden: true,
      order: 50,
      updatedAt: T0,
    })
    expect(await db.clauses.get(standardClauseId('cookies'))).toBeUndefined()
    expect(await db.clauses.get('custom-1')).toMatchObject({ origin: 'custom', updatedAt: T0 })
    const created = await listChanges(db, { table: 'clauses', limit: 100 })
    expect(created.filter((c) => c.at === T1)).toHaveLength(STANDARD_CLAUSES.length - 1)
  })

  it('creates each record once when called twice at the same time', async () => {
    const db = freshDb()
    const counts = await Promise.all([
      ensureStandardClauseRecords(db, T0),
      ensureStandardClauseRecords(db, T0),
    ])
    expect(counts.sort((a, b) => a - b)).toEqual([0, STANDARD_CLAUSES.length])
    expect(await db.clauses.count()).toBe(STANDARD_CLAUSES.length)
    expect(await db.changes.count()).toBe(STANDARD_CLAUSES.length)
  })
})
