/**
 * The rules of the policy linter. Each rule reads a {@link PolicyDocument} and returns
 * findings. Rules lean towards silence: a DPO stops reading a checker that cries wolf, so
 * a rule that cannot tell reports nothing or, where the law is clear but the reading is
 * not, a warning.
 */
import type { Finding, Severity } from './finding'
import {
  excerptOf,
  isHeadingLike,
  isListItem,
  isTableRow,
  lineOf,
  sentenceAt,
  type Paragraph,
  type PolicyDocument,
  type Sentence,
  type Span,
} from './policy-lint-document'
import {
  basisStatements,
  controllerBases,
  inRightsContext,
  isDefinition,
  listLead as listLeadOf,
  objectionApplies,
  portabilityApplies,
} from './policy-lint-context'
import * as P from './policy-lint-patterns'
import { ANY_KNOWN_SERVICE, KNOWN_SERVICES } from './policy-lint-services'

/** Every code the linter can report, in the order findings without a line are listed. */
export const POLICY_LINT_CODES = [
  'outdated-privacy-shield',
  'outdated-model-clauses',
  'repealed-act-2000',
  'outdated-ekom-2-7b',
  'browser-settings-consent',
  'consent-as-general-basis',
  'missing-controller-identity',
  'missing-dpo-contact',
  'missing-legal-basis',
  'missing-legitimate-interest',
  'missing-recipients',
  'missing-transfer-safeguards',
  'missing-retention',
  'vague-retention',
  'missing-right-access',
  'missing-right-rectification',
  'missing-right-erasure',
  'missing-right-restriction',
  'missing-right-portability',
  'missing-right-objection',
  'missing-consent-withdrawal',
  'missing-complaint-right',
  'missing-source',
] as const

export type PolicyLintCode = (typeof POLICY_LINT_CODES)[number]

export interface PolicyLintRule {
  article: string
  /** The usual severity; a few rules report a softer variant as a warning. */
  severity: Severity
  message: string
}

const SCC_ADVICE =
  'Oppgi et gyldig overføringsgrunnlag, for eksempel EU-kommisjonens standard personvernbestemmelser (beslutning (EU) 2021/914) eller EU–US Data Privacy Framework for sertifiserte mottakere i USA.'

