import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../model/activity'
import { emptyActivity } from '../model/activity'
import { emptyPurpose, type Purpose } from '../model/activity-parts'
import type { Transfer } from '../model/transfer'
import {
  isComplete,
  validateActivity,
  validateTransfer,
  type ActivityContext,
} from './activity-rules'
import { TEST_NOW, testActivity, testTransfer } from './test-records'

const none: ActivityContext = { transfers: [], processors: [] }

function purpose(id: string, basis: Purpose['basis'], patch: Partial<Purpose> = {}): Purpose {
  return emptyPurpose(id, { text: { nb: `Formål ${id}`, nn: '' }, basis, ...patch })
}

/** The complete test activity with these purposes instead of its own. */
function withPurposes(...purposes: Purpose[]): ProcessingActivity {
  return { ...testActivity('a'), purposes }
}

function fields(a: ProcessingActivity, ctx: ActivityContext = none): string[] {
  return validateActivity(a, ctx).map((p) => p.field)
}

describe('validateActivity', () => {
  it('accepts a complete activity', () => {
    expect(validateActivity(testActivity('a'), none)).toEqual([])
    expect(isComplete(testActivity('a'), none)).toBe(true)
  })

  it('lists every problem of an empty draft, and isComplete is false', () => {
    const draft = emptyActivity('d', TEST_NOW)
    expect(fields(draft)).toEqual(['purposes', 'dataSubjects', 'dataCategories', 'retention'])
    expect(isComplete(draft, none)).toBe(false)
  })

  it('6(1)(f) needs the interest named, on the purpose it covers', () => {
    const bad = withPurposes(
      purpose('p1', 'contract'),
      purpose('p2', 'legitimate-interests', { interest: { nb: ' ', nn: '' } }),
    )
    const problems = validateActivity(bad, none)
    expect(problems).toEqual([
      {
        field: 'purposes.1.interest',
        message:
          'Art. 6 nr. 1 bokstav f: skriv hvilken berettiget interesse behandlingen bygger på.',
      },
    ])
    const good = withPurposes(
      purpose('p1', 'legitimate-interests', { interest: { nb: 'Forebygge svindel', nn: '' } }),
    )
    expect(fields(good)).toEqual([])
  })

  it('6(1)(c) and (e) need the law named, on the purpose it covers', () => {
    const bad = withPurposes(purpose('p1', 'legal-obligation'), purpose('p2', 'public-task'))
    const problems = validateActivity(bad, none)
    expect(problems.map((p) => p.field)).toEqual(['purposes.0.law', 'purposes.1.law'])
    expect(problems[0]!.message).toMatch(/^Art\. 6 nr\. 1 bokstav c/)
    expect(problems[1]!.message).toMatch(/^Art\. 6 nr\. 1 bokstav e/)
    const good = withPurposes(
      purpose('p1', 'legal-obligation', { law: { nb: 'bokføringsloven § 13', nn: '' } }),
    )
    expect(fields(good)).toEqual([])
  })

  it('requires a legal basis for every purpose', () => {
    expect(fields(withPurposes(purpose('p1', 'contract'), purpose('p2', null)))).toEqual([
      'purposes.1.basis',
    ])
  })

  it('requires the text of every purpose', () => {
    expect(
      fields(withPurposes(purpose('p1', 'contract', { text: { nb: ' ', nn: 'Fakturere' } }))),
    ).toEqual(['purposes.0.text'])
  })

  it('special categories need an art. 9 basis', () => {
    expect(fields(testActivity('a', { specialCategories: ['helseopplysninger'] }))).toEqual([
      'purposes',
    ])
    expect(
      fields(
        testActivity('a', { specialCategories: ['helseopplysninger'], art9Bases: ['employment'] }),
      ),
    ).toEqual([])
  })

  it('criminal data need a basis', () => {
    const problems = validateActivity(testActivity('a', { criminalData: true }), none)
    expect(problems.map((p) => p.field)).toEqual(['purposes'])
    expect(problems[0]!.message).toMatch(/^Art\. 10:/)
    expect(
      fields(
        testActivity('a', { criminalData: true, criminalDataBasis: 'vaktvirksomhetsloven § 9' }),
      ),
    ).toEqual([])
  })

  it('requires purposes, data subjects and data categories', () => {
    expect(fields({ ...testActivity('a'), purposes: [] })).toEqual(['purposes'])
    expect(fields({ ...testActivity('a'), dataSubjects: [] })).toEqual(['dataSubjects'])
    expect(fields({ ...testActivity('a'), dataCategories: [] })).toEqual(['dataCategories'])
  })

  it('requires the retention period and its basis, rule by rule', () => {
    expect(
      fields(testActivity('a', { retention: { period: '', basis: 'bokføringsloven § 13' } })),
    ).toEqual(['retention.0.period'])
    expect(fields(testActivity('a', { retention: { period: '3 år', basis: '  ' } }))).toEqual([
      'retention.0.basis',
    ])
    expect(fields({ ...testActivity('a'), retention: [] })).toEqual(['retention'])
  })

  it('every data category says where it comes from', () => {
    const a = testActivity('a')
    const nowhere = {
      ...a,
      dataCategories: a.dataCategories.map((c, i) =>
        i === 1 ? { ...c, fromSubject: false, generated: false, sourceIds: [] } : c,
      ),
    }
    expect(fields(nowhere)).toEqual(['dataCategories.1.sources'])
    for (const origin of [{ generated: true }, { sourceIds: ['elhub'] }]) {
      const known = {
        ...nowhere,
        dataCategories: nowhere.dataCategories.map((c, i) => (i === 1 ? { ...c, ...origin } : c)),
      }
      expect(fields(known)).toEqual([])
    }
  })

  it('automated decisions need the logic and consequences described', () => {
    const used = { used: true, profiling: false, logic: '', consequences: 'Avslag på kreditt' }
    expect(fields(testActivity('a', { automatedDecisions: used }))).toEqual([
      'automatedDecisions.logic',
    ])
    expect(
      fields(
        testActivity('a', {
          automatedDecisions: { ...used, logic: 'Poengmodell', consequences: '' },
        }),
      ),
    ).toEqual(['automatedDecisions.consequences'])
    expect(
      fields(testActivity('a', { automatedDecisions: { ...used, logic: 'Poengmodell' } })),
    ).toEqual([])
    expect(
      fields(
        testActivity('a', {
          automatedDecisions: { used: false, profiling: false, logic: '', consequences: '' },
        }),
      ),
    ).toEqual([])
  })

  it('an activity as processor is checked against art. 30(2): the controller is required, legal bases are not', () => {
    const asProcessor = testActivity('a', {
      role: 'processor',
      legalBases: [],
      dataSubjects: [],
      dataCategories: [],
      retention: { period: '', basis: '' },
      onBehalfOf: '',
    })
    const problems = validateActivity(asProcessor, none)
    expect(problems.map((p) => p.field)).toEqual(['onBehalfOf'])
    expect(problems[0]!.message).toMatch(/^Art\. 30 nr\. 2 bokstav a/)
    expect(fields({ ...asProcessor, onBehalfOf: 'Nettselskapet AS' })).toEqual([])
  })

  describe('linked transfers', () => {
    const ctx = (t: Transfer): ActivityContext => ({ transfers: [t], processors: [] })
    const linked = testActivity('a', { transferIds: ['t1'] })

    it('accepts a transfer with a valid mechanism', () => {
      expect(fields(linked, ctx(testTransfer('t1')))).toEqual([])
    })

    it('flags a transfer that does not exist', () => {
      const problems = validateActivity(linked, none)
      expect(problems.map((p) => p.field)).toEqual(['transferIds'])
      expect(problems[0]!.message).toContain('finnes ikke')
    })

    it('flags a transfer without a mechanism', () => {
      // Records from an older store or a hand-edited file may lack the field.
      const t = { ...testTransfer('t1'), mechanism: undefined } as unknown as Transfer
      const problems = validateActivity(linked, ctx(t))
      expect(problems.map((p) => p.field)).toEqual(['transferIds'])
      expect(problems[0]!.message).toContain('mangler overføringsgrunnlag')
    })

    it('flags an outdated mechanism', () => {
      const problems = validateActivity(
        linked,
        ctx(testTransfer('t1', { mechanism: 'privacy-shield', sccModule: null })),
      )
      expect(problems).toHaveLength(1)
      expect(problems[0]!.message).toContain('Privacy Shield')
      expect(problems[0]!.message).toContain('C-311/18')
    })

    it('flags SCCs without a module', () => {
      const problems = validateActivity(linked, ctx(testTransfer('t1', { sccModule: null })))
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringContaining('modulen er ikke valgt'),
      ])
    })

    it('flags DPF without the certification check or a fallback', () => {
      const dpf = testTransfer('t1', {
        country: 'US',
        mechanism: 'eu-us-dpf',
        sccModule: null,
        dpfCheckedOn: '2026-05-01',
        fallback: 'scc-2021',
      })
      expect(fields(linked, ctx(dpf))).toEqual([])
      expect(fields(linked, ctx({ ...dpf, dpfCheckedOn: null }))).toEqual(['transferIds'])
      expect(fields(linked, ctx({ ...dpf, fallback: null }))).toEqual(['transferIds'])
    })
  })
})

