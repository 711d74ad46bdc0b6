/**
 * Every country and territory of ISO 3166-1 (alpha-2 codes), with its name in bokmål and
 * nynorsk and what GDPR chapter V makes of it: inside the EEA, covered by an adequacy
 * decision (art. 45), or a third country without one.
 *
 * The names come from the nb and nn locales of `i18n-iso-countries` (Unicode CLDR), with
 * the overrides below where CLDR's name is ambiguous or not the form Norwegian
 * authorities use. Codes outside ISO 3166-1 (user-assigned ones such as XK or ZZ) are not
 * countries here, so the model refuses them.
 */
import nbLocale from 'i18n-iso-countries/langs/nb.json'
import nnLocale from 'i18n-iso-countries/langs/nn.json'
import type { Localized } from './legal-bases'

/**
 * EU member states plus Norway, Iceland and Liechtenstein (EEA Agreement art. 126).
 * Source: EEA Agreement art. 2 and 126; TEU art. 52.
 */
export const EEA = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'NO', 'IS', 'LI',
] as const

/**
 * Parts of EU member states with a code of their own in ISO 3166-1 where EU law, the GDPR
 * included, applies as in the rest of the state: the outermost regions of TFEU art. 349
 * and 355(1) (French Guiana, Guadeloupe, Martinique, Réunion, Mayotte, Saint-Martin) and
 * Åland (art. 355(4)). The overseas countries and territories of art. 355(2) and Annex II
 * (Greenland, Aruba, Curaçao, French Polynesia, Saint-Barthélemy …) are outside the EU,
 * and so is Svalbard outside the EEA (EEA Agreement Protocol 40): they are third countries
 * here, like the Faroe Islands, which have an adequacy decision of their own.
 */
export const EEA_TERRITORIES = ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF'] as const

/** An adequacy decision: the act that took it, and whom it covers where that is not everyone. */
export interface AdequacyDecision {
  /** The Commission's decision, as it is cited. */
  decision: string
  /** Whom the decision covers, where it is not every recipient in the country. */
  scope?: Localized
}

/**
 * Adequacy decisions under art. 45 (and the decisions under art. 25(6) of Directive 95/46
 * kept in force by art. 45(9)), part of the EEA Agreement for Norway. Source: the
 * Commission's list «Adequacy decisions» and its review of the older decisions
 * (COM(2024) 7, 15 January 2024). The United States is not here: only organisations
 * certified under the EU–US Data Privacy Framework are covered (Decision (EU) 2023/1795),
 * so a US transfer needs the `eu-us-dpf` mechanism or another safeguard.
 */
export const ADEQUACY_DECISIONS = {
  AD: { decision: 'beslutning 2010/625/EU' },
  AR: { decision: 'beslutning 2003/490/EF' },
  CA: {
    decision: 'beslutning 2002/2/EF',
    scope: {
      nb: 'gjelder mottakere som er omfattet av den kanadiske loven PIPEDA (kommersiell virksomhet)',
      nn: 'gjeld mottakarar som er omfatta av den kanadiske lova PIPEDA (kommersiell verksemd)',
    },
  },
  CH: { decision: 'beslutning 2000/518/EF' },
  FO: { decision: 'beslutning 2010/146/EU' },
  GB: { decision: 'gjennomføringsbeslutning (EU) 2021/1772' },
  GG: { decision: 'beslutning 2003/821/EF' },
  IL: { decision: 'beslutning 2011/61/EU' },
  IM: { decision: 'beslutning 2004/411/EF' },
  JE: { decision: 'beslutning 2008/393/EF' },
  JP: { decision: 'gjennomføringsbeslutning (EU) 2019/419' },
  KR: { decision: 'gjennomføringsbeslutning (EU) 2022/254' },
  NZ: { decision: 'beslutning 2013/65/EU' },
  UY: { decision: 'beslutning 2012/484/EU' },
} as const satisfies Record<string, AdequacyDecision>