/** Article, usual severity and message of every code. Messages are bokmål and say what to do. */
export const POLICY_LINT_RULES: Record<PolicyLintCode, PolicyLintRule> = {
  'outdated-privacy-shield': {
    article: 'art. 13 nr. 1 bokstav f',
    severity: 'error',
    message: `Privacy Shield og Safe Harbor er kjent ugyldige av EU-domstolen (2020 og 2015) og gir ikke grunnlag for overføring til USA. ${SCC_ADVICE}`,
  },
  'outdated-model-clauses': {
    article: 'art. 13 nr. 1 bokstav f',
    severity: 'error',
    message:
      'De gamle standardavtalene («EU Model Clauses», beslutning 2001/497/EF, 2004/915/EF og 2010/87/EU) har ikke vært gyldig overføringsgrunnlag siden 27. desember 2022. Vis til EU-kommisjonens standard personvernbestemmelser etter beslutning (EU) 2021/914.',
  },
  'repealed-act-2000': {
    article: 'personopplysningsloven § 1',
    severity: 'error',
    message:
      'Henvisningen gjelder personopplysningsloven av 2000 (eller direktiv 95/46/EF), som ble opphevet 20. juli 2018. Vis i stedet til personvernforordningen (for eksempel art. 15 om innsyn) og personopplysningsloven av 2018.',
  },
  'outdated-ekom-2-7b': {
    article: 'ekomloven § 3-15',
    severity: 'error',
    message:
      'Ekomloven § 2-7b er erstattet av § 3-15 i ekomloven av 2024 (i kraft 1. januar 2025). Oppdater henvisningen; samtykke til informasjonskapsler må oppfylle kravene i personvernforordningen.',
  },
  'browser-settings-consent': {
    article: 'ekomloven § 3-15',
    severity: 'warning',
    message:
      'Innstillinger i nettleseren eller fortsatt bruk av nettstedet er ikke samtykke. Ekomloven § 3-15 krever samtykke etter personvernforordningen for informasjonskapsler som ikke er strengt nødvendige; beskriv samtykkeløsningen og hvordan samtykket trekkes tilbake.',
  },
  'consent-as-general-basis': {
    article: 'art. 6 nr. 1 og art. 7 nr. 4',
    severity: 'error',
    message:
      'Samtykke er oppgitt som grunnlag for all behandling eller for behandling som er nødvendig for avtalen eller pålagt ved lov. Bruk avtale (art. 6 nr. 1 bokstav b) eller rettslig forpliktelse (bokstav c) for slik behandling, og bruk samtykke bare der det er frivillig og kan trekkes tilbake (art. 7 nr. 4).',
  },
  'missing-controller-identity': {
    article: 'art. 13 nr. 1 bokstav a',
    severity: 'error',
    message:
      'Erklæringen sier ikke tydelig hvem som er behandlingsansvarlig. Oppgi virksomhetens juridiske navn og organisasjonsnummer, og kontaktopplysninger (postadresse, e-post eller telefon).',
  },
  'missing-dpo-contact': {
    article: 'art. 13 nr. 1 bokstav b',
    severity: 'error',
    message:
      'Erklæringen oppgir ikke kontaktopplysninger til personvernombudet. Oppgi en e-postadresse eller et telefonnummer som går direkte til personvernombudet.',
  },
  'missing-legal-basis': {
    article: 'art. 13 nr. 1 bokstav c',
    severity: 'error',
    message:
      'Erklæringen oppgir ikke behandlingsgrunnlag. Oppgi for hvert formål hvilket grunnlag i art. 6 nr. 1 behandlingen bygger på, for eksempel avtale (bokstav b), rettslig forpliktelse (bokstav c), berettiget interesse (bokstav f) eller samtykke (bokstav a).',
  },
  'missing-legitimate-interest': {
    article: 'art. 13 nr. 1 bokstav d',
    severity: 'error',
    message:
      'Berettiget interesse er oppgitt som grunnlag uten at interessen er beskrevet. Forklar hvilken interesse virksomheten forfølger (for eksempel å forebygge svindel eller å markedsføre egne tjenester til kunder).',
  },
  'missing-recipients': {
    article: 'art. 13 nr. 1 bokstav e',
    severity: 'error',
    message:
      'Erklæringen sier ikke hvem opplysningene deles med. Oppgi mottakere eller kategorier av mottakere, også databehandlere og offentlige myndigheter, eller skriv at opplysningene ikke utleveres.',
  },
  'missing-transfer-safeguards': {
    article: 'art. 13 nr. 1 bokstav f',
    severity: 'error',
    message: `Erklæringen nevner overføring til land utenfor EØS, eller en tjeneste som overfører til USA, uten å oppgi overføringsgrunnlag. ${SCC_ADVICE} Si også hvordan den registrerte kan få en kopi.`,
  },
  'missing-retention': {
    article: 'art. 13 nr. 2 bokstav a',
    severity: 'error',
    message:
      'Erklæringen sier ikke hvor lenge opplysningene lagres. Oppgi lagringstid for hver kategori, eller konkrete kriterier (for eksempel «fem år etter utløpet av regnskapsåret, jf. bokføringsloven § 13»).',
  },
  'vague-retention': {
    article: 'art. 13 nr. 2 bokstav a',
    severity: 'warning',
    message:
      'Lagringstiden er bare beskrevet som «så lenge det er nødvendig» eller «etter gjeldende lover». Oppgi konkrete perioder eller kriterier, og vis til lovbestemmelsen der loven setter fristen.',
  },
  'missing-right-access': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til innsyn (art. 15). Beskriv retten og hvordan den brukes.',
  },
  'missing-right-rectification': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til retting (art. 16). Beskriv retten og hvordan den brukes.',
  },
  'missing-right-erasure': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til sletting (art. 17). Beskriv retten og hvordan den brukes.',
  },
  'missing-right-restriction': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til begrensning av behandlingen (art. 18). Beskriv retten og hvordan den brukes.',
  },
  'missing-right-portability': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til dataportabilitet (art. 20). Beskriv retten og hvordan den brukes.',
  },
  'missing-right-objection': {
    article: 'art. 13 nr. 2 bokstav b',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til å protestere (art. 21). Beskriv retten klart og atskilt fra annen informasjon (art. 21 nr. 4), også retten til å protestere mot direkte markedsføring.',
  },
  'missing-consent-withdrawal': {
    article: 'art. 13 nr. 2 bokstav c',
    severity: 'error',
    message:
      'Erklæringen nevner samtykke, men ikke at samtykket kan trekkes tilbake når som helst (art. 7 nr. 3). Si hvordan det gjøres, og at det ikke påvirker lovligheten av behandlingen før tilbaketrekkingen.',
  },
  'missing-complaint-right': {
    article: 'art. 13 nr. 2 bokstav d',
    severity: 'error',
    message:
      'Erklæringen nevner ikke retten til å klage til Datatilsynet (art. 77). Oppgi at den registrerte kan klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, datatilsynet.no.',
  },
  'missing-source': {
    article: 'art. 14 nr. 2 bokstav f',
    severity: 'warning',
    message:
      'Erklæringen sier at opplysninger hentes fra andre, men ikke hvilke kilder. Navngi kildene (for eksempel Elhub, Folkeregisteret eller kredittopplysningsbyrået), og si om de er offentlig tilgjengelige.',
  },
}

/** Softer or more specific messages for some findings. */
const VARIANTS = {
  repealedRegime:
    'Ordningen med melding til og konsesjon fra Datatilsynet falt bort da personvernforordningen ble norsk lov 20. juli 2018. Fjern henvisningen, og beskriv heller behandlingsgrunnlaget.',
  browserOptOut:
    'Erklæringen viser bare til innstillinger i nettleseren for å unngå informasjonskapsler til analyse eller markedsføring. Slike informasjonskapsler krever forhåndssamtykke etter ekomloven § 3-15; beskriv samtykkeløsningen og hvordan samtykket trekkes tilbake.',
  controllerContact:
    'Erklæringen oppgir ingen kontaktopplysninger til den behandlingsansvarlige. Oppgi postadresse, e-postadresse eller telefonnummer.',
  controllerName:
    'Erklæringen sier ikke tydelig hvem som er behandlingsansvarlig. Oppgi virksomhetens juridiske navn og organisasjonsnummer, for eksempel «Eksempel AS (org.nr. 999 999 999) er behandlingsansvarlig».',
  dpoNoContact:
    'Personvernombudet er nevnt uten kontaktopplysninger. Oppgi en e-postadresse eller et telefonnummer som går direkte til personvernombudet.',
  creditCheck:
    'Erklæringen nevner kredittvurdering, men ikke hvilket kredittopplysningsbyrå opplysningene hentes fra. Navngi byrået.',
}

