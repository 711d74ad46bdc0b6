import { activityFromV1, type ActivityV1 } from '../../../../shared/model/migrations/002-record-model-v2'
import { describe, expect, it } from 'vitest'
import {
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../../shared/model'
import {
  DEFAULT_FILTERS,
  filterRows,
  hasNarrowingFilters,
  isReviewOverdue,
  ownerOptions,
  queryTerms,
  reviewCutoff,
  type ActivityFilters,
} from './activity-filters'
import { buildActivityRow, buildActivityRows, rowLookups, type ActivityRow } from './activity-rows'

const NOW = '2026-11-23T12:00:00.000Z'
const TODAY = '2026-11-23'

function activity(id: string, patch: Partial<ActivityV1>): ProcessingActivity {
  return activityFromV1(id, NOW, { name: 'Ny behandlingsaktivitet', ...patch })
}

const processors: Processor[] = [
  {
    id: 'p1',
    name: 'Skyhall Drift AS',
    orgNumber: '',
    country: 'NO',
    services: [],
    contact: { name: '', email: '', phone: '' },
    agreement: { signedOn: null, reference: '', checklist: {} },
    subProcessors: [],
    locations: ['NO'],
    notes: '',
    status: 'active',
    createdAt: NOW,
    updatedAt: NOW,
  },
]
const transfers: Transfer[] = [
  {
    id: 't1',
    processorId: null,
    recipient: 'Kortsupport Ltd',
    country: 'IN',
    mechanism: 'scc-2021',
    sccModule: 2,
    dpfCheckedOn: null,
    derogation: null,
    tiaDate: '2025-06-30',
    fallback: null,
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
  },
]
const lookups = rowLookups(processors, transfers)

const list = [
  activity('a', {
    name: 'Kundeavtale og fakturering',
    owner: 'Kundeservice',
    status: 'active',
    purposes: ['Inngå og følge opp strømavtaler'],
    legalBases: [{ basis: 'contract', law: '', interest: '' }],
    processorIds: ['p1'],
    lastReviewed: '2026-03-01',
    dpia: { needed: 'no', doneOn: null },
  }),
  activity('b', {
    name: 'Lønn',
    owner: 'Økonomi',
    purposes: ['Utbetale lønn'],
    legalBases: [{ basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' }],
    systems: ['Visma'],
    transferIds: ['t1'],
    lastReviewed: '2025-11-22',
    dpia: { needed: 'yes', doneOn: null },
  }),
  activity('c', {
    name: 'Kameraovervåking',
    status: 'archived',
    dataCategories: ['Bilder og video'],
    lastReviewed: '2025-11-23',
    dpia: { needed: 'yes', doneOn: '2024-05-01' },
  }),
]
const rows = buildActivityRows(list, lookups, new Map())
const ids = (patch: Partial<ActivityFilters>) =>
  filterRows(rows, { ...DEFAULT_FILTERS, ...patch }, TODAY).map((r) => r.activity.id)

describe('the search box', () => {
  it('shows active and draft by default, and everything for a blank query', () => {
    expect(ids({ query: '   ' })).toEqual(['a', 'b'])
    expect(ids({ status: 'all' })).toEqual(['a', 'b', 'c'])
  })
  it('ignores case, also for æ, ø and å, however «å» is encoded', () => {
    expect(ids({ query: 'ØKONOMI' })).toEqual(['b'])
    expect(ids({ query: 'strømavtaler' })).toEqual(['a'])
    expect(ids({ query: 'følge' })).toEqual(['a'])
    // «å» typed as «a» + combining ring (NFD) still finds «Kameraovervåking».
    expect(ids({ query: 'overva\u030aking', status: 'all' })).toEqual(['c'])
  })
  it('finds text in lists, the law, the labels of codes and the names of linked records', () => {
    expect(ids({ query: 'visma' })).toEqual(['b'])
    expect(ids({ query: 'bokføringsloven' })).toEqual(['b'])
    expect(ids({ query: 'rettslig forpliktelse' })).toEqual(['b'])
    expect(ids({ query: 'skyhall' })).toEqual(['a'])
    expect(ids({ query: 'india' })).toEqual(['b'])
    expect(ids({ query: 'kortsupport' })).toEqual(['b'])
    expect(ids({ query: 'video', status: 'all' })).toEqual(['c'])
  })
  it('requires every word', () => {
    expect(ids({ query: 'lønn visma' })).toEqual(['b'])
    expect(ids({ query: 'lønn kamera' })).toEqual([])
  })
  it('matches the status label', () => {
    expect(ids({ query: 'utkast', status: 'all' })).toEqual(['b'])
    expect(ids({ query: 'arkivert', status: 'all' })).toEqual(['c'])
  })
})

describe('the filters', () => {
  it('status', () => {
    expect(ids({ status: 'active' })).toEqual(['a'])
    expect(ids({ status: 'draft' })).toEqual(['b'])
    expect(ids({ status: 'archived' })).toEqual(['c'])
  })
  it('legal basis and department', () => {
    expect(ids({ legalBasis: 'legal-obligation' })).toEqual(['b'])
    expect(ids({ legalBasis: 'consent' })).toEqual([])
    expect(ids({ owner: 'Økonomi' })).toEqual(['b'])
    expect(ids({ owner: '', status: 'all' })).toEqual(['c'])
  })
  it('transfers', () => {
    expect(ids({ transfers: 'yes' })).toEqual(['b'])
    expect(ids({ transfers: 'no', status: 'all' })).toEqual(['a', 'c'])
  })
  it('DPIA: needed and not done, done, not needed, not assessed', () => {
    const extra = buildActivityRow(activity('d', {}), lookups)
    const all = [...rows, extra]
    const dpia = (d: ActivityFilters['dpia']) =>
      filterRows(all, { ...DEFAULT_FILTERS, status: 'all', dpia: d }, TODAY).map(
        (r) => r.activity.id,
      )
    expect(dpia('missing')).toEqual(['b'])
    expect(dpia('done')).toEqual(['c'])
    expect(dpia('not-needed')).toEqual(['a'])
    expect(dpia('unknown')).toEqual(['d'])
  })
  it('overdue review: never, or more than 12 months ago', () => {
    const never = buildActivityRow(activity('n', {}), lookups)
    const all: ActivityRow[] = [...rows, never]
    expect(
      filterRows(all, { ...DEFAULT_FILTERS, status: 'all', overdue: true }, TODAY).map(
        (r) => r.activity.id,
      ),
    ).toEqual(['b', 'n'])
  })
  it('not described in the privacy policy', () => {
    const flagged = new Set(['b', 'c'])
    const undisclosed = (patch: Partial<ActivityFilters>) =>
      filterRows(rows, { ...DEFAULT_FILTERS, undisclosed: true, ...patch }, TODAY, flagged).map(
        (r) => r.activity.id,
      )
    expect(undisclosed({})).toEqual(['b'])
    expect(undisclosed({ status: 'all' })).toEqual(['b', 'c'])
    expect(undisclosed({ query: 'kamera', status: 'all' })).toEqual(['c'])
    // Nothing flagged (or not known yet): nothing passes.
    expect(filterRows(rows, { ...DEFAULT_FILTERS, undisclosed: true }, TODAY)).toEqual([])
    expect(hasNarrowingFilters({ ...DEFAULT_FILTERS, undisclosed: true })).toBe(true)
  })
  it('combine', () => {
    expect(ids({ status: 'all', dpia: 'missing', query: 'visma', transfers: 'yes' })).toEqual(['b'])
    expect(ids({ status: 'all', dpia: 'missing', owner: 'Kundeservice' })).toEqual([])
  })
})

describe('reviewCutoff and isReviewOverdue', () => {
  it('is the same date a year before, and 28 February for a leap day', () => {
    expect(reviewCutoff('2026-11-23')).toBe('2025-11-23')
    expect(reviewCutoff('2028-02-29')).toBe('2027-02-28')
    expect(() => reviewCutoff('23.11.2026')).toThrow(RangeError)
  })
  it('counts exactly 12 months as not yet overdue', () => {
    expect(isReviewOverdue('2025-11-23', '2025-11-23')).toBe(false)
    expect(isReviewOverdue('2025-11-22', '2025-11-23')).toBe(true)
    expect(isReviewOverdue(null, '2025-11-23')).toBe(true)
  })
})

describe('helpers', () => {
  it('queryTerms splits on any whitespace', () => {
    expect(queryTerms(' Lønn\tog  Ferie ')).toEqual(['lønn', 'og', 'ferie'])
  })
  it('hasNarrowingFilters ignores the status', () => {
    expect(hasNarrowingFilters(DEFAULT_FILTERS)).toBe(false)
    expect(hasNarrowingFilters({ ...DEFAULT_FILTERS, status: 'all' })).toBe(false)
    expect(hasNarrowingFilters({ ...DEFAULT_FILTERS, overdue: true })).toBe(true)
    expect(hasNarrowingFilters({ ...DEFAULT_FILTERS, query: ' x ' })).toBe(true)
  })
  it('ownerOptions: each department once, Norwegian order, blank included once', () => {
    expect(ownerOptions(rows)).toEqual(['', 'Kundeservice', 'Økonomi'])
  })
})
