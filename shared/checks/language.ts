/**
 * Bokmål or nynorsk? Counts words that exist in one written standard but not the other.
 * Real policies mix forms (a nynorsk page with «blir» and «krever»), so this is a vote,
 * not a rule; words shared by both standards (blir, vi, og) are left out on purpose.
 */

export type PolicyLanguage = 'nb' | 'nn'

const NYNORSK = new Set(
  `
  ikkje kva korleis kvifor kven kvar eit ein dei deira vert vart verte eg frå berre sjølv noko
  nokon nokre mykje desse hjå difor fleire gjere gjer gje gjev treng vere vore dykk dykkar høve
  seinare utan saman medan mogleg døme dømes samband opplysningar opplysningane
  personopplysningar personopplysningane mottakarar mottakar mottakarane handsamar handsaming
  behandlar behandlinga behandlingsansvarleg personvernombod personvernombodet avgrensing
  rettleiing ønskjer ynskjer sjå heile teneste tenester tenestene verksemd verksemda eigen eige
  eigne anna annan brukar lagrar slettar tilgong rettane rettleiar opplysninga
`
    .trim()
    .split(/\s+/),
)

const BOKMAL = new Set(
  `
  ikke hva hvordan hvorfor hvem hvor hvilke hvilken hvis et en de deres jeg fra bare selv noe
  noen mye disse hos flere gjøre gjør gi gir trenger være vært dere hun senere uten sammen mens
  mulig eksempel forbindelse opplysninger opplysningene personopplysninger personopplysningene
  mottakere mottaker mottakerne behandler behandlingen behandlingsansvarlig personvernombud
  personvernombudet begrensning veiledning ønsker hele tjeneste tjenester tjenestene virksomhet
  virksomheten egen eget egne annen annet bruker lagrer sletter tilgang rettigheter
  rettighetene
`
    .trim()
    .split(/\s+/),
)

/**
 * Detects whether a Norwegian text is written in bokmål (`nb`) or nynorsk (`nn`).
 * Ties and texts without marker words count as bokmål, the more common standard.
 */
export function detectLanguage(text: string): PolicyLanguage {
  let nn = 0
  let nb = 0
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (NYNORSK.has(word)) nn++
    else if (BOKMAL.has(word)) nb++
  }
  return nn > nb ? 'nn' : 'nb'
}
