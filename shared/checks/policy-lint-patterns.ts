/**
 * Word patterns of the policy linter, bokmål and nynorsk together (real policies mix
 * the two). Sources are matched against lower-cased text with the `u` flag; `\b` does not
 * know æ, ø and å, so word edges are written as the lookarounds B and E.
 */

/** Start of a word. */
export const B = String.raw`(?<![\p{L}\p{N}])`
/** End of a word. */
export const E = String.raw`(?![\p{L}\p{N}])`

/** A compiled pattern that can be tested or iterated without sharing `lastIndex` state. */
export class Pattern {
  private readonly once: RegExp
  private readonly source: string

  constructor(source: string) {
    this.source = source
    this.once = new RegExp(source, 'u')
  }

  test(text: string): boolean {
    return this.once.test(text)
  }

  exec(text: string): RegExpExecArray | null {
    return this.once.exec(text)
  }

  /** All matches, with a fresh global regex per call so nested iteration is safe. */
  all(text: string): RegExpExecArray[] {
    return [...text.matchAll(new RegExp(this.source, 'gu'))]
  }
}

const p = (source: string): Pattern => new Pattern(source)
const W = String.raw`\p{L}+\s+` // one word and the space after it

// ---- shared vocabulary --------------------------------------------------------------

/** Says that something is invalid, replaced or historic. */
export const INVALIDITY = p(
  String.raw`ugyldig|ugildig|underkjen[tdn]|kjen[td] ugyldig|${B}oppheve[td]?${E}|${B}oppheva${E}|annullert|(ikke|ikkje) lenger (er |vere |være )?(gyldig|gildig|gjeldende|gjeldande|i bruk|i kraft|brukt|nytta|benyttet)|(ikke|ikkje) (er |vere |være )?gyldig|${B}(ikke|ikkje) gjeld|erstatt\p{L}*|avløs[td]|avløyst|tidligere|tidlegare|schrems|c-311\/18|c-362\/14|${B}fal(t|l) bort|opphørt|${B}(bruker|brukar|benytter|nyttar|baserer|baserar) (vi )?(oss )?(ikke|ikkje)${E}|(ikke|ikkje) (lenger )?(bruke[rn]?|brukar|benytte[rn]?|nyttar|basere)${E}|invalid|no longer`,
)

/** Negation near a word. */
export const NEGATION = p(String.raw`${B}(ikke|ikkje|ingen|aldri|uten|utan)${E}`)

export const COOKIE = p(
  String.raw`informasjonskaps\p{L}*|${B}cookie\p{L}*|${B}pikslar?${E}|${B}piks(el|elen|ler|lene|lane)${E}|${B}pixel\p{L}*|sporingsteknolog\p{L}*|sporingsverktøy\p{L}*`,
)

export const BROWSER = p(String.raw`nettles[ae]r\p{L}*|${B}browser\p{L}*`)

export const CONSENT = p(String.raw`${B}samtykk\p{L}*`)

