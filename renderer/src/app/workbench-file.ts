/** The workbench file as the user meets it: its name and the filter of the dialogs. */
import type { FileFilter } from '../platform'
import { t } from '../i18n/nb'
import { truncateBytes, UNSAFE_FILE_NAME_CHARS } from '../../../shared/file-names'

export const WORKBENCH_FILTERS: FileFilter[] = [
  { name: t.workbench.fileFilterName, extensions: ['json'] },
]

export const WORKBENCH_EXTENSION = '.ombud.json'

// File systems count bytes, not letters: 200 bytes of name leaves room for the date and
// extension under the common 255-byte limit, even when every letter is an «å».
const MAX_BASE_BYTES = 200

/**
 * "Eksempel Energi AS 2026-11-23.ombud.json": the organisation's name made safe for
 * every file system, and the date so that copies sort and do not overwrite each other.
 */
export function workbenchFileName(
  organizationName: string | null | undefined,
  date: string,
): string {
  let base = (organizationName ?? '')
    .replace(UNSAFE_FILE_NAME_CHARS, '-')
    .replace(/\s+/g, ' ')
    .trim()
  base = truncateBytes(base, MAX_BASE_BYTES)
    .replace(/[.\s]+$/, '')
    .replace(/^[.\s]+/, '')
  if (base === '') base = t.workbench.defaultFileBase
  return `${base} ${date}${WORKBENCH_EXTENSION}`
}
