/**
 * The protokoll out to Excel and back in, on the live database. The .xlsx code (exceljs)
 * runs in a Web Worker (renderer/src/worker), loaded there when first used: the window
 * stays usable while a large protokoll is written or read, and the work can be cancelled.
 */
import type { RopaSource } from '../../../../shared/ropa/ropa-data'
import type {
  RopaImportOptions,
  RopaImportResult,
  RopaImportRow,
} from '../../../../shared/ropa/xlsx-import'
import type { OmbudDb } from '../../db/schema'
import { readTables } from '../../db/repo/read'
import { todayIso } from '../../i18n/format'
import type { Platform, SaveResult } from '../../platform'
import { runTask, type RunTaskOptions } from '../../worker/run-task'
import { protokollFileName, XLSX_FILTERS } from './excel-file'

/** How a caller follows and cancels the work (runTask's options). */
export type ExcelTaskOptions = Pick<RunTaskOptions, 'signal' | 'onProgress'>

/** What the protokoll shows, read in one transaction so the sheets agree with each other. */
export function readRopaSource(db: OmbudDb): Promise<RopaSource> {
  return readTables(db, ['organization', 'activities', 'processors', 'transfers'])
}

export interface RecordExport {
  /** The file name offered to the user. */
  name: string
  result: SaveResult
}

/**
 * Exports the protokoll in Datatilsynet's column layout (archived activities left out, and
 * drafts unless `includeDrafts`, then marked «Utkast») and hands it to the platform: a save
 * dialog in Electron, a download on the web. Only a finished file is handed over: a
 * cancelled export (`task.signal`) rejects with an AbortError and saves nothing.
 */
export async function exportRecordXlsx(
  db: OmbudDb,
  platform: Platform,
  opts: { includeDrafts?: boolean; now?: Date } = {},
  task: ExcelTaskOptions = {},
): Promise<RecordExport> {
  const now = opts.now ?? new Date()
  const src = await readRopaSource(db)
  const bytes = await runTask(
    'protokoll-xlsx',
    { source: src, now: now.toISOString(), includeDrafts: opts.includeDrafts === true },
    task,
  )
  const name = protokollFileName(src.organization?.name, todayIso(now))
  const result = await platform.saveFile(name, bytes, XLSX_FILTERS)
  return { name, result }
}

/**
 * Reads a protokoll workbook against the activities and registers in the database.
 * Writes nothing: the result is the preview, and `result.activities` what a confirmed
 * import writes (with importActivities in db/repo/import-activities.ts).
 */
export async function prepareExcelImport(
  db: OmbudDb,
  bytes: Uint8Array,
  options: Omit<RopaImportOptions, 'newId'> = {},
  task: ExcelTaskOptions = {},
): Promise<RopaImportResult> {
  const { activities, processors, transfers } = await readRopaSource(db)
  return runTask('excel-import', { bytes, existing: { activities, processors, transfers }, ...options }, task)
}

export interface ImportCounts {
  create: number
  update: number
  unchanged: number
}

/** How many rows would create, change or leave an activity as it is. */
export function countImportRows(rows: readonly RopaImportRow[]): ImportCounts {
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0 }
  for (const row of rows) counts[row.action]++
  return counts
}