export const EMAIL = p(String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)*\.\p{L}{2,}`)

export const PHONE = p(
  String.raw`(${B}telefon\p{L}*|${B}tlf\.?|${B}tel\.|${B}ring(je|a|e)? (oss )?(på )?|${B}mobil\p{L}*|${B}sentralbord\p{L}*|${B}kundesenter\p{L}*|${B}kundeservice)\s*:?\s*(\+47\s*)?\d{2,3}(\s?\d{2,3}){2,3}${E}|\+47\s*\d{2,3}(\s?\d{2,3}){2,3}${E}|${B}(telefon|tlf\.?)\s*:?\s*\d{3,}`,
)

/** Postcode and place on the original text ("0150 Oslo") or a post-office box. */
export const POSTAL = p(
  String.raw`(?<=^|\n|[,;:]\s{0,3})\d{4}[ \t]+\p{Lu}\p{Ll}+|${B}[Pp]ostboks\s*\d+|${B}[Pp]b\.?\s*\d+|${B}[Pp]ostadresse\s*:`,
)

export const CONTACT_FORM = p(String.raw`kontaktskjema\p{L}*|kontaktformular\p{L}*`)

export const ORG_NUMBER = p(
  String.raw`org(anisasjons)?\.?\s*-?\s*(nr|nummer)\.?\s*:?\s*\d{3}\s?\d{3}\s?\d{3}${E}|${B}\d{3}\s\d{3}\s\d{3}\s*mva`,
)

/** A company name with a legal-form suffix, on the original text ("Eksempel Energi AS"). */
export const COMPANY_NAME = p(
  String.raw`\p{Lu}[\p{L}\p{N}&.-]*(\s+[\p{Lu}&][\p{L}\p{N}&.-]*){0,4}\s+(AS|ASA|SA|BA|IKS|KF|HF|SF|NUF|ANS|DA|AB|ApS|A\/S|Oy|Ltd|Limited|GmbH|AG|Inc|LLC|B\.V\.|BV|SL|S\.L\.|SAS|SARL|SRL|S\.r\.l\.|N\.V\.)${E}`,
)

/** Somebody asks for something: the wording of data-subject rights. */
export const RIGHT_INDICATOR = p(
  String.raw`${B}rett (til|på)${E}|${B}har (du )?rett${E}|${B}krav (på|om)${E}|${B}(kan|kunne)\s+(du\s+)?(${W})?(kreve|krevje|be|bede|få|ber)${E}|${B}(be|ber|bed|bede)\s+oss${E}|${B}du (kan )?(kreve|krevje|be om)${E}|${B}rettighet\p{L}*|${B}rettigheit\p{L}*|${B}rettane${E}|${B}rettene${E}|${B}(be|ber|bede)\s+(oss\s+)?om${E}|${B}kreve${E}|${B}krevje${E}|${B}ønsk(er|jer) (du )?(at vi|å)${E}|${B}ynskjer${E}|${B}anmod\p{L}*|${B}oppmod\p{L}*|${B}henvend\p{L}* deg|${B}(vil|ønsker|ønskjer)\s+(du\s+)?at\s+vi${E}`,
)

// ---- outdated mechanisms and law -----------------------------------------------------

export const PRIVACY_SHIELD = p(
  String.raw`privacy[\s-]*shield|safe[\s-]*harbou?r|personvernskjold\p{L}*`,
)

export const OLD_SCC_DECISION = p(String.raw`${B}(2010\/87|2004\/915|2001\/497|2002\/16)${E}`)
export const MODEL_CLAUSES = p(
  String.raw`(eu[\s-]*)?model[\s-]*clauses?|modellklausul\p{L}*|${B}standardklausul\p{L}* fr[aå] 2010`,
)
export const NEW_SCC = p(String.raw`2021\/914|${B}2021${E}`)

/** A section reference to the personal data act: "personopplysningsloven § 18", "popplyl. §§ 29 og 30". */
export const ACT_SECTION = p(
  String.raw`(personopplysningslov\p{L}*|${B}popplyl\.?|${B}pol\.|personvernlov\p{L}*)\s*(\([^)]{0,60}\)\s*)?((av|fr[aå]) (14\. april )?2000\s*)?,?\s*§§?\s*(?<nums>\d+[a-z]?(\s*(,|og|-|–|til)\s*\d+[a-z]?)*)`,
)
export const SECTION_ACT = p(
  String.raw`§§?\s*(?<nums>\d+[a-z]?(\s*(,|og|-|–|til)\s*\d+[a-z]?)*)\s*(\S+\s+){0,3}?(i|etter|jf\.?|jfr\.?|jmf\.?|ifølge|ifylgje)\s+(personopplysningslov\p{L}*|popplyl)`,
)
export const ACT_2018 = p(String.raw`2018|lov-2018`)
export const OLD_REGULATION = p(
  String.raw`personopplysningsforskrift\p{L}*\s*§\s*\d+-\d+|${B}for-2000-12-15-1265${E}`,
)
export const ACT_2000 = p(
  String.raw`lov-2000-04-14-31|${B}lov (av )?14\.? april 2000|${B}2000 nr\.? 31${E}|personopplysningslov\p{L}* (av|fr[aå]|fra år|frå år) (14\. april )?2000|${B}lov om behandling av personopplysninger (av|fra) 2000`,
)
export const DIRECTIVE_95_46 = p(
  String.raw`${B}95\/46${E}|personverndirektiv\p{L}*|${B}datadirektiv\p{L}*|${B}direktiv 95`,
)
export const NOTIFICATION_REGIME = p(
  String.raw`${B}(meldt|meldast|meldes|melding|meldepliktig\p{L}*|meldeplikt\p{L}*|konsesjon\p{L}*)${E}`,
)
export const DATATILSYNET = p(String.raw`datatilsyn\p{L}*`)
/** Today's duties to notify Datatilsynet (breaches, the DPO) and complaints are not the old regime. */
export const CURRENT_NOTIFICATION = p(
  String.raw`avvik|${B}brudd|sikkerhetsbrudd|tryggleiksbrot|sikkerheitsbrot|${B}brot${E}|hendelse|hending|72 timar|72 timer|art(ikkel|\.)?\s*33|personvernomb|klag\p{L}*`,
)

export const EKOM_2_7B = p(
  String.raw`§\s*2-7\s?b${E}|ekom\p{L}*\s+(§\s*)?2-7\s?b${E}|elektronisk kommunikasjon\s*(\(ekomloven\)\s*)?§\s*2-7\s?b${E}`,
)
export const BROWSER_AS_CONSENT = p(
  String.raw`samtykk\p{L}*[^.]{0,120}(innstilling\p{L}*|tillat\p{L}*|tillèt)[^.]{0,40}nettles[ae]r|nettles[ae]r\p{L}*[^.]{0,40}(innstilling\p{L}*)[^.]{0,60}(regnes|reknast|gjelder|gjeld|gjelde|anses|vert sett)\s+som\s+(et\s+|eit\s+)?samtykk|(ved å|gjennom å|når du)\s[^.]{0,80}nettles[ae]r[^.]{0,80}(samtykk|godta|godtek|aksepter)|nettles[ae]r\p{L}*[^.]{0,60}(er innstil|er stilt inn|tillater|tillèt|aksepterer|godtar|godtek)[^.]{0,60}(samtykk|informasjonskaps|cookie)|(samtykk\p{L}*|godtar|godtek|aksepterer)[^.]{0,40}(gjennom|via|ved hjelp av|med|i)\s+(${W}){0,2}(innstilling\p{L}*\s+(i|på|for)\s+(${W})?)?nettles[ae]r`,
)
/** The reader is told how to refuse or control cookies: «du kan sjølv endre innstillingane», «kan slås av». */
export const BROWSER_ACTION = p(
  String.raw`${B}(du|brukeren|brukaren|kunden)\s+(kan|må)\s+(${W}){0,4}(endre|endra|skru|slå|blokker\p{L}*|slett\p{L}*|reserver\p{L}*|deaktiver\p{L}*|avvis\p{L}*|nekt\p{L}*|hindr\p{L}*|unngå|sperr\p{L}*|kontroller\p{L}*|administrer\p{L}*|konfigurer\p{L}*|sette|setja|stille|stilla|velge|velja)${E}|${B}kan\s+(du|brukeren|brukaren)\s+(${W}){0,3}(endre|endra|skru|slå|blokker\p{L}*|slett\p{L}*|deaktiver\p{L}*|avvis\p{L}*|nekt\p{L}*|kontroller\p{L}*|administrer\p{L}*|konfigurer\p{L}*|sette|stille)${E}|${B}ved å\s+(${W}){0,2}(endre|endra|skru|slå|justere|sette|stille|blokkere|avvise|deaktivere)${E}|${B}kan\s+(slås|skrus|blokkeres|endres|endrast|slåast|deaktiveres|avvises|stilles)\s+(av|inn|om)?|${B}(ønsker|ønskjer|vil)\s+du\s+(ikke\s+|ikkje\s+)?(å\s+)?(kontrollere|hindre|unngå|blokkere|slette|administrere)`,
)
export const IMPLIED_CONSENT = p(
  String.raw`ved å\s+(fortsette|fortsetje|halde fram|holde fram|bruke|bruka|nytte|besøke|besøkje|navigere|surfe|klikke)[^.]{0,80}(samtykk|godtar|godtek|aksepterer)`,
)
export const BROWSER_OPT_OUT = p(
  String.raw`innstilling\p{L}*|${B}endre${E}|skru av|slå av|${B}blokker\p{L}*|${B}slett\p{L}*|${B}reserver\p{L}*|deaktiver\p{L}*|${B}avvis\p{L}*|${B}nekt\p{L}*|${B}hindre${E}|${B}unngå${E}|${B}sperr\p{L}*`,
)
export const COOKIE_CONSENT_TOOL = p(
  String.raw`samtykke(løysing|løsning|banner|verktøy|modul|innstilling|administrasjon)\p{L}*|cookie[\s-]?banner\p{L}*|informasjonskapselinnstilling\p{L}*|(innstilling\p{L}*|valg|val)\s+for\s+informasjonskaps\p{L}*|cookie[\s-]?innstilling\p{L}*|cookie[\s-]?settings|cookiebot|onetrust|cookieinformation|consent manager`,
)
export const NON_ESSENTIAL_COOKIES = p(
  String.raw`analyse|statistikk|google|facebook|remarketing|annons|markedsføring|marknadsføring|sporing|sporar|sporer|pi(x|ks)el|tredjepart|målretta|målrettet`,
)

// ---- consent as the basis of everything --------------------------------------------

export const CONSENT_BASIS = p(
  String.raw`(grunnlag\p{L}*|heimel|hjemmel)[^.]{0,60}${B}samtykk|${B}samtykk\p{L}*[^.]{0,40}(grunnlag|heimel|hjemmel)|(basert|basera|bygger|byggjer|bygget|bygd|baserer|baserar|skjer|grunner|grunnar)\s+(seg\s+)?(på|med)\s+(${W}){0,2}samtykk|(på bakgrunn av|på grunnlag av|i kraft av|${B}med|${B}etter)\s+(ditt|din|di|ditt uttrykkelige|ditt uttrykkelege)\s+samtykk|${B}(samtykker|samtykkjer)\s+du${E}|${B}du\s+(samtykker|samtykkjer)${E}|${B}(gir|gjev)\s+du\s+(oss\s+)?(ditt\s+)?samtykk`,
)
/** Consent listed next to other bases ("samtykke, avtale eller rettslig forpliktelse"): an overview, not a claim. */
export const CONSENT_AMONG_BASES = p(
  String.raw`${B}samtykk\p{L}*\s*(,|og|eller)\s*(${W}){0,2}(avtale|kontrakt|rettsl|rettsleg|berettig|lov|interesse)|(avtale\p{L}*|kontrakt\p{L}*|forpliktelse\p{L}*|plikt\p{L}*|interess\p{L}*|lov\p{L}*)\s*(,|og|eller)\s*(${W}){0,2}samtykk`,
)
export const CONSENT_NEGATED = p(
  String.raw`${B}(ikke|ikkje|ingen|uten|utan)\s+(${W}){0,3}samtykk|${B}samtykk\p{L}*\s+(er\s+)?(ikke|ikkje)${E}|${B}(ikke|ikkje)\s+(${W}){0,2}(basert|basera|bygget|bygd)${E}`,
)
export const CONSENT_CONDITIONAL = p(
  String.raw`${B}(når|der|dersom|hvis|viss|om|hvor|kvar|så langt|i den grad|i tilfeller der|i tilfelle der|i dei tilfella der|i de tilfellene der|i de tilfeller der)\s+(${W}){0,4}(bygger|byggjer|er basert|er basera|baserer|baserar|skjer|grunner|grunnar)\s+(seg\s+)?(på|med)\s+(${W}){0,2}samtykk|${B}(når|der|dersom|hvis|viss|om|hvor|kvar)\s+(${W}){0,4}(grunnlag\p{L}*|heimel|hjemmel)\s+(${W}){0,2}(er\s+)?(ditt\s+)?samtykk|${B}(når|dersom|hvis|viss|om|etter at)\s+du\s+(${W}){0,2}(har\s+)?(samtykket|samtykt|gitt\s+(oss\s+)?(ditt\s+)?samtykke|gjeve\s+(oss\s+)?samtykke)`,
)
export const CONSENT_WITHDRAWAL = p(
  String.raw`${B}trekk\p{L}*\s+(${W}){0,4}tilbake|${B}tilbaketrekk\p{L}*|${B}tilbakekall\p{L}*|${B}kalle\s+(${W}){0,3}tilbake|${B}(endre|administrere|oppheve|avslutte)\s+(${W}){0,3}samtykk\p{L}*|${B}samtykk\p{L}*\s+(${W}){0,4}(endr(e|ast|es)|trekk(es|ast|jast))${E}`,
)
export const GENERAL_PROCESSING = p(
  String.raw`${B}(all|alle)\s+(vår\s+|våre\s+|vårt\s+)?(behandling\p{L}*|innsamling\p{L}*|bruk)${E}|${B}behandling(en|a)?${E}\s+(av\s+(dine\s+|dei\s+|de\s+)?(person)?opplysning\p{L}*\s+(om\s+deg\s+)?)?(skjer|er basert|er basera|baserer|baserar|bygger|byggjer|grunner|grunnar)${E}|${B}ved å\s+(bli|vere|være|inngå|signere|bestille|registrere|ta i bruk|bruke|nytte|godta|godkjenne|akseptere|opprette|tegne|teikne)${E}|personvernerklæring\p{L}*|${B}denne erklæring\p{L}*|${B}vilkår(a|ene)${E}`,
)
export const CONSENT_TYPICAL_PURPOSE = p(
  String.raw`nyhetsbrev|nyheitsbrev|markedsføring|marknadsføring|reklame|(tilbud|tilbod)\s+(og|eller)\s+(nyhet|nyheit|informasjon)|(informasjon|nyheter|nyheiter)\s+(og|eller)\s+(tilbud|tilbod)|gode tilbud|spesialtilbud|tilbud fra oss|tilbod frå oss|kampanj|konkurranse|undersøk|informasjonskaps|cookie|analyse|statistikk|profiler|sosiale medi|${B}push|varsl|særlige kategori|særlege kategori|helseopplysning|${B}bilde|${B}bilete|${B}video|${B}foto|arrangement|chat`,
)
export const CONTRACT_OR_LAW_PURPOSE = p(
  String.raw`faktur\p{L}*|bokføring\p{L}*|rekneskap\p{L}*|regnskap\p{L}*|lovpålagt\p{L}*|rettslig\p{L}* forpliktelse|rettsleg\p{L}* (plikt|forplikting)|kundeforhold\p{L}*|strømavtal\p{L}*|straumavtal\p{L}*|(oppfylle|gjennomføre|inngå|administrere|levere)\p{L}*\s+(${W}){0,3}(avtale|kontrakt)|levere\s+(strøm|straum|tjenest\p{L}*|tenest\p{L}*)|levering av (strøm|straum)|måleverdi\p{L}*|målepunkt\p{L}*|elhub|folkeregister\p{L}*|kredittsjekk\p{L}*|kredittvurdering\p{L}*|${B}(bli|blir|vert|vere|være) kunde`,
)

// ---- controller, DPO ------------------------------------------------------------------

export const CONTROLLER = p(
  String.raw`behandlingsansvarl[ie]g\p{L}*|behandlingsansvarleg\p{L}*|handsamingsansvarl\p{L}*|behandlingsansvaret${E}|${B}har\s+(det\s+|hovud)?ansvar(et)?\s+for\s+(${W}){0,1}(behandling\p{L}*|handsaming\p{L}*|personopplysning\p{L}*)|${B}juridisk\p{L}*\s+(navn|namn|enhet\p{L}*|eining\p{L}*)|${B}dataansvarl\p{L}*|${B}(er|vere|være)\s+ansvarl[ie]g\p{L}*\s+for\s+(${W}){0,2}(behandling\p{L}*|personopplysning\p{L}*|personvern\p{L}*|opplysning\p{L}*)|${B}ansvarl[ie]g\p{L}* for behandling\p{L}*`,
)
export const DEFINITION = p(
  String.raw`${B}er den som${E}|${B}er den ${W}som${E}|${B}defin\p{L}*|${B}betyr${E}|${B}tyder${E}|${B}(kalles|kallast|vert kalla|blir kalt|blir kalla|reknast som|regnes som|omgrepet|begrepet)${E}|${B}(for at det skal vere lovleg|for at det skal være lovlig|er det nødvendig med|er det naudsynt med)${E}`,
)
/** Headings of sections that explain words rather than say what the controller does. */
export const DEFINITION_HEADING = p(
  String.raw`omgrep|begrep|definisjon|ordforklaring|ordliste|(hva|kva) (er|betyr) (personopplysning|personvern|behandling)\p{L}*|(hva|kva) er rekna som`,
)
/** First or second person: the controller or the reader is the subject, so the sentence is not a definition. */
export const PERSON = p(
  String.raw`${B}(vi|me|oss|vår|vårt|våre|vår|du|deg|din|ditt|dine|di|dykk)${E}`,
)
export const DPO = p(
  String.raw`personvernombud\p{L}*|personvernombod\p{L}*|${B}dpo${E}|data protection officer`,
)
export const NO_DPO = p(
  String.raw`${B}(ikke|ikkje|ingen)\s+(${W}){0,3}personvernomb|personvernomb\p{L}*\s+(${W}){0,2}(ikke|ikkje)${E}`,
)

// ---- legal basis ------------------------------------------------------------------------

export const LEGAL_BASIS = p(
  String.raw`behandlingsgrunnlag\p{L}*|rettsl[ie]g\p{L}*\s+grunnlag|rettsleg\p{L}*\s+grunnlag|lovl[ie]g\p{L}*\s+grunnlag|lovleg\p{L}*\s+grunnlag|${B}grunnlag(et)?\s+for\s+(${W}){0,2}(behandling\p{L}*|å behandle)|${B}hjemmel|${B}heimel|${B}art(ikkel|\.)?\s*6\s*(\(1\)|nr\.?\s*1|første ledd|fyrste ledd|1)|berettig\p{L}*\s+interess\p{L}*|legitim\p{L}*\s+interess\p{L}*|rettsl[ie]g\p{L}*\s+forpliktelse|rettsleg\p{L}*\s+(plikt|forplikting)|lovpålagt\p{L}*|pålagt (ved|av|etter|i) lov|${B}lov(en|a)? (krev|krever|pålegg)|(oppfylle|oppfylling av|oppfyllelse av|gjennomføre|gjennomføring av|inngå|inngåing av|levere|administrere)\s+(${W}){0,3}(avtale|kontrakt)\p{L}*|(nødvendig|naudsynt)\s+for\s+(å\s+)?(${W}){0,2}(avtale|kontrakt)\p{L}*|${B}(avtale|kontrakt)\s+(med deg\s+)?(er|som)\s+(behandlings)?grunnlag`,
)

export const LEGITIMATE_INTEREST = p(
  String.raw`berettig\p{L}*\s+interess\p{L}*|legitim\p{L}*\s+interess\p{L}*|${B}art(ikkel|\.)?\s*6\s*(\(1\)|nr\.?\s*1|første ledd|fyrste ledd)?\s*(bokstav|bokst\.|litra)?\s*\(?f\)?${E}`,
)
/** Wording that names what the interest is. */
export const INTEREST_EXPLAINED = p(
  String.raw`interess\p{L}*\s+(i|av|for|med)\s+(å|at)${E}|interess\p{L}*\s+(er|består|går ut|knyt)|${B}interess\p{L}*[^.]{0,60}?\s(er|består i|går ut på)\s+(å|at)${E}|${B}(vår|våre|vårt)\s+(${W}){0,2}interess\p{L}*\s+(i|av|er|for)${E}|interessa\s+vår|interessen\s+vår|${B}for å\s|${B}slik at${E}|${B}med sikte på${E}|${B}(formål|føremål)\p{L}*\s+(er|med|om)${E}|${B}(hensyn|omsyn) til${E}|${B}i å\s`,
)

// ---- recipients, transfers --------------------------------------------------------------

export const RECIPIENTS = p(
  String.raw`mottaker\p{L}*|mottakar\p{L}*|${B}utlever\p{L}*|${B}databehandl[ae]r\p{L}*|underleverandør\p{L}*|${B}leverandør\p{L}*|tredjepart\p{L}*|samarbeidspart\p{L}*|${B}(del|deler|delar|dele|deles|delast|deles)\s+(${W}){0,5}med${E}|${B}(deles|delast|deles)${E}|${B}(gir|gjev)\s+(${W}){0,3}(videre|vidare)|${B}overfør\p{L}*\s+(${W}){0,3}til${E}|${B}(selger|sel)\s+(aldri|ikke|ikkje)${E}`,
)

export const TRANSFER = p(
  String.raw`(utenfor|utanfor|ut av|ut fra|ut frå)\s+(eøs|eu|europa|det europeiske)|tredjeland\p{L}*|${B}usa${E}|amerikansk\p{L}*|sambandsstatane|de forente stater|${B}overfør\p{L}*\s+(${W}){0,4}(utlandet|land utenfor|land utanfor)`,
)
export const US_SERVICE = p(
  String.raw`${B}google\p{L}*|${B}facebook|meta platforms|${B}meta[\s-]pi(x|ks)el\p{L}*|${B}instagram|${B}snapchat|${B}tiktok|${B}linkedin|${B}microsoft|${B}azure${E}|office 365|amazon web services|${B}aws${E}|${B}salesforce|${B}mailchimp|${B}hubspot|${B}hotjar|${B}zendesk|${B}twitter|${B}youtube|${B}dropbox|${B}slack${E}|${B}adobe|${B}cloudflare`,
)
export const TRANSFER_MECHANISM = p(
  String.raw`${B}standard\p{L}*\s+(personvern\p{L}*|kontrakt\p{L}*|avtale\p{L}*|klausul\p{L}*|vilkår\p{L}*)|standardavtal\p{L}*|standardklausul\p{L}*|standard contractual clauses|${B}sccs?${E}|2021\/914|personvernføresegn\p{L}*|bindende virksomhetsregl\p{L}*|bindande verksemdsregl\p{L}*|binding corporate rules|${B}bcr${E}|tilstrekkelighetsbeslutning\p{L}*|adekvansbeslutning\p{L}*|${B}adekva\p{L}*|tilstrekkel[ie]g\p{L}*\s+(beskyttelses\p{L}*|vernenivå|nivå|vern|personvern)|data privacy framework|${B}dpf${E}|${B}art(ikkel|\.)?\s*4[5-9]${E}|godkjen[td]\s+av\s+eu-kommisjonen|eu-kommisjonens\s+(beslutning|avgjerd|vedtak)|privacy[\s-]*shield|safe[\s-]*harbou?r|model[\s-]*clauses?|modellklausul\p{L}*|2010\/87|2004\/915|2001\/497`,
)
export const NO_TRANSFER = p(
  String.raw`${B}(ikke|ikkje|aldri)\s+(${W}){0,6}(utenfor|utanfor|ut av)\s+(eøs|eu)${E}|${B}(ikke|ikkje|aldri)\s+(${W}){0,6}(til|i)\s+(usa|tredjeland\p{L}*)${E}|${B}(kun|bare|berre|utelukkande|utelukkende)\s+(${W}){0,4}(innenfor|innanfor|i)\s+(eøs|eu|norge|noreg)${E}`,
)

// ---- retention ------------------------------------------------------------------------

/** Storage inside the EEA; enough to silence a bare mention of a US service, not an explicit transfer. */
export const STORED_IN_EEA = p(
  String.raw`${B}(lagr\p{L}*|oppbevar\p{L}*|behandl\p{L}*|ligg|ligger|driftes|drifta)\s+(${W}){0,4}(innenfor|innanfor|i)\s+(eøs|eu|norge|noreg|europa)${E}`,
)

export const RETENTION = p(
  String.raw`${B}lagr\p{L}*|${B}arkivplikt\p{L}*|${B}(blir|vert|er|bli|verte)\s+varetek(e|ne|ast|es)?${E}|${B}bevar(es|ast|t|a|ing)${E}|${B}oppbevar\p{L}*|${B}slett\p{L}*|${B}behold\p{L}*|${B}(ta|tek|tar|teke|tatt)\s+((vi|me|dei|de|det|den)\s+)?vare\s+på${E}|lagringstid\p{L}*|lagringsperiode\p{L}*|${B}anonymiser\p{L}*|${B}arkiver\p{L}*|${B}makuler\p{L}*`,
)
export const PERIOD = p(
  String.raw`${B}\d+([,.]\d+)?\s*(år|åra|årene|måned\p{L}*|månad\p{L}*|mnd\.?|dag\p{L}*|døgn\p{L}*|uke\p{L}*|veke\p{L}*|timer|timar)${E}|${B}(ett|eitt|eit|et|en|ein|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|atten|tjue|tretti|seksti|nitti)\s+(år|måned\p{L}*|månad\p{L}*|dag\p{L}*|døgn|uke\p{L}*|veke\p{L}*)${E}|${B}ut (året|inneværende år|inneverande år)${E}|${B}halvår\p{L}*`,
)
export const NAMED_LAW = p(
  String.raw`bokføringslov\p{L}*|bokføringsforskrift\p{L}*|foreldelseslov\p{L}*|skatteforvaltningslov\p{L}*|arkivlov\p{L}*|avregningsforskrift\p{L}*|regnskapslov\p{L}*|rekneskapslov\p{L}*|hvitvaskingslov\p{L}*|kvitvaskingslov\p{L}*|energilov\p{L}*|kontrollforskrift\p{L}*|kameraovervåk\p{L}*|ekomlov\p{L}*|ekomforskrift\p{L}*|folkeregisterlov\p{L}*|foreldingslov\p{L}*|forel(d|ding)\p{L}*frist\p{L}*`,
)
export const RETENTION_EVENT = p(
  String.raw`${B}(så lenge|inntil|til|når|etter at|straks|så snart|med ein gong|umiddelbart etter at)\s+(du|ditt|din|di|kundeforhold\p{L}*|avtale\p{L}*|kontrakt\p{L}*|samtykke\p{L}*|abonnement\p{L}*|saken|saka|kampanjen|konkurransen|kontoen|brukarkontoen|brukerkontoen|kunde)${E}`,
)
export const VAGUE_RETENTION = p(
  String.raw`${B}så lenge\s+(det\s+)?(er\s+)?(nødvendig|naudsynt|påkrevd|påkravd|behov)|${B}(ikke|ikkje)\s+lenger\s+enn\s+(det\s+)?(som\s+)?(er\s+)?(nødvendig|naudsynt|påkrevd)|${B}(ikke|ikkje)\s+lenger\s+(er\s+)?(nødvendig|naudsynt)\p{L}*|${B}(ikke|ikkje)\s+lenger\s+har\s+(et|eit|noe|noko)\s+(${W})?grunnlag|gjeld[ae]nde\s+(lov\p{L}*|regelverk\p{L}*|regl\p{L}*|regel\p{L}*|retningslinje\p{L}*)|(enhver|kvar) tid gjeld\p{L}*|${B}(utover|ut over)\s+(det\s+)?(som\s+)?(er\s+)?(nødvendig|naudsynt)|${B}(ikke|ikkje)\s+lenger\s+(er\s+)?(relevant|aktuell|aktuelle|relevante)\p{L}*|${B}(i henhold til|i samsvar med|etter|jf\.?)\s+(lov|lova|loven|lovverket|lovgivningen|lovgjevinga)${E}|${B}(nødvendig|naudsynt)\s+for\s+(å\s+oppfylle\s+)?(det\s+)?(formål|føremål)\p{L}*`,
)

// ---- rights -----------------------------------------------------------------------------

export const RIGHT_ACCESS = p(String.raw`${B}innsyn\p{L}*`)
export const RIGHT_ACCESS_WEAK = p(
  String.raw`${B}(få|be om|krevje|kreve)\s+(en\s+|ein\s+|ei\s+)?kopi${E}|${B}(be om|få|krevje|kreve)\s+tilgang${E}|rett til å (få )?(vite|vita|sjå|se)${E}|${B}(se|sjå|få vite|få vita|få oversikt over)\s+(${W}){0,2}(hvilke|kva|hva)\s+(${W}){0,3}opplysning\p{L}*`,
)
export const RIGHT_RECTIFICATION = p(
  String.raw`${B}(retting\p{L}*|retta|rette|rettes|rettet|retter|rettar|rettast|korriger\p{L}*|supplere|supplert|fullstendiggj\p{L}*)${E}(?!\s+seg${E})|${B}(oppdatere|endre)\s+(${W}){0,2}(feil|uriktig|ufullstendig|mangelfull)\p{L}*`,
)
export const RIGHT_ERASURE = p(String.raw`${B}slett\p{L}*|${B}bli (glemt|gløymd|gløymt)${E}`)
export const RIGHT_RESTRICTION = p(
  String.raw`${B}(begrensning|begrensing|avgrensing|avgrensning)\s+av\s+(${W})?behandling\p{L}*|${B}(begrense|avgrense)\s+(${W}){0,2}behandling\p{L}*`,
)
/** Restriction words that are the right only where a right is described; «avgrensa moglegheit» is not. */
export const RIGHT_RESTRICTION_WEAK = p(
  String.raw`${B}(begrensning|begrensing|avgrensing|avgrensning|begrense|avgrense|begrenser|avgrensar|avgrensa|begrenses|avgrensast|sperre|sperra|sperres|sperrast|sperrar|sperrer|sperring)${E}(?!\s+(moglegheit|mulighet|moglegheiter|muligheter|tilgang|grad|omfang|periode|tid|tal|antall))|${B}(begrenset|begrensa|avgrensa)\s+(behandling|bruk)`,
)
export const RIGHT_PORTABILITY = p(
  String.raw`portabilitet\p{L}*|maskinlesbar\p{L}*|(flytte|overføre|overført|overføres|overførast|utlevert)\s[^.]{0,80}(annen behandlingsansvarl|annan behandlingsansvarl|ny leverandør|annen leverandør|annan leverandør|ny kraftleverandør)`,
)
export const RIGHT_OBJECTION = p(
  String.raw`${B}protest\p{L}*|${B}innsigelse\p{L}*|${B}innvending\p{L}*|${B}motsett[ae]\p{L}*|${B}motsetje${E}|${B}reserver\p{L}*\s+(${W}){0,3}(mot|fra|frå)${E}|${B}reservasjon\p{L}*`,
)

export const COMPLAINT = p(String.raw`${B}klag\p{L}*`)
export const SUPERVISORY_AUTHORITY = p(
  String.raw`datatilsyn\p{L}*|tilsynsmyndighet\p{L}*|tilsynsmakt\p{L}*|tilsynsstyresmakt\p{L}*|(databeskyttelses|personvern|datavern)(myndighet|myndigheit|tilsyn)\p{L}*|data protection authority`,
)

// ---- sources (art. 14) --------------------------------------------------------------------

export const GENERIC_SOURCE = p(
  String.raw`${B}(fra|frå|via|gjennom|hos)\s+(?:(?!(med|til|for|som|at|når|om|og deler|og gir)${E})\p{L}+[\s,]+){0,6}?(tredjepart\p{L}*|andre kilder|andre kjelder|eksterne kilder|eksterne kjelder|andre aktørar|andre aktører|offentl[ie]g\p{L}*\s+(tilgjengel[ie]g\p{L}*\s+)?(kilder|kjelder|registre|register)|offentleg\p{L}*\s+(tilgjengeleg\p{L}*\s+)?(kjelder|register)|kredittopplysningsbyrå\p{L}*|kredittbyrå\p{L}*|kredittinformasjons\p{L}*|kredittopplysningsforetak\p{L}*|kredittopplysningsføretak\p{L}*|kredittopplysningsselskap\p{L}*|samarbeidspartner\p{L}*|samarbeidspartnar\p{L}*|andre selskap\p{L}*|${B}registre${E}|${B}register${E}|${B}registera${E}|tilgjengelige kilder)${E}`,
)
export const COLLECTION = p(
  String.raw`${B}innhent\p{L}*|${B}hent\p{L}*|${B}mott[ae]\p{L}*|${B}mottek${E}|${B}får${E}|${B}få${E}|${B}samle\p{L}*\s+inn|${B}samlar\s+inn|${B}kilde\p{L}*|${B}kjelde\p{L}*|${B}kommer${E}|${B}kjem${E}|${B}innsaml\p{L}*|${B}oppdater\p{L}*|${B}supplere\p{L}*|${B}kontroller\p{L}*|${B}bekreft\p{L}*|${B}stadfest\p{L}*`,
)
export const KNOWN_SOURCE = p(
  String.raw`${B}elhub|folkeregister\p{L}*|${B}experian|${B}bisnode|dun\s*&\s*bradstreet|${B}creditsafe|${B}intrum|${B}lindorff|${B}enin${E}|kartverket|matrikkel\p{L}*|brønnøysundregistr\p{L}*|enhetsregister\p{L}*|einingsregister\p{L}*|skatteetaten|${B}nav${E}|${B}posten${E}|${B}bring${E}|${B}1881${E}|gule sider|${B}eniro|${B}proff${E}|nettselskap\p{L}*|netteigar\p{L}*|nettleverandør\p{L}*|nettoperatør\p{L}*|${B}kommunen${E}|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|representant\p{L}*|fullmektig\p{L}*|${B}verge\p{L}*|${B}bankid|id-porten|${B}altinn|${B}vipps`,
)
export const CREDIT_CHECK = p(String.raw`kredittsjekk\p{L}*|kredittvurder\p{L}*`)
export const CREDIT_AGENCY_NAMED = p(
  String.raw`${B}experian|${B}bisnode|dun\s*&\s*bradstreet|${B}creditsafe|${B}intrum|${B}lindorff|${B}enin${E}|${B}proff${E}`,
)

// ---- the controller's legal bases (which rights apply depends on them) -----------------

/** A paragraph letter of art. 6(1): «art. 6 nr. 1 bokstav e», «artikkel 6.1.c)», «art. 6 (1) (f)». */
export const ART6_LETTER = p(
  String.raw`${B}(art\.?|artikkel|artikel)\s*6\s*(\(1\)|nr\.?\s*1|første ledd|fyrste ledd|\.\s*1|1)?\s*[.,]?\s*(bokstav|bokst\.|litra)?\s*\(?(?<letter>[a-f])\)(?![\p{L}\p{N}])|${B}(art\.?|artikkel|artikel)\s*6\s*(\(1\)|nr\.?\s*1|første ledd|fyrste ledd|\.\s*1)\s*[.,]?\s*(bokstav|bokst\.|litra)?\s*(?<letter2>[a-f])${E}`,
)
export const BASIS_CONTRACT = p(
  String.raw`(oppfylle|oppfylla|oppfylling|oppfyllelse|gjennomføre|gjennomføring|inngå|inngåing|levere|administrere)\s+(${W}){0,4}(avtale|kontrakt|avtalevilkår|medlemsavtale|kundeavtale)\p{L}*|(nødvendig|naudsynt)\s+for\s+(å\s+)?(${W}){0,3}(avtale|kontrakt)\p{L}*|(hjemmel|heimel|grunnlag)\s+i\s+(${W}){0,2}[«"]?\p{L}*avtale\p{L}*|(medlemskap\p{L}*|kundeforhold\p{L}*)\s+(er\s+å\s+regne\s+som|regnes\s+som|reknast\s+som)\s+(en\s+|ei\s+|ein\s+)?avtale|${B}(avtale|kontrakt)\s+(med deg\s+)?(er|som)\s+(behandlings)?grunnlag|(plikter|forpliktelser|forpliktingar)\s+(${W}){0,2}som\s+følg\p{L}*\s+av\s+(${W}){0,1}(avtale\p{L}*|avtalevilkår\p{L}*|vilkår\p{L}*)|(oppfylle|oppfylla)\s+(en\s+|ein\s+)?(avtale|kontrakt)`,
)
export const BASIS_OBLIGATION = p(
  String.raw`rettsl[ie]g\p{L}*\s+(forpliktelse|plikt|forplikting)\p{L}*|rettsleg\p{L}*\s+(plikt|forplikting)\p{L}*|juridisk\p{L}*\s+forpliktelse\p{L}*|${B}lovpålagt\p{L}*|${B}lovpålagd\p{L}*|pålagt\s+(ved|av|etter|i|gjennom)\s+lov|lovbestemt\p{L}*\s+opplysningsplikt|${B}rettslig plikt`,
)
export const BASIS_PUBLIC = p(
  String.raw`offentl\p{L}*\s+(oppgave|oppgåve|oppdrag)\p{L}*|offentl\p{L}*\s+(styresmaktsutøving|myndighetsutøvelse|myndigheitsutøving)|(utøve|utøving|utøvelse|utøva|utøvinga)\s+(av\s+)?(${W}){0,2}offentl\p{L}*|allmennhetens\s+interesse|allmenn\p{L}*\s+interesse|ålmenn\p{L}*\s+interesse|i\s+ålmenta\s+si\s+interesse|samfunnsoppdrag\p{L}*|(oppgåver|oppgaver)\s+som\s+(vi|me)\s+er\s+pålag\p{L}*`,
)
export const BASIS_VITAL = p(String.raw`vitale\s+interess\p{L}*`)
/** Words that make a sentence about the basis of processing. */
export const BASIS_CONTEXT = p(
  String.raw`grunnlag\p{L}*|${B}hjemmel|${B}heimel|${B}basert på|${B}basera på|${B}bygger på|${B}byggjer på|${B}på bakgrunn av|juridisk\p{L}* begrunnelse|${B}art(ikkel|\.)?\s*6${E}`,
)
export const BASIS_HEADING = p(
  String.raw`grunnlag|hjemmel|heimel|rettsl[ie]g|rettsleg|lovlig|lovleg|begrunnelse`,
)
/** The controller is a public body: a municipality, a directorate, an agency. */
export const PUBLIC_BODY = p(
  String.raw`${B}\p{L}*kommune(n)?${E}|fylkeskommun\p{L}*|${B}\p{L}*direktorat(et)?${E}|${B}nav${E}|statsforvalt\p{L}*|fylkesmann(en)?${E}|${B}\p{L}*etaten${E}|departement(et)?${E}|brønnøysundregistr\p{L}*|${B}universitet(et)?${E}|høgskul\p{L}*|høgskol\p{L}*|helseforetak\p{L}*|helseføretak\p{L}*|offentl\p{L}*\s+(myndighet|myndigheit|organ|verksemd|virksomhet)\p{L}*`,
)
/** A relationship that rests on an agreement: customers, members, accounts, orders. */
export const CONTRACTUAL = p(
  String.raw`${B}(kunde|kunder|kunden|kundane|kundar|kundeforhold\p{L}*)${E}|${B}(ditt|din|dine|di|våre|vårt|vår|bli|blir|vert|nye)\s+(${W}){0,1}medlem\p{L}*|${B}medlemskap\p{L}*|${B}medlemsavgift\p{L}*|${B}bestill\p{L}*|${B}kjøp(et|er|a|t)?${E}|${B}abonnement\p{L}*|${B}påmelding\p{L}*|brukerkonto\p{L}*|brukarkonto\p{L}*|${B}(din|di|ditt)\s+(konto|brukar|bruker|profil)${E}|${B}registrer\p{L}*\s+(deg|ein|en)${E}|${B}innmeld\p{L}*|${B}melde\s+inn${E}`,
)
/** A sentence about giving data to others, whose conditions («med mindre lovbestemt opplysningsplikt») are not the basis of the processing. */
export const DISCLOSURE = p(
  String.raw`${B}utlever\p{L}*|${B}formidl\p{L}*|${B}(gi|gis|gjev|gjevast)\s+(${W}){0,2}(videre|vidare)|${B}(deles|delast|dele|deler|delar)\s+(${W}){0,4}med${E}|${B}videresend\p{L}*`,
)
/** Consent to the terms or the policy itself, or consent as a condition for other use, is not the basis of the processing. */
export const CONSENT_NOT_BASIS = p(
  String.raw`samtykk\p{L}*\s+(til|i|på)\s+(${W}){0,2}(brukarvilkår|brukervilkår|vilkår|vilkåra|vilkårene|betingels\p{L}*|personvernerklæring\p{L}*|personvernpolicy\p{L}*)|${B}(med mindre|utan at|uten at|dersom ikkje|dersom ikke)\s+(du\s+)?(har\s+)?samtykk`,
)
/** Bases offered as possibilities («Det kan til dømes vere …», «ett eller flere av følgende»), not as what this processing rests on. */
export const HEDGED = p(
  String.raw`${B}kan\s+(til dømes|for eksempel|t\.d\.|f\.eks\.)?\s*(vera|vere|være)${E}|${B}(ett|eitt|en|ein)\s+eller\s+(flere|fleire)${E}|${B}(enten|anten)${E}`,
)
export const MARKETING = p(
  String.raw`markedsføring\p{L}*|marknadsføring\p{L}*|remarketing|retargeting|${B}reklame\p{L}*|${B}annons\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|direkte markedsf\p{L}*`,
)

