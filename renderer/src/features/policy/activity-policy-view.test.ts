import { informsViaPolicy } from '../../../../shared/model'
import { describe, expect, it } from 'vitest'
import { ensureStandardClauses, standardClauseId } from '../../../../shared/policy'
import { testWorkbench } from '../../../../shared/policy/test-workbench'
import { sampleClause } from '../../db/test-support'
import { activityPolicyView } from './activity-policy-view'

const T = '2026-02-01T10:00:00.000Z'

describe('activityPolicyView', () => {
  const wb = testWorkbench()
  const external = wb.activities.find((a) => a.status === 'active' && informsViaPolicy(a))!

  it('lists the standard clauses that link the activity by rule, in policy order', () => {
    const view = activityPolicyView({ ...wb, clauses: ensureStandardClauses([], T) }, external.id)!
    const ids = view.links.map((l) => l.clause.id)
    expect(ids).toContain(standardClauseId('purposes'))
    expect(ids.indexOf(standardClauseId('introduction'))).toBeLessThan(
      ids.indexOf(standardClauseId('purposes')),
    )
    expect(view.links.every((l) => !l.byHand && l.shown)).toBe(true)
    expect(view.undisclosed).toBe(false)
    expect(view.linkable).toEqual([])
  })

  it('marks hand links, offers the custom clauses not yet linked, and flags an activity no visible clause names', () => {
    const linked = sampleClause({ id: 'c-linked', order: 450, linkedActivityIds: [external.id] })
    const other = sampleClause({ id: 'c-other', order: 460, title: { nb: 'Annet', nn: 'Anna' } })
    // Standard clauses edited (and reviewed) before the activity existed no longer name it.
    const clauses = ensureStandardClauses([linked, other], T).map((c) =>
      c.origin === 'standard'
        ? {
            ...c,
            edited: true,
            body: { nb: 'Egen tekst.', nn: '' },
            lastReviewed: '2000-01-01T00:00:00.000Z',
          }
        : c,
    )
    const hiddenLinked = { ...linked, hidden: true }
    const view = activityPolicyView(
      { ...wb, clauses: clauses.map((c) => (c.id === linked.id ? hiddenLinked : c)) },
      external.id,
    )!
    const hand = view.links.find((l) => l.clause.id === linked.id)!
    expect(hand).toMatchObject({ byHand: true, shown: false })
    expect(view.linkable.map((c) => c.id)).toEqual(['c-other'])
    const shownCustom = activityPolicyView({ ...wb, clauses }, external.id)!
    // Shown, the custom clause names the activity; hidden, nothing does.
    expect(shownCustom.undisclosed).toBe(false)
    expect(view.undisclosed).toBe(true)
    expect(activityPolicyView(wb, 'finnes-ikke')).toBeNull()
  })
})
