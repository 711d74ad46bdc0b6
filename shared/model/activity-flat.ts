/**
 * The activity flattened to one value per column, as Datatilsynet's template and the
 * version 1 record have it: purposes, bases, categories and sources as lists side by side.
 * The Excel export and import and the protokoll's field tables use it; going back from
 * the flat shape is the version 2 migration itself (`activityFromFlat`), so an imported
 * sheet is mapped by the same rules as an old file, review notes included.
 */
import { ART6 } from '../law/legal-bases'
import type { ProcessingActivity } from './activity'
import { art9BasesOf, hasCriminalData } from './activity-view'
import { emptyPurpose } from './activity-parts'
import type { DataSource } from './source'
import {
  sourceIdV2,
  sourcesFromActivitiesV1,
  upgradeActivityV2,
  type ActivityV1,
  type DataSourceV1,
  type LegalBasisV1,
} from './migrations/002-record-model-v2'

export type FlatActivity = ActivityV1
export type FlatLegalBasis = LegalBasisV1
export type FlatSource = DataSourceV1

function distinct<T>(values: readonly T[], key: (v: T) => string): T[] {
  const seen = new Map<string, T>()
  for (const v of values) if (!seen.has(key(v))) seen.set(key(v), v)
  return [...seen.values()]
}

/** The distinct bases of the purposes, each with its law or interest, as one list. */
export function flatLegalBases(a: Pick<ProcessingActivity, 'purposes'>): FlatLegalBasis[] {
  const bases = a.purposes.flatMap((p): FlatLegalBasis[] => {
    if (!p.basis) return []
    const needs = ART6[p.basis].needs
    return [{ basis: p.basis, law: p.law.nb, interest: needs === 'interest' ? p.interest.nb : '' }]
  })
  return distinct(bases, (b) => `${b.basis}\u0000${b.law}\u0000${b.interest}`)
}

/** Where the activity's data comes from, one entry per kind of origin and named source. */
export function flatSources(a: Pick<ProcessingActivity, 'dataCategories'>, sources: ReadonlyMap<string, DataSource>): FlatSource[] {
  const out: FlatSource[] = []
  if (a.dataCategories.some((c) => c.fromSubject)) out.push({ kind: 'data-subject', name: '' })
  for (const id of new Set(a.dataCategories.flatMap((c) => c.sourceIds))) {
    const s = sources.get(id)
    if (s) out.push({ kind: s.kind, name: s.name.nb })
  }
  if (a.dataCategories.some((c) => c.generated)) out.push({ kind: 'generated', name: '' })
  return out
}

/** The activity in the flat shape (bokmål texts). */
export function flattenActivity(a: ProcessingActivity, sources: ReadonlyMap<string, DataSource>): FlatActivity {
  const criminalBasis = a.purposes.map((p) => p.art10Basis.nb.trim()).filter(Boolean)
  const art9Detail = a.purposes.map((p) => p.art9Detail.nb.trim()).filter(Boolean)
  const retention = a.retention.map((r) => ({ period: r.period.nb.trim(), basis: r.basis.nb.trim() }))
  return {
    id: a.id,
    name: a.name,
    description: a.description,
    owner: a.owner,
    area: a.area,
    systems: a.systems,
    role: a.role,
    onBehalfOf: a.onBehalfOf,
    // One line per purpose text: a purpose covered by two bases is two records with one text.
    purposes: [...new Set(a.purposes.map((p) => p.text.nb.trim()).filter(Boolean))],
    legalBases: flatLegalBases(a),
    specialCategories: a.dataCategories.filter((c) => c.kind === 'special').map((c) => c.name.nb),
    art9Bases: art9BasesOf(a),
    art9Detail: [...new Set(art9Detail)].join('; '),
    criminalData: hasCriminalData(a),
    criminalDataBasis: [...new Set(criminalBasis)].join('; '),
    dataSubjects: a.dataSubjects.map((g) => g.name.nb),
    externalSubjects: a.dataSubjects.some((g) => g.informedBy === 'policy'),
    dataCategories: a.dataCategories.filter((c) => c.kind === 'ordinary').map((c) => c.name.nb),
    sources: flatSources(a, sources),
    requirement: a.requirement,
    requirementConsequence: a.requirementConsequence.nb,
    automatedDecisions: {
      used: a.automatedDecisions.used,
      profiling: a.automatedDecisions.profiling,
      logic: a.automatedDecisions.logic.nb,
      consequences: a.automatedDecisions.consequences.nb,
    },
    recipients: a.recipients.map((r) => r.nb),
    processorIds: a.processorIds,
    jointController: a.jointController,
    transferIds: a.transferIds,
    retention: {
      period: retention.map((r) => r.period).filter(Boolean).join('; '),
      basis: [...new Set(retention.map((r) => r.basis).filter(Boolean))].join('; '),
    },
    securityMeasures: a.securityMeasures,
    dpia: a.dpia,
    status: a.status,
    lastReviewed: a.lastReviewed,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }
}

/**
 * The activity with its purposes paired to bases as the DPO would record them: one
 * purpose per `[purpose, basis]` pair of indexes into the flat lists. For test data and
 * the sample, written in the template's flat terms; the review note on purposes goes.
 */
export function pairPurposes(flat: FlatActivity, a: ProcessingActivity, pairs: ReadonlyArray<readonly [number, number]>): ProcessingActivity {
  const template = a.purposes[0]
  // The law stays where version 1 had one, whatever the basis (an (f) may cite one too).
  const purposes = pairs.map(([pi, bi], k) => {
    const lb = flat.legalBases[bi]
    const text = flat.purposes[pi]
    if (lb === undefined || text === undefined) throw new RangeError(`${a.id}: no purpose ${pi} or basis ${bi}`)
    const needs = ART6[lb.basis].needs
    return {
      ...(template ?? emptyPurpose('')),
      id: `p${k + 1}`,
      text: { nb: text, nn: '' },
      basis: lb.basis,
      law: { nb: lb.law, nn: '' },
      interest: { nb: needs === 'interest' ? lb.interest : '', nn: '' },
    }
  })
  return { ...a, purposes, reviewNotes: a.reviewNotes.filter((n) => !n.includes('behandlingsgrunnlag')) }
}

/** An activity from the flat shape, by the rules of the version 2 migration. */
export function activityFromFlat(flat: FlatActivity): ProcessingActivity {
  return upgradeActivityV2(flat)
}

/** The shared sources the flat activities name; ids match those `activityFromFlat` links. */
export function sourcesFromFlat(flats: readonly FlatActivity[]): DataSource[] {
  return sourcesFromActivitiesV1(flats)
}

export { sourceIdV2 as sourceIdForName }