// ---- consent --------------------------------------------------------------------------------

/** Consent as the basis of processing in general: «… med mindre annet er spesifisert». */
export const CONSENT_UNLESS = p(
  String.raw`samtykk\p{L}*[^.]{0,80}(med mindre|om ikke|om ikkje|dersom ikke|dersom ikkje|der ikke|der ikkje)\s+(annet|anna|noe annet|noko anna)\s+(er|blir|vert)\s+(spesifisert|oppgitt|oppgjeve|angitt|angjeve|nevnt|nemnt|sagt|opplyst)`,
)
/** «Behandlingsgrunnlaget er samtykke»: the basis, unqualified, is consent. */
export const CONSENT_THE_BASIS = p(
  String.raw`^\s*(behandlingsgrunnlag(et)?|rettsgrunnlag(et)?|det rettslige grunnlaget|det rettslege grunnlaget|grunnlaget)\s+(er|vil være|vil vere|blir|vert)\s+(ditt\s+|din\s+|di\s+)?samtykk`,
)
/** Consent demanded as a condition for using the service or giving data at all. */
export const CONSENT_REQUIRED = p(
  String.raw`${B}(må|skal)\s+(du\s+)?(først\s+)?(samtykk\p{L}*|godta|godkjenne|godkjenna|akseptere|aksepter)\s+(i\s+|til\s+)?(${W}){0,2}(personvernerklæring\p{L}*|vilkår\p{L}*|behandling\p{L}*|innsamling\p{L}*|lagring\p{L}*)`,
)
/** Consent is what the processing rests on (not a consent for something else, e.g. a form's «samtykke for skader»). */
export const CONSENT_AS_BASIS = p(
  String.raw`(grunnlag\p{L}*|heimel|hjemmel)[^.]{0,60}${B}samtykk|${B}samtykk\p{L}*[^.]{0,40}(grunnlag|heimel|hjemmel)|(basert|basera|bygger|byggjer|bygget|bygd|baserer|baserar|skjer|grunner|grunnar)\s+(seg\s+)?(på|med)\s+(${W}){0,2}samtykk|(på bakgrunn av|på grunnlag av|i kraft av|${B}med|${B}etter|${B}utan|${B}uten)\s+(ditt|din|di|ditt uttrykkelige|ditt uttrykkelege|aktivt|ditt aktive)\s+samtykk|${B}(med|etter|på grunnlag av|basert på)\s+samtykk\p{L}*\s+(ditt|di|din|frå deg|fra deg)${E}|${B}(samtykker|samtykkjer|samtykkar)\s+(du|brukaren|brukeren|kunden)${E}|${B}(du|brukaren|brukeren|kunden)\s+(samtykker|samtykkjer|samtykkar)${E}|${B}(gir|gjev)\s+du\s+(oss\s+)?(ditt\s+)?samtykk|${B}(krev|krever|krevjer|trenger|treng|ber om|innhentar|innhenter|be om|be deg om)\s+(${W}){0,2}samtykk|${B}(har\s+)?(gitt|gjeve|gjett)\s+(oss\s+)?(ditt\s+|eit\s+|et\s+)?samtykk|${B}samtykk\p{L}*\s+(til|i)\s+(å|at)${E}|${B}samtykke(t)? (kan|blir|vert) (trekt|trukke|trekkes|trekkast)`,
)

