/**
 * The policy Ombud generates must pass its own linter: the sample company's policy,
 * composed in both languages, linted straight from its document model (headings known,
 * nothing guessed), and read back from its .docx as a user's file would be.
 */
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { composePolicy, policyToDocx } from '../policy'
import { lintPolicy, lintPolicyDocument, policyDocBlocks } from './policy-lint'
import { readPolicyDocx } from './policy-text'

describe('lintPolicyDocument on the generated policy of the sample company', () => {
  for (const lang of ['nb', 'nn'] as const) {
    const doc = composePolicy(sampleWorkbench('2025-09-01T00:00:00.000Z'), lang, {
      updated: '2025-09-01',
    })

    it(`${lang}: zero findings, linted from the document model`, () => {
      expect(lintPolicyDocument(doc)).toEqual({ language: lang, findings: [] })
    })

    it(`${lang}: every heading of the model is a heading to the linter`, () => {
      const headings = policyDocBlocks(doc).filter((b) => b.kind === 'heading')
      expect(headings.length).toBe(doc.blocks.filter((b) => b.type === 'heading').length + 1)
    })

    it(`${lang}: zero findings after a .docx round trip too`, async () => {
      const read = await readPolicyDocx(await policyToDocx(doc))
      expect(read.text.length).toBeGreaterThan(5000)
      expect(lintPolicy(read.text, { headings: read.headings })).toEqual({
        language: lang,
        findings: [],
      })
    })
  }
})