type Rule = (doc: PolicyDocument) => Finding[]

function make(
  code: PolicyLintCode,
  doc?: PolicyDocument,
  at?: { sentence: Span; match?: Span },
  override?: { message?: string; severity?: Severity },
): Finding {
  const rule = POLICY_LINT_RULES[code]
  const finding: Finding = {
    code,
    article: rule.article,
    severity: override?.severity ?? rule.severity,
    message: override?.message ?? rule.message,
  }
  if (doc && at) {
    finding.excerpt = excerptOf(doc, at.sentence, at.match)
    finding.line = lineOf(doc.lineStarts, at.match?.start ?? at.sentence.start)
  }
  return finding
}

function span(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length }
}

function nextParagraph(doc: PolicyDocument, paragraph: Paragraph): Paragraph | undefined {
  return doc.paragraphs[doc.paragraphs.indexOf(paragraph) + 1]
}

/** Matches of a pattern with the sentence each lies in, one per sentence. */
function matchesBySentence(
  doc: PolicyDocument,
  pattern: P.Pattern,
): { sentence: Sentence; match: Span }[] {
  const out: { sentence: Sentence; match: Span }[] = []
  let last: Sentence | undefined
  for (const m of pattern.all(doc.lower)) {
    const sentence = sentenceAt(doc, m.index)
    if (!sentence || sentence === last) continue
    last = sentence
    out.push({ sentence, match: span(m) })
  }
  return out
}

/** Contact details in `[start, end)`, ignoring Datatilsynet's own address. */
function hasContactDetails(doc: PolicyDocument, start: number, end: number): boolean {
  const lower = doc.lower.slice(start, end)
  const raw = doc.text.slice(start, end)
  const candidates = [
    ...P.EMAIL.all(lower).filter((m) => !m[0].endsWith('datatilsynet.no')),
    ...P.PHONE.all(lower),
    ...P.POSTAL.all(raw),
    ...P.CONTACT_FORM.all(lower),
  ]
  // Datatilsynet's own address, given with the complaint right, is not the controller's.
  return candidates.some((m) => {
    const before = lower.slice(Math.max(0, m.index - 60), m.index)
    return (
      !P.DATATILSYNET.test(before) && !/postboks 458|0105 oslo|22 39 69 00/.test(m[0].toLowerCase())
    )
  })
}

// ---- outdated mechanisms and law ----------------------------------------------------------

const privacyShield: Rule = (doc) =>
  matchesBySentence(doc, P.PRIVACY_SHIELD)
    .filter(({ sentence }) => !P.INVALIDITY.test(sentence.text))
    .map((at) => make('outdated-privacy-shield', doc, at))

const modelClauses: Rule = (doc) => {
  const decisions = matchesBySentence(doc, P.OLD_SCC_DECISION).filter(
    ({ sentence }) => !P.INVALIDITY.test(sentence.text),
  )
  // "Modellklausuler" is sometimes used for the 2021 clauses; only flag it without them.
  const names = matchesBySentence(doc, P.MODEL_CLAUSES).filter(
    ({ sentence }) => !P.INVALIDITY.test(sentence.text) && !P.NEW_SCC.test(sentence.text),
  )
  const seen = new Set<Sentence>()
  const findings: Finding[] = []
  for (const at of [...decisions, ...names]) {
    if (seen.has(at.sentence)) continue
    seen.add(at.sentence)
    findings.push(make('outdated-model-clauses', doc, at))
  }
  return findings
}

/** Sections of the 2000 act that policies quote and that the 2018 act does not use for the same thing. */
const SECTIONS_OF_2000_ACT = new Set([
  15, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 33,
])

const repealedAct: Rule = (doc) => {
  const findings: Finding[] = []
  const flagged = new Set<Sentence>()
  const add = (sentence: Sentence, match: Span, message?: string): void => {
    if (flagged.has(sentence) || P.INVALIDITY.test(sentence.text)) return
    flagged.add(sentence)
    findings.push(
      make('repealed-act-2000', doc, { sentence, match }, message ? { message } : undefined),
    )
  }
  for (const pattern of [P.ACT_SECTION, P.SECTION_ACT]) {
    for (const m of pattern.all(doc.lower)) {
      const numbers = (m.groups?.nums ?? '').match(/\d+/g)?.map(Number) ?? []
      if (P.ACT_2018.test(m[0]) || !numbers.some((n) => SECTIONS_OF_2000_ACT.has(n))) continue
      const sentence = sentenceAt(doc, m.index)
      if (sentence) add(sentence, span(m))
    }
  }
  for (const pattern of [P.ACT_2000, P.OLD_REGULATION, P.DIRECTIVE_95_46]) {
    for (const { sentence, match } of matchesBySentence(doc, pattern)) add(sentence, match)
  }
  for (const { sentence, match } of matchesBySentence(doc, P.NOTIFICATION_REGIME)) {
    if (!P.DATATILSYNET.test(sentence.text) || P.CURRENT_NOTIFICATION.test(sentence.text)) continue
    const word = doc.lower.slice(match.start, match.end)
    // "Du kan sende melding til Datatilsynet" is the data subject writing, not the old regime.
    if (
      word.startsWith('meld') &&
      !word.startsWith('meldeplikt') &&
      /(?<![\p{L}])du(?![\p{L}])/u.test(sentence.text)
    )
      continue
    add(sentence, match, VARIANTS.repealedRegime)
  }
  return findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
}

