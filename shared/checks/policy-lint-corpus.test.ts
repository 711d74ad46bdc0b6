/**
 * The policy checker against the hand labels of the corpus of real policies: the targets
 * of issue 11 (recall at least 95 %, false alarms at most 1 %, in bokmål and nynorsk), so a
 * change that makes the checker miss or cry wolf on real text fails here. The figures per
 * code are printed by `npx tsx bench/lint-corpus.ts`.
 */
import { describe, expect, it } from 'vitest'
import { POLICY_LINT_CODES } from './policy-lint'
import { falseAlarmRate, readCorpus, recall, scoreCorpus } from '../../bench/lint-corpus'

describe('the policy checker on the labelled corpus', () => {
  const corpus = readCorpus()
  const score = scoreCorpus(corpus)

  it('has at least 30 policies in both written standards, public and private, old and new', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30)
    for (const [key, values] of [
      ['language', ['nb', 'nn']],
      ['sector', ['public', 'private']],
      ['era', ['old', 'new']],
    ] as const) {
      for (const value of values) expect(corpus.some((p) => p[key] === value)).toBe(true)
    }
  })

  it('labels every code for every policy', () => {
    for (const policy of corpus) {
      expect(Object.keys(policy.labels).sort()).toEqual([...POLICY_LINT_CODES].sort())
    }
  })

  for (const language of ['nb', 'nn'] as const) {
    it(`${language}: recall ≥ 95 % and false alarms ≤ 1 %`, () => {
      const counts = score.byLanguage[language]
      expect(recall(counts)).toBeGreaterThanOrEqual(0.95)
      expect(falseAlarmRate(counts)).toBeLessThanOrEqual(0.01)
    })
  }
})
