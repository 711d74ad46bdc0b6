import { describe, expect, it } from 'vitest'
import { transferSafeguard } from '../ropa/links-format'
import { testTransfer } from '../checks/test-records'
import { MECHANISMS, MECHANISM_INFO, mechanismWithArticle } from './transfer-mechanisms'

/** Brackets inside brackets, e.g. "(art. 45 (beslutning (EU) 2023/1795))". */
function nested(text: string): boolean {
  let depth = 0
  for (const c of text) {
    if (c === '(') depth++
    if (c === ')') depth--
    if (depth > 1) return true
  }
  return false
}

describe('article references', () => {
  it('hold no brackets in brackets, alone or as the record writes a safeguard', () => {
    for (const m of MECHANISMS) {
      expect(nested(MECHANISM_INFO[m].article), m).toBe(false)
      expect(nested(mechanismWithArticle(m)), m).toBe(false)
      const t = testTransfer('t1', { mechanism: m, country: 'US', dpfCheckedOn: '2026-05-02' })
      expect(nested(transferSafeguard(t)), transferSafeguard(t)).toBe(false)
    }
  })
})