// ---- retention, by kind of statement ----------------------------------------------------------

/** How long a cookie or a record lives («Varighet: opptil 1 år»). */
export const LIFETIME = p(String.raw`${B}(varighet|varigheit|levetid|utløpstid|lagringstid)\p{L}*`)
/** Time words: a sentence with a retention verb and one of these says how long data is kept. */
export const TIME_WORDS = p(
  String.raw`${B}(lenge|lengre|lenger|inntil|periode\p{L}*|tid|tida|tiden|lagringstid\p{L}*|varighet|varigheit|automatisk|straks|snarest|seinast|senest|etter|når|så snart|så fort)${E}`,
)
/** Deletion or anonymisation tied to an event: «slettes så fort brukaren er innmeldt». */
export const DELETION_EVENT = p(
  String.raw`${B}(slett\p{L}*|anonymiser\p{L}*|makuler\p{L}*|fjern\p{L}*)\s+(${W}){0,6}(så snart|så fort|straks|med ein gong|umiddelbart|når\s+(${W}){0,3}(avslutt|slutt|sletta|slettar|sletter|deaktiver|melder|trekk|avvis|er innmeldt|er gjennomført)|etter\s+(endt|avslutta|avsluttet|at))|${B}(så snart|så fort|straks|når|etter at)\s+(${W}){0,6}(er\s+)?(avslutt\p{L}*|gjennomført|innmeldt|sletta|slettet|trukke|trekt)[^.]{0,60}${B}(slett\p{L}*|anonymiser\p{L}*)`,
)
/** A period left to the controller's judgement: «så lenge vi ser det hensiktsmessig». */
export const DISCRETIONARY_RETENTION = p(
  String.raw`${B}så lenge\s+(vi|me|selskapet|verksemda|virksomheten)\s+(ser|finn|finner|meiner|mener|synes|syns)\s+(det\s+)?(er\s+)?(hensiktsmessig|tenleg|tjenlig|nyttig|formålstjenlig|føremålstenleg|fornuftig|passande|passende)|${B}så lenge\s+det\s+er\s+(tenleg|tjenlig|hensiktsmessig|nyttig)\s+for\s+(oss|\p{Lu})`,
)

