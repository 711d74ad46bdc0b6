import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { processingActivity } from '../activity'
import { parseWorkbench, serializeWorkbench } from '../workbench'
import {
  activityFromV1,
  emptyActivityV1,
  sourceIdV2,
  sourcesFromActivitiesV1,
  upgradeActivityV2,
  upgradeChangeV2,
  upgradeWorkbenchV2,
  type ActivityV1,
} from './002-record-model-v2'
import { runPureUpgrade } from './harness'

const fixture = (name: string) => readFileSync(join(__dirname, '../../../tests/fixtures', name), 'utf8')
const T0 = '2025-09-01T08:00:00.000Z'
const old = (patch: Partial<ActivityV1>): ActivityV1 => ({ ...emptyActivityV1('a1', T0), ...patch })

describe('upgradeActivityV2 (pure, input unchanged)', () => {
  it('gives every purpose the one basis of a version 1 activity, with its law', () => {
    const [a] = runPureUpgrade(upgradeActivityV2, [
      old({
        purposes: ['Føre regnskap', 'Oppbevare bilag'],
        legalBases: [{ basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' }],
      }),
    ])
    expect(a!.purposes.map((p) => [p.text.nb, p.basis, p.law.nb])).toEqual([
      ['Føre regnskap', 'legal-obligation', 'bokføringsloven § 13'],
      ['Oppbevare bilag', 'legal-obligation', 'bokføringsloven § 13'],
    ])
    expect(a!.reviewNotes).toEqual([])
    expect(processingActivity.safeParse(a).success).toBe(true)
  })

  it('several purposes and several bases: no guess, the activity must be reviewed, the bases kept word for word', () => {
    const [a] = runPureUpgrade(upgradeActivityV2, [
      old({
        purposes: ['Besvare henvendelser', 'Lære opp nye medarbeidere'],
        legalBases: [
          { basis: 'contract', law: '', interest: '' },
          { basis: 'legitimate-interests', law: '', interest: 'Å dokumentere avtaler' },
        ],
      }),
    ])
    expect(a!.purposes.map((p) => p.basis)).toEqual([null, null])
    expect(a!.reviewNotes.join(' ')).toContain('Velg behandlingsgrunnlag for hvert formål')
    expect(a!.reviewNotes.join(' ')).toContain('Berettiget interesse (Å dokumentere avtaler)')
  })

  it('one purpose with several bases becomes one purpose per basis, marked for review', () => {
    const [a] = runPureUpgrade(upgradeActivityV2, [
      old({
        purposes: ['Utføre service'],
        legalBases: [
          { basis: 'contract', law: '', interest: '' },
          { basis: 'legitimate-interests', law: '', interest: 'Dokumentere arbeidet' },
        ],
      }),
    ])
    expect(a!.purposes.map((p) => [p.text.nb, p.basis, p.interest.nb])).toEqual([
      ['Utføre service', 'contract', ''],
      ['Utføre service', 'legitimate-interests', 'Dokumentere arbeidet'],
    ])
    expect(a!.reviewNotes).toHaveLength(1)
  })

  it('special categories, art. 9 conditions and criminal data become categories and purpose conditions', () => {
    const [a] = runPureUpgrade(upgradeActivityV2, [
      old({
        purposes: ['Følge opp sykefravær'],
        legalBases: [{ basis: 'legal-obligation', law: 'folketrygdloven § 8-7', interest: '' }],
        specialCategories: ['Helseopplysninger'],
        art9Bases: ['employment'],
        art9Detail: 'arbeidsmiljøloven § 4-6',
        criminalData: true,
        criminalDataBasis: 'politiregisterloven § 39',
        dataCategories: ['Navn'],
        dataSubjects: ['Ansatte'],
        sources: [{ kind: 'data-subject', name: '' }],
      }),
    ])
    expect(a!.dataCategories.map((c) => [c.name.nb, c.kind])).toEqual([
      ['Navn', 'ordinary'],
      ['Helseopplysninger', 'special'],
      ['Opplysninger om straffedommer og lovovertredelser', 'criminal'],
    ])
    const p = a!.purposes[0]!
    expect([p.art9Bases, p.art9Detail.nb, p.art10Basis.nb]).toEqual([['employment'], 'arbeidsmiljøloven § 4-6', 'politiregisterloven § 39'])
  })

  it('links categories to groups and origins, one shared id per source name, and marks mixed origins for review', () => {
    const input = old({
      dataSubjects: ['Kunder'],
      externalSubjects: true,
      dataCategories: ['Navn', 'Måleverdier'],
      sources: [
        { kind: 'data-subject', name: 'Kunden selv' },
        { kind: 'third-party', name: 'Elhub' },
      ],
    })
    const [a] = runPureUpgrade(upgradeActivityV2, [input])
    expect(a!.dataSubjects).toEqual([{ id: 'g1', name: { nb: 'Kunder', nn: '' }, informedBy: 'policy', notice: '', exemptionReason: '' }])
    expect(a!.dataCategories[1]).toMatchObject({ subjectIds: ['g1'], fromSubject: true, generated: false, sourceIds: [sourceIdV2('Elhub')] })
    expect(a!.reviewNotes.join(' ')).toContain('hvor den kommer fra')
    // The description version 1 let "the data subject" carry is kept for the DPO.
    expect(a!.reviewNotes.join(' ')).toContain('«Kunden selv»')
    expect(sourceIdV2('  elhub ')).toBe(sourceIdV2('Elhub'))
  })

  it('an internal activity: its groups are not informed by the policy until the DPO says how', () => {
    const [a] = runPureUpgrade(upgradeActivityV2, [old({ dataSubjects: ['Ansatte'], externalSubjects: false })])
    expect(a!.dataSubjects[0]!.informedBy).toBe('unknown')
    expect(a!.reviewNotes.join(' ')).toContain('Angi hvordan hver gruppe')
  })

  it('keeps texts as bokmål with an empty nynorsk, and retention as one rule for the whole activity', () => {
    const a = activityFromV1('a1', T0, {
      recipients: ['Regnskapsfører'],
      requirementConsequence: 'Uten e-post får du ikke nyhetsbrevet.',
      retention: { period: '3 år', basis: 'foreldelsesloven § 2' },
    })
    expect(a.recipients).toEqual([{ nb: 'Regnskapsfører', nn: '' }])
    expect(a.requirementConsequence).toEqual({ nb: 'Uten e-post får du ikke nyhetsbrevet.', nn: '' })
    expect(a.retention).toEqual([{ id: 'r1', period: { nb: '3 år', nn: '' }, basis: { nb: 'foreldelsesloven § 2', nn: '' }, categoryIds: [], purposeIds: [] }])
  })
})

describe('version 1 files open as version 2 and lose nothing', () => {
  for (const name of ['workbench-v1.ombud.json', 'sample-v1.ombud.json']) {
    it(`${name}: every activity, text and link survives, and the result round-trips`, () => {
      const v1 = JSON.parse(fixture(name)) as { activities: ActivityV1[] }
      const wb = parseWorkbench(fixture(name))
      expect(wb.version).toBe(2)
      expect(wb.activities.map((a) => a.id)).toEqual(v1.activities.map((a) => a.id))
      for (const [i, o] of v1.activities.entries()) {
        const a = wb.activities[i]!
        expect([...new Set(a.purposes.map((p) => p.text.nb).filter(Boolean))]).toEqual(o.purposes)
        // Every basis of version 1 is on a purpose or, where that was ambiguous, named in the review note.
        for (const b of o.legalBases) {
          const onPurpose = a.purposes.some((p) => p.basis === b.basis && p.law.nb === b.law)
          expect(onPurpose || a.reviewNotes.some((n) => n.includes('grunnlag'))).toBe(true)
        }
        expect(a.dataSubjects.map((g) => g.name.nb)).toEqual(o.dataSubjects)
        expect(a.dataCategories.filter((c) => c.kind === 'ordinary').map((c) => c.name.nb)).toEqual(o.dataCategories)
        expect(a.dataCategories.filter((c) => c.kind === 'special').map((c) => c.name.nb)).toEqual(o.specialCategories)
        expect(a.recipients.map((r) => r.nb)).toEqual(o.recipients)
        expect(a.retention.map((r) => r.period.nb).join('')).toBe(o.retention.period)
        expect(a.retention.map((r) => r.basis.nb).join('')).toBe(o.retention.basis)
        for (const s of o.sources.filter((x) => x.name.trim() && (x.kind === 'third-party' || x.kind === 'public-register'))) {
          expect(wb.sources.find((x) => x.id === sourceIdV2(s.name))).toBeDefined()
        }
        // The fields version 2 did not restructure are carried over as they were.
        for (const k of ['name', 'description', 'owner', 'area', 'systems', 'role', 'onBehalfOf', 'processorIds', 'jointController', 'transferIds', 'securityMeasures', 'dpia', 'status', 'lastReviewed', 'requirement', 'createdAt', 'updatedAt'] as const) {
          expect(a[k]).toEqual(o[k])
        }
        expect(a.requirementConsequence.nb).toBe(o.requirementConsequence)
        expect(a.automatedDecisions.logic.nb).toBe(o.automatedDecisions.logic)
        expect(a.automatedDecisions.consequences.nb).toBe(o.automatedDecisions.consequences)
        if (o.art9Detail) expect(a.purposes.some((p) => p.art9Detail.nb === o.art9Detail)).toBe(true)
        if (o.criminalDataBasis) expect(a.purposes.some((p) => p.art10Basis.nb === o.criminalDataBasis)).toBe(true)
      }
      // The other tables and the whole change log are there; logged activities have the new shape.
      const raw = JSON.parse(fixture(name)) as Record<string, unknown[]>
      for (const table of ['processors', 'transfers', 'clauses', 'policyVersions'] as const) {
        expect(wb[table]).toEqual(raw[table])
      }
      expect(wb.changes.map((c) => [c.seq, c.table, c.recordId, c.action, c.at])).toEqual(
        (raw.changes as Array<{ seq: number; table: string; recordId: string; action: string; at: string }>).map((c) => [c.seq, c.table, c.recordId, c.action, c.at]),
      )
      for (const [i, c] of (raw.changes as Array<{ table: string; after: unknown }>).entries()) {
        if (c.table === 'activities' && c.after) expect(wb.changes[i]!.after).toEqual(upgradeActivityV2(c.after as ActivityV1))
      }
      expect(parseWorkbench(serializeWorkbench(wb))).toEqual(wb)
    })
  }

  it('the whole-file upgrade does not change the document it is given', () => {
    const doc = JSON.parse(fixture('workbench-v1.ombud.json')) as Record<string, unknown>
    const [up] = runPureUpgrade(upgradeWorkbenchV2, [doc])
    expect(up!.version).toBe(2)
    expect((up!.organization as { bothLanguages: boolean }).bothLanguages).toBe(false)
  })

  it('upgrades the activities and the organisation in the change log, and nothing else of it', () => {
    const before = old({ purposes: ['Nyhetsbrev'], legalBases: [{ basis: 'consent', law: '', interest: '' }] })
    const after = { ...before, retention: { period: '3 år', basis: '' } }
    const org = { name: 'X AS', address: { street: '', postalCode: '', city: '' } }
    const entries = [
      { seq: 1, table: 'activities', recordId: 'a1', action: 'update', at: T0, before, after, by: '' },
      { seq: 2, table: 'organization', recordId: 'organization', action: 'create', at: T0, before: null, after: org, by: '' },
      { seq: 3, table: 'processors', recordId: 'p1', action: 'create', at: T0, before: null, after: { id: 'p1', purposes: ['x'] }, by: '' },
    ]
    const [a, o, p] = runPureUpgrade(upgradeChangeV2, entries)
    expect(a!.before).toEqual(upgradeActivityV2(before))
    expect(a!.after).toEqual(upgradeActivityV2(after))
    expect((o!.after as unknown as { bothLanguages: boolean }).bothLanguages).toBe(false)
    expect(p).toEqual(entries[2])
  })

  it('one source per name across activities, whatever the case and spacing', () => {
    const sources = sourcesFromActivitiesV1([
      old({ id: 'a', sources: [{ kind: 'third-party', name: 'Elhub' }] }),
      old({ id: 'b', sources: [{ kind: 'third-party', name: '  elhub ' }, { kind: 'public-register', name: 'Folkeregisteret' }] }),
    ])
    expect(sources.map((s) => [s.name.nb, s.kind])).toEqual([
      ['Elhub', 'third-party'],
      ['Folkeregisteret', 'public-register'],
    ])
  })
})
