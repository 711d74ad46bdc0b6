import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { analysePolicyText } from '../../../../shared/audit/import-policy'
import { newStandardClause } from '../../../../shared/policy/clause-records'
import {
  createActivity,
  listChanges,
  listClauses,
  saveClause,
  ValidationError,
} from '../../db/repo'
import { freshDb, sampleActivity, T0, T1 } from '../../db/test-support'
import { decisionProblems, importPlan, initialDecisions } from './import-model'
import { saveImportPlan } from './import-save'

const POLICY = [
  'Innledning',
  'Vi tar personvern på alvor, og her forteller vi hvordan.',
  '',
  'Sikkerhet',
  'Vi krypterer alt og logger tilgang.',
  '',
  'Innsyn',
  'Du kan be om innsyn etter personopplysningsloven § 18.',
  '',
  'Informasjonskapsler',
  'Vi bruker informasjonskapsler til statistikk.',
].join('\n')

describe('import decisions', () => {
  const imp = analysePolicyText(POLICY)

  it('replaces clauses that have a standard counterpart and keeps the rest, by default', () => {
    expect(imp.clauses.map((c) => [c.title, c.suggestion])).toEqual([
      ['Innledning', 'introduction'],
      ['Sikkerhet', null],
      ['Innsyn', 'right-access'],
      ['Informasjonskapsler', 'cookies'],
    ])
    expect(initialDecisions(imp).map((d) => `${d.action} ${d.standardKey}`)).toEqual([
      'replace introduction',
      'keep ',
      'replace right-access',
      'replace cookies',
    ])
  })

  it('refuses a replacement without a chosen standard clause', () => {
    const decisions = initialDecisions(imp)
    decisions[1] = { action: 'replace', standardKey: '', activityIds: [] }
    expect([...decisionProblems(decisions).keys()]).toEqual([1])
    expect(decisionProblems(initialDecisions(imp)).size).toBe(0)
  })

  it('plans imported clauses for kept ones and shows hidden standard clauses that replace others', () => {
    const decisions = initialDecisions(imp)
    decisions[1] = { ...decisions[1]!, activityIds: ['act-1'] }
    decisions[0] = { ...decisions[0]!, action: 'skip' }
    const hiddenCookies = { ...newStandardClause('cookies', T0), hidden: true }
    const plan = importPlan(
      imp,
      decisions,
      [hiddenCookies, newStandardClause('right-access', T0)],
      T1,
    )
    expect(plan.counts).toEqual({ keep: 1, replace: 2, skip: 1 })
    expect(plan.create).toHaveLength(1)
    expect(plan.create[0]).toMatchObject({
      origin: 'imported',
      title: { nb: 'Sikkerhet' },
      linkedActivityIds: ['act-1'],
    })
    expect(plan.unhide).toEqual([{ ...hiddenCookies, hidden: false }])
  })

  it('writes the plan in one transaction with change-log entries, or nothing at all', async () => {
    const db = freshDb()
    const activityId = await createActivity(db, sampleActivity({ id: 'act-1' }), T0)
    const hiddenId = await saveClause(db, { ...newStandardClause('cookies', T0), hidden: true }, T0)
    const decisions = initialDecisions(imp)
    decisions[1] = { ...decisions[1]!, activityIds: [activityId] }
    const before = (await listChanges(db)).length
    const ids = await saveImportPlan(db, importPlan(imp, decisions, await listClauses(db), T1), T1)
    expect(ids).toHaveLength(1)
    const clauses = await listClauses(db)
    expect(clauses.find((c) => c.id === ids[0])).toMatchObject({
      origin: 'imported',
      linkedActivityIds: [activityId],
      lastReviewed: null,
    })
    expect(clauses.find((c) => c.id === hiddenId)!.hidden).toBe(false)
    expect((await listChanges(db)).length).toBe(before + 2)

    // A link to an activity that does not exist fails validation: nothing of the plan is written.
    const broken = importPlan(
      imp,
      imp.clauses.map(() => ({
        action: 'keep' as const,
        standardKey: '' as const,
        activityIds: ['finnes-ikke'],
      })),
      [],
      T1,
    )
    broken.create[0] = { ...broken.create[0]!, linkedActivityIds: [] }
    await expect(saveImportPlan(db, broken, T1)).rejects.toBeInstanceOf(ValidationError)
    expect(await listClauses(db)).toHaveLength(clauses.length)
    expect((await listChanges(db)).length).toBe(before + 2)
  })
})