// ---- rights: where a sentence is about a right --------------------------------------------------

/** A heading over the data subject's rights, or naming at least two of them. */
export const RIGHTS_HEADING = p(
  String.raw`${B}rett(ar|ane|ene|er|en)?${E}|rettighet\p{L}*|rettigheit\p{L}*|${B}rett til${E}|${B}innsyn\p{L}*`,
)
export const RIGHT_WORDS = p(
  String.raw`${B}(innsyn|retting|sletting|begrensning|avgrensing|portabilitet|dataportabilitet|protest\p{L}*|innsigelse)${E}`,
)
/** Objection words that also have other senses and count only where a right is described. */
export const RIGHT_OBJECTION_WEAK = p(
  String.raw`${B}innsigelse\p{L}*|${B}innvending\p{L}*|${B}motsett[ae]\p{L}*|${B}motsetje${E}|${B}reserver\p{L}*\s+(${W}){0,3}(mot|fra|frå)${E}|${B}reservasjon(?!sregist)\p{L}*|${B}(ønskjer|ønsker|vil)\s+(ikkje|ikke)\s+(lenger\s+)?(å\s+)?(motta|få)\s+(${W}){0,2}(markedsføring|marknadsføring|nyhetsbrev|nyheitsbrev)|${B}avmeld\p{L}*|${B}meld\p{L}* (deg )?av${E}`,
)
export const RIGHT_OBJECTION_STRONG = p(String.raw`${B}protest\p{L}*`)
export const RIGHT_ACCESS_STRONG = p(
  String.raw`${B}innsyn\p{L}*\s+i\s+(${W}){0,2}(person)?opplysning\p{L}*|${B}(rett|retten|krav)\s+(til|på)\s+innsyn|${B}innsynsrett\p{L}*|${B}(be|bede|ber)\s+om\s+innsyn|${B}(få|krevje|kreve|krevja|kreva)\s+innsyn`,
)

