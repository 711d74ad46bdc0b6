/**
 * The kinds of mistake issue 11 found on real policies, each in bokmål and nynorsk, as a
 * report that must appear (positive) and a wording that must not trigger it (negative).
 * The texts are written for these tests; they follow the shapes of real policies.
 */
import { describe, expect, it } from 'vitest'
import { lintPolicy, type PolicyLintCode } from './policy-lint'
import { KNOWN_SERVICES } from './policy-lint-services'

type Case = [language: 'nb' | 'nn', code: PolicyLintCode, text: string]

const codes = (text: string): string[] => lintPolicy(text).findings.map((f) => f.code)

function expectReported([, code, text]: Case): void {
  expect(codes(text)).toContain(code)
}
function expectQuiet([, code, text]: Case): void {
  expect(codes(text)).not.toContain(code)
}

const POSITIVE: Case[] = [
  // Browser settings as consent: its own code, a warning.
  [
    'nb',
    'browser-settings-consent',
    'Vi bruker Google Analytics og Facebook-piksel.\n\nVil du ikke ha informasjonskapsler, kan du selv endre innstillingene i nettleseren din.',
  ],
  [
    'nn',
    'browser-settings-consent',
    'Vi brukar Google Analytics til statistikk.\n\nDu kan sjølv endre innstillingane for informasjonskapslar i nettlesaren din.',
  ],
  ['nb', 'outdated-ekom-2-7b', 'Vi bruker informasjonskapsler i tråd med ekomloven § 2-7b.'],
  ['nn', 'outdated-ekom-2-7b', 'Vi brukar informasjonskapslar i tråd med ekomlova § 2-7 b.'],
  // A basis named only in a definition is no basis.
  [
    'nb',
    'missing-legal-basis',
    'Begreper\n\nFor at det skal være lovlig å behandle data, er det nødvendig med behandlingsgrunnlag, jf. personvernforordningen art. 6.\n\nVi lagrer navnet ditt i ett år.',
  ],
  [
    'nn',
    'missing-legal-basis',
    'Sentrale omgrep\n\nFor at det skal vere lovleg å behandle data, er det nødvendig med behandlingsgrunnlag, jf. personvernforordninga art. 6.\n\nVi lagrar namnet ditt i eitt år.',
  ],
  // No retention statement at all: cookies «lagres på datamaskinen» say where, not how long.
  [
    'nb',
    'missing-retention',
    'Informasjonskapsler er små tekstfiler som lagres på din datamaskin. Vi samler inn navn og e-post.',
  ],
  [
    'nn',
    'missing-retention',
    'Informasjonskapslar er små tekstfiler som vert lagra på datamaskina di. Vi samlar inn namn og e-post.',
  ],
  [
    'nb',
    'vague-retention',
    'Etter endt kundeforhold tar vi vare på opplysningene så lenge vi ser det hensiktsmessig.',
  ],
  [
    'nn',
    'vague-retention',
    'Etter at kundeforholdet er slutt, tek vi vare på opplysningane så lenge vi finn det tenleg.',
  ],
  // Consent demanded before a public service can be used.
  [
    'nb',
    'consent-as-general-basis',
    'Før du oppgir personopplysninger må du samtykke i personvernerklæringen.',
  ],
  [
    'nn',
    'consent-as-general-basis',
    'Før du gjev opp personopplysningar må du samtykkja i personvernerklæringa.',
  ],
  [
    'nb',
    'consent-as-general-basis',
    'Behandlingsgrunnlaget er samtykke fra den enkelte, med mindre annet er spesifisert.',
  ],
  [
    'nn',
    'consent-as-general-basis',
    'Behandlingsgrunnlaget er samtykke frå den einskilde, med mindre anna er spesifisert.',
  ],
  // A service outside the old short list: a cloud database, a payment provider.
  [
    'nb',
    'missing-transfer-safeguards',
    'All informasjon vi samler inn lagres i Firebase. Betaling skjer via Stripe.',
  ],
  [
    'nn',
    'missing-transfer-safeguards',
    'Firebase er ein skybasert database der all informasjon me samlar inn vert lagra. Me nyttar Stripe til betaling.',
  ],
  // Objection under art. 21(1) where the basis is public task.
  [
    'nb',
    'missing-right-objection',
    'Kommunen behandler opplysningene for å utøve offentlig myndighet (art. 6 nr. 1 bokstav e). Du har rett til innsyn.',
  ],
  [
    'nn',
    'missing-right-objection',
    'Kommunen behandlar opplysningane for å utøve offentleg myndigheit (art. 6 nr. 1 bokstav e). Du har rett til innsyn.',
  ],
  // Portability where the basis is consent.
  [
    'nb',
    'missing-right-portability',
    'Behandlingsgrunnlaget for nyhetsbrevet er ditt samtykke (art. 6 nr. 1 bokstav a).',
  ],
  [
    'nn',
    'missing-right-portability',
    'Behandlingsgrunnlaget for nyheitsbrevet er samtykket ditt (art. 6 nr. 1 bokstav a).',
  ],
  // «Innsigelse» in a complaint sentence is not the right to object.
  [
    'nb',
    'missing-right-objection',
    'Vi bruker opplysningene på grunnlag av berettiget interesse i å sikre tjenesten. Har du innsigelser mot vår behandling, kan du klage til Datatilsynet.',
  ],
  [
    'nn',
    'missing-right-objection',
    'Vi brukar opplysningane på grunnlag av berettiga interesse i å sikre tenesta. Har du innvendingar mot behandlinga vår, kan du klage til Datatilsynet.',
  ],
  // The company's own «innsyn» is not the data subject's right of access.
  [
    'nb',
    'missing-right-access',
    'Vi får innsyn i hvilken funksjonalitet som er nyttig for brukerne.',
  ],
  ['nn', 'missing-right-access', 'Vi får innsyn i kva funksjonalitet som er nyttig for brukarane.'],
]

