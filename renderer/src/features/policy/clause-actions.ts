/**
 * What the DPO does to clauses, as database operations: each reads the stored clause,
 * changes one thing and saves it through the repository (validated and logged). Moves
 * and new clauses that touch several records do so in one transaction.
 */
import { newId, type Clause } from '../../../../shared/model'
import { standardClauseTitle, isStandardClauseKey } from './engine'
import { clauseSpec, deleteClause, getClause, saveClausesWith, updateClause } from '../../db/repo/clauses'
import { RecordNotFoundError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import type { OmbudDb } from '../../db/schema'
import { t } from '../../i18n/nb'
import { insertionOrder, moveClause } from './clause-order'

/** Moves a clause one place up or down in the policy. */
export async function moveClauseInDb(
  db: OmbudDb,
  id: string,
  direction: 'up' | 'down',
  now: string = timestamp(),
): Promise<void> {
  await saveClausesWith(
    db,
    (clauses) => moveClause(clauses, id, direction).map((u) => ({ ...clauses.find((x) => x.id === u.id)!, order: u.order })),
    now,
  )
}

export function setClauseHidden(
  db: OmbudDb,
  id: string,
  hidden: boolean,
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, id, (c) => ({ ...c, hidden }), now)
}

/** The DPO has read the clause against the record: its review flag clears. */
export function markClauseReviewed(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, id, (c) => ({ ...c, lastReviewed: now }), now)
}

/** Back to the library text: the clause follows the record again. */
export function resetStandardClause(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, id, (c) => {
    if (c.origin !== 'standard' || !isStandardClauseKey(c.section)) return c
    return { ...c, edited: false, body: { nb: '', nn: '' }, title: standardClauseTitle(c.section) }
  }, now)
}

export interface ClauseText {
  title: { nb: string; nn: string }
  body: { nb: string; nn: string }
}

/**
 * Saves the DPO's text of a clause. Writing the text is reading it: the clause counts as
 * reviewed now. A standard clause becomes «redigert».
 */
export function saveClauseText(
  db: OmbudDb,
  id: string,
  text: ClauseText,
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, id, (c) => ({
    ...c,
    title: text.title,
    body: text.body,
    edited: c.origin === 'standard' ? true : c.edited,
    lastReviewed: now,
  }), now)
}

/** Sets the activities linked by hand (custom clauses) or pinned (standard clauses). */
export function setClauseLinks(
  db: OmbudDb,
  id: string,
  activityIds: readonly string[],
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, id, (c) => ({ ...c, linkedActivityIds: [...new Set(activityIds)] }), now)
}

/** Links or unlinks one activity by hand. */
export function setActivityLink(
  db: OmbudDb,
  clauseId: string,
  activityId: string,
  linked: boolean,
  now: string = timestamp(),
): Promise<void> {
  return updateClause(db, clauseId, (c) => {
    const rest = c.linkedActivityIds.filter((a) => a !== activityId)
    return { ...c, linkedActivityIds: linked ? [...rest, activityId] : rest }
  }, now)
}

export interface NewCustomClause extends ClauseText {
  linkedActivityIds: readonly string[]
  /** The clause it follows in the policy; null for the very first place. */
  afterId: string | null
}

/**
 * Stores a new custom clause at its place and returns its id. Its author has just
 * written it, so it starts out reviewed.
 */
export async function createCustomClause(
  db: OmbudDb,
  input: NewCustomClause,
  now: string = timestamp(),
): Promise<string> {
  const id = newId()
  await saveClausesWith(
    db,
    (clauses) => {
      const { order, updates } = insertionOrder(clauses, input.afterId)
      const moved = updates.map((u) => ({ ...clauses.find((x) => x.id === u.id)!, order: u.order }))
      const created: Clause = {
        id,
        section: `custom-${id.slice(0, 8)}`,
        title: input.title,
        body: input.body,
        origin: 'custom',
        order,
        hidden: false,
        edited: false,
        linkedActivityIds: [...new Set(input.linkedActivityIds)],
        lastReviewed: now,
        createdAt: now,
        updatedAt: now,
      }
      return [...moved, created]
    },
    now,
  )
  return id
}

/** Deletes a custom or imported clause; standard clauses are hidden or reset, never deleted. */
export async function deleteCustomClause(
  db: OmbudDb,
  id: string,
  now: string = timestamp(),
): Promise<void> {
  const stored = await getClause(db, id)
  if (!stored) throw new RecordNotFoundError(clauseSpec.what, id)
  if (stored.origin === 'standard') throw new Error(t.policy.errors.standardNotDeletable)
  await deleteClause(db, id, now)
}
