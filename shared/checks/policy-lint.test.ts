import { describe, expect, it } from 'vitest'
import {
  POLICY_LINT_CODES,
  POLICY_LINT_RULES,
  lintPolicy,
  type PolicyLintCode,
} from './policy-lint'

/**
 * A small policy built from parts, one part per element of arts. 13/14. With every part it
 * must lint clean; leaving a part out (or swapping it for a faulty one) must produce exactly
 * the finding for that element. The same scheme runs in bokmål and nynorsk.
 */
type Part =
  | 'controller'
  | 'dpo'
  | 'basis'
  | 'interest'
  | 'recipients'
  | 'transfer'
  | 'retention'
  | 'access'
  | 'rectification'
  | 'erasure'
  | 'restriction'
  | 'portability'
  | 'objection'
  | 'consent'
  | 'complaint'
  | 'source'

type Parts = Record<Part, string>

const NB: Parts = {
  controller:
    'Eksempel Energi AS (org.nr. 999 888 777), Postboks 100, 0150 Oslo, er behandlingsansvarlig. Du når oss på post@eksempelenergi.no.',
  dpo: 'Personvernombudet vårt kan kontaktes på personvernombud@eksempelenergi.no.',
  basis:
    'Vi behandler opplysningene for å levere strøm og sende faktura. Behandlingsgrunnlaget er avtalen med deg (art. 6 nr. 1 bokstav b) og bokføringsloven (art. 6 nr. 1 bokstav c).',
  interest:
    'Vi bruker kundehistorikken til å forebygge svindel. Grunnlaget er vår berettigede interesse i å hindre misbruk av kundeforhold (art. 6 nr. 1 bokstav f).',
  recipients:
    'Vi deler opplysninger med databehandlere som drifter kundesystemet, og med Elhub og nettselskapet.',
  transfer:
    'Kundesystemet driftes av en leverandør i USA. Overføringen bygger på EU-kommisjonens standard personvernbestemmelser (2021/914).',
  retention:
    'Fakturaer oppbevares i fem år etter utløpet av regnskapsåret (bokføringsloven § 13). Andre opplysninger slettes tre år etter at kundeforholdet er avsluttet.',
  access: 'Du har rett til innsyn i opplysningene vi har om deg.',
  rectification: 'Du kan kreve at uriktige opplysninger rettes.',
  erasure: 'Du kan be om at opplysninger slettes.',
  restriction: 'Du har rett til å kreve begrensning av behandlingen.',
  portability: 'Du har rett til dataportabilitet.',
  objection: 'Du kan når som helst protestere mot behandlingen og mot direkte markedsføring.',
  consent:
    'Nyhetsbrev sender vi bare med ditt samtykke, og du kan trekke samtykket tilbake når som helst.',
  complaint: 'Du kan klage til Datatilsynet.',
  source: 'Måleverdier henter vi fra Elhub.',
}