/** A citation of the repealed § 2-7b of the old ekomloven. */
const ekom: Rule = (doc) =>
  matchesBySentence(doc, P.EKOM_2_7B).map((at) => make('outdated-ekom-2-7b', doc, at))

/** A sentence that says consent is not what browser settings give («… regnes ikke som samtykke»). */
function saysNotConsent(text: string): boolean {
  return (
    /(?<![\p{L}])(ikke|ikkje|aldri)\s+(\p{L}+\s+){0,4}(samtykk|gyldig)/u.test(text) ||
    /samtykk\p{L}*\s+(\p{L}+\s+){0,3}(ikke|ikkje)(?![\p{L}])/u.test(text)
  )
}

/**
 * Consent to cookies through browser settings or continued use, or browser settings as
 * the only way to refuse cookies used for analytics or marketing (ekomloven § 3-15 wants
 * consent that meets the GDPR). Sentences where the browser is merely the place cookies
 * are kept («slettes når du lukker nettlesaren») are not about consent.
 */
const browserSettingsConsent: Rule = (doc) => {
  for (const sentence of doc.sentences) {
    const paragraph = doc.paragraphs[sentence.paragraph]!
    const browser = P.BROWSER_AS_CONSENT.exec(sentence.text)
    const implied = P.IMPLIED_CONSENT.exec(sentence.text)
    const hit = browser ?? (implied && P.COOKIE.test(paragraph.text) ? implied : null)
    if (!hit || saysNotConsent(sentence.text)) continue
    return [
      make('browser-settings-consent', doc, {
        sentence,
        match: {
          start: sentence.start + hit.index,
          end: sentence.start + hit.index + hit[0].length,
        },
      }),
    ]
  }
  // Cookies for analytics or marketing: named so, or an analytics or advertising service
  // (which sets them) is in use.
  const tracker = new Set(
    KNOWN_SERVICES.filter((k) => k.category === 'analytics' || k.category === 'advertising'),
  )
  const nonEssential = doc.sentences.some(
    (s) =>
      !P.NEGATION.test(s.text) &&
      (((P.COOKIE.test(s.text) || P.COOKIE.test(doc.paragraphs[s.paragraph]!.text)) &&
        P.NON_ESSENTIAL_COOKIES.test(s.text)) ||
        [...tracker].some((k) => !k.adequate && k.pattern.test(s.text))),
  )
  // A consent tool («Innstillinger for informasjonskapsler» on the site); the same words
  // about the browser's settings are no tool.
  const consentTool = doc.sentences.some(
    (s) => P.COOKIE_CONSENT_TOOL.test(s.text) && !P.BROWSER.test(s.text),
  )
  if (!nonEssential || consentTool) return []
  const consentDescribed = doc.sentences.some(
    (s) => P.CONSENT.test(s.text) && P.COOKIE.test(s.text) && !P.CONSENT_NEGATED.test(s.text),
  )
  if (consentDescribed) return []
  const optOut = doc.sentences.find(
    (s) =>
      P.BROWSER.test(s.text) &&
      P.BROWSER_OPT_OUT.test(s.text) &&
      // The reader is told how to refuse: «du kan sjølv endre innstillingane», «kan slås av».
      P.BROWSER_ACTION.test(s.text) &&
      !P.CONSENT.test(s.text) &&
      (P.COOKIE.test(s.text) || P.COOKIE.test(doc.paragraphs[s.paragraph]!.text)),
  )
  return optOut ? [make('browser-settings-consent', doc, { sentence: optOut })] : []
}