/** The countries with an adequacy decision (ADEQUACY_DECISIONS). */
export const ADEQUATE = Object.keys(ADEQUACY_DECISIONS) as Array<keyof typeof ADEQUACY_DECISIONS>

/** Codes in the library's list that ISO 3166-1 has not assigned: Kosovo's XK is user-assigned. */
const NOT_ISO_3166_1: ReadonlySet<string> = new Set(['XK'])

/**
 * Where Ombud names a country otherwise than CLDR does. Isle of Man: CLDR's «Man» reads as
 * an ordinary word in a list («Man» next to «Mali»); the island is «Isle of Man» in
 * Norwegian usage too (e.g. the tax agreement «Avtale mellom Norge og Isle of Man»).
 * The others follow the names the Norwegian foreign ministry uses, or fix forms that are
 * not nynorsk.
 */
const NAME_OVERRIDES: Record<string, Localized> = {
  IM: { nb: 'Isle of Man', nn: 'Isle of Man' },
  BY: { nb: 'Belarus', nn: 'Belarus' },
  CD: { nb: 'Den demokratiske republikken Kongo', nn: 'Den demokratiske republikken Kongo' },
  CG: { nb: 'Republikken Kongo', nn: 'Republikken Kongo' },
  PS: { nb: 'Palestina', nn: 'Palestina' },
  NF: { nb: 'Norfolkøya', nn: 'Norfolkøya' },
  GS: { nb: 'Sør-Georgia og Sør-Sandwichøyene', nn: 'Sør-Georgia og Sør-Sandwichøyane' },
  SX: { nb: 'Sint Maarten (nederlandsk del)', nn: 'Sint Maarten (nederlandsk del)' },
  TF: { nb: 'De franske sørterritoriene', nn: 'Dei franske sørterritoria' },
  UM: { nb: 'USAs ytre småøyer', nn: 'USAs ytre småøyar' },
  VG: { nb: 'De britiske jomfruøyene', nn: 'Dei britiske jomfruøyane' },
  VI: { nb: 'De amerikanske jomfruøyene', nn: 'Dei amerikanske jomfruøyane' },
}

const NB: Record<string, string> = nbLocale.countries
const NN: Record<string, string> = nnLocale.countries

/** Every ISO 3166-1 alpha-2 code with its names: 249 countries and territories. */
export const COUNTRY_NAMES: Readonly<Record<string, Localized>> = Object.fromEntries(
  Object.keys(NB)
    .filter((code) => !NOT_ISO_3166_1.has(code))
    .map((code) => [code, NAME_OVERRIDES[code] ?? { nb: NB[code]!, nn: NN[code] ?? NB[code]! }]),
)

export const COUNTRY_CODES = Object.keys(COUNTRY_NAMES)

const EEA_AREA: ReadonlySet<string> = new Set<string>([...EEA, ...EEA_TERRITORIES])

/** Inside the EEA: a member state, or a part of one where EU law applies (EEA_TERRITORIES). */
export function isEea(code: string): boolean {
  return EEA_AREA.has(code)
}

export function hasAdequacyDecision(code: string): boolean {
  return Object.hasOwn(ADEQUACY_DECISIONS, code)
}

/** The adequacy decision that covers the country, if there is one. */
export function adequacyDecision(code: string): AdequacyDecision | undefined {
  return hasAdequacyDecision(code) ? ADEQUACY_DECISIONS[code as keyof typeof ADEQUACY_DECISIONS] : undefined
}

/** A transfer to this country is a transfer to a third country (outside the EEA). */
export function isThirdCountry(code: string): boolean {
  return !isEea(code)
}

/** The country's name in bokmål or nynorsk; a code Ombud does not know is shown as it is. */
export function countryName(code: string, lang: 'nb' | 'nn' = 'nb'): string {
  return COUNTRY_NAMES[code]?.[lang] ?? code
}