const NN: Parts = {
  controller:
    'Eksempel Energi AS (org.nr. 999 888 777), Postboks 100, 0150 Oslo, er behandlingsansvarleg. Du når oss på post@eksempelenergi.no.',
  dpo: 'Personvernombodet vårt kan du kontakte på personvernombod@eksempelenergi.no.',
  basis:
    'Vi behandlar opplysningane for å levere straum og sende faktura. Behandlingsgrunnlaget er avtalen med deg (art. 6 nr. 1 bokstav b) og bokføringslova (art. 6 nr. 1 bokstav c).',
  interest:
    'Vi brukar kundehistorikken til å førebyggje svindel. Grunnlaget er den berettiga interessa vår i å hindre misbruk av kundeforhold (art. 6 nr. 1 bokstav f).',
  recipients:
    'Vi deler opplysningar med databehandlarar som driftar kundesystemet, og med Elhub og nettselskapet.',
  transfer:
    'Kundesystemet vert drifta av ein leverandør i USA. Overføringa byggjer på standard personvernføresegner frå EU-kommisjonen (2021/914).',
  retention:
    'Fakturaer vert oppbevarte i fem år etter utgangen av rekneskapsåret (bokføringslova § 13). Andre opplysningar vert sletta tre år etter at kundeforholdet er avslutta.',
  access: 'Du har rett til innsyn i opplysningane vi har om deg.',
  rectification: 'Du kan krevje at uriktige opplysningar vert retta.',
  erasure: 'Du kan be om at opplysningar vert sletta.',
  restriction: 'Du har rett til å krevje avgrensing av behandlinga.',
  portability: 'Du har rett til dataportabilitet.',
  objection: 'Du kan når som helst protestere mot behandlinga og mot direkte marknadsføring.',
  consent:
    'Nyheitsbrev sender vi berre med samtykket ditt, og du kan trekkje samtykket tilbake når som helst.',
  complaint: 'Du kan klage til Datatilsynet.',
  source: 'Måleverdiar hentar vi frå Elhub.',
}

const LANGUAGES = { nb: NB, nn: NN } as const

function build(
  parts: Parts,
  changes: Partial<Record<Part, string | null>> = {},
  extra = '',
): string {
  const body = (Object.keys(parts) as Part[])
    .map((key) => (key in changes ? changes[key] : parts[key]))
    .filter((text): text is string => typeof text === 'string' && text !== '')
  return ['Personvernerklæring', ...body, ...(extra ? [extra] : [])].join('\n\n')
}

function codes(text: string): string[] {
  return lintPolicy(text).findings.map((f) => f.code)
}

/** The line of the first line containing `needle` (1-based). */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle))
  if (index < 0) throw new Error(`not in text: ${needle}`)
  return index + 1
}

describe('lintPolicy: the complete mini policy', () => {
  for (const [language, parts] of Object.entries(LANGUAGES)) {
    it(`lints clean in ${language} and detects the language`, () => {
      const result = lintPolicy(build(parts))
      expect(result.findings).toEqual([])
      expect(result.language).toBe(language)
    })
  }

  it('honours an explicit language option', () => {
    expect(lintPolicy(build(NB), { language: 'nn' }).language).toBe('nn')
  })
})