const consentAsGeneralBasis: Rule = (doc) => {
  const findings: Finding[] = []
  doc.sentences.forEach((sentence, index) => {
    const text = sentence.text
    if (isDefinition(doc, sentence)) return
    const paragraph = doc.paragraphs[sentence.paragraph]!.text
    // The sentence before, in the same paragraph.
    const previous = index > 0 ? doc.sentences[index - 1] : undefined
    // Consent as the basis of all processing: «med mindre annet er spesifisert», or
    // «Behandlingsgrunnlaget er samtykke» with no purpose that consent fits.
    const unless = P.CONSENT_UNLESS.exec(text)
    const theBasis =
      P.CONSENT_THE_BASIS.exec(text) && !P.CONSENT_TYPICAL_PURPOSE.test(paragraph)
        ? P.CONSENT_THE_BASIS.exec(text)
        : null
    // Consent demanded before the service can be used at all.
    const required =
      P.CONSENT_REQUIRED.exec(text) && !P.CONSENT_TYPICAL_PURPOSE.test(text)
        ? P.CONSENT_REQUIRED.exec(text)
        : null
    let hit = unless ?? theBasis ?? required
    if (!hit) {
      const basis = P.CONSENT_BASIS.exec(text)
      if (
        !basis ||
        P.CONSENT_NEGATED.test(text) ||
        P.CONSENT_CONDITIONAL.test(text) ||
        P.CONSENT_WITHDRAWAL.test(text) ||
        P.CONSENT_AMONG_BASES.test(text)
      )
        return
      // "… uten at det påvirker avtalen" names the contract only to reassure.
      const stripped = text.replace(
        /(?<![\p{L}])(uten|utan) at[^.]*|påvirk\p{L}*[^.]*|påverk\p{L}*[^.]*/gu,
        '',
      )
      const general = P.GENERAL_PROCESSING.test(text) && !P.CONSENT_TYPICAL_PURPOSE.test(text)
      // The purpose may stand in the sentence before: «Vi behandler opplysningene for å levere tjenesten. Behandlingsgrunnlaget er ditt samtykke.»
      const purpose = `${stripped} ${previous?.paragraph === sentence.paragraph ? previous.text : ''}`
      const contract =
        P.CONTRACT_OR_LAW_PURPOSE.test(purpose) && !P.CONSENT_TYPICAL_PURPOSE.test(paragraph)
      if (!general && !contract) return
      hit = basis
    }
    const start = sentence.start + hit.index
    findings.push(
      make('consent-as-general-basis', doc, {
        sentence,
        match: { start, end: start + hit[0].length },
      }),
    )
  })
  return findings
}

// ---- art. 13(1) -------------------------------------------------------------------------------

const NOT_A_NAME = new Set(
  `
  vi det den dei de du hos dette denne når som her for i om og er ansvarlig ansvarleg
  behandlingsansvarlig behandlingsansvarleg behandlingsansvarlige datatilsynet eu eøs gdpr
  personvernforordningen personopplysningsloven personopplysningslova selskapet konsernet
  virksomheten verksemda foretaket føretaket vår vårt våre ditt din dine alle all hvem kven
  hvis viss dersom ved på med til fra frå en ein et eit mi min side administrerende dagleg
  daglig direktør kundeservice kundesenter personvernombud personvernombod norge noreg
  opplysningene opplysningane personopplysninger personopplysningar behandlingen behandlinga
  dataansvarlig kunde kunder nettstedet nettsida nettsiden appen tjenesten tenesta hovedregel
  hovudregel sammen saman
`
    .trim()
    .split(/\s+/),
)

function namesSomebody(raw: string): boolean {
  const tokens = raw.match(/[\p{L}\p{N}&-]+/gu) ?? []
  return tokens.some((t) => /^\p{Lu}/u.test(t) && !NOT_A_NAME.has(t.toLowerCase()))
}

const controllerIdentity: Rule = (doc) => {
  const named = doc.sentences.some(
    (s) =>
      P.CONTROLLER.test(s.text) &&
      !P.DEFINITION.test(s.text) &&
      namesSomebody(doc.text.slice(s.start, s.end)),
  )
  const identified = named || P.ORG_NUMBER.test(doc.lower) || P.COMPANY_NAME.test(doc.text)
  const reachable = hasContactDetails(doc, 0, doc.text.length)
  if (identified && reachable) return []
  if (!identified && !reachable) return [make('missing-controller-identity')]
  return [
    make('missing-controller-identity', undefined, undefined, {
      message: identified ? VARIANTS.controllerContact : VARIANTS.controllerName,
    }),
  ]
}

const dpoContact: Rule = (doc) => {
  if (P.NO_DPO.test(doc.lower)) return []
  const mentions = matchesBySentence(doc, P.DPO)
  if (mentions.length === 0) return [make('missing-dpo-contact')]
  const reachable = mentions.some(({ sentence }) => {
    const paragraph = doc.paragraphs[sentence.paragraph]!
    let end = paragraph.end
    // A heading "Personvernombud" is followed by the paragraph with the address.
    if (
      paragraph.firstLine === paragraph.lastLine &&
      isHeadingLike(doc.lines[paragraph.firstLine - 1]!)
    ) {
      end = nextParagraph(doc, paragraph)?.end ?? end
    }
    return hasContactDetails(doc, paragraph.start, end)
  })
  return reachable
    ? []
    : [make('missing-dpo-contact', doc, mentions[0], { message: VARIANTS.dpoNoContact })]
}

/**
 * No legal basis is stated. Consent named only for a purpose that consent fits (a
 * newsletter, cookies) does not state the basis of the rest, when the policy describes
 * processing for customers or by law.
 */
const legalBasis: Rule = (doc) => {
  const statements = basisStatements(doc)
  const onlyConsentForExtras =
    statements.length > 0 &&
    statements.every(
      (b) =>
        b.kinds.size === 1 &&
        b.kinds.has('consent') &&
        P.CONSENT_TYPICAL_PURPOSE.test(b.sentence.text),
    ) &&
    doc.sentences.some(
      (s) =>
        !isDefinition(doc, s) &&
        (P.CONTRACT_OR_LAW_PURPOSE.test(s.text) || P.CONTRACTUAL.test(s.text)) &&
        !P.CONSENT_TYPICAL_PURPOSE.test(s.text),
    )
  return statements.length > 0 && !onlyConsentForExtras ? [] : [make('missing-legal-basis')]
}

