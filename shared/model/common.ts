/**
 * Building blocks shared by the record schemas: ids, dates, bounded strings.
 * Every string has an upper bound so that a hostile or broken file (say, a 50 MB
 * string) is rejected at validation instead of filling the database.
 * Custom error messages are predicates, because messages.ts puts the field label in
 * front of them: "Land" + "må være en landkode …".
 */
import { z } from 'zod'
import { COUNTRY_CODES } from '../law/countries'

export const MAX_SHORT = 500
export const MAX_TEXT = 20_000
export const MAX_LIST = 500

export const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'er ugyldig (bare bokstaver a–z, tall, - og _ er tillatt)' })

export const shortText = z.string().max(MAX_SHORT)
export const requiredShort = z.string().trim().min(1).max(MAX_SHORT)
export const longText = z.string().max(MAX_TEXT)
export const textList = z.array(requiredShort).max(MAX_LIST)
export const idList = z.array(id).max(10_000)

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date()
/** A moment in time, ISO 8601 with offset, e.g. `2026-11-23T14:00:00.000Z`. */
export const isoDateTime = z.iso.datetime({ offset: true })

export const lang = z.enum(['nb', 'nn'])
export type Lang = z.infer<typeof lang>

export const localized = z.strictObject({ nb: longText, nn: longText })
export type LocalizedText = z.infer<typeof localized>

export const email = z.union([z.literal(''), z.email().max(254)])
export const phone = z
  .string()
  .max(40)
  .regex(/^[0-9+ ()-]*$/, { error: 'kan bare inneholde tall, mellomrom, +, - og parenteser' })

const KNOWN_COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES)

/** ISO 3166-1 alpha-2 code of a country Ombud knows (shared/law/countries.ts): "ZZ" is refused. */
export const countryCode = z.string().refine((code) => KNOWN_COUNTRIES.has(code), {
  error: 'må være koden for et land i ISO 3166-1, f.eks. NO for Norge',
})

/** A new random id for a record. */
export function newId(): string {
  return globalThis.crypto.randomUUID()
}

/**
 * A short text that can reach a published document: bokmål, and nynorsk where the
 * organisation has written it ('' = not translated yet).
 */
export const localizedShort = z.strictObject({ nb: shortText, nn: shortText })
export type LocalizedShort = z.infer<typeof localizedShort>

/** A name that can reach a published document: bokmål required, nynorsk optional. */
export const localizedName = z.strictObject({ nb: requiredShort, nn: shortText })
export type LocalizedName = z.infer<typeof localizedName>

/** A text in bokmål only, with its nynorsk left to be written. */
export function nbOnly(nb: string): { nb: string; nn: string } {
  return { nb, nn: '' }
}

/**
 * The text in `language`: nynorsk where it is written, else bokmål. Documents that
 * must not fall back (a published nynorsk policy) check `missingNynorsk` first.
 */
export function inLang(value: { nb: string; nn: string }, language: Lang): string {
  return language === 'nn' && value.nn.trim() ? value.nn : value.nb
}

/** True where a bokmål text exists and its nynorsk version does not. */
export function missingNynorsk(value: { nb: string; nn: string }): boolean {
  return value.nb.trim() !== '' && value.nn.trim() === ''
}
