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
    return [{ basis: p.basis, law: needs === 'law' ? p.law.nb : '', interest: needs === 'interest' ? p.interest.nb : '' }]
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
    purposes: a.purposes.map((p) => p.text.nb.trim()).filter(Boolean),
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

/** An activity from the flat shape, by the rules of the version 2 migration. */
export function activityFromFlat(flat: FlatActivity): ProcessingActivity {
  return upgradeActivityV2(flat)
}

/** The shared sources the flat activities name; ids match those `activityFromFlat` links. */
export function sourcesFromFlat(flats: readonly FlatActivity[]): DataSource[] {
  return sourcesFromActivitiesV1(flats)
}

export { sourceIdV2 as sourceIdForName }
