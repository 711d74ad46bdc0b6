/**
 * Dates and numbers the way a Norwegian reader expects them. Stored dates are ISO
 * (`YYYY-MM-DD`); they are shown as `23.11.2026` without going through `Date`, so no
 * time zone can move a date by a day.
 */
export function formatDate(iso: string | null): string {
  if (iso === null) return ''
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso
}

/** Today's date in local time as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/** Sorts Norwegian text alphabetically (æ, ø, å last, case ignored). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b)
}
