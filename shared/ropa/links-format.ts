/**
 * The cells that point into the registers: processors (by name), third countries and
 * safeguards (from the transfer register). Export writes names; import looks the names up
 * in the existing registers and never creates register entries: what it cannot find is
 * reported and left unlinked.
 */
import { excerpt, quote } from '../text/quote'
import { COUNTRY_NAMES, countryName, isEea } from '../law/countries'
import { DEROGATION_LABELS, MECHANISM_INFO, SCC_MODULE_LABELS, mechanismWithArticle } from '../law/transfer-mechanisms'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'
import { formatNorwegianDate } from './ropa-data'
import { oneLine, type CellIssue, type Parsed } from './cell-format'

function byId<T extends { id: string }>(ids: readonly string[], records: readonly T[]): T[] {
  const map = new Map(records.map((r) => [r.id, r]))
  return ids.flatMap((id) => {
    const r = map.get(id)
    return r ? [r] : []
  })
}

function key(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim()
}

// ---------------------------------------------------------------- processors

export function formatProcessorNames(
  ids: readonly string[],
  processors: readonly Processor[],
): string {
  return byId(ids, processors)
    .map((p) => oneLine(p.name))
    .join('\n')
}

/**
 * Links processor names to the register. Unknown names are warnings ("ukjent databehandler")
 * and stay unlinked; the DPO registers the processor and links it in Ombud.
 */
export function resolveProcessors(
  names: readonly string[],
  processors: readonly Processor[],
  previous: readonly string[],
): Parsed<string[]> {
  const ids: string[] = []
  const issues: CellIssue[] = []
  for (const name of names) {
    const wanted = [key(name), key(name.replace(/\s*\([^()]*\)\s*$/, ''))]
    const digits = name.replace(/\D/g, '')
    let matches = processors.filter((p) => wanted.includes(key(p.name)))
    if (matches.length === 0 && digits.length === 9)
      matches = processors.filter((p) => p.orgNumber.replace(/\D/g, '') === digits)
    if (matches.length === 0) {
      issues.push({
        level: 'warning',
        message: `Ukjent databehandler: ${quote(name)}. Den finnes ikke i databehandlerregisteret og er ikke koblet til behandlingsaktiviteten.`,
      })
      continue
    }
    const ranked = [...matches].sort(
      (a, b) =>
        Number(previous.includes(b.id)) - Number(previous.includes(a.id)) ||
        Number(b.status === 'active') - Number(a.status === 'active'),
    )
    const chosen = ranked[0]!
    if (matches.length > 1) {
      issues.push({
        level: 'warning',
        message: `Flere databehandlere heter ${quote(name)}; koblet til den med org.nr. ${quote(chosen.orgNumber || 'ukjent')}.`,
      })
    }
    if (chosen.status === 'archived') {
      issues.push({
        level: 'warning',
        message: `Databehandleren ${quote(chosen.name)} er arkivert, men er likevel koblet til behandlingsaktiviteten.`,
      })
    }
    if (!ids.includes(chosen.id)) ids.push(chosen.id)
  }
  return { value: ids, issues }
}

// ---------------------------------------------------------------- transfers

export function transferCountryLine(t: Transfer): string {
  return `${countryName(t.country)} (${oneLine(t.recipient)})`
}

export function formatThirdCountries(
  ids: readonly string[],
  transfers: readonly Transfer[],
): string {
  return byId(ids, transfers).map(transferCountryLine).join('\n')
}

/** The safeguard of one transfer, as the record states it (art. 30(1)(e)). */
export function transferSafeguard(t: Transfer): string {
  let text = `${oneLine(t.recipient)} (${countryName(t.country)}): ${mechanismWithArticle(t.mechanism)}`
  if (t.mechanism === 'scc-2021' && t.sccModule !== null)
    text += `, ${SCC_MODULE_LABELS[t.sccModule].nb.toLowerCase()}`
  if (t.mechanism === 'derogation' && t.derogation !== null)
    text += `, ${DEROGATION_LABELS[t.derogation].nb}`
  if (t.mechanism === 'eu-us-dpf' && t.dpfCheckedOn)
    text += `, sertifiseringen kontrollert ${formatNorwegianDate(t.dpfCheckedOn)}`
  if (t.tiaDate) text += `; vurdering av overføringen (TIA) ${formatNorwegianDate(t.tiaDate)}`
  if (t.fallback) text += `; reservegrunnlag: ${MECHANISM_INFO[t.fallback].label.nb}`
  // Art. 30(1)(e): for the compelling-legitimate-interests derogation the record documents the safeguards.
  if (t.derogation === 'compelling-legitimate-interests' && t.notes.trim() !== '')
    text += `; garantier: ${oneLine(t.notes)}`
  const invalid = MECHANISM_INFO[t.mechanism].invalidSince
  if (invalid) text += `. Merk: ${invalid.reason.nb}`
  return text
}

export function formatSafeguards(ids: readonly string[], transfers: readonly Transfer[]): string {
  return byId(ids, transfers).map(transferSafeguard).join('\n')
}