/** Omissions and faulty replacements, each producing exactly one code. */
const MISSING: Record<'nb' | 'nn', [PolicyLintCode, Partial<Record<Part, string | null>>][]> = {
  nb: [
    ['missing-controller-identity', { controller: null }],
    ['missing-controller-identity', { controller: 'Behandlingsansvarlig er selskapet vårt.' }],
    ['missing-dpo-contact', { dpo: null }],
    [
      'missing-dpo-contact',
      { dpo: 'Vi har et personvernombud som du kan kontakte via kundeservice.' },
    ],
    [
      'missing-legal-basis',
      { basis: 'Vi behandler opplysningene for å levere strøm og sende faktura.', interest: null },
    ],
    [
      'missing-legitimate-interest',
      { interest: 'Noen opplysninger behandler vi på grunnlag av berettiget interesse.' },
    ],
    ['missing-recipients', { recipients: null, transfer: null }],
    ['missing-transfer-safeguards', { transfer: 'Kundesystemet driftes av en leverandør i USA.' }],
    [
      'missing-transfer-safeguards',
      { transfer: 'Vi bruker Google Analytics for å lage besøksstatistikk.' },
    ],
    [
      'missing-transfer-safeguards',
      { transfer: 'Opplysningene kan bli overført til land utenfor EØS.' },
    ],
    ['missing-retention', { retention: null }],
    ['vague-retention', { retention: 'Vi lagrer opplysningene så lenge det er nødvendig.' }],
    [
      'vague-retention',
      { retention: 'Personopplysninger oppbevares i henhold til gjeldende lover og regler.' },
    ],
    ['missing-right-access', { access: null }],
    ['missing-right-rectification', { rectification: null }],
    ['missing-right-erasure', { erasure: null }],
    ['missing-right-restriction', { restriction: null }],
    ['missing-right-portability', { portability: null }],
    ['missing-right-objection', { objection: null }],
    ['missing-consent-withdrawal', { consent: 'Nyhetsbrev sender vi bare med ditt samtykke.' }],
    ['missing-complaint-right', { complaint: null }],
    ['missing-complaint-right', { complaint: 'Har du klager, kan du kontakte kundeservice.' }],
    ['missing-source', { source: 'Vi henter også opplysninger om deg fra offentlige registre.' }],
    ['missing-source', { source: 'Noen opplysninger innhentes fra tredjeparter og andre kilder.' }],
    ['missing-source', { source: 'Før vi inngår avtale, gjør vi en kredittsjekk.' }],
  ],
  nn: [
    ['missing-controller-identity', { controller: null }],
    ['missing-controller-identity', { controller: 'Behandlingsansvarleg er selskapet vårt.' }],
    ['missing-dpo-contact', { dpo: null }],
    [
      'missing-dpo-contact',
      { dpo: 'Vi har eit personvernombod som du kan kontakte via kundeservice.' },
    ],
    [
      'missing-legal-basis',
      { basis: 'Vi behandlar opplysningane for å levere straum og sende faktura.', interest: null },
    ],
    [
      'missing-legitimate-interest',
      { interest: 'Somme opplysningar behandlar vi på grunnlag av berettiga interesse.' },
    ],
    ['missing-recipients', { recipients: null, transfer: null }],
    [
      'missing-transfer-safeguards',
      { transfer: 'Kundesystemet vert drifta av ein leverandør i USA.' },
    ],
    [
      'missing-transfer-safeguards',
      { transfer: 'Vi brukar Google Analytics for å lage besøksstatistikk.' },
    ],
    [
      'missing-transfer-safeguards',
      { transfer: 'Opplysningane kan bli overførte til land utanfor EØS.' },
    ],
    ['missing-retention', { retention: null }],
    ['vague-retention', { retention: 'Vi lagrar opplysningane så lenge det er naudsynt.' }],
    [
      'vague-retention',
      { retention: 'Personopplysningar vert oppbevarte i samsvar med gjeldande lovverk.' },
    ],
    ['missing-right-access', { access: null }],
    ['missing-right-rectification', { rectification: null }],
    ['missing-right-erasure', { erasure: null }],
    ['missing-right-restriction', { restriction: null }],
    ['missing-right-portability', { portability: null }],
    ['missing-right-objection', { objection: null }],
    ['missing-consent-withdrawal', { consent: 'Nyheitsbrev sender vi berre med samtykket ditt.' }],
    ['missing-complaint-right', { complaint: null }],
    ['missing-complaint-right', { complaint: 'Har du klager, kan du kontakte kundeservice.' }],
    ['missing-source', { source: 'Vi hentar òg opplysningar om deg frå offentlege register.' }],
    [
      'missing-source',
      { source: 'Somme opplysningar vert henta frå tredjepartar og andre kjelder.' },
    ],
    ['missing-source', { source: 'Før vi inngår avtale, gjer vi ei kredittvurdering.' }],
  ],
}

describe('lintPolicy: missing elements (positive)', () => {
  for (const [language, cases] of Object.entries(MISSING) as [
    'nb' | 'nn',
    (typeof MISSING)['nb'],
  ][]) {
    for (const [code, changes] of cases) {
      it(`${language}: ${code} when ${JSON.stringify(changes).slice(0, 90)}`, () => {
        const text = build(LANGUAGES[language], changes)
        expect(codes(text)).toEqual([code])
        const finding = lintPolicy(text).findings[0]!
        expect(finding.severity).toBe(POLICY_LINT_RULES[code].severity)
        expect(finding.article).toBe(POLICY_LINT_RULES[code].article)
      })
    }
  }
})

