/** Dates and times in the policy section, as a Norwegian reader expects them. */
import { t } from '../../i18n/nb'

/** `2026-11-23T14:05:00Z` → "23.11.2026 kl. 15.05" in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return t.policy.at(
    `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`,
    `${pad(date.getHours())}.${pad(date.getMinutes())}`,
  )
}

export { errorMessage } from '../../db/store-error'