const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'US',
  'united states': 'US',
  'united states of america': 'US',
  sambandsstatane: 'US',
  amerika: 'US',
  uk: 'GB',
  england: 'GB',
  'great britain': 'GB',
  'united kingdom': 'GB',
  'sør-korea': 'KR',
  korea: 'KR',
  // Names Ombud used before its list followed ISO 3166-1 and CLDR.
  man: 'IM',
  hviterussland: 'BY',
  kviterussland: 'BY',
  'kongo-brazzaville': 'CG',
}

/** The ISO code of a country named in Norwegian (bokmål or nynorsk), English shorthand or by code. */
export function parseCountry(text: string): string | undefined {
  const t = key(text)
  if (t === '') return undefined
  if (/^[a-z]{2}$/.test(t) && COUNTRY_NAMES[t.toUpperCase()]) return t.toUpperCase()
  const alias = COUNTRY_ALIASES[t]
  if (alias) return alias
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    if (key(names.nb) === t || key(names.nn) === t) return code
  }
  return undefined
}

function splitCountryLine(line: string): {
  country: string | undefined
  recipient: string
  raw: string
} {
  const paren = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(line)
  const pairs: Array<[string, string]> = []
  if (paren) pairs.push([paren[1]!, paren[2]!], [paren[2]!, paren[1]!])
  const dash = /^(.*?)\s*(?:\s[–—-]\s|:)\s*(.*)$/.exec(line)
  if (dash) pairs.push([dash[1]!, dash[2]!], [dash[2]!, dash[1]!])
  for (const [c, r] of pairs) {
    const country = parseCountry(c)
    if (country) return { country, recipient: r.trim(), raw: c.trim() }
  }
  return { country: parseCountry(line), recipient: '', raw: line.trim() }
}

export interface TransferLinkContext {
  transfers: readonly Transfer[]
  /** The transfers the activity already links to (an update keeps them where they still fit). */
  previous: readonly string[]
  /** The processors the row links to: a country with no recipient prefers their transfers. */
  processorIds: readonly string[]
}

/**
 * Links the lines of the "Tredjeland" column ("USA (Skyhjelp Inc.)", "USA") to transfers of
 * the register. Safeguards are not read back: the transfer register is their source.
 */
export function resolveTransfers(
  lines: readonly string[],
  ctx: TransferLinkContext,
): Parsed<string[]> {
  const ids: string[] = []
  const issues: CellIssue[] = []
  for (const line of lines) {
    const { country, recipient, raw } = splitCountryLine(line)
    if (!country) {
      issues.push({
        level: 'warning',
        message: `Ukjent land ${quote(raw)} i kolonnen «Tredjeland»; overføringen er ikke koblet.`,
      })
      continue
    }
    if (isEea(country)) {
      issues.push({
        level: 'warning',
        message: `${countryName(country)} er i EØS og er ikke et tredjeland; linjen ${quote(line)} er utelatt.`,
      })
      continue
    }
    let candidates = ctx.transfers.filter((t) => t.country === country)
    if (recipient !== '') candidates = candidates.filter((t) => key(t.recipient) === key(recipient))
    if (candidates.length === 0) {
      issues.push({
        level: 'warning',
        message: `Overføringen til ${recipient !== '' ? `${quote(recipient)} i ` : ''}${countryName(country)} finnes ikke i overføringsregisteret og er ikke koblet. Registrer den under Overføringer.`,
      })
      continue
    }
    // Without a recipient, only a transfer the activity already had, or one of its processors'
    // transfers, is a safe guess; a lone transfer of another processor is not.
    const tiers =
      recipient !== ''
        ? [candidates.filter((t) => ctx.previous.includes(t.id)), candidates]
        : [
            candidates.filter((t) => ctx.previous.includes(t.id)),
            candidates.filter(
              (t) => t.processorId !== null && ctx.processorIds.includes(t.processorId),
            ),
            candidates.length === 1 && candidates[0]!.processorId === null ? candidates : [],
          ]
    const tier = tiers.find((t) => t.length > 0)
    if (!tier) {
      issues.push({
        level: 'warning',
        message: `Det står ikke hvem som mottar opplysningene i ${countryName(country)}, og ingen av databehandlerne i raden har en registrert overføring dit; overføringen er ikke koblet. Skriv mottakeren i parentes, for eksempel «${countryName(country)} (navn på mottakeren)», og registrer overføringen under Overføringer om den mangler.`,
      })
      continue
    }
    if (tier.length > 1) {
      issues.push({
        level: 'warning',
        message: `Flere overføringer til ${countryName(country)} passer; koblet til ${quote(tier[0]!.recipient)}. Skriv mottakeren i parentes, for eksempel «${countryName(country)} (${excerpt(tier[0]!.recipient)})».`,
      })
    }
    if (!ids.includes(tier[0]!.id)) ids.push(tier[0]!.id)
  }
  return { value: ids, issues }
}
