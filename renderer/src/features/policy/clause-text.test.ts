import { describe, expect, it } from 'vitest'
import type { Block } from '../../../../shared/model'
import {
  canHideClause,
  ensureStandardClauses,
  newStandardClause,
  parsePlainText,
  standardClauseId,
  STANDARD_CLAUSE_KEYS,
  composePolicy,
} from '../../../../shared/policy'
import { testWorkbench } from '../../../../shared/policy/test-workbench'
import { sampleClause } from '../../db/test-support'
import { blocksToPlainText, clausePlainText, clauseTitle, hideBlockedReason } from './clause-text'

const T = '2026-02-01T10:00:00.000Z'

describe('blocksToPlainText', () => {
  it('writes paragraphs and lists so that parsePlainText reads them back', () => {
    const text = 'Første avsnitt\nmed linjeskift.\n\n- Punkt én\n- Punkt to\n\nSiste avsnitt.'
    const blocks = parsePlainText(text)
    expect(blocksToPlainText(blocks)).toBe(text)
  })

  it('turns tables into one bullet a row, leaves out deleted text, and keeps items on one line', () => {
    const blocks: Block[] = [
      {
        type: 'table',
        header: [[{ text: 'Behandling' }], [{ text: 'Lagringstid' }]],
        rows: [
          [
            [{ text: 'Kundeavtale', bold: true }, { text: '\nLevere strøm' }],
            [
              { text: '3 år', mark: 'del' },
              { text: '5 år', mark: 'ins' },
            ],
          ],
        ],
        source: {},
      },
      { type: 'list', ordered: false, items: [[{ text: 'En\nto' }]], source: {} },
    ]
    const text = blocksToPlainText(blocks)
    expect(text).toBe('- Kundeavtale; Levere strøm – 5 år\n\n- En; to')
    expect(parsePlainText(text).map((b) => b.type)).toEqual(['list', 'list'])
  })
})

describe('clausePlainText', () => {
  it('is the text the policy has now for the clause, without its heading, even while hidden', () => {
    const wb = testWorkbench()
    const clauses = ensureStandardClauses([], T).map((c) =>
      c.section === 'changes' ? { ...c, hidden: true } : c,
    )
    const withClauses = { ...wb, clauses }
    const changes = clauses.find((c) => c.section === 'changes')!
    const text = clausePlainText(changes, withClauses, 'nb')
    expect(text.length).toBeGreaterThan(20)
    expect(text).not.toContain('Endringer i personvernerklæringen')
    // Shown as it stands, the clause's blocks give the same text.
    const shown = composePolicy({ ...withClauses, clauses: ensureStandardClauses([], T) }, 'nb', {
      updated: '2026-02-01',
    })
    const own = shown.blocks
      .filter((b) => b.source.clauseId === standardClauseId('changes'))
      .slice(1)
    expect(text).toBe(blocksToPlainText(own))
    expect(clausePlainText(changes, withClauses, 'nn')).not.toBe(text)
  })
})

describe('clauseTitle', () => {
  it('uses the library title for a standard clause until the DPO edits it', () => {
    const purposes = newStandardClause('purposes', T)
    expect(clauseTitle(purposes)).toBe('Hva vi bruker opplysningene til')
    expect(clauseTitle({ ...purposes, edited: true, title: { nb: 'Formålene', nn: '' } })).toBe(
      'Formålene',
    )
    expect(clauseTitle(sampleClause())).toBe('Nyhetsbrev')
  })
})

describe('hideBlockedReason', () => {
  const wb = testWorkbench()
  it('gives a reason exactly when the engine refuses to hide the clause', () => {
    const variants = [
      wb,
      { ...wb, organization: { ...wb.organization!, dpo: null } },
      { ...wb, activities: [] },
      { ...wb, organization: null },
    ]
    for (const w of variants) {
      for (const key of STANDARD_CLAUSE_KEYS) {
        const c = newStandardClause(key, T)
        expect(hideBlockedReason(c, w) === null, key).toBe(canHideClause(c, w))
      }
    }
    expect(hideBlockedReason(sampleClause(), wb)).toBeNull()
  })

  it('names how many activities need a clause that is required only when used', () => {
    const reason = hideBlockedReason(newStandardClause('transfers', T), wb)
    expect(reason).toMatch(/^Kan ikke skjules: \d+ aktive? behandlingsaktivitet/)
    expect(hideBlockedReason(newStandardClause('dpo', T), wb)).toMatch(/personvernombud/)
  })
})
