import type { ActivityV1 } from '../model/migrations/002-record-model-v2'
import { describe, expect, it } from 'vitest'
import type { ProcessingActivity } from '../model/activity'
import type { Clause } from '../model/clause'
import type { Dpia } from '../model/dpia'
import type { ActivityScreening } from '../model/dpia-screening'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'
import {
  AREA_OF,
  READINESS_AREAS,
  READINESS_CODES,
  checkReadiness,
  monthsBefore,
  readinessScore,
  type ReadinessInput,
  type ReadinessOptions,
  type RecordFinding,
} from './readiness'
import {
  TEST_NOW,
  TEST_TODAY,
  testActivity,
  testOrganization,
  testProcessor,
  testRoutines,
  testTransfer,
} from './test-records'

function wb(parts: Partial<ReadinessInput> = {}): ReadinessInput {
  return {
    organization: testOrganization(),
    activities: [],
    processors: [],
    transfers: [],
    clauses: [],
    ...parts,
  }
}
const opts: ReadinessOptions = { today: TEST_TODAY }

function run(input: ReadinessInput, o: ReadinessOptions = opts): RecordFinding[] {
  return checkReadiness(input, o)
}
function codes(input: ReadinessInput, o: ReadinessOptions = opts): string[] {
  return run(input, o).map((f) => f.code)
}
function only(input: ReadinessInput, o: ReadinessOptions = opts): RecordFinding {
  const findings = run(input, o)
  expect(findings).toHaveLength(1)
  return findings[0]!
}
const act = (overrides: Partial<ActivityV1> = {}) =>
  wb({ activities: [testActivity('a1', overrides)] })
/** The complete test activity with parts of the version 2 record replaced. */
const actV2 = (patch: Partial<ProcessingActivity>) =>
  wb({ activities: [{ ...testActivity('a1'), ...patch }] })
const proc = (overrides: Partial<Processor> = {}, transfers: Transfer[] = []) =>
  wb({ processors: [testProcessor('p1', overrides)], transfers })
const xfer = (overrides: Partial<Transfer> = {}) =>
  wb({ transfers: [testTransfer('t1', overrides)] })

