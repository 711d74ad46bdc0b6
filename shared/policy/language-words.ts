/**
 * Word forms that give away the wrong written standard: bokmål forms that must not appear
 * in a nynorsk policy, and nynorsk forms that must not appear in a bokmål one. Used by the
 * tests of the standard texts; the policy linter may use them too.
 */
import type { Lang } from '../model/common'

/** Bokmål forms (not nynorsk). */
export const BOKMAL_ONLY = [
  'ikke', 'hva', 'hvordan', 'hvis', 'hvem', 'hvor', 'hvilke', 'noen', 'fra', 'bare', 'gjelder', 'ble',
  'en', 'et', 'de', 'dem', 'selv', 'mens', 'uten', 'utenfor', 'kommer', 'mener',
  'opplysninger', 'opplysningene', 'personopplysninger', 'personopplysningene', 'mottakere', 'mottakerne', 'mottaker',
  'behandlingsansvarlig', 'behandlingsansvarlige', 'databehandler', 'databehandlere', 'personvernombud', 'ombudet',
  'rettigheter', 'virksomhet', 'virksomheten', 'nettsted', 'nettstedet', 'nettleser', 'nettleseren', 'tjeneste',
  'tjenester', 'leverandører', 'lagrer', 'bruker', 'behandler', 'sikkerhet', 'måned', 'måneder', 'kilde',
  'beslutning', 'frivillig', 'nødvendig', 'nødvendige', 'hensyn', 'hensynet', 'loven', 'ekomloven',
  'personvernforordningen', 'erklæringen', 'behandlingen',
] as const

/** Nynorsk forms (not bokmål). */
export const NYNORSK_ONLY = [
  'ikkje', 'kva', 'korleis', 'kven', 'kvar', 'kvifor', 'eit', 'ein', 'dei', 'desse', 'frå', 'berre', 'vert', 'vart',
  'gjeld', 'nokre', 'sjølv', 'medan', 'utan', 'utanfor', 'kjem', 'meiner', 'ho',
  'opplysningar', 'opplysningane', 'personopplysningar', 'mottakarar', 'mottakar', 'behandlingsansvarleg',
  'databehandlar', 'databehandlarar', 'personvernombod', 'ombodet', 'rettar', 'verksemd', 'nettstad', 'nettlesar',
  'teneste', 'tenester', 'leverandørar', 'lagrar', 'brukar', 'behandlar', 'tryggleik', 'månad', 'månader', 'kjelde',
  'avgjerd', 'friviljug', 'naudsynt', 'naudsynte', 'omsyn', 'omsynet', 'lova', 'ekomlova', 'personvernforordninga',
  'erklæringa', 'behandlinga', 'gjev', 'meir', 'heilt', 'byrjar', 'seie', 'føresegner',
] as const

/** The words of `text` that belong to the other written standard than `lang` (lowercased, unique). */
export function wrongStandardWords(text: string, lang: Lang): string[] {
  const banned = new Set<string>(lang === 'nn' ? BOKMAL_ONLY : NYNORSK_ONLY)
  const found = new Set<string>()
  for (const m of text.toLocaleLowerCase('nb').matchAll(/[\p{L}]+/gu)) if (banned.has(m[0])) found.add(m[0])
  return [...found]
}
