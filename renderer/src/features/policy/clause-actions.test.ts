import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { clauseReviewStatus, orderClauses, standardClauseId } from '../../../../shared/policy'
import { createActivity, updateActivity } from '../../db/repo/activities'
import { listChanges } from '../../db/repo/changes'
import { freshDb, sampleActivity, T0, T1, T2 } from '../../db/test-support'
import {
  createCustomClause,
  deleteCustomClause,
  markClauseReviewed,
  moveClauseInDb,
  resetStandardClause,
  saveClauseText,
  setActivityLink,
  setClauseHidden,
} from './clause-actions'
import { ensureStandardClauseRecords } from './ensure-clauses'

const T3 = '2026-04-20T08:00:00.000Z'

async function setup() {
  const db = freshDb()
  await ensureStandardClauseRecords(db, T0)
  const activityId = await createActivity(
    db,
    sampleActivity({ status: 'active' }),
    T0,
  )
  return { db, activityId }
}

const text = {
  title: { nb: 'Strømstøtte', nn: 'Straumstøtte' },
  body: { nb: 'Vi beregner strømstøtte.', nn: '' },
}

describe('clause actions', () => {
  it('creates a custom clause after the chosen one, reviewed by its author, and flags it when its activity changes', async () => {
    const { db, activityId } = await setup()
    const id = await createCustomClause(
      db,
      { ...text, linkedActivityIds: [activityId], afterId: standardClauseId('purposes') },
      T1,
    )
    const clauses = orderClauses(await db.clauses.toArray())
    const at = clauses.findIndex((c) => c.id === id)
    expect(clauses[at - 1]!.id).toBe(standardClauseId('purposes'))
    const created = clauses[at]!
    expect(created).toMatchObject({
      origin: 'custom',
      lastReviewed: T1,
      linkedActivityIds: [activityId],
      hidden: false,
    })
    const wb = async () => ({
      organization: null,
      activities: await db.activities.toArray(),
      processors: [],
      transfers: [],
      clauses: await db.clauses.toArray(),
    })
    expect(clauseReviewStatus(created, await wb()).needsReview).toBe(false)

    const activity = (await db.activities.get(activityId))!
    await updateActivity(db, { ...activity, retention: [{ id: 'r1', period: { nb: '10 år', nn: '' }, basis: { nb: '', nn: '' }, categoryIds: [], purposeIds: [] }] }, T2)
    const flagged = clauseReviewStatus((await db.clauses.get(id))!, await wb())
    expect(flagged).toEqual({
      needsReview: true,
      changedActivities: [{ id: activityId, name: activity.name, changedAt: T2 }],
    })

    await markClauseReviewed(db, id, T3)
    expect(clauseReviewStatus((await db.clauses.get(id))!, await wb()).needsReview).toBe(false)
  })

  it('moves a clause with two logged writes', async () => {
    const { db } = await setup()
    const before = await db.changes.count()
    await moveClauseInDb(db, standardClauseId('dpo'), 'up', T1)
    const order = orderClauses(await db.clauses.toArray()).map((c) => c.section)
    expect(order.slice(0, 3)).toEqual(['introduction', 'dpo', 'controller'])
    expect(await db.changes.count()).toBe(before + 2)
  })

  it('edits a standard text, marks it edited and reviewed, and resets it to the library', async () => {
    const { db } = await setup()
    const id = standardClauseId('changes')
    await saveClauseText(
      db,
      id,
      { title: { nb: 'Nye regler', nn: '' }, body: { nb: 'Egen tekst.', nn: '' } },
      T1,
    )
    expect(await db.clauses.get(id)).toMatchObject({
      edited: true,
      lastReviewed: T1,
      body: { nb: 'Egen tekst.' },
    })
    await resetStandardClause(db, id, T2)
    expect(await db.clauses.get(id)).toMatchObject({
      edited: false,
      body: { nb: '', nn: '' },
      title: { nb: 'Endringer i personvernerklæringen', nn: 'Endringar i personvernerklæringa' },
    })
  })

  it('hides and shows, links and unlinks, each a logged update', async () => {
    const { db, activityId } = await setup()
    const id = await createCustomClause(db, { ...text, linkedActivityIds: [], afterId: null }, T1)
    await setClauseHidden(db, id, true, T1)
    await setActivityLink(db, id, activityId, true, T2)
    await setActivityLink(db, id, activityId, true, T2)
    expect(await db.clauses.get(id)).toMatchObject({
      hidden: true,
      linkedActivityIds: [activityId],
    })
    await setActivityLink(db, id, activityId, false, T3)
    expect((await db.clauses.get(id))!.linkedActivityIds).toEqual([])
    const log = await listChanges(db, { table: 'clauses', recordId: id, limit: 10 })
    // The second identical link changed nothing and logged nothing.
    expect(log.map((c) => c.action)).toEqual(['update', 'update', 'update', 'create'])
  })

  it('refuses a link to an activity that does not exist, and deletes only custom clauses', async () => {
    const { db } = await setup()
    const id = await createCustomClause(db, { ...text, linkedActivityIds: [], afterId: null }, T1)
    await expect(setActivityLink(db, id, 'finnes-ikke', true, T2)).rejects.toThrow(/finnes ikke/)
    await expect(deleteCustomClause(db, standardClauseId('purposes'), T2)).rejects.toThrow(
      /kan ikke slettes/,
    )
    await deleteCustomClause(db, id, T2)
    expect(await db.clauses.get(id)).toBeUndefined()
  })
})
