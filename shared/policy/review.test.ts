import { describe, expect, it } from 'vitest'
import type { Clause } from '../model/clause'
import type { Workbench } from '../model/workbench'
import {
  canHide,
  canHideClause,
  ensureStandardClauses,
  hiddenClauseProblems,
  newStandardClause,
  standardClauseId,
} from './clause-records'
import { STANDARD_CLAUSES } from './clauses'
import { linkedActivities } from './linking'
import { clauseReviewStatus, disclosingClauses, undisclosedActivities } from './review'
import { sampleWorkbench } from '../../resources/sample-company'
import { TEST_ORGANIZATION, testWorkbench } from './test-workbench'

const NOW = '2026-11-23T14:00:00.000Z'
const REVIEWED = '2026-02-01T12:00:00.000Z'
const LATER = '2026-03-01T08:00:00.000Z'

function clauseFor(wb: Workbench, key: string): Clause {
  return ensureStandardClauses(wb.clauses, NOW).find((c) => c.section === key)!
}

function touch(wb: Workbench, id: string, patch: Partial<Workbench['activities'][number]> = {}): void {
  wb.activities = wb.activities.map((a) => (a.id === id ? { ...a, ...patch, updatedAt: LATER } : a))
}

describe('linkedActivities', () => {
  const wb = testWorkbench()
  const ids = (key: string) => linkedActivities(key, wb).map((a) => a.id)

  it('links each standard clause to the activities it discloses', () => {
    expect(ids('purposes')).toEqual(['a-faktura', 'a-kamera', 'a-kreditt', 'a-nyhetsbrev', 'a-nettsted', 'a-avtale', 'a-helse'])
    expect(ids('legitimate-interests')).toEqual(['a-kamera', 'a-kreditt'])
    expect(ids('consent-withdrawal')).toEqual(['a-nyhetsbrev', 'a-nettsted', 'a-helse'])
    expect(ids('transfers')).toEqual(['a-nyhetsbrev', 'a-nettsted', 'a-avtale'])
    // Data the company generates itself (a-faktura's meter readings) is no source from others.
    expect(ids('sources')).toEqual(['a-kreditt', 'a-avtale'])
    expect(ids('automated-decisions')).toEqual(['a-kreditt'])
    expect(ids('retention')).toEqual(ids('purposes'))
    expect(ids('cookies')).toEqual(['a-nettsted'])
    expect(ids('complaint')).toEqual([])
    expect(ids('no-such-clause')).toEqual([])
  })
})

describe('ensureStandardClauses', () => {
  it('adds a record for every standard clause, in default order, not edited or hidden', () => {
    const clauses = ensureStandardClauses([], NOW)
    expect(clauses.map((c) => c.section)).toEqual(STANDARD_CLAUSES.map((d) => d.key))
    for (const c of clauses) {
      expect(c).toMatchObject({ origin: 'standard', edited: false, hidden: false, lastReviewed: null, createdAt: NOW })
      expect(c.title.nb).not.toBe('')
      expect(c.title.nn).not.toBe('')
    }
    expect(clauses.map((c) => c.order)).toEqual([...clauses.map((c) => c.order)].sort((a, b) => a - b))
  })

  it('keeps existing records untouched and does not change its input', () => {
    const edited = { ...newStandardClause('purposes', NOW), edited: true, order: 5, body: { nb: 'Egen tekst', nn: '' } }
    const custom: Clause = { ...newStandardClause('changes', NOW, 'standard-dpo'), origin: 'custom', section: 'egen' }
    const input = [edited, custom]
    const copy = structuredClone(input)
    const out = ensureStandardClauses(input, NOW)
    expect(input).toEqual(copy)
    expect(out[0]).toBe(edited)
    expect(out[1]).toBe(custom)
    expect(out.filter((c) => c.section === 'purposes')).toHaveLength(1)
    expect(out).toHaveLength(STANDARD_CLAUSES.length + 1)
    // The default id of the DPO clause is taken by the custom clause: a new one is chosen.
    const dpo = out.find((c) => c.section === 'dpo' && c.origin === 'standard')!
    expect(dpo.id).toBe('standard-dpo-2')
    expect(new Set(out.map((c) => c.id)).size).toBe(out.length)
    expect(ensureStandardClauses(out, NOW)).toEqual(out)
  })
})