const NEGATIVE: Case[] = [
  // Session cookies and the browser as a place are not browser-settings consent, nor § 2-7b.
  [
    'nb',
    'browser-settings-consent',
    'Vi bruker bare en øktkapsel. Den slettes automatisk når du lukker nettleseren.',
  ],
  [
    'nn',
    'browser-settings-consent',
    'Vi brukar berre ein øktkapsel. Han vert sletta automatisk når du lukkar nettlesaren.',
  ],
  [
    'nb',
    'outdated-ekom-2-7b',
    'Du kan endre innstillingene for informasjonskapsler i nettleseren din.',
  ],
  [
    'nn',
    'outdated-ekom-2-7b',
    'Du kan endre innstillingane for informasjonskapslar i nettlesaren din.',
  ],
  // Consent withdrawal without «tilbake».
  [
    'nb',
    'missing-consent-withdrawal',
    'Nyhetsbrev sender vi bare med ditt samtykke. Du kan når som helst endre samtykket på Min side.',
  ],
  [
    'nn',
    'missing-consent-withdrawal',
    'Nyheitsbrev sender vi berre med samtykket ditt. Du kan sjølv gi og trekkje samtykket på Mi side.',
  ],
  // «X har ansvaret for behandlinga» with a phone number identifies the controller.
  [
    'nb',
    'missing-controller-identity',
    'Arbeids- og velferdsdirektoratet har ansvaret for behandlingen av personopplysningene dine. Du kan ringe oss på 55 55 33 33.',
  ],
  [
    'nn',
    'missing-controller-identity',
    'Arbeids- og velferdsdirektoratet har ansvaret for behandlinga av personopplysningane dine. Du kan ringje oss på 55 55 33 33.',
  ],
  // «Kven kan få tilgang …» names recipients.
  [
    'nb',
    'missing-recipients',
    'Hvem kan få tilgang til personopplysningene dine?\n\nArbeidsgivere du sender søknad til, får tilgang til navn og e-post.',
  ],
  [
    'nn',
    'missing-recipients',
    'Kven kan få tilgang til personopplysningane dine?\n\nArbeidsgivarar du sender søknad til, får tilgang til namn og e-post.',
  ],
  // Portability does not apply to a public body processing under (e) or (c).
  [
    'nb',
    'missing-right-portability',
    'Behandlingsgrunnlaget er personvernforordningen artikkel 6 nr. 1 bokstav e og NAV-loven § 4.',
  ],
  [
    'nn',
    'missing-right-portability',
    'Det rettslege grunnlaget er personvernforordninga artikkel 6 nr. 1 bokstav e og Nav-lova § 4.',
  ],
  // Objection under 21(1) does not apply to consent or legal obligation only.
  [
    'nb',
    'missing-right-objection',
    'Behandlingsgrunnlaget for lønn er rettslig forpliktelse (art. 6 nr. 1 bokstav c), jf. bokføringsloven.',
  ],
  [
    'nn',
    'missing-right-objection',
    'Behandlingsgrunnlaget for løn er rettsleg plikt (art. 6 nr. 1 bokstav c), jf. bokføringslova.',
  ],
  // A US tool whose data the text says is kept in the EU.
  [
    'nb',
    'missing-transfer-safeguards',
    'Vi bruker Amplitude til statistikk. Dataene lagres i EU-regionen til Amplitude.',
  ],
  [
    'nn',
    'missing-transfer-safeguards',
    'Vi nyttar Amplitude til statistikk. Data vert lagra i EU.',
  ],
  // A retention statement with a period.
  [
    'nb',
    'missing-retention',
    'Personopplysningene dine blir lagret i tre måneder regnet fra utløpsdatoen til annonsen.',
  ],
  [
    'nn',
    'missing-retention',
    'Personopplysningane dine blir lagra i tre månader rekna frå utløpsdatoen til annonsen.',
  ],
  // The right of access stated by the data subject as subject.
  ['nb', 'missing-right-access', 'Du har rett til innsyn i opplysningene vi har om deg.'],
  ['nn', 'missing-right-access', 'Du har rett til innsyn i opplysningane vi har om deg.'],
]

describe('lintPolicy reads structure, not only words', () => {
  for (const c of POSITIVE) {
    it(`${c[0]}: reports ${c[1]} for «${c[2].slice(0, 60)}»`, () => expectReported(c))
  }
  for (const c of NEGATIVE) {
    it(`${c[0]}: no ${c[1]} for «${c[2].slice(0, 60)}»`, () => expectQuiet(c))
  }

  it('reports browser-settings consent as a warning under ekomloven § 3-15', () => {
    const finding = lintPolicy(POSITIVE[0]![2]).findings.find(
      (f) => f.code === 'browser-settings-consent',
    )!
    expect(finding).toMatchObject({ severity: 'warning', article: 'ekomloven § 3-15' })
  })

  it('knows the vendor, country and EU region of every service it looks for', () => {
    const categories = new Set(KNOWN_SERVICES.map((s) => s.category))
    for (const category of [
      'analytics',
      'advertising',
      'cloud',
      'payment',
      'email',
      'crm',
      'chat',
      'video',
      'office',
      'hosting',
    ]) {
      expect(categories).toContain(category)
    }
    for (const service of KNOWN_SERVICES) {
      expect(service.vendor).not.toBe('')
      expect(service.country).toMatch(/^[A-Z]{2}$/)
    }
  })
})