describe('validateTransfer', () => {
  const errors = (t: Transfer, isNew = true) =>
    validateTransfer(t, { isNew })
      .filter((p) => p.severity === 'error')
      .map((p) => p.field)
  const warnings = (t: Transfer, isNew = true) =>
    validateTransfer(t, { isNew })
      .filter((p) => p.severity === 'warning')
      .map((p) => p.field)

  it('accepts a complete SCC transfer', () => {
    expect(validateTransfer(testTransfer('t'), { isNew: true })).toEqual([])
  })

  it('an outdated mechanism cannot be chosen for a new transfer', () => {
    const old = testTransfer('t', { mechanism: 'model-clauses-2010', sccModule: null })
    expect(errors(old, true)).toEqual(['mechanism'])
    expect(validateTransfer(old, { isNew: true })[0]!.message).toContain('27. desember 2022')
  })

  it('an existing transfer may keep its outdated mechanism (warning) but not switch to one', () => {
    const old = testTransfer('t', { mechanism: 'safe-harbor', sccModule: null })
    expect(errors(old, false)).toEqual([])
    expect(warnings(old, false)).toEqual(['mechanism'])
    expect(
      validateTransfer(old, { isNew: false, savedMechanism: 'scc-2021' }).map((p) => p.severity),
    ).toEqual(['error'])
  })

  it('SCCs need a module, and warn without a TIA', () => {
    expect(errors(testTransfer('t', { sccModule: null }))).toEqual(['sccModule'])
    expect(warnings(testTransfer('t', { tiaDate: null }))).toEqual(['tiaDate'])
  })

  it('DPF needs the check date and a fallback, and only applies to the US', () => {
    const dpf = testTransfer('t', {
      country: 'US',
      mechanism: 'eu-us-dpf',
      sccModule: null,
      dpfCheckedOn: '2026-05-01',
      fallback: 'scc-2021',
    })
    expect(validateTransfer(dpf, { isNew: true })).toEqual([])
    expect(errors({ ...dpf, dpfCheckedOn: null, fallback: null })).toEqual([
      'dpfCheckedOn',
      'fallback',
    ])
    expect(errors({ ...dpf, country: 'IN' })).toEqual(['country'])
  })

  it('a derogation needs to say which', () => {
    const d = testTransfer('t', {
      mechanism: 'derogation',
      sccModule: null,
      tiaDate: null,
      derogation: null,
    })
    expect(errors(d)).toEqual(['derogation'])
    expect(validateTransfer({ ...d, derogation: 'explicit-consent' }, { isNew: true })).toEqual([])
  })

  it('compelling legitimate interests warn when the assessment is not documented', () => {
    const d = testTransfer('t', {
      mechanism: 'derogation',
      sccModule: null,
      tiaDate: null,
      derogation: 'compelling-legitimate-interests',
    })
    expect(warnings(d)).toEqual(['notes'])
    expect(
      validateTransfer(
        { ...d, notes: 'Vurdering av 1. mars 2026, Datatilsynet underrettet.' },
        { isNew: true },
      ),
    ).toEqual([])
  })

  it('warns that a transfer within the EEA is no transfer', () => {
    const eea = testTransfer('t', { country: 'SE' })
    expect(warnings(eea)).toEqual(['country'])
    expect(errors(eea)).toEqual([])
    expect(validateTransfer(eea, { isNew: true })[0]!.message).toContain('Sverige er i EØS')
  })

  it('adequacy only for countries with an adequacy decision', () => {
    const adequate = testTransfer('t', {
      country: 'JP',
      mechanism: 'adequacy',
      sccModule: null,
      tiaDate: null,
    })
    expect(validateTransfer(adequate, { isNew: true })).toEqual([])
    expect(errors({ ...adequate, country: 'IN' })).toEqual(['mechanism'])
    const us = validateTransfer({ ...adequate, country: 'US' }, { isNew: true })
    expect(us.map((p) => p.field)).toEqual(['mechanism'])
    expect(us[0]!.message).toContain('Data Privacy Framework')
  })

  it('the fallback must be valid and different from the mechanism', () => {
    expect(errors(testTransfer('t', { fallback: 'privacy-shield' }))).toEqual(['fallback'])
    expect(errors(testTransfer('t', { fallback: 'scc-2021' }))).toEqual(['fallback'])
    expect(errors(testTransfer('t', { fallback: 'bcr' }))).toEqual([])
  })
})
