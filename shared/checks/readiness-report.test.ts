import { describe, expect, it } from 'vitest'
import { checkReadiness, readinessScore, type ReadinessInput } from './readiness'
import { readinessReportText } from './readiness-report'
import {
  TEST_TODAY,
  testActivity,
  testOrganization,
  testProcessor,
  testTransfer,
} from './test-records'

describe('readinessReportText', () => {
  const org = testOrganization()

  it('groups findings by area, errors first, with article, code and hint', () => {
    const p = testProcessor('p1')
    const input: ReadinessInput = {
      organization: org,
      activities: [{ ...testActivity('a1', { name: 'Kundeavtale', lastReviewed: null }), purposes: [] }],
      processors: [
        testProcessor('p1', {
          name: 'Skyleverandøren',
          agreement: { ...p.agreement, signedOn: null },
        }),
      ],
      transfers: [
        testTransfer('t1', {
          processorId: 'p1',
          mechanism: 'privacy-shield',
          sccModule: null,
          tiaDate: null,
        }),
      ],
      clauses: [],
    }
    const findings = checkReadiness(input, { today: TEST_TODAY })
    const text = readinessReportText(
      findings,
      readinessScore(findings, input, { policyChecked: false }),
      org,
      TEST_TODAY,
    )

    expect(text).toContain('# Klar for tilsyn? Kontroll av protokollen')
    expect(text).toContain('Virksomhet: Testkraft AS (org.nr. 999 888 771)')
    expect(text).toContain('Kontrollert: 01.06.2026')
    expect(text).toContain('Funn: 3 feil og 1 advarsel.')

    const record = text.indexOf('## Protokollen (art. 30)')
    const processors = text.indexOf('## Databehandlere (art. 28)')
    const transfers = text.indexOf('## Overføring til tredjeland')
    const policy = text.indexOf('## Personvernerklæringen')
    const review = text.indexOf('## Oppdatering og risikovurdering')
    expect(record).toBeGreaterThan(-1)
    expect(record).toBeLessThan(processors)
    expect(processors).toBeLessThan(transfers)
    expect(transfers).toBeLessThan(policy)
    expect(policy).toBeLessThan(review)

    // The finding is a sentence; where it rests, what it concerns and its code stand on a line of their own.
    const purposeLine = text.indexOf(
      '- Feil: «Kundeavtale»: formålet med behandlingen mangler.\n  Slik retter du det: Skriv hvorfor opplysningene behandles',
    )
    expect(purposeLine).toBeGreaterThan(record)
    expect(purposeLine).toBeLessThan(processors)
    expect(text.slice(purposeLine)).toMatch(
      /^[^\n]*\n[^\n]*\n {2}Hjemmel: art\. 30 nr\. 1 bokstav b\. Gjelder: behandlingsaktivitet\. Kode: missing-art30-field\n/,
    )
    for (const line of text.split('\n').filter((l) => /^- |^ {2}Slik/.test(l))) {
      expect(line).not.toMatch(/\bkode\b/i)
      for (const f of findings) expect(line).not.toContain(f.code)
    }
    expect(text.indexOf('Privacy Shield')).toBeGreaterThan(transfers)
    expect(text.indexOf('aldri gjennomgått')).toBeGreaterThan(review)
    // The policy was not analysed, and the report says so rather than "no findings".
    expect(text.slice(policy, review)).toContain('Ikke kontrollert.')
    expect(text.slice(policy, review)).not.toContain('Ingen funn.')
  })

  it('a clean workbench says so', () => {
    const input: ReadinessInput = {
      organization: org,
      activities: [testActivity('a1')],
      processors: [],
      transfers: [],
      clauses: [],
    }
    const text = readinessReportText([], readinessScore([], input), org, TEST_TODAY)
    expect(text).toContain('Samlet vurdering: 100 av 100')
    expect(text).toContain('Ingen funn. Protokollen ser klar ut for tilsyn.')
    expect(text).toContain('Funn: 0 feil og 0 advarsler.')
  })

  it('orders errors before warnings within an area', () => {
    const input: ReadinessInput = {
      organization: testOrganization({ dpo: null }),
      activities: [testActivity('a1', { securityMeasures: [] })],
      processors: [],
      transfers: [],
      clauses: [],
    }
    const findings = checkReadiness(input, { today: TEST_TODAY })
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'error'])
    const text = readinessReportText(findings, readinessScore(findings, input), null, TEST_TODAY)
    expect(text).toContain('Virksomhet: ikke registrert')
    expect(text.indexOf('- Feil:')).toBeLessThan(text.indexOf('- Advarsel:'))
  })
})