const legitimateInterest: Rule = (doc) => {
  const findings: Finding[] = []
  const checked = new Set<Paragraph>()
  for (const { sentence, match } of matchesBySentence(doc, P.LEGITIMATE_INTEREST)) {
    const paragraph = doc.paragraphs[sentence.paragraph]!
    if (isDefinition(doc, sentence)) continue
    // "Du kan protestere mot behandling som bygger på berettiget interesse" is not a basis.
    if (P.RIGHT_OBJECTION.test(sentence.text)) continue
    const before = doc.lower.slice(sentence.start, match.start)
    if (/(?<![\p{L}])(ikke|ikkje|aldri)\s+(\p{L}+\s+){0,5}$/u.test(before)) continue
    const line = doc.lines[sentence.line - 1]!
    // In a table, the purpose in the row's first cell is the interest ("Forebygging av svindel | berettiget interesse").
    if (isTableRow(line) && /\p{L}{3,}/u.test(line.replace(/^\s*\|/, '').split('|')[0] ?? ''))
      continue
    let scope: string
    if (isListItem(line)) {
      // A list entry («• Berettiget interesse») is explained in its own words, not by its neighbours.
      scope = sentence.text
    } else {
      if (checked.has(paragraph)) continue
      checked.add(paragraph)
      scope = paragraph.text
      // A label line ("Grunnlag: berettiget interesse") is explained by the paragraphs around it.
      if (isHeadingLike(line)) {
        const index = doc.paragraphs.indexOf(paragraph)
        scope += ` ${doc.paragraphs[index - 1]?.text ?? ''} ${doc.paragraphs[index + 1]?.text ?? ''}`
      }
    }
    if (!P.INTEREST_EXPLAINED.test(scope)) {
      // The interest may be explained elsewhere («… som i dette tilfellet er å svare på …»).
      const explainedElsewhere = doc.sentences.some(
        (s) =>
          s !== sentence &&
          /interess/u.test(s.text) &&
          P.INTEREST_EXPLAINED.test(s.text) &&
          !isDefinition(doc, s),
      )
      if (!explainedElsewhere)
        findings.push(make('missing-legitimate-interest', doc, { sentence, match }))
    }
  }
  return findings
}

/**
 * Whether the policy says who gets the data: recipients or their categories, processors,
 * a named service the controller uses, who has access, or that nothing is shared.
 * A definition («… lagring og utlevering av personopplysninger kalles behandling») says nothing.
 */
const recipients: Rule = (doc) =>
  doc.sentences.some(
    (s) =>
      !isDefinition(doc, s) &&
      (P.RECIPIENTS.test(s.text) ||
        /(?<![\p{L}])(kven|hvem)\s+(som\s+)?(kan\s+få|får|har)\s+tilgang|(?<![\p{L}])(får|få|har)\s+tilgang\s+til\s+(\p{L}+\s+){0,2}(person)?opplysning|(?<![\p{L}])(sender|sendast|sendes|overføres|overførast)\s+(\p{L}+\s+){0,4}(opplysning\p{L}*|data)\s+(\p{L}+\s+){0,2}til(?![\p{L}])|(?<![\p{L}])(sender|sendast|sendes)\s+(\p{L}+\s+){0,2}til\s+/u.test(
          s.text,
        ) ||
        (ANY_KNOWN_SERVICE.test(s.text) &&
          /(?<![\p{L}])(bruk|nytt|benytt|brukar|via|hos|gjennom|operert)/u.test(s.text))),
  )
    ? []
    : [make('missing-recipients')]

/**
 * A transfer out of the EEA, or a service in a third country, with no transfer mechanism.
 * Services come from the table in policy-lint-services.ts; one whose vendor offers an EU
 * region is no transfer where the policy says the data is kept in the EU/EEA (in the same
 * paragraph, or in general when only one such service is named).
 */
const transferSafeguards: Rule = (doc) => {
  if (P.TRANSFER_MECHANISM.test(doc.lower) || P.NO_TRANSFER.test(doc.lower)) return []
  const keptInEea = doc.sentences.filter(
    (s) => P.KEPT_IN_EEA.test(s.text) && !P.NEGATION.test(s.text),
  )
  const candidates: { sentence: Sentence; match: Span }[] = []
  // One pass over the text for all services, then only the services it names.
  const named = ANY_KNOWN_SERVICE.test(doc.lower)
  for (const service of named ? KNOWN_SERVICES : []) {
    if (service.adequate || !service.pattern.test(doc.lower)) continue
    for (const at of matchesBySentence(doc, service.pattern)) {
      // "Vi bruker ikke Google Analytics" is no transfer.
      if (
        P.NEGATION.test(at.sentence.text) &&
        !/(?<![\p{L}])(ikkje|ikke)\s+(lenger|berre|bare|kun)/u.test(at.sentence.text)
      ) {
        if (
          new RegExp(
            `(ikke|ikkje|ingen|aldri)[^.]{0,40}${service.pattern.exec(at.sentence.text)?.[0] ?? '\u0000'}`,
            'u',
          ).test(at.sentence.text)
        )
          continue
      }
      const paragraph = at.sentence.paragraph
      // A list entry («• Google Analytics») takes its role from the line that leads the list.
      const near = doc.lower.slice(
        Math.max(at.sentence.start, at.match.start - 80),
        Math.min(at.sentence.end, at.match.end + 80),
      )
      const context = `${near} ${listLeadOf(doc, at.sentence)}`
      // An analytics tool, a database or a payment service named in a policy is in use; a
      // social network, a code host or a video site may be named only as a source or a link.
      const mentionIsUse = !['advertising', 'hosting', 'video'].includes(service.category)
      if (!mentionIsUse && !P.SERVICE_IN_USE.test(context)) continue
      const eea =
        service.euRegion &&
        keptInEea.some((k) => k.paragraph === paragraph || Math.abs(k.paragraph - paragraph) <= 1)
      if (!eea) candidates.push(at)
    }
  }
  const explicit = matchesBySentence(doc, P.TRANSFER).filter(
    ({ sentence }) => !P.NEGATION.test(sentence.text) && !isDefinition(doc, sentence),
  )
  const first = [...explicit, ...candidates].sort((a, b) => a.match.start - b.match.start)[0]
  return first ? [make('missing-transfer-safeguards', doc, first)] : []
}