/** Other ways of writing an element: the policy must still lint clean (negative). */
const PHRASINGS: Record<'nb' | 'nn', [Part, string][]> = {
  nb: [
    [
      'controller',
      'Behandlingsansvarlig er Eksempel Energi AS, Storgata 1, 0150 Oslo, telefon 22 00 00 00.',
    ],
    [
      'controller',
      'Ansvarlig for behandlingen er Eksempel Energi AS. Kontaktskjema finner du på nettsiden vår.',
    ],
    [
      'dpo',
      'Har du spørsmål om personvern, kan du skrive til personvernombudet.\nE-post: personvern@eksempelenergi.no',
    ],
    ['dpo', 'Vi har ikke plikt til å ha personvernombud og har ikke utnevnt noe.'],
    [
      'basis',
      'Vi trenger opplysningene for å oppfylle strømavtalen med deg og for å følge bokføringsloven.',
    ],
    [
      'interest',
      'Vi har en berettiget interesse av å forebygge svindel, og bruker derfor kundehistorikken.',
    ],
    [
      'interest',
      'Grunnlag: berettiget interesse (art. 6 nr. 1 bokstav f)\n\nFormålet er å forebygge svindel mot kundene våre.',
    ],
    ['recipients', 'Opplysningene utleveres ikke til andre enn våre databehandlere.'],
    ['recipients', 'Vi selger ikke opplysninger om deg, og deler dem bare med Elhub.'],
    [
      'transfer',
      'Alle opplysninger lagres innenfor EØS, og vi overfører ikke opplysninger ut av EØS.',
    ],
    [
      'transfer',
      'Vi bruker Google Analytics. Google er sertifisert under EU–US Data Privacy Framework.',
    ],
    ['transfer', 'Leverandøren i USA har bindende virksomhetsregler godkjent etter art. 47.'],
    [
      'retention',
      'Opplysningene lagres så lenge du er kunde, og slettes når avtalen er avsluttet og sluttfakturaen er betalt.',
    ],
    ['retention', 'Lagringstid: 3 år etter avsluttet kundeforhold, regnskapsmateriale 5 år.'],
    ['access', 'Du kan få en kopi av opplysningene vi har om deg.'],
    ['rectification', 'Er noe feil, kan du be oss korrigere det.'],
    ['erasure', 'Du har rett til å få opplysninger slettet når de ikke lenger trengs.'],
    ['restriction', 'Du kan be om at vi begrenser bruken av opplysningene mens en sak behandles.'],
    ['portability', 'Opplysninger du har gitt oss, kan du få i et maskinlesbart format.'],
    [
      'objection',
      'Du kan reservere deg mot direkte markedsføring, og du kan komme med innsigelser mot annen behandling.',
    ],
    [
      'consent',
      'Samtykke til nyhetsbrev kan trekkes tilbake ved å klikke på lenken nederst i hvert nyhetsbrev.',
    ],
    ['consent', 'Vi ber ikke om samtykke til behandling som er nødvendig for avtalen.'],
    [
      'complaint',
      'Er du uenig i hvordan vi behandler opplysningene, kan du klage. Klagen sendes til Datatilsynet.',
    ],
    ['source', 'Vi henter opplysninger fra offentlige registre som Folkeregisteret.'],
    ['source', 'Vi henter opplysninger fra følgende kilder:\n• Elhub AS\n• Eksempel Kreditt AS'],
    ['source', 'Før vi inngår avtale, gjør vi en kredittsjekk hos Experian.'],
  ],
  nn: [
    [
      'controller',
      'Behandlingsansvarleg er Eksempel Energi AS, Storgata 1, 0150 Oslo, telefon 22 00 00 00.',
    ],
    [
      'controller',
      'Ansvarleg for behandlinga er Eksempel Energi AS. Kontaktskjema finn du på nettsida vår.',
    ],
    [
      'dpo',
      'Har du spørsmål om personvern, kan du skrive til personvernombodet.\nE-post: personvern@eksempelenergi.no',
    ],
    ['dpo', 'Vi har ikkje plikt til å ha personvernombod og har ikkje oppnemnt nokon.'],
    [
      'basis',
      'Vi treng opplysningane for å oppfylle straumavtalen med deg og for å følgje bokføringslova.',
    ],
    [
      'interest',
      'Vi har ei berettiga interesse av å førebyggje svindel, og brukar difor kundehistorikken.',
    ],
    ['recipients', 'Opplysningane vert ikkje utleverte til andre enn databehandlarane våre.'],
    ['recipients', 'Vi sel ikkje opplysningar om deg, og deler dei berre med Elhub.'],
    [
      'transfer',
      'Alle opplysningar vert lagra innanfor EØS, og vi overfører ikkje opplysningar ut av EØS.',
    ],
    [
      'transfer',
      'Vi brukar Google Analytics. Google er sertifisert under EU–US Data Privacy Framework.',
    ],
    [
      'retention',
      'Opplysningane vert lagra så lenge du er kunde, og vert sletta når avtalen er avslutta og sluttfakturaen er betalt.',
    ],
    ['retention', 'Lagringstid: 3 år etter avslutta kundeforhold, rekneskapsmateriale 5 år.'],
    ['access', 'Du kan få ein kopi av opplysningane vi har om deg.'],
    ['rectification', 'Er noko feil, kan du be oss korrigere det.'],
    ['erasure', 'Du har rett til å få opplysningar sletta når dei ikkje lenger trengst.'],
    [
      'restriction',
      'Du kan be om at vi avgrensar bruken av opplysningane medan ei sak vert behandla.',
    ],
    ['portability', 'Opplysningar du har gjeve oss, kan du få i eit maskinlesbart format.'],
    [
      'objection',
      'Du kan reservere deg mot direkte marknadsføring, og du kan protestere mot anna behandling.',
    ],
    [
      'consent',
      'Samtykke til nyheitsbrev kan trekkjast tilbake ved å klikke på lenkja nedst i kvart nyheitsbrev.',
    ],
    ['consent', 'Vi bed ikkje om samtykke til behandling som er nødvendig for avtalen.'],
    [
      'complaint',
      'Er du usamd i korleis vi behandlar opplysningane, kan du klage. Klaga sender du til Datatilsynet.',
    ],
    ['source', 'Vi hentar opplysningar frå offentlege register som Folkeregisteret.'],
    ['source', 'Vi hentar opplysningar frå desse kjeldene:\n• Elhub AS\n• Eksempel Kreditt AS'],
    ['source', 'Før vi inngår avtale, gjer vi ei kredittvurdering hjå Experian.'],
  ],
}