describe('checkReadiness', () => {
  it('finds nothing in a complete workbench', () => {
    const clean = wb({
      activities: [testActivity('a1', { processorIds: ['p1'], transferIds: ['t1'] })],
      processors: [testProcessor('p1', { country: 'IN', locations: ['IN'] })],
      transfers: [testTransfer('t1', { processorId: 'p1' })],
    })
    expect(run(clean)).toEqual([])
  })

  it('rejects a malformed date', () => {
    expect(() => checkReadiness(wb(), { today: '1.6.2026' })).toThrow(RangeError)
  })

  it('every code belongs to an area', () => {
    for (const code of READINESS_CODES) expect(READINESS_AREAS).toContain(AREA_OF[code])
  })

  describe('missing-art30-field', () => {
    it('purposes, data subjects, data categories, retention and security measures are errors', () => {
      const a = testActivity('a1')
      const cases: Array<[string, Partial<ProcessingActivity>]> = [
        ['purposes', { purposes: [] }],
        ['purposes.0.text', { purposes: a.purposes.map((p) => ({ ...p, text: { nb: ' ', nn: '' } })) }],
        ['dataSubjects', { dataSubjects: [] }],
        ['dataCategories', { dataCategories: [] }],
        ['retention', { retention: [] }],
        ['retention.0.period', { retention: a.retention.map((r) => ({ ...r, period: { nb: '', nn: '' } })) }],
        ['securityMeasures', { securityMeasures: [] }],
      ]
      for (const [field, override] of cases) {
        const f = only(actV2(override))
        expect(f).toMatchObject({
          code: 'missing-art30-field',
          severity: 'error',
          ref: { table: 'activities', id: 'a1', field },
        })
        expect(f.message).toContain('«Aktivitet a1»')
        expect(f.hint).not.toBe('')
        expect(f.article).toMatch(/^art\. 30 nr\. 1 bokstav [b-g]$/)
      }
    })

    it('a retention period without its basis is a warning', () => {
      expect(only(act({ retention: { period: '3 år', basis: '' } }))).toMatchObject({
        severity: 'warning',
        ref: { field: 'retention.0.basis' },
      })
    })

    it('no recipients is a warning, unless processors or transfers are linked', () => {
      expect(only(act({ recipients: [] }))).toMatchObject({
        code: 'missing-art30-field',
        severity: 'warning',
        ref: { field: 'recipients' },
      })
      expect(
        codes(
          wb({
            activities: [testActivity('a1', { recipients: [], processorIds: ['p1'] })],
            processors: [testProcessor('p1')],
          }),
        ),
      ).toEqual([])
    })

    it('an activity as processor needs the controller and the categories of processing, not legal bases or retention', () => {
      const asProcessor = {
        role: 'processor' as const,
        legalBases: [],
        retention: { period: '', basis: '' },
        dataSubjects: [],
        onBehalfOf: '',
      }
      expect(only(act(asProcessor))).toMatchObject({
        code: 'missing-art30-field',
        article: 'art. 30 nr. 2 bokstav a',
        ref: { field: 'onBehalfOf' },
      })
      expect(codes(act({ ...asProcessor, onBehalfOf: 'Nettselskapet AS' }))).toEqual([])
    })

    it('the organisation must be registered with contact details', () => {
      expect(only(wb({ organization: null }))).toMatchObject({
        code: 'missing-art30-field',
        severity: 'error',
        ref: { table: 'organization', id: 'organization' },
      })
      const noContact = testOrganization({
        email: '',
        phone: '',
        address: { street: '', postalCode: '', city: '' },
      })
      expect(only(wb({ organization: noContact }))).toMatchObject({
        severity: 'error',
        ref: { field: 'email' },
      })
      expect(codes(wb({ organization: testOrganization({ email: '', phone: '' }) }))).toEqual([])
    })

    it('DPO: none is a warning; one without contact details is an error', () => {
      expect(only(wb({ organization: testOrganization({ dpo: null }) }))).toMatchObject({
        severity: 'warning',
        ref: { field: 'dpo' },
      })
      expect(
        only(
          wb({ organization: testOrganization({ dpo: { name: 'Kari', email: '', phone: '' } }) }),
        ),
      ).toMatchObject({
        severity: 'error',
        ref: { field: 'dpo.email' },
      })
      expect(
        only(
          wb({ organization: testOrganization({ dpo: { name: '', email: 'a@b.no', phone: '' } }) }),
        ),
      ).toMatchObject({ ref: { field: 'dpo.name' } })
    })
  })

  describe('legal-basis-incomplete', () => {
    it('no basis, (c)/(e) without the law, (f) without the interest', () => {
      expect(only(actV2({ purposes: testActivity('a1').purposes.map((p) => ({ ...p, basis: null })) }))).toMatchObject({
        code: 'legal-basis-incomplete',
        severity: 'error',
        ref: { field: 'purposes' },
      })
      expect(
        only(act({ legalBases: [{ basis: 'legal-obligation', law: '', interest: '' }] })),
      ).toMatchObject({
        code: 'legal-basis-incomplete',
        article: 'art. 6 nr. 1 bokstav c og nr. 3',
        ref: { field: 'purposes.0.law' },
      })
      expect(
        only(
          act({
            legalBases: [
              { basis: 'contract', law: '', interest: '' },
              { basis: 'legitimate-interests', law: '', interest: '' },
            ],
          }),
        ),
      ).toMatchObject({
        code: 'legal-basis-incomplete',
        article: 'art. 6 nr. 1 bokstav f',
        ref: { field: 'purposes.1.interest' },
      })
    })

    it('complete bases pass', () => {
      expect(
        codes(
          act({
            legalBases: [
              { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
              { basis: 'legitimate-interests', law: '', interest: 'Hindre svindel' },
            ],
          }),
        ),
      ).toEqual([])
    })
  })

  describe('special-category-without-basis', () => {
    it('special categories without an art. 9 basis is an error', () => {
      expect(only(act({ specialCategories: ['helseopplysninger'] }))).toMatchObject({
        code: 'special-category-without-basis',
        severity: 'error',
      })
    })
    it('a basis that needs national law without the law named is a warning', () => {
      expect(
        only(act({ specialCategories: ['helseopplysninger'], art9Bases: ['employment'] })),
      ).toMatchObject({
        code: 'special-category-without-basis',
        severity: 'warning',
        ref: { field: 'purposes.0.art9Detail' },
      })
    })
    it('passes with a basis (and its law where one is needed)', () => {
      expect(
        codes(act({ specialCategories: ['helseopplysninger'], art9Bases: ['explicit-consent'] })),
      ).toEqual([])
      expect(
        codes(
          act({
            specialCategories: ['helseopplysninger'],
            art9Bases: ['employment'],
            art9Detail: 'folketrygdloven § 8-7',
          }),
        ),
      ).toEqual([])
    })
  })

  describe('criminal-data-without-basis', () => {
    it('positive and negative', () => {
      expect(only(act({ criminalData: true }))).toMatchObject({
        code: 'criminal-data-without-basis',
        severity: 'error',
        article: 'art. 10',
      })
      expect(
        codes(act({ criminalData: true, criminalDataBasis: 'vaktvirksomhetsloven § 9' })),
      ).toEqual([])
    })
  })

  describe('processors', () => {
    it('processor-without-agreement', () => {
      const p = testProcessor('p1')
      expect(only(proc({ agreement: { ...p.agreement, signedOn: null } }))).toMatchObject({
        code: 'processor-without-agreement',
        severity: 'error',
        ref: { table: 'processors', id: 'p1', field: 'agreement.signedOn' },
      })
      expect(codes(proc())).toEqual([])
    })

    it('processor-agreement-incomplete lists the unchecked art. 28(3) items', () => {
      const p = testProcessor('p1')
      const f = only(
        proc({
          agreement: {
            ...p.agreement,
            checklist: { ...p.agreement.checklist, audits: false, 'delete-or-return': undefined },
          },
        }),
      )
      expect(f).toMatchObject({ code: 'processor-agreement-incomplete', severity: 'warning' })
      expect(f.message).toContain('2 punkter')
      expect(f.message).toContain('bokstav g, bokstav h')
    })

    it('archived processors are skipped', () => {
      const p = testProcessor('p1')
      expect(
        codes(
          proc({
            status: 'archived',
            agreement: { ...p.agreement, signedOn: null },
            country: 'US',
            locations: ['US'],
          }),
        ),
      ).toEqual([])
    })
  })

  describe('third-country-processor-without-transfer', () => {
    it('a processor located outside the EEA without a transfer is an error', () => {
      const f = only(proc({ country: 'US', locations: ['US', 'IE'] }))
      expect(f).toMatchObject({
        code: 'third-country-processor-without-transfer',
        severity: 'error',
        ref: { field: 'locations' },
      })
      expect(f.message).toContain('USA')
    })
    it('a sub-processor outside the EEA without a transfer is a warning', () => {
      expect(
        only(
          proc({
            subProcessors: [{ name: 'Support Ltd', country: 'PH', service: 'Brukerstøtte' }],
          }),
        ),
      ).toMatchObject({
        code: 'third-country-processor-without-transfer',
        severity: 'warning',
        ref: { field: 'subProcessors' },
      })
    })
    it('passes when every third country has a transfer recorded for the processor', () => {
      const p = {
        country: 'US',
        locations: ['US'],
        subProcessors: [{ name: 'Support Ltd', country: 'PH', service: '' }],
      }
      expect(
        codes(
          proc(p, [
            testTransfer('t1', { processorId: 'p1', country: 'US' }),
            testTransfer('t2', { processorId: 'p1', country: 'PH' }),
          ]),
        ),
      ).toEqual([])
      // A transfer to one country does not cover another.
      expect(codes(proc(p, [testTransfer('t1', { processorId: 'p1', country: 'US' })]))).toEqual([
        'third-country-processor-without-transfer',
      ])
      // Nor does a transfer recorded for another processor.
      expect(
        codes(
          proc(p, [
            testTransfer('t1', { processorId: null, country: 'US' }),
            testTransfer('t2', { country: 'PH' }),
          ]),
        ),
      ).toEqual(['third-country-processor-without-transfer'])
    })
  })

  describe('transfers', () => {
    it('transfer-without-mechanism: a derogation that does not say which, or a link to a missing transfer', () => {
      expect(
        only(xfer({ mechanism: 'derogation', derogation: null, sccModule: null })),
      ).toMatchObject({
        code: 'transfer-without-mechanism',
        severity: 'error',
        ref: { table: 'transfers', id: 't1', field: 'derogation' },
      })
      expect(only(act({ transferIds: ['nowhere'] }))).toMatchObject({
        code: 'transfer-without-mechanism',
        ref: { table: 'activities', field: 'transferIds' },
      })
      expect(
        codes(xfer({ mechanism: 'derogation', derogation: 'explicit-consent', sccModule: null })),
      ).toEqual([])
    })

    it('outdated-mechanism for the mechanism and for the fallback', () => {
      const f = only(xfer({ mechanism: 'privacy-shield', sccModule: null, tiaDate: null }))
      expect(f).toMatchObject({
        code: 'outdated-mechanism',
        severity: 'error',
        ref: { field: 'mechanism' },
      })
      expect(f.message).toContain('Schrems II')
      expect(
        only(xfer({ mechanism: 'model-clauses-2010', sccModule: null, tiaDate: null })).message,
      ).toContain('27. desember 2022')
      expect(only(xfer({ fallback: 'safe-harbor' }))).toMatchObject({
        code: 'outdated-mechanism',
        ref: { field: 'fallback' },
      })
      expect(codes(xfer())).toEqual([])
    })

    const dpf = {
      country: 'US',
      mechanism: 'eu-us-dpf',
      sccModule: null,
      tiaDate: null,
      dpfCheckedOn: '2026-02-01',
      fallback: 'scc-2021',
    } as const

    it('dpf-without-fallback', () => {
      expect(only(xfer({ ...dpf, fallback: null }))).toMatchObject({
        code: 'dpf-without-fallback',
        severity: 'warning',
      })
      expect(codes(xfer(dpf))).toEqual([])
    })

    it('dpf-check-stale: missing is an error, older than 12 months a warning', () => {
      expect(only(xfer({ ...dpf, dpfCheckedOn: null }))).toMatchObject({
        code: 'dpf-check-stale',
        severity: 'error',
      })
      expect(only(xfer({ ...dpf, dpfCheckedOn: '2025-05-31' }))).toMatchObject({
        code: 'dpf-check-stale',
        severity: 'warning',
      })
      expect(only(xfer({ ...dpf, dpfCheckedOn: '2025-05-31' })).message).toContain('31.05.2025')
      expect(codes(xfer({ ...dpf, dpfCheckedOn: '2025-06-01' }))).toEqual([])
    })

    it('scc-without-tia', () => {
      expect(only(xfer({ tiaDate: null }))).toMatchObject({
        code: 'scc-without-tia',
        severity: 'error',
        ref: { field: 'tiaDate' },
      })
      expect(codes(xfer({ tiaDate: '2024-01-01' }))).toEqual([])
    })

    it('scc-without-module', () => {
      expect(only(xfer({ sccModule: null }))).toMatchObject({
        code: 'scc-without-module',
        severity: 'warning',
      })
      expect(codes(xfer({ sccModule: 3 }))).toEqual([])
    })

    it('adequacy-not-adequate: adequacy for a country without a decision, DPF outside the US', () => {
      const adequacy = { mechanism: 'adequacy', sccModule: null, tiaDate: null } as const
      expect(only(xfer({ ...adequacy, country: 'IN' }))).toMatchObject({
        code: 'adequacy-not-adequate',
        severity: 'error',
      })
      expect(only(xfer({ ...adequacy, country: 'US' })).message).toContain('Data Privacy Framework')
      expect(only(xfer({ ...dpf, country: 'CN' }))).toMatchObject({
        code: 'adequacy-not-adequate',
        ref: { field: 'country' },
      })
      expect(codes(xfer({ ...adequacy, country: 'GB' }))).toEqual([])
      expect(codes(xfer({ ...adequacy, country: 'CA' }))).toEqual([])
    })

    it('transfers within the EEA and transfers of archived processors are not checked', () => {
      expect(codes(xfer({ country: 'DE', mechanism: 'privacy-shield' }))).toEqual([])
      expect(
        codes(
          wb({
            processors: [testProcessor('p1', { status: 'archived' })],
            transfers: [testTransfer('t1', { processorId: 'p1', tiaDate: null })],
          }),
        ),
      ).toEqual([])
    })
  })

  describe('dpia', () => {
    it('dpia-not-done when needed and not done: the active processing runs in breach of art. 35(1)', () => {
      const finding = only(act({ dpia: { needed: 'yes', doneOn: null } }))
      expect(finding).toMatchObject({
        code: 'dpia-not-done',
        severity: 'error',
        article: 'art. 35 nr. 1',
      })
      expect(finding.message).toContain('behandlingen er i gang uten vurdering av personvernkonsekvenser (DPIA), i strid med artikkel 35 nr. 1')
      expect(finding.hint).toMatch(/^Gjennomfør DPIA-en nå/)
      expect(finding.hint).not.toContain('før behandlingen starter')
      expect(codes(act({ dpia: { needed: 'yes', doneOn: '2025-10-10' } }))).toEqual([])
    })
    it('dpia-unknown is a warning', () => {
      expect(only(act({ dpia: { needed: 'unknown', doneOn: null } }))).toMatchObject({
        code: 'dpia-unknown',
        severity: 'warning',
      })
      expect(codes(act({ dpia: { needed: 'no', doneOn: null } }))).toEqual([])
    })

    const screened = (criteria: ActivityScreening['criteria']): ActivityScreening => ({
      id: 'a1',
      art35Cases: [],
      listItems: [],
      criteria,
      notes: '',
      screenedOn: '2026-02-01',
      screenedBy: 'Kari Nordmann, personvernombud',
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
    })
    const dpiaFor = (status: Dpia['status']) => ({ activityIds: ['a1'], status })

    it('dpia-not-done when the screening requires a DPIA and none is signed off: the same rule and wording', () => {
      const input = {
        ...act({ dpia: { needed: 'no', doneOn: null } }),
        screenings: [screened(['systematic-monitoring', 'vulnerable-subjects'])],
      }
      const finding = only(input)
      expect(finding).toMatchObject({
        code: 'dpia-not-done',
        severity: 'error',
        article: 'art. 35 nr. 1',
        ref: { table: 'activities', id: 'a1', field: 'screening' },
      })
      expect(finding.message).toContain('i strid med artikkel 35 nr. 1')
      expect(finding.hint).toMatch(/^Kartleggingen viser at DPIA er påkrevd/)
      // A DPIA in progress does not answer art. 35(1); a signed-off one does.
      expect(codes({ ...input, dpias: [dpiaFor('draft')] })).toEqual(['dpia-not-done'])
      expect(codes({ ...input, dpias: [dpiaFor('signed-off')] })).toEqual([])
      // Nor does a DPIA of another activity.
      expect(codes({ ...input, dpias: [{ activityIds: ['a2'], status: 'signed-off' as const }] })).toEqual(['dpia-not-done'])
    })
    it('a signed-off DPIA answers «DPIA nødvendig: ja» too, and a screening answers «ikke vurdert»', () => {
      expect(codes({ ...act({ dpia: { needed: 'yes', doneOn: null } }), dpias: [dpiaFor('signed-off')] })).toEqual([])
      // One criterion alone: screened, not required, so neither finding.
      expect(codes({ ...act({ dpia: { needed: 'unknown', doneOn: null } }), screenings: [screened(['large-scale'])] })).toEqual([])
      // Screened as not required but recorded as needed: the DPO's answer stands.
      expect(codes({ ...act({ dpia: { needed: 'yes', doneOn: null } }), screenings: [screened([])] })).toEqual(['dpia-not-done'])
    })
  })

  describe('routines', () => {
    const found = (input: ReadinessInput) => run(input).map((f) => `${f.severity} ${f.code} ${f.ref.id}${f.ref.field ? `#${f.ref.field}` : ''}`)

    it('is quiet when every kind of routine was reviewed within twelve months, and skipped when routines are not given', () => {
      expect(codes(wb({ routines: testRoutines() }))).toEqual([])
      expect(codes(wb())).toEqual([])
    })
    it('routine-missing for each kind without a routine, linked by the kind', () => {
      const routines = testRoutines().filter((r) => r.kind !== 'deletion' && r.kind !== 'dpo-role')
      expect(found(wb({ routines }))).toEqual(['error routine-missing deletion', 'error routine-missing dpo-role'])
      const f = run(wb({ routines }))[0]!
      expect(f.article).toBe('art. 24 nr. 2')
      expect(f.message).toBe('Virksomheten har ingen rutine for sletting.')
      expect(run(wb({ routines }))[1]!.message).toBe('Virksomheten har ingen rutine for personvernombudets rolle.')
    })
    it('routine-review-overdue when never reviewed or reviewed more than twelve months ago', () => {
      const routines = testRoutines().map((r) =>
        r.kind === 'requests' ? { ...r, lastReviewed: null } : r.kind === 'breaches' ? { ...r, lastReviewed: '2025-05-31' } : r,
      )
      expect(found(wb({ routines }))).toEqual([
        'warning routine-review-overdue requests#lastReviewed',
        'warning routine-review-overdue breaches#lastReviewed',
      ])
      const [never, old] = run(wb({ routines }))
      expect(never!.message).toBe('Rutinen for henvendelser fra de registrerte er aldri gjennomgått.')
      expect(old!.message).toBe('Rutinen for avvikshåndtering ble sist gjennomgått 31.05.2025, for mer enn tolv måneder siden.')
      // Exactly twelve months is still within the year.
      expect(codes(wb({ routines: testRoutines('2025-06-01') }))).toEqual([])
    })
    it('a review date in the future is a future-date error and does not count as reviewed', () => {
      const routines = testRoutines().map((r) => (r.kind === 'deletion' ? { ...r, lastReviewed: '2026-06-02' } : r))
      expect(found(wb({ routines }))).toEqual(['error future-date deletion#lastReviewed', 'warning routine-review-overdue deletion#lastReviewed'])
    })
    it('a newer routine of the same kind counts', () => {
      const routines = [...testRoutines(), { ...testRoutines('2024-01-01')[0]!, id: 'old' }]
      expect(codes(wb({ routines }))).toEqual([])
    })
    it('counts the five kinds in the review score', () => {
      const routines = testRoutines().filter((r) => r.kind !== 'deletion')
      const input = wb({ activities: [testActivity('a1')], routines })
      const review = readinessScore(run(input), input).areas.find((a) => a.area === 'review')!
      expect(review).toMatchObject({ checked: 6, errors: 1, score: 83 })
    })
  })

  describe('review-overdue', () => {
    it('never reviewed, or reviewed more than 12 months ago', () => {
      expect(only(act({ lastReviewed: null }))).toMatchObject({
        code: 'review-overdue',
        severity: 'warning',
        ref: { field: 'lastReviewed' },
      })
      expect(only(act({ lastReviewed: '2025-05-31' })).message).toContain('31.05.2025')
      expect(codes(act({ lastReviewed: '2025-06-01' }))).toEqual([])
    })
    it('archived activities are skipped', () => {
      expect(
        codes(act({ status: 'archived', lastReviewed: null, purposes: [], legalBases: [] })),
      ).toEqual([])
    })
  })

  describe('draft-activity', () => {
    it('one warning that lists what the draft lacks, instead of a finding per field', () => {
      const f = only(act({ status: 'draft', purposes: [], legalBases: [], lastReviewed: null }))
      expect(f).toMatchObject({
        code: 'draft-activity',
        severity: 'warning',
        ref: { table: 'activities', id: 'a1', field: 'status' },
      })
      expect(f.message).toContain('Det mangler: formål.')
      const unbased = testActivity('a1', { status: 'draft', lastReviewed: null, retention: { period: '', basis: '' } })
      const g = only(wb({ activities: [{ ...unbased, purposes: unbased.purposes.map((p) => ({ ...p, basis: null })) }] }))
      expect(g.message).toContain('Det mangler: behandlingsgrunnlag, lagringstid.')
    })
    it('a complete draft still gets the warning, an active activity does not', () => {
      expect(only(act({ status: 'draft' })).message).not.toContain('mangler')
      expect(codes(act())).toEqual([])
    })
  })

  describe('policy', () => {
    const clause: Clause = {
      id: 'c1',
      section: 'purposes',
      title: { nb: 'Formål', nn: 'Formål' },
      body: { nb: '', nn: '' },
      origin: 'standard',
      order: 1,
      hidden: false,
      edited: false,
      linkedActivityIds: [],
      lastReviewed: null,
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
    }
    const input = wb({
      activities: [
        testActivity('a1'),
        testActivity('a2', { status: 'draft' }),
        testActivity('a3', { status: 'archived' }),
      ],
      clauses: [clause],
    })

    it('not-in-policy for active activities the policy does not disclose', () => {
      const findings = run(input, {
        today: TEST_TODAY,
        policy: {
          published: true,
          undisclosedActivityIds: ['a1', 'a2', 'a3', 'unknown', 'a1'],
          clausesNeedingReview: [],
        },
      })
      expect(findings.filter((f) => f.code === 'not-in-policy')).toEqual([
        expect.objectContaining({ severity: 'error', ref: { table: 'activities', id: 'a1' } }),
      ])
      expect(
        codes(input, {
          today: TEST_TODAY,
          policy: { published: true, undisclosedActivityIds: [], clausesNeedingReview: [] },
        }),
      ).toEqual(['draft-activity'])
    })

    it('policy-not-published is an error, and the policy area scores 0 however good the text', () => {
      const unpublished = { published: false, undisclosedActivityIds: [], clausesNeedingReview: [] }
      const findings = run(input, { today: TEST_TODAY, policy: unpublished })
      expect(findings.filter((f) => f.code === 'policy-not-published')).toEqual([
        expect.objectContaining({ severity: 'error', ref: { table: 'policy', id: 'policy' } }),
      ])
      expect(readinessScore(findings, input).areas.find((a) => a.area === 'policy')!.score).toBe(0)
      const published = run(input, { today: TEST_TODAY, policy: { ...unpublished, published: true } })
      expect(published.some((f) => f.code === 'policy-not-published')).toBe(false)
      expect(readinessScore(published, input).areas.find((a) => a.area === 'policy')!.score).toBe(100)
    })

    it('clause-needs-review', () => {
      const findings = run(input, {
        today: TEST_TODAY,
        policy: {
          published: true,
          undisclosedActivityIds: [],
          clausesNeedingReview: [{ clauseId: 'c1', title: 'Formål' }],
        },
      })
      expect(findings.filter((f) => f.code === 'clause-needs-review')).toEqual([
        expect.objectContaining({
          severity: 'warning',
          ref: { table: 'clauses', id: 'c1' },
          message: expect.stringContaining('«Formål»'),
        }),
      ])
    })
  })
})

describe('monthsBefore', () => {
  it('goes back across years', () => {
    expect(monthsBefore('2026-06-01', 12)).toBe('2025-06-01')
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15')
    expect(monthsBefore('2024-02-29', 12)).toBe('2023-02-29')
  })
})

describe('readinessScore', () => {
  const activities = Array.from({ length: 10 }, (_, i) => testActivity(`a${i}`))
  // One activity with an error, two with warnings only (one of them with two warnings).
  activities[0] = { ...testActivity('a0'), purposes: [] }
  activities[1] = testActivity('a1', { recipients: [] })
  activities[2] = testActivity('a2', { recipients: [], retention: { period: '1 år', basis: '' } })
  const input = wb({ activities })

  it('counts 1 point per clean record, ½ for warnings only, 0 for an error', () => {
    const findings = checkReadiness(input, opts)
    const scores = readinessScore(findings, input)
    const record = scores.areas.find((a) => a.area === 'record')!
    // 11 records (organisation + 10 activities): 8 clean + 2 × ½ = 9 → 82.
    expect(record).toMatchObject({
      checked: 11,
      errors: 1,
      warnings: 3,
      score: Math.round((100 * 9) / 11),
    })
    const legal = scores.areas.find((a) => a.area === 'legal-bases')!
    expect(legal).toMatchObject({ checked: 10, errors: 0, warnings: 0, score: 100 })
  })

  it('areas with nothing to check have no score, and the overall is the mean of the rest', () => {
    const scores = readinessScore([], wb(), { policyChecked: false })
    expect(scores.areas.map((a) => [a.area, a.score])).toEqual([
      ['record', 100],
      ['legal-bases', null],
      ['processors', null],
      ['transfers', null],
      ['policy', null],
      ['review', null],
    ])
    expect(scores.overall).toBe(100)
    const half = readinessScore(
      checkReadiness(actV2({ purposes: [], lastReviewed: null }), opts),
      act(),
    )
    // record: org clean, a1 error → 50; legal 100; review: warning → 50; policy: 1 clean activity → 100.
    expect(half.areas.map((a) => a.score)).toEqual([50, 100, null, null, 100, 50])
    expect(half.overall).toBe(75)
  })

  it('a finding on a record outside the counted set never drives the score below 0', () => {
    const f: RecordFinding = {
      code: 'clause-needs-review',
      article: 'art. 12',
      severity: 'error',
      message: '',
      hint: '',
      ref: { table: 'clauses', id: 'x' },
    }
    const scores = readinessScore([f], wb(), { policyChecked: false })
    expect(scores.areas.find((a) => a.area === 'policy')).toMatchObject({ checked: 1, score: 0 })
  })
})

describe('future-date', () => {
  it('reports an imported date after today as an error on the field, once per field', () => {
    const findings = run(
      wb({
        activities: [testActivity('a1', { lastReviewed: '2027-01-01' })],
        processors: [testProcessor('p1', { agreement: { ...testProcessor('p1').agreement, signedOn: '2027-06-01' } })],
        transfers: [testTransfer('t1', { tiaDate: '2027-02-03' })],
      }),
    ).filter((f) => f.code === 'future-date')
    expect(findings.map((f) => [f.ref.table, f.ref.field, f.severity])).toEqual([
      ['activities', 'lastReviewed', 'error'],
      ['processors', 'agreement.signedOn', 'error'],
      ['transfers', 'tiaDate', 'error'],
    ])
    expect(findings[2]!.message).toBe(
      'Overføringen til Mottaker t1 (India): «Vurdering av overføringen (TIA)» er satt til 03.02.2027, en dato fram i tid.',
    )
  })
  it('leaves dates up to today alone', () => {
    expect(codes(act({ lastReviewed: TEST_TODAY }))).not.toContain('future-date')
  })
})

describe('archived transfers', () => {
  it('are not checked and do not count, but an activity’s link to one is no broken link', () => {
    const archived = testTransfer('t1', { tiaDate: null, status: 'archived' })
    const input = wb({ activities: [testActivity('a1', { transferIds: ['t1'] })], transfers: [archived] })
    expect(codes(input)).not.toContain('scc-without-tia')
    expect(codes(input)).not.toContain('transfer-without-mechanism')
    expect(codes(wb({ transfers: [{ ...archived, status: 'active' }] }))).toContain('scc-without-tia')
  })
})
