import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../../../resources/sample-company'
import { handKeptProtokollXlsx, HAND_KEPT_ROWS } from '../../../../shared/ropa/test-fixtures'
import { importActivities } from '../../db/repo/import-activities'
import { freshDb } from '../../db/test-support'
import { loadWorkbench } from '../../db/workbench-io'
import type { FileData, FileFilter, Platform } from '../../platform'
import { countImportRows, exportRecordXlsx, prepareExcelImport } from './excel-io'

const NOW = '2026-11-23T10:00:00.000Z'

/** A platform that keeps what it is asked to save. */
function recordingPlatform() {
  const saved: Array<{ name: string; data: FileData; filters: FileFilter[] }> = []
  const platform: Platform = {
    kind: 'web',
    saveFile: async (name, data, filters) => {
      saved.push({ name, data, filters })
      return { saved: true }
    },
    openFile: async () => null,
    saveFolder: async () => ({ saved: true }),
    openAttachment: async () => {},
    onMenuCommand: () => () => {},
  }
  return { platform, saved }
}

async function sampleDb() {
  const db = freshDb()
  await loadWorkbench(db, sampleWorkbench(NOW))
  return db
}

async function exportBytes(db: Awaited<ReturnType<typeof sampleDb>>): Promise<Uint8Array> {
  const { platform, saved } = recordingPlatform()
  await exportRecordXlsx(db, platform, { now: new Date(NOW) })
  expect(saved).toHaveLength(1)
  return saved[0]!.data as Uint8Array
}

describe('exportRecordXlsx', () => {
  it('saves the protokoll as .xlsx named after the company and the date', async () => {
    const db = await sampleDb()
    const { platform, saved } = recordingPlatform()
    const out = await exportRecordXlsx(db, platform, { now: new Date(NOW) })
    expect(out).toEqual({
      name: 'Protokoll Eksempel Energi AS 2026-11-23.xlsx',
      result: { saved: true },
    })
    expect(saved[0]!.filters).toEqual([{ name: 'Excel-arbeidsbok', extensions: ['xlsx'] }])
    const bytes = saved[0]!.data
    expect(bytes).toBeInstanceOf(Uint8Array)
    // An .xlsx is a zip file.
    expect([...(bytes as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b])
  })

  it('reads back as the same record: every row unchanged, nothing to write', async () => {
    const db = await sampleDb()
    const result = await prepareExcelImport(db, await exportBytes(db), { now: NOW })
    expect(result.errors).toEqual([])
    expect(result.activities).toEqual([])
    // Archived activities and drafts are left out of the export by default.
    const active = (await db.activities.toArray()).filter((a) => a.status === 'active')
    expect(countImportRows(result.rows)).toEqual({ create: 0, update: 0, unchanged: active.length })
  })
})

describe('prepareExcelImport and importActivities', () => {
  it('previews a hand-kept protokoll without writing, then imports it in one go', async () => {
    const db = await sampleDb()
    const before = await db.activities.count()
    const changesBefore = await db.changes.count()
    const result = await prepareExcelImport(db, await handKeptProtokollXlsx(), { now: NOW })
    expect(result.errors).toEqual([])
    expect(countImportRows(result.rows)).toEqual({ create: 4, update: 0, unchanged: 0 })
    // Processors the sample company does not have are warnings, not errors.
    expect(result.warnings.some((w) => w.message.includes('Ukjent databehandler'))).toBe(true)
    expect(await db.activities.count()).toBe(before)

    expect(await importActivities(db, result.activities, NOW)).toEqual({
      created: 4,
      updated: 0,
      unchanged: 0,
    })
    expect(await db.activities.count()).toBe(before + 4)
    expect(await db.changes.count()).toBe(changesBefore + 4)
    const names = (await db.activities.toArray()).map((a) => a.name)
    expect(names).toContain('Lønn og personaladministrasjon')

    // The new activities travel through an export and back unchanged as well.
    const again = await prepareExcelImport(db, await exportBytes(db), { now: NOW })
    expect(again.errors).toEqual([])
    const drafts = (await db.activities.toArray()).filter((a) => a.status !== 'active').length
    expect(countImportRows(again.rows)).toEqual({ create: 0, update: 0, unchanged: before + 4 - drafts })
  })

  it('reports every bad row with its row, column and a Norwegian message, and offers nothing to write', async () => {
    const db = await sampleDb()
    const bytes = await handKeptProtokollXlsx([
      { ...HAND_KEPT_ROWS[0], Behandlingsaktivitet: '' },
      { ...HAND_KEPT_ROWS[1], Behandlingsgrunnlag: 'Magefølelse' },
      { ...HAND_KEPT_ROWS[2], 'Høy risiko (DPIA)': 'Ja, DPIA gjennomført 31.02.2024' },
    ])
    const result = await prepareExcelImport(db, bytes, { now: NOW })
    expect(result.errors.map((e) => [e.row, e.column])).toEqual([
      [5, 'Behandlingsaktivitet'],
      [6, 'Behandlingsgrunnlag'],
      [7, 'Høy risiko (DPIA)'],
    ])
    expect(result.errors[1]!.message).toMatch(/^Ukjent behandlingsgrunnlag «Magefølelse»/)
    expect(result.errors[2]!.message).toContain('«31.02.2024» er ikke en gyldig dato')
  })
})
