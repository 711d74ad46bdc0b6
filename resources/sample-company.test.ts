/// <reference types="vite/client" />
import { flattenActivity } from '../shared/model/activity-flat'
import { describe, expect, it } from 'vitest'
import { hasAdequacyDecision, isThirdCountry } from '../shared/law/countries'
import { ART28_ITEMS } from '../shared/law/art28'
import { isValidOrgNumber } from '../shared/model/org-number'
import { parseWorkbench, serializeWorkbench, type Workbench } from '../shared/model/workbench'
import { sampleWorkbench } from './sample-company'

const NOW = '2026-11-23T14:00:00.000Z'
const DAY_MS = 86_400_000

function daysBefore(date: string, now: string): number {
  return Math.round((Date.parse(now) - Date.parse(`${date}T00:00:00.000Z`)) / DAY_MS)
}

/** Every activity in the template's flat terms. */
function flatAll(wb: Workbench) {
  return wb.activities.map((a) => flatById(wb, a.id))
}

/** The activity in the template's flat terms (the assertions below were written for them). */
function flatById(wb: Workbench, id: string) {
  return flattenActivity(byId(wb, id), new Map(wb.sources.map((s) => [s.id, s])))
}

function byId(wb: Workbench, id: string) {
  const a = wb.activities.find((x) => x.id === id)
  if (!a) throw new Error(`mangler aktiviteten ${id}`)
  return a
}