describe('canHide', () => {
  it('lets the DPO clause go only when the organisation has no DPO', () => {
    expect(canHide('dpo', TEST_ORGANIZATION)).toBe(false)
    expect(canHide('dpo', { ...TEST_ORGANIZATION, dpo: null })).toBe(true)
    expect(canHide('dpo', null)).toBe(false)
  })

  it('never lets required clauses go, and always the optional ones', () => {
    for (const key of ['controller', 'purposes', 'recipients', 'retention', 'right-access', 'right-objection', 'complaint', 'requirement']) {
      expect(canHide(key, { ...TEST_ORGANIZATION, dpo: null }, []), key).toBe(false)
    }
    for (const key of ['introduction', 'cookies', 'changes', 'my-custom-section']) expect(canHide(key, TEST_ORGANIZATION), key).toBe(true)
  })

  it('lets conditional clauses go only while no activity needs them', () => {
    const wb = testWorkbench()
    expect(canHide('transfers', TEST_ORGANIZATION)).toBe(false)
    expect(canHide('transfers', TEST_ORGANIZATION, wb.activities)).toBe(false)
    const noTransfers = wb.activities.map((a) => ({ ...a, transferIds: [] }))
    expect(canHide('transfers', TEST_ORGANIZATION, noTransfers)).toBe(true)
    expect(canHide('automated-decisions', TEST_ORGANIZATION, wb.activities)).toBe(false)
    expect(canHide('automated-decisions', TEST_ORGANIZATION, wb.activities.filter((a) => a.id !== 'a-kreditt'))).toBe(true)
  })

  it('flags hidden clauses the law no longer allows hiding', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) => (['transfers', 'cookies', 'dpo'].includes(c.section) ? { ...c, hidden: true } : c))
    expect(hiddenClauseProblems(wb).map((c) => c.section)).toEqual(['dpo', 'transfers'])
    const custom: Clause = { ...newStandardClause('changes', NOW, 'c1'), origin: 'custom', section: 'x', hidden: true }
    expect(canHideClause(custom, wb)).toBe(true)
  })
})

