/**
 * What the activity table shows of each activity, computed once per activity object:
 * the text of every column, the search text and the number of problems of a draft.
 * Filtering, sorting and searching then read plain strings, so 5 000 activities stay
 * quick however often the DPO types or changes a filter.
 */
import { countryName } from '../../../../shared/law'
import { validateActivity } from '../../../../shared/checks/activity-rules'
import { categoryNames, groupNames, hasCriminalData, informsViaPolicy, purposeTexts, type DataSource, type ProcessingActivity, type Processor, type Transfer } from '../../../../shared/model'
import { formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'
import {
  art9Labels,
  automatedDecisionsLabel,
  dpiaLabel,
  dpiaState,
  draftLabel,
  legalBasisDetails,
  legalBasisLabels,
  requirementLabel,
  roleLabel,
  sourceLabels,
  statusLabel,
  type DpiaState,
} from './activity-labels'

/** The columns whose text comes from the activity alone (and its processors and transfers). */
export const TEXT_COLUMN_IDS = [
  'name',
  'description',
  'owner',
  'area',
  'systems',
  'role',
  'purposes',
  'legalBases',
  'legalDetails',
  'specialCategories',
  'art9Bases',
  'criminalData',
  'dataSubjects',
  'dataCategories',
  'sources',
  'requirement',
  'automatedDecisions',
  'recipients',
  'processors',
  'jointController',
  'transfers',
  'retention',
  'securityMeasures',
  'dpia',
  'status',
  'lastReviewed',
  'createdAt',
  'updatedAt',
] as const
export type TextColumnId = (typeof TEXT_COLUMN_IDS)[number]

/**
 * Every column the table can show, in the default order of the column chooser.
 * `disclosure` («ikke omtalt i personvernerklæringen») depends on the clauses and on the
 * other activities too, so it is not part of a row's cached text.
 */
export const COLUMN_IDS = [...TEXT_COLUMN_IDS, 'disclosure'] as const
export type ColumnId = (typeof COLUMN_IDS)[number]

const COLUMN_ID_SET: ReadonlySet<string> = new Set(COLUMN_IDS)
export function isColumnId(id: string): id is ColumnId {
  return COLUMN_ID_SET.has(id)
}

/** The other records an activity's cells name: processors and transfers by id. */
export interface RowLookups {
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  processorsById: ReadonlyMap<string, Processor>
  transfersById: ReadonlyMap<string, Transfer>
  /** The shared list of named sources, by id; absent, no third-party source is named. */
  sourcesById?: ReadonlyMap<string, DataSource>
}

export function rowLookups(
  processors: readonly Processor[],
  transfers: readonly Transfer[],
  sources: readonly DataSource[] = [],
): RowLookups {
  return {
    processors,
    transfers,
    sourcesById: new Map(sources.map((s) => [s.id, s])),
    processorsById: new Map(processors.map((p) => [p.id, p])),
    transfersById: new Map(transfers.map((tr) => [tr.id, tr])),
  }
}

export interface ActivityRow {
  activity: ProcessingActivity
  /** The text of each column as shown (and sorted, for the text columns). */
  cells: Record<TextColumnId, string>
  /** For a draft: how many of the record rules it does not meet yet; 0 otherwise. */
  missing: number
  dpia: DpiaState
  /** All text of the activity, lower-cased, for the search box. */
  search: string
}

const join = (values: readonly string[]) => values.join('; ')

const COMBINING = /[\u0300-\u036f]/

/** Lower case, with «å» typed as one letter or as «a» + ring matching alike. */
export function normalizeText(text: string): string {
  // Decomposed letters are rare; looking for them is much cheaper than normalising all text.
  return (COMBINING.test(text) ? text.normalize('NFC') : text).toLocaleLowerCase('nb')
}

/** The names of the processors an activity uses (unknown ids are left out). */
export function processorNames(a: ProcessingActivity, lookups: RowLookups): string[] {
  return a.processorIds.flatMap((id) => {
    const p = lookups.processorsById.get(id)
    return p ? [p.name] : []
  })
}

/** The countries the activity's transfers go to, each once, in Norwegian. */
export function transferCountries(a: ProcessingActivity, lookups: RowLookups): string[] {
  const names = a.transferIds.flatMap((id) => {
    const tr = lookups.transfersById.get(id)
    return tr ? [countryName(tr.country)] : []
  })
  return [...new Set(names)]
}

/** The art. 10 authorities named on the activity's purposes, joined. */
function criminalBasis(a: ProcessingActivity): string {
  return [...new Set(a.purposes.map((p) => p.art10Basis.nb.trim()).filter(Boolean))].join('; ')
}

export function buildActivityRow(a: ProcessingActivity, lookups: RowLookups): ActivityRow {
  const missing =
    a.status === 'draft'
      ? validateActivity(a, {
          processors: lookups.processors,
          transfers: lookups.transfers,
          transfersById: lookups.transfersById,
        }).length
      : 0
  const processors = processorNames(a, lookups)
  const transferNames = a.transferIds.flatMap((id) => {
    const tr = lookups.transfersById.get(id)
    return tr ? [tr.recipient] : []
  })
  const cells: Record<TextColumnId, string> = {
    name: a.name,
    description: a.description,
    owner: a.owner,
    area: a.area,
    systems: join(a.systems),
    role:
      a.role === 'processor' && a.onBehalfOf.trim() !== ''
        ? `${roleLabel(a.role)} (${a.onBehalfOf})`
        : roleLabel(a.role),
    purposes: join(purposeTexts(a)),
    legalBases: legalBasisLabels(a).join(', '),
    legalDetails: join(legalBasisDetails(a)),
    specialCategories: join(categoryNames(a, 'special')),
    art9Bases: join([...art9Labels(a), ...new Set(a.purposes.map((p) => p.art9Detail.nb.trim()).filter(Boolean))]),
    criminalData: hasCriminalData(a)
      ? criminalBasis(a)
        ? `${t.activities.yes} (${criminalBasis(a)})`
        : t.activities.yes
      : t.activities.no,
    dataSubjects: join(groupNames(a)),
    dataCategories: join(categoryNames(a, 'ordinary')),
    sources: join(sourceLabels(a, lookups.sourcesById ?? new Map())),
    requirement: requirementLabel(a.requirement),
    automatedDecisions: automatedDecisionsLabel(a),
    recipients: join(a.recipients.map((r) => r.nb)),
    processors: join(processors),
    jointController: a.jointController,
    transfers: join(transferCountries(a, lookups)),
    retention: a.retention.map((r) => [r.period.nb, r.basis.nb].filter((s) => s.trim() !== '').join(' – ')).join('; '),
    securityMeasures: join(a.securityMeasures),
    dpia: dpiaLabel(a),
    status: a.status === 'draft' ? draftLabel(missing) : statusLabel(a.status),
    lastReviewed: a.lastReviewed === null ? t.activities.neverReviewed : formatDate(a.lastReviewed),
    createdAt: formatDate(a.createdAt),
    updatedAt: formatDate(a.updatedAt),
  }
  const search = normalizeText(
    [
      ...TEXT_COLUMN_IDS.map((id) => cells[id]),
      a.onBehalfOf,
      ...[a.automatedDecisions.logic, a.automatedDecisions.consequences, a.requirementConsequence].flatMap((l) => [l.nb, l.nn]),
      ...transferNames,
    ].join('\n'),
  )
  return { activity: a, cells, missing, dpia: dpiaState(a), search }
}

/**
 * What the «Personvernerklæringen» column shows, worked out from the clauses and all
 * activities at once (use-record-tables.ts).
 */
export interface PolicyDisclosure {
  /**
   * For each activity the policy must describe (active, concerning people outside the
   * company): the headings of the clauses that describe it, in policy order; empty when
   * none does.
   */
  headings: ReadonlyMap<string, readonly string[]>
  /** The activities with no such clause («ikke omtalt i personvernerklæringen»). */
  undisclosed: ReadonlySet<string>
}

/**
 * The text of the «Personvernerklæringen» cell: how many clauses describe the activity and
 * their headings (the count first, as a cell shows two lines), «Ikke omtalt» when none does, or why the policy leaves it out (a draft, an
 * archived activity, or one concerning only people inside the company). Null until the
 * disclosure is worked out.
 */
export function disclosureText(
  a: ProcessingActivity,
  disclosure: PolicyDisclosure | undefined,
): string | null {
  const s = t.activities.disclosure
  if (a.status !== 'active') return a.status === 'draft' ? s.draft : s.archived
  if (!informsViaPolicy(a)) return s.internal
  const headings = disclosure?.headings.get(a.id)
  if (headings === undefined) return null
  return headings.length === 0 ? t.activities.undisclosed : s.clauses(headings)
}

/** Rows already built, by activity id. */
export type RowCache = Map<string, ActivityRow>

/**
 * Rows for `activities`, reusing the row built before for the same version of an
 * activity: the same object, or the same id and `updatedAt` (the store stamps
 * `updatedAt` on every write, and the database hands out a fresh copy of every record on
 * each read, so object identity alone would rebuild every row after any edit). Make a new
 * cache when the processors or transfers change, since the rows name them.
 */
export function buildActivityRows(
  activities: readonly ProcessingActivity[],
  lookups: RowLookups,
  cache: RowCache,
): ActivityRow[] {
  return activities.map((a) => {
    const cached = cache.get(a.id)
    if (cached && (cached.activity === a || cached.activity.updatedAt === a.updatedAt)) {
      return cached
    }
    const row = buildActivityRow(a, lookups)
    cache.set(a.id, row)
    return row
  })
}

/** One empty list, so that leaving out the sources does not rebuild every row. */
const NO_SOURCES: readonly DataSource[] = []

let built: {
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  sources: readonly DataSource[]
  lookups: RowLookups
  cache: RowCache
  activities: readonly ProcessingActivity[] | null
  rows: ActivityRow[]
} | null = null

/**
 * The rows of the table, kept between visits: the same arrays in give the same rows out,
 * so coming back to the table from an editor builds nothing, and after an edit only the
 * edited activity's row is built. (The arrays come from the table snapshots, which keep
 * their identity until something changes.) A change to the processors or transfers
 * builds every row again, since the rows name them.
 */
export function activityRows(
  activities: readonly ProcessingActivity[],
  processors: readonly Processor[],
  transfers: readonly Transfer[],
  sources: readonly DataSource[] = NO_SOURCES,
): ActivityRow[] {
  if (!built || built.processors !== processors || built.transfers !== transfers || built.sources !== sources) {
    built = {
      processors,
      transfers,
      sources,
      lookups: rowLookups(processors, transfers, sources),
      cache: new Map(),
      activities: null,
      rows: [],
    }
  }
  if (built.activities !== activities) {
    built.rows = buildActivityRows(activities, built.lookups, built.cache)
    built.activities = activities
    // Rows of activities that are gone (a workbench replaced, say) are not kept.
    if (built.cache.size > activities.length) {
      const ids = new Set(activities.map((a) => a.id))
      for (const id of built.cache.keys()) if (!ids.has(id)) built.cache.delete(id)
    }
  }
  return built.rows
}
