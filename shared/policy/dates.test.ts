import { describe, expect, it } from 'vitest'
import { informsViaPolicy } from '../model/activity-view'
import type { PolicyVersion } from '../model/clause'
import type { Workbench } from '../model/workbench'
import { composePolicy } from './compose'
import { composeCurrentPolicy, lastChangeAt, lastContentChange, publicationDoc, versionDoc } from './dates'
import { testWorkbench } from './test-workbench'

/** A day no record of the test workbench was touched: the export date must never show. */
const TODAY = '2026-11-30'

function published(wb: Workbench, publishedOn: string, over: Partial<PolicyVersion> = {}): PolicyVersion {
  return {
    id: `v-${publishedOn}`,
    lang: 'nb',
    status: 'published',
    createdAt: `${publishedOn}T08:00:00.000Z`,
    publishedOn,
    hash: 'a'.repeat(64),
    note: '',
    doc: composePolicy(wb, 'nb', { updated: publishedOn }),
    ...over,
  }
}

describe('the date under the title («Sist oppdatert»)', () => {
  it('is the day the content of a draft last changed, never the day it is exported', () => {
    const wb = testWorkbench() // every record saved 2026-01-15
    expect(composeCurrentPolicy(wb, 'nb', { today: TODAY }).updated).toBe('2026-01-15')
    wb.activities = wb.activities.map((a) =>
      a.id === 'a-kamera' ? { ...a, retention: a.retention.map((r) => ({ ...r, period: { nb: '14 dager', nn: '14 dagar' } })), updatedAt: '2026-03-04T23:30:00.000Z' } : a,
    )
    // 23:30 UTC on 4 March is 5 March in Norway.
    expect(composeCurrentPolicy(wb, 'nb', { today: TODAY }).updated).toBe('2026-03-05')
  })

  it('is not moved by a change to an activity the policy does not describe', () => {
    const wb = testWorkbench()
    const internal = wb.activities.find((a) => !informsViaPolicy(a))!
    wb.activities = wb.activities.map((a) => (a.id === internal.id ? { ...a, description: 'Ny tekst', updatedAt: '2026-06-01T10:00:00.000Z' } : a))
    expect(composeCurrentPolicy(wb, 'nb', { today: TODAY }).updated).toBe('2026-01-15')
  })

  it('counts a change of the organisation from the change log', () => {
    const wb = testWorkbench()
    const organizationChangedAt = lastChangeAt(
      [
        { seq: 1, table: 'organization', recordId: 'organization', action: 'update', at: '2026-02-01T10:00:00.000Z', before: null, after: null, by: '' },
        { seq: 2, table: 'organization', recordId: 'organization', action: 'update', at: '2026-04-01T10:00:00.000Z', before: null, after: null, by: '' },
        { seq: 3, table: 'activities', recordId: 'a-kamera', action: 'update', at: '2026-09-01T10:00:00.000Z', before: null, after: null, by: '' },
      ],
      'organization',
    )
    expect(organizationChangedAt).toBe('2026-04-01T10:00:00.000Z')
    expect(composeCurrentPolicy({ ...wb, organizationChangedAt }, 'nb', { today: TODAY }).updated).toBe('2026-04-01')
  })

  it('is the publication date while the content equals the newest published version', () => {
    const wb = testWorkbench()
    wb.policyVersions = [published(wb, '2026-02-10')]
    // A later change that does not reach the text does not move the date.
    wb.processors = wb.processors.map((p, i) => (i === 0 ? { ...p, notes: 'Revidert', updatedAt: '2026-05-01T10:00:00.000Z' } : p))
    expect(composeCurrentPolicy(wb, 'nb', { today: TODAY }).updated).toBe('2026-02-10')
  })

  it('is never before the publication the content differs from', () => {
    const wb = testWorkbench()
    const old = structuredClone(wb)
    old.activities = old.activities.map((a) => (a.id === 'a-kamera' ? { ...a, retention: a.retention.map((r) => ({ ...r, period: { nb: 'Ti år', nn: 'Ti år' } })) } : a))
    // Published on 10 February with another text, while no record changed since 15 January:
    // the difference came with newer standard texts, after the publication.
    wb.policyVersions = [published(old, '2026-02-10')]
    const doc = composePolicy(wb, 'nb', { updated: TODAY })
    expect(lastContentChange(wb, doc)).toBe('2026-02-10')
  })

  it('falls back to the given day only when no record carries a time', () => {
    const empty = { organization: null, activities: [], processors: [], transfers: [], clauses: [], policyVersions: [] }
    expect(composeCurrentPolicy(empty, 'nb', { today: TODAY }).updated).toBe(TODAY)
  })

  it('is the publication date for a published version, also one saved before Ombud stamped it', () => {
    const wb = testWorkbench()
    const v = published(wb, '2026-02-10', { doc: composePolicy(wb, 'nb', { updated: '2026-02-03' }) })
    expect(versionDoc(v).updated).toBe('2026-02-10')
    expect(versionDoc({ ...v, status: 'draft', publishedOn: null }).updated).toBe('2026-02-03')
    expect(publicationDoc(v.doc, '2026-02-12').updated).toBe('2026-02-12')
  })
})