describe('clauseReviewStatus', () => {
  it('flags a reviewed clause when a linked activity changed after the review', () => {
    const wb = testWorkbench()
    wb.clauses = [{ ...newStandardClause('legitimate-interests', NOW), lastReviewed: REVIEWED }]
    const clause = clauseFor(wb, 'legitimate-interests')
    expect(clauseReviewStatus(clause, wb)).toEqual({ needsReview: false, changedActivities: [] })
    touch(wb, 'a-kreditt')
    touch(wb, 'a-nyhetsbrev') // not linked to this clause
    expect(clauseReviewStatus(clause, wb)).toEqual({
      needsReview: true,
      changedActivities: [{ id: 'a-kreditt', name: 'Kredittvurdering', changedAt: LATER }],
    })
  })

  it('counts an activity archived after the review, and activities linked by hand', () => {
    const wb = testWorkbench()
    const clause = { ...newStandardClause('consent-withdrawal', NOW), lastReviewed: REVIEWED, linkedActivityIds: ['a-lonn'] }
    wb.clauses = [clause]
    touch(wb, 'a-nyhetsbrev', { status: 'archived' })
    touch(wb, 'a-lonn')
    expect(clauseReviewStatus(clause, wb).changedActivities.map((c) => c.id)).toEqual(['a-lonn', 'a-nyhetsbrev'])
  })

  it('follows the transfer and processor records behind the transfers and recipients clauses', () => {
    const wb = testWorkbench()
    const transfers = { ...newStandardClause('transfers', NOW), lastReviewed: REVIEWED }
    const recipients = { ...newStandardClause('recipients', NOW), lastReviewed: REVIEWED }
    wb.transfers = wb.transfers.map((t) => (t.id === 't-metricly' ? { ...t, updatedAt: LATER } : t))
    wb.processors = wb.processors.map((p) => (p.id === 'p-faktura' ? { ...p, updatedAt: LATER } : p))
    expect(clauseReviewStatus(transfers, wb).changedActivities).toEqual([
      { id: 'a-nettsted', name: 'Statistikk om bruken av nettstedet', changedAt: LATER },
    ])
    expect(clauseReviewStatus(recipients, wb).changedActivities.map((c) => c.id)).toEqual(['a-faktura'])
  })

  it('always flags an edited or custom clause that was never reviewed, but not the library text', () => {
    const wb = testWorkbench()
    const plain = newStandardClause('purposes', NOW)
    expect(clauseReviewStatus(plain, wb)).toEqual({ needsReview: false, changedActivities: [] })
    const edited = { ...plain, edited: true, body: { nb: 'Tekst', nn: '' } }
    const status = clauseReviewStatus(edited, wb)
    expect(status.needsReview).toBe(true)
    expect(status.changedActivities).toHaveLength(7)
    const custom: Clause = { ...plain, id: 'c', origin: 'imported', section: 'gammel', linkedActivityIds: [] }
    expect(clauseReviewStatus(custom, wb)).toEqual({ needsReview: true, changedActivities: [] })
    expect(clauseReviewStatus({ ...custom, lastReviewed: REVIEWED }, wb)).toEqual({ needsReview: false, changedActivities: [] })
  })
})

describe('undisclosedActivities', () => {
  it('is empty for the standard setup', () => {
    const wb = testWorkbench()
    expect(undisclosedActivities(wb)).toEqual([])
    wb.clauses = ensureStandardClauses([], NOW)
    expect(undisclosedActivities(wb)).toEqual([])
  })

  it('lists activities added after an edited purposes clause was reviewed, unless another clause names them', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) =>
      c.section === 'purposes' ? { ...c, edited: true, body: { nb: 'Egen tekst', nn: '' }, lastReviewed: REVIEWED } : c,
    )
    expect(undisclosedActivities(wb)).toEqual([])
    const base = wb.activities.find((a) => a.id === 'a-avtale')!
    wb.activities.push(
      // No named source, so the sources clause does not name it either.
      { ...base, id: 'new-1', name: 'Ny tjeneste', createdAt: LATER, updatedAt: LATER, dataCategories: base.dataCategories.map((c) => ({ ...c, sourceIds: [] })), requirement: 'voluntary', requirementConsequence: { nb: '', nn: '' } },
      // Named by the consent clause, whose library text lists it.
      { ...base, id: 'new-2', name: 'Ny kampanje', createdAt: LATER, updatedAt: LATER, purposes: base.purposes.map((p) => ({ ...p, basis: 'consent' as const })) },
    )
    expect(undisclosedActivities(wb).map((a) => a.id)).toEqual(['new-1'])
    // Linking it by hand to the clause discloses it.
    wb.clauses = wb.clauses.map((c) => (c.section === 'purposes' ? { ...c, linkedActivityIds: ['new-1'] } : c))
    expect(undisclosedActivities(wb)).toEqual([])
  })

  it('does not let hidden flags take an activity out of the policy, and counts custom clauses', () => {
    const wb = testWorkbench()
    // Every clause hidden: the required ones stay in the policy all the same.
    wb.clauses = ensureStandardClauses([], NOW).map((c) => ({ ...c, hidden: true }))
    expect(undisclosedActivities(wb)).toEqual([])
    // With the purposes clause edited long ago, only clauses that may not be hidden, or
    // a custom clause, can still name a new activity.
    wb.clauses = wb.clauses.map((c) => (c.section === 'purposes' ? { ...c, edited: true, body: { nb: 'Egen tekst', nn: '' }, lastReviewed: REVIEWED } : c))
    const base = wb.activities.find((a) => a.id === 'a-kamera')!
    wb.activities.push({ ...base, id: 'new-li', name: 'Ny interesse', createdAt: LATER, updatedAt: LATER })
    // The legitimate-interests clause now has something to say, so it is shown and names it.
    expect(undisclosedActivities(wb)).toEqual([])
    wb.activities = wb.activities.map((a) => (a.id === 'new-li' ? { ...a, purposes: a.purposes.map((p) => ({ ...p, basis: 'contract' as const, interest: { nb: '', nn: '' } })) } : a))
    expect(undisclosedActivities(wb).map((a) => a.id)).toEqual(['new-li'])
    wb.clauses.push({ ...newStandardClause('changes', NOW, 'c1'), origin: 'custom', section: 'x', linkedActivityIds: ['new-li'] })
    expect(undisclosedActivities(wb)).toEqual([])
  })

  it('never lists internal, draft or archived activities', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) => ({ ...c, hidden: true }))
    const ids = undisclosedActivities(wb).map((a) => a.id)
    for (const id of ['a-lonn', 'a-gammel', 'a-utkast']) expect(ids).not.toContain(id)
    expect(standardClauseId('purposes')).toBe('standard-purposes')
  })
})

