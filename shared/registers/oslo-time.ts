/**
 * Norwegian time (Europe/Oslo) without the DOM: the zone rules come from Intl, which Node,
 * Electron and every Web Worker carry with full time-zone data. Deadlines are counted on
 * instants (ISO times with an offset); these helpers only translate between an instant and
 * the date and clock time a person in Norway reads or types.
 */
import type { Lang } from '../model/common'
import { formatLongDate } from '../policy/format'

export const OSLO = 'Europe/Oslo'

const DAY_MS = 86_400_000

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
})

interface Wall {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallAt(ms: number): Wall {
  const parts = partsFormat.formatToParts(ms)
  const num = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value)
  return { year: num('year'), month: num('month'), day: num('day'), hour: num('hour'), minute: num('minute'), second: num('second') }
}

function wallAsUtc(w: Wall): number {
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second)
}

function instantMs(instant: string | number | Date): number {
  const ms = typeof instant === 'number' ? instant : instant instanceof Date ? instant.getTime() : Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`Ugyldig tidspunkt: «${String(instant)}»`)
  return ms
}

/** Norwegian time's offset from UTC at an instant, in minutes: 60 in winter, 120 in summer. */
export function osloOffsetMinutes(instant: string | number | Date): number {
  const ms = instantMs(instant)
  return Math.round((wallAsUtc(wallAt(ms)) - Math.floor(ms / 1000) * 1000) / 60_000)
}

/** The calendar date in Norway at an instant, `YYYY-MM-DD`. */
export function osloDate(instant: string | number | Date): string {
  const w = wallAt(instantMs(instant))
  return `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`
}

/** The clock time in Norway at an instant, `HH:MM`. */
export function osloTime(instant: string | number | Date): string {
  const w = wallAt(instantMs(instant))
  return `${pad(w.hour)}:${pad(w.minute)}`
}

/**
 * The instant of a date and clock time in Norway, as an ISO time in UTC. A time that does
 * not exist (the hour skipped when summer time starts) is moved forward by that hour; a time
 * that occurs twice (the hour repeated when it ends) is the first of the two. This is what
 * Temporal calls the "compatible" choice.
 */
export function osloInstant(date: string, time = '00:00'): string {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const t = /^(\d{2}):(\d{2})$/.exec(time)
  if (!d || !t) throw new RangeError(`Ugyldig dato eller klokkeslett: «${date} ${time}»`)
  const wall: Wall = { year: Number(d[1]), month: Number(d[2]), day: Number(d[3]), hour: Number(t[1]), minute: Number(t[2]), second: 0 }
  const local = wallAsUtc(wall)
  const check = new Date(local)
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59) {
    throw new RangeError(`Ugyldig dato eller klokkeslett: «${date} ${time}»`)
  }
  // The offsets a day before and a day after bracket any change of offset near this time.
  const before = local - osloOffsetMinutes(local - DAY_MS) * 60_000
  const after = local - osloOffsetMinutes(local + DAY_MS) * 60_000
  const valid = [before, after].filter((ms) => wallAsUtc(wallAt(ms)) === local)
  const ms = valid.length > 0 ? Math.min(...valid) : before
  return new Date(ms).toISOString()
}

/** "28. mars 2026 kl. 10.00": an instant as a person in Norway reads it. */
export function formatOsloDateTime(instant: string | number | Date, lang: Lang): string {
  const time = osloTime(instant).replace(':', '.')
  return `${formatLongDate(osloDate(instant), lang)} kl. ${time}`
}

/** Hours as a whole number of hours and minutes: "41 t 5 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.abs(ms) / 60_000)
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${String(rest)} min`
  return rest === 0 ? `${String(hours)} t` : `${String(hours)} t ${String(rest)} min`
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

