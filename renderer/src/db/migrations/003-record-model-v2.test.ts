/**
 * Database version 3: the record model of issue 9. Version 2 databases (the registers,
 * activities and organisation of the version 1 shape) are upgraded in place by the same
 * pure functions the workbench-file reader uses (shared/model/migrations/002-record-model-v2.ts).
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { changeEntry, newId, processingActivity } from '../../../../shared/model'
import {
  emptyActivityV1,
  sourceIdV2,
  sourcesFromActivitiesV1,
  upgradeActivityV2,
  type ActivityV1,
  type OrganizationV1,
} from '../../../../shared/model/migrations/002-record-model-v2'
import { organization } from '../../../../shared/model/organization'
import { dataSource } from '../../../../shared/model/source'
import { createDb, ORGANIZATION_KEY, STORES_V3 } from '../schema'
import { sampleOrganization, T0 } from '../test-support'
import { openDbAt } from './harness'

const { bothLanguages: _dropped, ...orgV1 } = sampleOrganization()
const ORG_V1: OrganizationV1 = orgV1

const METER: ActivityV1 = {
  ...emptyActivityV1('a-meter', T0),
  name: 'Måleverdier og avregning',
  status: 'active',
  purposes: ['Fakturere strøm', 'Føre regnskap'],
  legalBases: [
    { basis: 'contract', law: '', interest: '' },
    { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
  ],
  dataSubjects: ['Kunder'],
  externalSubjects: true,
  dataCategories: ['Måleverdier', 'Målepunkt-ID'],
  sources: [
    { kind: 'public-register', name: 'Elhub' },
    { kind: 'data-subject', name: '' },
  ],
  retention: { period: '5 år etter regnskapsårets slutt', basis: 'bokføringsloven § 13' },
}

const MOVE: ActivityV1 = {
  ...emptyActivityV1('a-move', T0),
  name: 'Flyttemeldinger',
  purposes: ['Avslutte og starte leveranse ved flytting'],
  legalBases: [{ basis: 'contract', law: '', interest: '' }],
  dataSubjects: ['Kunder'],
  externalSubjects: true,
  dataCategories: ['Ny adresse'],
  // The same source as above, spelled differently.
  sources: [{ kind: 'public-register', name: ' elhub ' }],
}

/** Writes version 1 shaped records into a version 2 database, as a user's database holds them. */
async function versionTwoDatabase(): Promise<string> {
  const name = `ombud-test-${newId()}`
  const v2 = await openDbAt(name, 2)
  await v2.table('organization').add({ ...ORG_V1, key: ORGANIZATION_KEY })
  await v2.table('activities').bulkAdd([METER, MOVE])
  await v2.table('changes').add({ by: '', at: T0, table: 'activities', recordId: 'a-meter', action: 'create', before: null, after: METER })
  await v2.table('routines').add({ id: 'r-1', kind: 'breach' })
  v2.close()
  return name
}

describe('database version 3 (record model v2)', () => {
  it('upgrades the activities of a version 2 database with the pure function of migration 002', async () => {
    const name = await versionTwoDatabase()
    const db = createDb(name)
    await db.open()
    expect(db.verno).toBe(3)
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(STORES_V3).sort())

    const meter = await db.activities.get('a-meter')
    expect(meter).toEqual(upgradeActivityV2(METER))
    expect(processingActivity.safeParse(meter).success).toBe(true)
    // Two purposes on two bases in version 1: not guessed, marked «må gjennomgås».
    expect(meter!.purposes.map((p) => p.basis)).toEqual([null, null])
    expect(meter!.reviewNotes.join(' ')).toContain('bokføringsloven § 13')
    expect(meter!.retention[0]!.period.nb).toBe('5 år etter regnskapsårets slutt')

    const move = await db.activities.get('a-move')
    expect(processingActivity.safeParse(move).success).toBe(true)
    expect(move!.purposes[0]!.basis).toBe('contract')
    db.close()
  })

  it('makes one shared source per name, the one both activities link to', async () => {
    const db = createDb(await versionTwoDatabase())
    await db.open()
    const sources = await db.sources.toArray()
    expect(sources).toEqual(sourcesFromActivitiesV1([METER, MOVE]))
    expect(sources.map((s) => s.name.nb)).toEqual(['Elhub'])
    for (const s of sources) expect(dataSource.safeParse(s).success).toBe(true)
    const elhub = sourceIdV2('Elhub')
    for (const id of ['a-meter', 'a-move']) {
      const a = await db.activities.get(id)
      expect(a!.dataCategories.every((c) => c.sourceIds.includes(elhub))).toBe(true)
    }
    db.close()
  })

  it('upgrades the organisation under its key, and leaves the change log and the registers as they were', async () => {
    const db = createDb(await versionTwoDatabase())
    await db.open()
    const org = await db.organization.get(ORGANIZATION_KEY)
    expect(org).toEqual({ ...ORG_V1, bothLanguages: false, key: ORGANIZATION_KEY })
    const { key: _key, ...record } = org!
    expect(organization.safeParse(record).success).toBe(true)
    const changes = await db.changes.toArray()
    expect(changes).toHaveLength(1)
    // A logged activity is a whole record of the current shape, as the change log requires.
    expect(changes[0]!.after).toEqual(upgradeActivityV2(METER))
    expect(changeEntry.safeParse(changes[0]).success).toBe(true)
    expect(await db.table('routines').get('r-1')).toEqual({ id: 'r-1', kind: 'breach' })
    db.close()
  })

  it('opens an empty version 2 database with an empty source list', async () => {
    const name = `ombud-test-${newId()}`
    ;(await openDbAt(name, 2)).close()
    const db = createDb(name)
    await db.open()
    expect(await db.sources.count()).toBe(0)
    expect(await db.activities.count()).toBe(0)
    db.close()
  })
})