// ---- transfers ------------------------------------------------------------------------------------

/** The text says data is kept in the EU/EEA (enough for a vendor that offers an EU region). */
export const KEPT_IN_EEA = p(
  String.raw`${B}(lagr\p{L}*|oppbevar\p{L}*|behandl\p{L}*|ligg|ligger|driftes|drifta|plassert|hosta|hostet)\s+(${W}){0,5}(innenfor|innanfor|i|på)\s+(${W}){0,1}(eu|eøs|eu\/eøs|norge|noreg|europa|irland|tyskland|sverige|danmark|finland|nederland|frankrike|belgia|eu-region\p{L}*|europeisk\p{L}*)${E}|${B}(eu|eøs|europeisk\p{L}*)[\s-]+(region|datasenter|servere|server)${E}`,
)

// ---- consent withdrawal, broad -----------------------------------------------------------------

export const CONSENT_WITHDRAWAL_BROAD = p(
  String.raw`${B}trekk\p{L}*\s+(${W}){0,3}samtykk\p{L}*|${B}samtykk\p{L}*\s+(${W}){0,3}(kan|kunne)\s+(${W}){0,3}(trekkes|trekkast|trekkjast|endres|endrast|kalles tilbake)|${B}(gi|gje|gje)\s+og\s+trekk\p{L}*|${B}når som helst\s+(${W}){0,2}(endre|endra|trekke|trekkje|trekkja|oppheve|avslutte|avslutta)\s+(${W}){0,2}samtykk|${B}administrer\p{L}*\s+(${W}){0,2}samtykk`,
)

/**
 * The controller uses a service (so data goes to it): a verb of use or storage, or the
 * service's role (analytics, cookies, pixels, processor). A service named as a source
 * («sourcing (LinkedIn)») or a link («URLer til LinkedIn, GitHub») is no transfer.
 */
export const SERVICE_IN_USE = p(
  String.raw`${B}(bruk\p{L}*|brukast|nytt\p{L}*|nytta|benytt\p{L}*|via|hos|gjennom|lagr\p{L}*|oppbevar\p{L}*|driftes|drifta|driftar|hosta\p{L}*|hostet|levert av|leverandør\p{L}*|databehandl\p{L}*|underdatabehandl\p{L}*|verktøy\p{L}*|verktøya|informasjonskaps\p{L}*|cookie\p{L}*|kaps(el|ler|lar|elen|lane|lene)|pi(x|ks)el\p{L}*|sporing\p{L}*|analyse\p{L}*|annons\p{L}*|remarketing|plugin\p{L}*|integrasjon\p{L}*|innebygd\p{L}*|innebygde|database|skylagring|server\p{L}*|sendes til|sendast til|overfør\p{L}*|mottek|mottar|motta)${E}`,
)