// ---- art. 13(2) ---------------------------------------------------------------------------

/**
 * How long data is kept. A retention statement has a retention verb and a word of time
 * («lagra i tre månader», «slettes så fort …», «så lenge det er nødvendig»); «lagres på
 * datamaskinen din» says where, not how long. A cookie's lifetime counts only when it is a
 * period. A period left to the controller's judgement is vague even next to concrete ones.
 */
const retention: Rule = (doc) => {
  const statements = doc.sentences.filter(
    (s) =>
      (P.RETENTION.test(s.text) || P.LIFETIME.test(s.text)) &&
      (P.TIME_WORDS.test(s.text) ||
        P.PERIOD.test(s.text) ||
        P.NAMED_LAW.test(s.text) ||
        P.VAGUE_RETENTION.test(s.text)) &&
      !inRightsContext(doc, s, { section: false }) &&
      !isDefinition(doc, s) &&
      (!P.COOKIE.test(s.text) || P.PERIOD.test(s.text)),
  )
  const discretionary = statements
    .map((s) => ({ s, m: P.DISCRETIONARY_RETENTION.exec(s.text) }))
    .find(({ m }) => m !== null)
  if (discretionary) {
    const start = discretionary.s.start + discretionary.m!.index
    return [
      make('vague-retention', doc, {
        sentence: discretionary.s,
        match: { start, end: start + discretionary.m![0].length },
      }),
    ]
  }
  const concrete = statements.some((s) => {
    const paragraph = doc.paragraphs[s.paragraph]!.text
    const negatedDeletion = /(slett\p{L}*|anonymiser\p{L}*)\s+(ikke|ikkje)(?![\p{L}])/u.test(s.text)
    return (
      P.PERIOD.test(s.text) ||
      (P.PERIOD.test(paragraph) && !P.COOKIE.test(paragraph)) ||
      P.NAMED_LAW.test(s.text) ||
      (!negatedDeletion && P.DELETION_EVENT.test(s.text) && !P.VAGUE_RETENTION.test(s.text)) ||
      (P.RETENTION_EVENT.test(s.text) && !P.VAGUE_RETENTION.test(s.text))
    )
  })
  if (concrete) return []
  for (const s of statements) {
    const vague = P.VAGUE_RETENTION.exec(s.text)
    if (vague) {
      const start = s.start + vague.index
      return [
        make('vague-retention', doc, {
          sentence: s,
          match: { start, end: start + vague[0].length },
        }),
      ]
    }
  }
  return [make('missing-retention')]
}

/** A sentence about a complaint to a supervisory authority («innsigelser … klage til Datatilsynet»). */
function aboutComplaint(text: string): boolean {
  return P.COMPLAINT.test(text) && P.SUPERVISORY_AUTHORITY.test(text)
}

const rights: Rule = (doc) => {
  const inContext = (pattern: P.Pattern, anywhere = false): boolean =>
    doc.sentences.some(
      (s) => pattern.test(s.text) && !isDefinition(doc, s) && (anywhere || inRightsContext(doc, s)),
    ) ||
    // A heading naming the right («Innsyn, retting og sletting», «Rett til dataportabilitet»).
    [...doc.headingText.values()].some(
      (h) => pattern.test(h) && (P.RIGHTS_HEADING.test(h) || P.RIGHT_WORDS.all(h).length >= 2),
    )
  const bases = controllerBases(doc)
  const objection =
    doc.sentences.some(
      (s) =>
        !aboutComplaint(s.text) &&
        !isDefinition(doc, s) &&
        (P.RIGHT_OBJECTION_STRONG.test(s.text) ||
          (P.RIGHT_OBJECTION_WEAK.test(s.text) &&
            (inRightsContext(doc, s) || P.MARKETING.test(s.text)))),
    ) || [...doc.headingText.values()].some((h) => P.RIGHT_OBJECTION_STRONG.test(h))
  const present: [PolicyLintCode, boolean][] = [
    [
      'missing-right-access',
      inContext(P.RIGHT_ACCESS_STRONG, true) ||
        inContext(P.RIGHT_ACCESS) ||
        inContext(P.RIGHT_ACCESS_WEAK),
    ],
    ['missing-right-rectification', inContext(P.RIGHT_RECTIFICATION)],
    ['missing-right-erasure', inContext(P.RIGHT_ERASURE)],
    [
      'missing-right-restriction',
      inContext(P.RIGHT_RESTRICTION, true) || inContext(P.RIGHT_RESTRICTION_WEAK),
    ],
    [
      'missing-right-portability',
      !portabilityApplies(bases) || inContext(P.RIGHT_PORTABILITY, true),
    ],
    ['missing-right-objection', !objectionApplies(bases) || objection],
  ]
  return present.filter(([, ok]) => !ok).map(([code]) => make(code))
}

