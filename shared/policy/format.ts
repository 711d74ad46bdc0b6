/** Dates written out in Norwegian, as in a letter: "23. november 2026". */
import type { Lang } from '../model/common'
import { phrases } from './clauses'

/**
 * Writes an ISO date (`YYYY-MM-DD`, or the date part of an ISO time) as "3. mars 2026".
 * Parsed by hand rather than through Date, so no time zone can move it by a day.
 */
export function formatLongDate(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!match) return iso
  const month = phrases(lang).months[Number(match[2]) - 1]
  if (!month) return iso
  return `${Number(match[3])}. ${month} ${match[1]}`
}