describe('disclosingClauses', () => {
  const sections = (wb: Workbench, id: string) => disclosingClauses(wb).get(id)?.map((c) => c.section)

  it('names, in policy order, the visible clauses that describe each activity in scope', () => {
    const wb = testWorkbench()
    expect(sections(wb, 'a-kreditt')).toEqual([
      'purposes',
      'legitimate-interests',
      'sources',
      'automated-decisions',
      'right-objection',
    ])
    expect(sections(wb, 'a-nettsted')).toEqual(['purposes', 'consent-withdrawal', 'cookies'])
    // Out of the policy's scope: no entry at all, rather than an empty list.
    for (const id of ['a-lonn', 'a-gammel', 'a-utkast']) expect(disclosingClauses(wb).has(id)).toBe(false)
  })

  it('agrees with undisclosedActivities, and counts a custom clause linked by hand', () => {
    const wb = testWorkbench()
    wb.clauses = ensureStandardClauses([], NOW).map((c) =>
      c.section === 'purposes' ? { ...c, edited: true, body: { nb: 'Egen tekst', nn: '' }, lastReviewed: REVIEWED } : c,
    )
    const base = wb.activities.find((a) => a.id === 'a-avtale')!
    wb.activities.push({ ...base, id: 'new-1', name: 'Ny tjeneste', createdAt: LATER, updatedAt: LATER, dataCategories: base.dataCategories.map((c) => ({ ...c, sourceIds: [] })), requirement: 'voluntary', requirementConsequence: { nb: '', nn: '' } })
    const empty = [...disclosingClauses(wb)].filter(([, clauses]) => clauses.length === 0).map(([id]) => id)
    expect(empty).toEqual(undisclosedActivities(wb).map((a) => a.id))
    expect(empty).toEqual(['new-1'])
    // The edited purposes clause still names what existed when it was reviewed.
    expect(sections(wb, 'a-avtale')).toContain('purposes')
    wb.clauses.push({ ...newStandardClause('changes', NOW, 'c1'), origin: 'custom', section: 'x', order: 450, linkedActivityIds: ['new-1'] })
    expect(disclosingClauses(wb).get('new-1')!.map((c) => c.id)).toEqual(['c1'])
  })

  it('describes every activity in scope of the sample company', () => {
    const wb = sampleWorkbench()
    const map = disclosingClauses(wb)
    expect(map.size).toBe(wb.activities.filter((a) => a.status === 'active' && a.dataSubjects.some((g) => g.informedBy === 'policy')).length)
    for (const clauses of map.values()) expect(clauses.map((c) => c.section)).toContain('purposes')
  })
})
