/** The protokoll as an Excel file the user meets it: the dialogs' filter and the file name. */
import { workbenchFileName } from '../../app/workbench-file'
import { t } from '../../i18n/nb'
import type { FileFilter } from '../../platform'

export const XLSX_FILTERS: FileFilter[] = [{ name: t.excel.fileFilterName, extensions: ['xlsx'] }]

/**
 * "Protokoll Eksempel Energi AS 2026-11-23.xlsx". Made by the workbench file's namer, so the
 * company name is cleaned and shortened for every file system the same way.
 */
export function protokollFileName(
  organizationName: string | null | undefined,
  date: string,
): string {
  const company = (organizationName ?? '').trim()
  const base = company === '' ? t.excel.fileBase : `${t.excel.fileBase} ${company}`
  return workbenchFileName(base, date).replace(/\.ombud\.json$/, '.xlsx')
}