describe('sampleWorkbench', () => {
  const wb = sampleWorkbench(NOW)

  it('survives a round trip through the workbench file format', () => {
    const parsed = parseWorkbench(serializeWorkbench(wb))
    expect(parsed).toEqual(wb)
    expect(parsed.exportedAt).toBe(NOW)
  })

  it('is deterministic for a given moment and valid for the default moment', () => {
    expect(sampleWorkbench(NOW)).toEqual(wb)
    expect(() => parseWorkbench(serializeWorkbench(sampleWorkbench()))).not.toThrow()
    expect(() => sampleWorkbench('ikke en dato')).toThrow(RangeError)
  })

  it('describes a Norwegian company with a DPO and customer service', () => {
    const org = wb.organization!
    expect(org.name).toBe('Eksempel Energi AS')
    expect(isValidOrgNumber(org.orgNumber)).toBe(true)
    // Enhetsregisteret issues only 8xx/9xx numbers: this one cannot be a real company's.
    expect(org.orgNumber).not.toMatch(/^[89]/)
    expect(org.address.postalCode).toMatch(/^\d{4}$/)
    expect(org.dpo?.name).not.toBe('')
    expect(org.dpo?.email).toMatch(/@/)
    expect(org.customerService.phone).not.toBe('')
    expect(org.language).toBe('nb')
  })

  it('has at least 15 activities covering the themes of a power supplier', () => {
    expect(wb.activities.length).toBeGreaterThanOrEqual(15)
    for (const id of [
      'act-kundeavtale',
      'act-fakturering',
      'act-kredittvurdering',
      'act-inkasso',
      'act-kundeservice',
      'act-markedsforing',
      'act-nyhetsbrev',
      'act-nettstedsanalyse',
      'act-maleverdier',
      'act-forbruksinnsikt',
      'act-min-side',
      'act-kundeundersokelser',
      'act-rekruttering',
      'act-personal',
      'act-kameraovervaking',
      'act-varsling',
    ]) {
      expect(flatById(wb, id).status, id).toBe('active')
    }
  })

  it('states the legal details of the key activities correctly', () => {
    const contract = flatById(wb, 'act-kundeavtale')
    expect(contract.dataCategories).toContain('Fødselsnummer')
    expect(contract.sources.map((s) => s.name)).toContain('Elhub')
    expect(contract.legalBases.some((b) => b.law.includes('avregningsforskriften'))).toBe(true)

    const billing = flatById(wb, 'act-fakturering')
    expect(billing.retention.basis).toContain('bokføringsloven § 13')
    expect(billing.retention.period).toContain('5 år etter utløpet av regnskapsåret')

    const credit = flatById(wb, 'act-kredittvurdering')
    expect(credit.legalBases.map((b) => b.basis)).toEqual(['legitimate-interests'])
    expect(
      credit.sources.some((s) => s.kind === 'third-party' && s.name.includes('Kredittdata')),
    ).toBe(true)

    const calls = flatById(wb, 'act-kundeservice')
    expect(calls.retention.period).toContain('90 dager')
    expect(calls.legalBases.some((b) => b.basis === 'legitimate-interests')).toBe(true)

    for (const id of [
      'act-markedsforing',
      'act-nyhetsbrev',
      'act-nettstedsanalyse',
      'act-forbruksinnsikt',
    ]) {
      expect(
        flatById(wb, id).legalBases.map((b) => b.basis),
        id,
      ).toEqual(['consent'])
    }
    expect(flatById(wb, 'act-nettstedsanalyse').description).toContain('ekomloven § 3-15')
    expect(flatById(wb, 'act-forbruksinnsikt').automatedDecisions.profiling).toBe(true)

    const staff = flatById(wb, 'act-personal')
    expect(staff.externalSubjects).toBe(false)
    expect(staff.art9Bases).toEqual(['employment'])
    expect(staff.specialCategories.length).toBeGreaterThan(0)

    const cctv = flatById(wb, 'act-kameraovervaking')
    expect(cctv.retention.period).toMatch(/^7 dager;.*inntil 30 dager/)
    expect(cctv.retention.basis).toContain('FOR-2018-07-16-1108')

    const whistle = flatById(wb, 'act-varsling')
    expect(whistle.criminalData).toBe(true)
    expect(whistle.criminalDataBasis).not.toBe('')
    expect(whistle.legalBases[0]?.law).toContain('kapittel 2 A')
  })

  it('names the law for every 6(1)(c)/(e) basis and the interest for every 6(1)(f) basis', () => {
    for (const a of flatAll(wb)) {
      for (const b of a.legalBases) {
        if (b.basis === 'legal-obligation' || b.basis === 'public-task')
          expect(b.law.trim(), a.id).not.toBe('')
        if (b.basis === 'legitimate-interests') expect(b.interest.trim(), a.id).not.toBe('')
      }
    }
  })

  it('fills every active activity, with a retention period and its basis', () => {
    const active = flatAll(wb).filter((a) => a.status === 'active')
    expect(active.length).toBeGreaterThanOrEqual(15)
    for (const a of active) {
      expect(a.retention.period.trim(), a.id).not.toBe('')
      expect(a.retention.basis.trim(), a.id).not.toBe('')
      expect(a.legalBases.length, a.id).toBeGreaterThan(0)
      expect(a.purposes.length, a.id).toBeGreaterThan(0)
      expect(a.dataSubjects.length, a.id).toBeGreaterThan(0)
      expect(a.dataCategories.length, a.id).toBeGreaterThan(0)
      expect(a.sources.length, a.id).toBeGreaterThan(0)
      expect(a.recipients.length, a.id).toBeGreaterThan(0)
      expect(a.securityMeasures.length, a.id).toBeGreaterThan(0)
      expect(a.description.trim(), a.id).not.toBe('')
      expect(a.owner.trim(), a.id).not.toBe('')
      expect(a.requirementConsequence.trim(), a.id).not.toBe('')
      expect(a.lastReviewed, a.id).not.toBeNull()
    }
  })

  it('leaves deliberate gaps for the readiness checks', () => {
    const drafts = flatAll(wb).filter((a) => a.status === 'draft')
    expect(drafts).toHaveLength(1)
    expect(drafts[0]!.legalBases).toEqual([])
    expect(drafts[0]!.retention.period).toBe('')
    const dpiaMissing = wb.activities.filter(
      (a) => a.status === 'active' && a.dpia.needed === 'yes' && a.dpia.doneOn === null,
    )
    // The record alone; in the loaded sample the register holds the signed-off DPIA of the first.
    expect(dpiaMissing.map((a) => a.id)).toEqual(['act-forbruksinnsikt', 'act-kameraovervaking'])
  })

  it('spreads the reviews over 18 months, with one or two overdue', () => {
    const ages = wb.activities.flatMap((a) =>
      a.lastReviewed ? [daysBefore(a.lastReviewed, NOW)] : [],
    )
    expect(Math.max(...ages)).toBeLessThanOrEqual(548)
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0)
    const overdue = ages.filter((days) => days > 365)
    expect(overdue.length).toBeGreaterThanOrEqual(1)
    expect(overdue.length).toBeLessThanOrEqual(2)
  })

  it('has at least 10 processors, each with a signed and checked agreement', () => {
    expect(wb.processors.length).toBeGreaterThanOrEqual(10)
    for (const p of wb.processors) {
      expect(p.agreement.signedOn, p.id).not.toBeNull()
      expect(p.agreement.reference.trim(), p.id).not.toBe('')
      const ticked = ART28_ITEMS.filter((item) => p.agreement.checklist[item] === true)
      expect(ticked.length, p.id).toBeGreaterThanOrEqual(ART28_ITEMS.length - 1)
      expect(p.services.length, p.id).toBeGreaterThan(0)
      expect(p.locations.length, p.id).toBeGreaterThan(0)
      expect(p.locations, p.id).toContain(p.country)
      if (/^\d/.test(p.orgNumber)) expect(isValidOrgNumber(p.orgNumber), p.id).toBe(true)
    }
    expect(wb.processors.some((p) => p.subProcessors.some((s) => isThirdCountry(s.country)))).toBe(
      true,
    )
  })

  it('registers a US DPF transfer with an SCC fallback, an SCC transfer and an adequacy transfer', () => {
    expect(wb.transfers.length).toBeGreaterThanOrEqual(3)
    const dpf = wb.transfers.find((t) => t.mechanism === 'eu-us-dpf')
    expect(dpf).toMatchObject({ country: 'US', fallback: 'scc-2021', sccModule: 2 })
    expect(dpf?.dpfCheckedOn).not.toBeNull()
    expect(dpf?.tiaDate).not.toBeNull()
    expect(daysBefore(dpf!.dpfCheckedOn!, NOW)).toBeLessThan(180)

    const scc = wb.transfers.filter((t) => t.mechanism === 'scc-2021')
    expect(scc.length).toBeGreaterThanOrEqual(1)
    for (const t of scc) {
      expect([2, 3], t.id).toContain(t.sccModule)
      expect(t.tiaDate, t.id).not.toBeNull()
    }

    const adequate = wb.transfers.filter((t) => t.mechanism === 'adequacy')
    expect(adequate.length).toBeGreaterThanOrEqual(1)
    for (const t of adequate) expect(hasAdequacyDecision(t.country), t.id).toBe(true)
  })

  it('records the US processor with an Indian sub-processor in the transfers register', () => {
    const us = wb.processors.filter(
      (p) => p.country === 'US' && p.subProcessors.some((s) => s.country === 'IN'),
    )
    expect(us).toHaveLength(1)
    const india = wb.transfers.find((t) => t.processorId === us[0]!.id && t.country === 'IN')
    expect(india?.mechanism).toBe('scc-2021')
  })

  it('links activities, processors and transfers consistently', () => {
    const processorOfTransfer = new Map(wb.transfers.map((t) => [t.id, t.processorId]))
    for (const a of wb.activities) {
      const expected = wb.transfers
        .filter((t) => t.processorId !== null && a.processorIds.includes(t.processorId))
        .map((t) => t.id)
      expect([...a.transferIds].sort(), a.id).toEqual(expected.sort())
      for (const tid of a.transferIds)
        expect(a.processorIds, a.id).toContain(processorOfTransfer.get(tid))
      // Each processor of an activity is also named among its recipients.
      for (const pid of a.processorIds) {
        const name = wb.processors.find((p) => p.id === pid)!.name
        expect(
          a.recipients.some((r) => r.nb.startsWith(name)),
          `${a.id} › ${name}`,
        ).toBe(true)
      }
    }
    for (const p of wb.processors) {
      expect(
        wb.activities.some((a) => a.processorIds.includes(p.id)),
        p.id,
      ).toBe(true)
    }
    for (const t of wb.transfers) {
      expect(
        wb.activities.some((a) => a.transferIds.includes(t.id)),
        t.id,
      ).toBe(true)
    }
  })

  it('leaves clauses and policy versions to the policy engine', () => {
    expect(wb.clauses).toEqual([])
    expect(wb.policyVersions).toEqual([])
  })
})