describe('lintPolicy: other phrasings stay clean (negative)', () => {
  for (const [language, cases] of Object.entries(PHRASINGS) as ['nb' | 'nn', [Part, string][]][]) {
    for (const [part, text] of cases) {
      it(`${language}: ${part} as «${text.slice(0, 70)}»`, () => {
        expect(codes(build(LANGUAGES[language], { [part]: text }))).toEqual([])
      })
    }
  }
})

/** Sentences added to the clean policy: [code or null for «no finding», sentence]. */
const ADDED: Record<'nb' | 'nn', [PolicyLintCode | null, string][]> = {
  nb: [
    ['outdated-privacy-shield', 'Leverandøren i USA er sertifisert under EU–US Privacy Shield.'],
    [
      'outdated-privacy-shield',
      'Overføringen er lovlig fordi mottakeren er tilsluttet Safe Harbor.',
    ],
    [null, 'Privacy Shield ble kjent ugyldig i 2020, og vi bruker det ikke lenger.'],
    [null, 'EU–US Data Privacy Framework erstattet Privacy Shield i 2023.'],
    ['outdated-model-clauses', 'Vi har inngått EU Model Clauses med leverandøren.'],
    ['outdated-model-clauses', 'Overføringen skjer etter standardavtalen i beslutning 2010/87/EU.'],
    [
      null,
      'De gamle standardavtalene (2010/87/EU) er erstattet av nye standard personvernbestemmelser.',
    ],
    ['repealed-act-2000', 'Du har rett til innsyn etter personopplysningsloven § 18.'],
    ['repealed-act-2000', 'Behandlingen er meldt til Datatilsynet.'],
    ['repealed-act-2000', 'Vi har konsesjon fra Datatilsynet til å behandle kredittopplysninger.'],
    ['repealed-act-2000', 'Erklæringen følger EUs personverndirektiv 95/46/EF.'],
    ['repealed-act-2000', 'Se lov 14. april 2000 nr. 31 om behandling av personopplysninger.'],
    [
      null,
      'Fødselsnummer brukes bare når det er nødvendig for sikker identifisering, jf. personopplysningsloven § 12.',
    ],
    [null, 'Brudd på personopplysningssikkerheten meldes til Datatilsynet innen 72 timer.'],
    [null, 'Vi har omsetningskonsesjon fra Reguleringsmyndigheten for energi.'],
    ['outdated-ekom-2-7b', 'Bruken av informasjonskapsler følger ekomloven § 2-7b.'],
    [
      'browser-settings-consent',
      'Ved å bruke nettstedet samtykker du til at vi bruker informasjonskapsler.',
    ],
    [
      'browser-settings-consent',
      'Hvis nettleseren din er innstilt til å godta informasjonskapsler, regner vi det som samtykke.',
    ],
    [
      null,
      'Vi bruker informasjonskapsler etter ekomloven § 3-15. Innstillinger i nettleseren regnes ikke som samtykke.',
    ],
    [
      'consent-as-general-basis',
      'All behandling av personopplysninger skjer på grunnlag av ditt samtykke.',
    ],
    [
      'consent-as-general-basis',
      'Ved å bli kunde samtykker du til at vi behandler personopplysningene dine.',
    ],
    ['consent-as-general-basis', 'Behandlingsgrunnlaget for fakturering er ditt samtykke.'],
    [null, 'Når behandlingen bygger på samtykke, kan du når som helst trekke det tilbake.'],
    [null, 'Vi ber ikke om samtykke til behandling som er nødvendig for å oppfylle avtalen.'],
  ],
  nn: [
    ['outdated-privacy-shield', 'Leverandøren i USA er sertifisert under Privacy Shield.'],
    [
      null,
      'Privacy Shield vart kjend ugyldig av EU-domstolen i 2020, og vi nyttar det ikkje lenger.',
    ],
    ['outdated-model-clauses', 'Overføringa byggjer på EU Model Clauses (2004/915/EF).'],
    [
      null,
      'Dei gamle modellklausulane frå 2010 er erstatta av nye standard personvernføresegner (2021/914).',
    ],
    ['repealed-act-2000', 'Du har rett til innsyn, jf. personopplysningslova § 18.'],
    ['repealed-act-2000', 'Behandlinga har konsesjon frå Datatilsynet.'],
    [
      'repealed-act-2000',
      'Vi følgjer §§ 29 og 30 i personopplysningslova når vi overfører opplysningar.',
    ],
    [
      null,
      'Fødselsnummer vert berre brukt når det trengst for sikker identifisering, jf. personopplysningslova § 12.',
    ],
    [null, 'Brot på personopplysningstryggleiken vert melde til Datatilsynet innan 72 timar.'],
    ['outdated-ekom-2-7b', 'Vi brukar informasjonskapslar i samsvar med ekomlova § 2-7 b.'],
    [
      'browser-settings-consent',
      'Ved å halde fram med å bruke nettstaden godtek du at vi brukar informasjonskapslar.',
    ],
    [
      null,
      'Vi brukar informasjonskapslar etter ekomlova § 3-15. Innstillingar i nettlesaren er ikkje samtykke.',
    ],
    [
      'consent-as-general-basis',
      'Ved å bli kunde samtykkjer du til at vi behandlar personopplysningane dine.',
    ],
    [
      'consent-as-general-basis',
      'All behandling av personopplysningar skjer på grunnlag av samtykket ditt.',
    ],
    ['consent-as-general-basis', 'Grunnlaget for faktureringa er samtykket ditt.'],
    [null, 'Når behandlinga byggjer på samtykke, kan du når som helst trekkje det tilbake.'],
    [null, 'Vi bed ikkje om samtykke til behandling som er nødvendig for å oppfylle avtalen.'],
  ],
}

