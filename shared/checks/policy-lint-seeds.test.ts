/**
 * The linter on real policies (copies of ../shared/seeds in tests/fixtures/policies/seeds)
 * and on the complete policies written for this project. Expected findings were set by
 * reading each policy; every finding not listed here is a false positive.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintPolicy } from './policy-lint'
import { readPolicyHtml } from './policy-text'

const FIXTURES = join(__dirname, '..', '..', 'tests', 'fixtures', 'policies')
const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8')

type Expected = [code: string, line: number | undefined, severity: 'error' | 'warning']

const SEEDS: Record<string, { language: 'nb' | 'nn'; findings: Expected[] }> = {
  // SFE Kraft, nynorsk. Quotes the 2000 act for access, rectification and erasure; uses
  // Google Analytics and Facebook remarketing with only browser settings to refuse cookies (browser-settings-consent);
  // stores data "i henhold til gjeldande lovgivning"; names itself only by brand, no org.nr.;
  // no legal basis, no DPO, no restriction/portability/objection, no complaint right.
  '000_b00da0e6f284758b.txt': {
    language: 'nn',
    findings: [
      ['missing-transfer-safeguards', 17, 'error'],
      ['browser-settings-consent', 21, 'warning'],
      ['repealed-act-2000', 33, 'error'],
      ['repealed-act-2000', 33, 'error'],
      ['repealed-act-2000', 35, 'error'],
      ['vague-retention', 35, 'warning'],
      ['missing-controller-identity', undefined, 'error'],
      ['missing-dpo-contact', undefined, 'error'],
      ['missing-legal-basis', undefined, 'error'],
      ['missing-right-restriction', undefined, 'error'],
      ['missing-right-portability', undefined, 'error'],
      ['missing-right-objection', undefined, 'error'],
      ['missing-complaint-right', undefined, 'error'],
    ],
  },
  // Follo Energi / Smart Energi, bokmål. Names its bases (contract, legitimate interest with
  // purposes, legal obligation) and a cookie settings tool; collects from "kredittinformasjons-
  // registre, offentlige registre" without naming them; transfers on "EU Model Clauses eller
  // Privacy Shield"; vague retention; org.nr. but no contact details; no DPO, no restriction,
  // no complaint right.
  '001_71a2f5500c49f1b2.txt': {
    language: 'nb',
    findings: [
      ['missing-source', 18, 'warning'],
      ['outdated-privacy-shield', 53, 'error'],
      ['outdated-model-clauses', 53, 'error'],
      ['vague-retention', 67, 'warning'],
      ['missing-controller-identity', undefined, 'error'],
      ['missing-dpo-contact', undefined, 'error'],
      ['missing-right-restriction', undefined, 'error'],
      ['missing-complaint-right', undefined, 'error'],
    ],
  },
  // Klarkraft, bokmål. Lists all six rights and names its sources (Folkeregisteret, Elhub,
  // Experian); uses Google Analytics, Facebook and Snapchat pixels with no transfer basis and
  // only browser settings; "behandlingen skjer med ditt samtykke" without withdrawal; vague
  // retention; no contact details, no DPO, no complaint right.
  '003_d796f5f3c63c90ee.txt': {
    language: 'nb',
    findings: [
      ['missing-transfer-safeguards', 15, 'error'],
      ['browser-settings-consent', 21, 'warning'],
      ['consent-as-general-basis', 49, 'error'],
      ['missing-consent-withdrawal', 49, 'error'],
      ['vague-retention', 57, 'warning'],
      ['missing-controller-identity', undefined, 'error'],
      ['missing-dpo-contact', undefined, 'error'],
      ['missing-complaint-right', undefined, 'error'],
    ],
  },
}

describe('lintPolicy on the seed policies', () => {
  for (const [name, expected] of Object.entries(SEEDS)) {
    it(`${name}: exactly the expected findings`, () => {
      const result = lintPolicy(read(join('seeds', name)))
      expect(result.language).toBe(expected.language)
      expect(result.findings.map((f) => [f.code, f.line, f.severity])).toEqual(expected.findings)
      for (const finding of result.findings) {
        expect(finding.message).not.toBe('')
        if (finding.line !== undefined) expect(finding.excerpt).toBeTruthy()
      }
    })
  }

  it('quotes the text it points at', () => {
    const text = read(join('seeds', '001_71a2f5500c49f1b2.txt'))
    const shield = lintPolicy(text).findings.find((f) => f.code === 'outdated-privacy-shield')!
    expect(shield.excerpt).toContain('Privacy Shield')
    expect(text.split('\n')[shield.line! - 1]).toContain('Privacy Shield')
  })

  it('distinguishes the two controller-identity failures in the message', () => {
    const sfe = lintPolicy(read(join('seeds', '000_b00da0e6f284758b.txt'))).findings
    expect(sfe.find((f) => f.code === 'missing-controller-identity')!.message).toMatch(
      /organisasjonsnummer/,
    )
    const follo = lintPolicy(read(join('seeds', '001_71a2f5500c49f1b2.txt'))).findings
    expect(follo.find((f) => f.code === 'missing-controller-identity')!.message).toMatch(
      /kontaktopplysninger/,
    )
  })
})

describe('lintPolicy on complete policies written for Ombud', () => {
  const clean: [string, 'nb' | 'nn'][] = [
    ['eksempel-energi-nb.txt', 'nb'],
    ['eksempel-energi-nn.txt', 'nn'],
    ['eksempel-strom-variant-nb.md', 'nb'],
    ['eksempel-strom-variant-nn.md', 'nn'],
  ]
  for (const [name, language] of clean) {
    it(`${name} lints with zero findings`, () => {
      const result = lintPolicy(read(name))
      expect(result.findings).toEqual([])
      expect(result.language).toBe(language)
    })
  }

  it('eksempel-energi-nb.html lints with zero findings after HTML conversion', () => {
    const result = lintPolicy(readPolicyHtml(read('eksempel-energi-nb.html')).text)
    expect(result.findings).toEqual([])
    expect(result.language).toBe('nb')
  })

  it('removing the complaint section from the complete policy yields only missing-complaint-right', () => {
    const text = read('eksempel-energi-nb.txt')
    const start = text.indexOf('Klage til Datatilsynet')
    const end = text.indexOf('Endringer')
    expect(start).toBeGreaterThan(0)
    const withoutComplaint = text.slice(0, start) + text.slice(end)
    expect(lintPolicy(withoutComplaint).findings.map((f) => f.code)).toEqual([
      'missing-complaint-right',
    ])
  })
})
