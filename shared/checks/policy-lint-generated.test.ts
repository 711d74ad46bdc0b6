/**
 * The policy Ombud generates must pass its own linter: the sample company's policy, composed
 * in both languages, written to .docx and read back as a user's file would be.
 */
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { composePolicy, policyToDocx } from '../policy'
import { lintPolicy } from './policy-lint'
import { policyTextFromDocx } from './policy-text'

describe('lintPolicy on the generated policy of the sample company', () => {
  for (const lang of ['nb', 'nn'] as const) {
    it(`${lang}: zero findings after a .docx round trip`, async () => {
      const doc = composePolicy(sampleWorkbench('2025-09-01T00:00:00.000Z'), lang, {
        updated: '2025-09-01',
      })
      const text = await policyTextFromDocx(await policyToDocx(doc))
      expect(text.length).toBeGreaterThan(5000)
      expect(lintPolicy(text)).toEqual({ language: lang, findings: [] })
    })
  }
})