/**
 * Consent is a basis (or is asked for) and the policy does not say it can be withdrawn.
 * Withdrawal is recognised in its many phrasings: «trekke tilbake», «trekkje samtykket»,
 * «kan når som helst endre samtykket», «tilbakekalle».
 */
const consentWithdrawal: Rule = (doc) => {
  const consent = doc.sentences.find(
    (s) =>
      !isDefinition(doc, s) &&
      !P.CONSENT_NEGATED.test(s.text) &&
      (P.CONSENT_AS_BASIS.test(s.text) ||
        P.CONSENT_REQUIRED.test(s.text) ||
        P.CONSENT_UNLESS.test(s.text) ||
        P.CONSENT_THE_BASIS.test(s.text)),
  )
  if (
    !consent ||
    P.CONSENT_WITHDRAWAL.test(doc.lower) ||
    P.CONSENT_WITHDRAWAL_BROAD.test(doc.lower)
  )
    return []
  return [make('missing-consent-withdrawal', doc, { sentence: consent })]
}

const complaintRight: Rule = (doc) => {
  const found = doc.sentences.some((s, i) => {
    if (!P.COMPLAINT.test(s.text)) return false
    const next = doc.sentences[i + 1]
    return (
      P.SUPERVISORY_AUTHORITY.test(s.text) ||
      (next !== undefined && P.SUPERVISORY_AUTHORITY.test(next.text))
    )
  })
  return found ? [] : [make('missing-complaint-right')]
}

// ---- art. 14 ------------------------------------------------------------------------------

const EXAMPLE_LEAD =
  /^\s*,\s*(?=(som|slik som|for eksempel|f\.eks\.|t\.d\.|til dømes|bl\.a\.|blant annet|blant anna|herunder|inkludert)\s)/iu

/** Whether the words right after a generic source ("fra offentlige registre …") name it. */
function namesTheSource(doc: PolicyDocument, sentence: Sentence, from: number): boolean {
  let rest = doc.text.slice(from, sentence.end).replace(EXAMPLE_LEAD, ' ')
  const parenthesis = /^\s*\([^)]*\)/.exec(rest)
  const item = parenthesis ? parenthesis[0] : (rest.split(/[,;]|\s(?:og|eller|samt)\s/u)[0] ?? '')
  if (P.KNOWN_SOURCE.test(item.toLowerCase()) || /\p{Lu}/u.test(item)) return true
  // "… fra følgende kilder:" followed by a list.
  rest = doc.text.slice(from, sentence.end).trim()
  if (rest === '' || rest === ':' || doc.text[sentence.end - 1] === ':') {
    const lines = doc.lines.slice(sentence.line, sentence.line + 8).join('\n')
    return P.KNOWN_SOURCE.test(lines.toLowerCase()) || P.COMPANY_NAME.test(lines)
  }
  return false
}

const source: Rule = (doc) => {
  const findings: Finding[] = []
  const flagged = new Set<Sentence>()
  for (const m of P.GENERIC_SOURCE.all(doc.lower)) {
    const sentence = sentenceAt(doc, m.index)
    if (!sentence || flagged.has(sentence) || !P.COLLECTION.test(sentence.text)) continue
    if (namesTheSource(doc, sentence, m.index + m[0].length)) continue
    flagged.add(sentence)
    findings.push(make('missing-source', doc, { sentence, match: span(m) }))
  }
  if (findings.length > 0) return findings
  // Named when a known agency appears, or a company name on a line about credit
  // ("Kredittdata Norge AS (kredittopplysningsforetak)", "kredittopplysningsbyrået X AS").
  const agencyNamed =
    P.CREDIT_AGENCY_NAMED.test(doc.lower) ||
    /[Kk]reditt(opplysnings)?byr\p{L}*\s+\p{Lu}/u.test(doc.text) ||
    doc.lines.some((line) => /kreditt/iu.test(line) && P.COMPANY_NAME.test(line))
  if (agencyNamed) return findings
  const credit = matchesBySentence(doc, P.CREDIT_CHECK).find(
    ({ sentence }) => !P.COMPANY_NAME.test(doc.text.slice(sentence.start, sentence.end)),
  )
  if (credit) findings.push(make('missing-source', doc, credit, { message: VARIANTS.creditCheck }))
  return findings
}

/** All rules, run in this order. */
export const POLICY_LINT_RULE_LIST: readonly Rule[] = [
  privacyShield,
  modelClauses,
  repealedAct,
  ekom,
  browserSettingsConsent,
  consentAsGeneralBasis,
  controllerIdentity,
  dpoContact,
  legalBasis,
  legitimateInterest,
  recipients,
  transferSafeguards,
  retention,
  rights,
  consentWithdrawal,
  complaintRight,
  source,
]
