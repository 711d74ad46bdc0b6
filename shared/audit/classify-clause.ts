/**
 * Which standard clause covers the same ground as a clause of an imported policy, judged
 * from its heading. It is a suggestion for the DPO, who decides whether to keep the old
 * text or let the standard clause (which follows the record) replace it.
 */
import type { StandardClauseKey } from '../policy/clauses/keys'

interface Rule {
  key: StandardClauseKey
  /** Tested on the heading, lower-cased. Bokmål and nynorsk stems. */
  title: RegExp
}

/**
 * The rules in order: the first that matches wins, so narrow topics (a single right,
 * cookies, the complaint) come before broad ones (rights in general, purposes).
 */
const RULES: readonly Rule[] = [
  { key: 'cookies', title: /informasjonskaps|cookie/ },
  { key: 'complaint', title: /klage/ },
  { key: 'dpo', title: /personvernombud|personvernombod/ },
  { key: 'consent-withdrawal', title: /trekke tilbake|trekkje tilbake|tilbakekall|samtykke/ },
  { key: 'right-objection', title: /protest|innsigelse/ },
  { key: 'right-portability', title: /portabilitet|dataflytt/ },
  { key: 'right-restriction', title: /begrens|avgrens/ },
  { key: 'right-access', title: /innsyn/ },
  { key: 'right-rectification', title: /retting|korriger/ },
  { key: 'automated-decisions', title: /automati|profilering/ },
  { key: 'legitimate-interests', title: /berettig/ },
  {
    key: 'transfers',
    title: /tredjeland|utenfor eøs|utanfor eøs|utenfor eu|utanfor eu|overføring til/,
  },
  { key: 'retention', title: /lagring|lagrar|lagrer|oppbevar|hvor lenge|kor lenge/ },
  { key: 'right-erasure', title: /sletting|slette/ },
  { key: 'sources', title: /kilde|kjelde|innhent|hentar|henter/ },
  {
    key: 'recipients',
    title: /deler|deling|utlever|mottaker|mottakar|tredjepart|databehandl|leverandør/,
  },
  {
    key: 'controller',
    title: /behandlingsansvarl|hvem er vi|kven er vi|om oss|kontakt|henvendelse|førespurnad/,
  },
  { key: 'requirement', title: /må du gi|må du gje|plikt til å gi|plikt til å gje/ },
  { key: 'changes', title: /endring/ },
  { key: 'rights', title: /rettighet|rettar|rettane/ },
  {
    key: 'purposes',
    title:
      /formål|føremål|bruker vi|brukar vi|hvorfor|kvifor|behandler vi|behandlar vi|opplysning|grunnlag|pålagt|forplikt/,
  },
  {
    key: 'introduction',
    title: /personvernerklæring|personvern|innledning|innleiing|introduksjon/,
  },
]

/** Words that show an erasure heading is about how long data is kept, not the right to erasure. */
const KEEPING = /oppbevar|lagr|lenger enn|lengre enn|lenge/i

/**
 * The standard clause an imported clause most likely corresponds to, or null when its
 * heading names no element of arts. 13/14 (e.g. «Sikkerhet», «Sparetips»). Text before
 * the first heading (empty title) counts as the introduction.
 *
 * «Sletting av personopplysninger» is a common heading over a retention text; it is
 * taken as the right to erasure only when the body says nothing about keeping data.
 */
export function suggestStandardClause(title: string, body = ''): StandardClauseKey | null {
  const heading = title.trim().toLowerCase()
  if (heading === '') return 'introduction'
  for (const rule of RULES) {
    if (!rule.title.test(heading)) continue
    if (rule.key === 'right-erasure' && KEEPING.test(body)) return 'retention'
    return rule.key
  }
  return null
}