describe('lintPolicy: added wording', () => {
  for (const [language, cases] of Object.entries(ADDED) as ['nb' | 'nn', (typeof ADDED)['nb']][]) {
    for (const [code, sentence] of cases) {
      it(`${language}: ${code ?? 'no finding'} for «${sentence.slice(0, 70)}»`, () => {
        const text = build(LANGUAGES[language], {}, sentence)
        const { findings } = lintPolicy(text)
        if (code === null) {
          expect(findings).toEqual([])
          return
        }
        expect(findings.map((f) => f.code)).toEqual([code])
        const finding = findings[0]!
        expect(finding.line).toBe(lineOf(text, sentence.split('. ')[0]!))
        expect(finding.excerpt).toBeTruthy()
        expect(sentence).toContain(finding.excerpt!.replace(/^…|…$/g, '').slice(0, 20))
      })
    }
  }
})

describe('lintPolicy: severities and details', () => {
  it('reports browser-settings consent as a warning under its own code, whether opt-out only or explicit', () => {
    const optOut = build(
      NB,
      {},
      'Vi bruker Google Analytics. Du kan slå av informasjonskapsler i innstillingene i nettleseren din.',
    )
    const optOutFindings = lintPolicy(optOut).findings.filter(
      (f) => f.code === 'browser-settings-consent',
    )
    expect(optOutFindings.map((f) => [f.severity, f.article])).toEqual([
      ['warning', 'ekomloven § 3-15'],
    ])
    const explicit = build(
      NB,
      {},
      'Ved å bruke nettstedet samtykker du til bruk av informasjonskapsler.',
    )
    expect(lintPolicy(explicit).findings.map((f) => [f.code, f.severity])).toEqual([
      ['browser-settings-consent', 'warning'],
    ])
  })

  it('keeps outdated-ekom-2-7b for a citation of the repealed section only', () => {
    for (const sentence of [
      'Informasjonskapslene slettes automatisk når du lukker nettleseren.',
      'Vi bruker bare en øktkapsel som forsvinner når nettleserøkten avsluttes.',
      'Du kan endre innstillingene for informasjonskapsler i nettleseren din.',
    ]) {
      expect(lintPolicy(build(NB, {}, sentence)).findings.map((f) => f.code)).not.toContain(
        'outdated-ekom-2-7b',
      )
    }
    expect(
      lintPolicy(build(NN, {}, 'Vi følgjer ekomlova § 2-7b for informasjonskapslar.')).findings.map(
        (f) => f.code,
      ),
    ).toEqual(['outdated-ekom-2-7b'])
  })

  it('does not warn about browser settings when a consent tool is described', () => {
    const text = build(
      NB,
      {},
      'Vi bruker Google Analytics når du har samtykket i samtykkeløsningen. Du kan også slette informasjonskapsler i nettleseren.',
    )
    expect(codes(text)).toEqual([])
  })

  it('flags every outdated reference on its own line', () => {
    const text = build(
      NB,
      {},
      'Innsyn: personopplysningsloven § 18.\nRetting: personopplysningsloven § 27.',
    )
    const found = lintPolicy(text).findings
    expect(found.map((f) => [f.code, f.line])).toEqual([
      ['repealed-act-2000', lineOf(text, '§ 18')],
      ['repealed-act-2000', lineOf(text, '§ 27')],
    ])
  })

  it('names the missing part of the controller identity in the message', () => {
    const noName = lintPolicy(
      build(NB, { controller: 'Kontakt oss på post@eksempelenergi.no.' }),
    ).findings
    expect(noName.map((f) => f.code)).toEqual(['missing-controller-identity'])
    expect(noName[0]!.message).toMatch(/organisasjonsnummer/)
    const noContact = lintPolicy(
      build(NB, { controller: 'Eksempel Energi AS er behandlingsansvarlig.', dpo: null }),
    ).findings
    expect(noContact.find((f) => f.code === 'missing-controller-identity')!.message).toMatch(
      /kontaktopplysninger/,
    )
  })

  it('points at the DPO mention when its contact details are missing', () => {
    const text = build(NB, { dpo: 'Vi har et personvernombud.' })
    const finding = lintPolicy(text).findings[0]!
    expect(finding.code).toBe('missing-dpo-contact')
    expect(finding.line).toBe(lineOf(text, 'Vi har et personvernombud.'))
  })

  it('does not count Datatilsynet’s address as the controller’s contact details', () => {
    const text = build(NB, {
      controller: 'Eksempel Energi AS er behandlingsansvarlig.',
      dpo: null,
      complaint:
        'Du kan klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, postkasse@datatilsynet.no.',
    })
    expect(codes(text)).toEqual(['missing-controller-identity', 'missing-dpo-contact'])
  })

  it('lists findings with a line first, by line, then the others in code order', () => {
    const text = build(
      NB,
      { complaint: null, access: null },
      'Vi følger personopplysningsloven § 28.',
    )
    const found = lintPolicy(text).findings.map((f) => f.code)
    expect(found).toEqual(['repealed-act-2000', 'missing-right-access', 'missing-complaint-right'])
  })

  it('handles hard-wrapped text and Windows line endings', () => {
    const text = build(
      NB,
      {},
      'Leverandøren i USA er sertifisert under\nPrivacy Shield-ordningen.',
    ).replace(/\n/g, '\r\n')
    const finding = lintPolicy(text).findings[0]!
    expect(finding.code).toBe('outdated-privacy-shield')
    expect(finding.excerpt).toBe(
      'Leverandøren i USA er sertifisert under Privacy Shield-ordningen.',
    )
    expect(finding.line).toBe(lineOf(text.replace(/\r/g, ''), 'Privacy Shield'))
  })

  it('shortens long excerpts around the match', () => {
    const long = `${'Vi bruker mange leverandører til ulike oppgaver i driften av kundesystemene våre. '.repeat(1).trim()} ${'Dette gjelder drift, støtte og utvikling av systemene '.repeat(4)}og overføringen skjer under Privacy Shield.`
    const finding = lintPolicy(build(NB, {}, long)).findings[0]!
    expect(finding.code).toBe('outdated-privacy-shield')
    expect(finding.excerpt!.length).toBeLessThanOrEqual(202)
    expect(finding.excerpt).toContain('Privacy Shield')
    expect(finding.excerpt!.startsWith('…')).toBe(true)
  })

  it('has a rule entry with article and message for every code', () => {
    for (const code of POLICY_LINT_CODES) {
      expect(POLICY_LINT_RULES[code].article).toMatch(
        /^(art\. \d|personopplysningsloven|ekomloven)/,
      )
      expect(POLICY_LINT_RULES[code].message.length).toBeGreaterThan(40)
    }
  })

  it('lints an empty text without throwing', () => {
    const result = lintPolicy('')
    expect(result.language).toBe('nb')
    expect(result.findings.map((f) => f.code)).toContain('missing-legal-basis')
  })
})