/** Words of a text, lower-cased, punctuation dropped. */
function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

const SHINGLE = 10

function shingles(tokens: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i + SHINGLE <= tokens.length; i++)
    out.push(tokens.slice(i, i + SHINGLE).join(' '))
  return out
}

function allStrings(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value)
  else if (Array.isArray(value)) for (const v of value) allStrings(v, into)
  else if (typeof value === 'object' && value !== null)
    for (const v of Object.values(value)) allStrings(v, into)
  return into
}

/** The 10-word runs of `texts` that also occur in the seed policies. */
function copiedRuns(texts: string[], seedShingles: Set<string>): string[] {
  return texts.flatMap((t) => shingles(words(t))).filter((s) => seedShingles.has(s))
}

/**
 * The seed policies in `../shared/seeds` (beside the repository), read through Vite's glob
 * import rather than node:fs so that this file typechecks in the browser config too.
 * Outside the project workspace the folder does not exist, and the check is skipped.
 */
const seedFiles = import.meta.glob<string>('../../shared/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})
const seedTexts = Object.values(seedFiles)

describe.skipIf(seedTexts.length === 0)('sample text is written for Ombud', () => {
  const seedShingles = new Set(seedTexts.flatMap((t) => shingles(words(t))))

  it('the check finds a run copied from a seed', () => {
    expect(seedShingles.size).toBeGreaterThan(0)
    const copied = words(seedTexts[0]!).slice(20, 32).join(' ')
    expect(copiedRuns([`Innledning. ${copied}.`], seedShingles).length).toBeGreaterThan(0)
  })

  it('has no 10-word run in common with the seed policies', () => {
    expect(copiedRuns(allStrings(sampleWorkbench(NOW)), seedShingles)).toEqual([])
  })
})
