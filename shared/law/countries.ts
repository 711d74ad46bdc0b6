/**
 * Countries Ombud needs to reason about transfers (GDPR arts. 44–49): the EEA, the
 * countries with an adequacy decision (art. 45), and common third countries.
 * Codes are ISO 3166-1 alpha-2.
 */
import type { Localized } from './legal-bases'

/** EU member states plus Norway, Iceland and Liechtenstein. */
export const EEA = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'NO', 'IS', 'LI',
] as const

/**
 * Adequacy decisions under art. 45 (and the older art. 25(6) decisions still in force).
 * Canada covers commercial organisations only; the United States only organisations
 * certified under the EU–US Data Privacy Framework (Decision 2023/1795), so US is
 * not listed here: a US transfer needs the `eu-us-dpf` mechanism or another safeguard.
 */
export const ADEQUATE = [
  'AD', 'AR', 'CA', 'FO', 'GG', 'IM', 'IL', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY',
] as const

export const COUNTRY_NAMES: Record<string, Localized> = {
  AT: { nb: 'Østerrike', nn: 'Austerrike' },
  BE: { nb: 'Belgia', nn: 'Belgia' },
  BG: { nb: 'Bulgaria', nn: 'Bulgaria' },
  HR: { nb: 'Kroatia', nn: 'Kroatia' },
  CY: { nb: 'Kypros', nn: 'Kypros' },
  CZ: { nb: 'Tsjekkia', nn: 'Tsjekkia' },
  DK: { nb: 'Danmark', nn: 'Danmark' },
  EE: { nb: 'Estland', nn: 'Estland' },
  FI: { nb: 'Finland', nn: 'Finland' },
  FR: { nb: 'Frankrike', nn: 'Frankrike' },
  DE: { nb: 'Tyskland', nn: 'Tyskland' },
  GR: { nb: 'Hellas', nn: 'Hellas' },
  HU: { nb: 'Ungarn', nn: 'Ungarn' },
  IE: { nb: 'Irland', nn: 'Irland' },
  IT: { nb: 'Italia', nn: 'Italia' },
  LV: { nb: 'Latvia', nn: 'Latvia' },
  LT: { nb: 'Litauen', nn: 'Litauen' },
  LU: { nb: 'Luxembourg', nn: 'Luxembourg' },
  MT: { nb: 'Malta', nn: 'Malta' },
  NL: { nb: 'Nederland', nn: 'Nederland' },
  PL: { nb: 'Polen', nn: 'Polen' },
  PT: { nb: 'Portugal', nn: 'Portugal' },
  RO: { nb: 'Romania', nn: 'Romania' },
  SK: { nb: 'Slovakia', nn: 'Slovakia' },
  SI: { nb: 'Slovenia', nn: 'Slovenia' },
  ES: { nb: 'Spania', nn: 'Spania' },
  SE: { nb: 'Sverige', nn: 'Sverige' },
  NO: { nb: 'Norge', nn: 'Noreg' },
  IS: { nb: 'Island', nn: 'Island' },
  LI: { nb: 'Liechtenstein', nn: 'Liechtenstein' },
  AD: { nb: 'Andorra', nn: 'Andorra' },
  AR: { nb: 'Argentina', nn: 'Argentina' },
  CA: { nb: 'Canada', nn: 'Canada' },
  FO: { nb: 'Færøyene', nn: 'Færøyane' },
  GG: { nb: 'Guernsey', nn: 'Guernsey' },
  IM: { nb: 'Man', nn: 'Man' },
  IL: { nb: 'Israel', nn: 'Israel' },
  JP: { nb: 'Japan', nn: 'Japan' },
  JE: { nb: 'Jersey', nn: 'Jersey' },
  NZ: { nb: 'New Zealand', nn: 'New Zealand' },
  KR: { nb: 'Sør-Korea', nn: 'Sør-Korea' },
  CH: { nb: 'Sveits', nn: 'Sveits' },
  GB: { nb: 'Storbritannia', nn: 'Storbritannia' },
  UY: { nb: 'Uruguay', nn: 'Uruguay' },
  US: { nb: 'USA', nn: 'USA' },
  IN: { nb: 'India', nn: 'India' },
  CN: { nb: 'Kina', nn: 'Kina' },
  PH: { nb: 'Filippinene', nn: 'Filippinane' },
  UA: { nb: 'Ukraina', nn: 'Ukraina' },
  RS: { nb: 'Serbia', nn: 'Serbia' },
  AU: { nb: 'Australia', nn: 'Australia' },
  SG: { nb: 'Singapore', nn: 'Singapore' },
  BR: { nb: 'Brasil', nn: 'Brasil' },
  ZA: { nb: 'Sør-Afrika', nn: 'Sør-Afrika' },
  TR: { nb: 'Tyrkia', nn: 'Tyrkia' },
  VN: { nb: 'Vietnam', nn: 'Vietnam' },
  BY: { nb: 'Belarus', nn: 'Kviterussland' },
  RU: { nb: 'Russland', nn: 'Russland' },
}

export const COUNTRY_CODES = Object.keys(COUNTRY_NAMES)

export function isEea(code: string): boolean {
  return (EEA as readonly string[]).includes(code)
}

export function hasAdequacyDecision(code: string): boolean {
  return (ADEQUATE as readonly string[]).includes(code)
}

/** A transfer to this country is a transfer to a third country (outside the EEA). */
export function isThirdCountry(code: string): boolean {
  return !isEea(code)
}

export function countryName(code: string, lang: 'nb' | 'nn' = 'nb'): string {
  return COUNTRY_NAMES[code]?.[lang] ?? code
}
