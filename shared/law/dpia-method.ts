/**
 * The parts of a DPIA under GDPR art. 35(7), laid out as in CNIL's PIA method (Commission
 * nationale de l'informatique et des libertés, «Privacy Impact Assessment (PIA) —
 * Methodology», February 2018, https://www.cnil.fr/en/privacy-impact-assessment-pia):
 * the points of necessity and proportionality, the three risks to the people concerned,
 * and the four-step scales of likelihood and severity. Codes are stable: they are stored
 * in DPIA records. Labels are Ombud's own.
 */
import type { Localized } from './legal-bases'

/** The points of necessity and proportionality (art. 35(7)(b), 35(7)(d); arts. 5, 12–22, 28, 44–49). */
export const NECESSITY_POINTS = [
  'purposes-bases',
  'minimisation',
  'accuracy',
  'retention',
  'information',
  'rights',
  'processors',
  'transfers',
] as const
export type NecessityPoint = (typeof NECESSITY_POINTS)[number]

export const NECESSITY: Record<NecessityPoint, { article: string; label: Localized; help: Localized }> = {
  'purposes-bases': {
    article: 'art. 5 nr. 1 bokstav b, art. 6 og 9',
    label: { nb: 'Formål og behandlingsgrunnlag', nn: 'Formål og behandlingsgrunnlag' },
    help: {
      nb: 'Er formålene bestemte, uttrykkelig angitte og berettigede, og har hvert formål et gyldig grunnlag?',
      nn: 'Er formåla bestemte, uttrykkeleg gjevne og berettiga, og har kvart formål eit gyldig grunnlag?',
    },
  },
  minimisation: {
    article: 'art. 5 nr. 1 bokstav c',
    label: { nb: 'Dataminimering', nn: 'Dataminimering' },
    help: {
      nb: 'Er opplysningene adekvate, relevante og begrenset til det som er nødvendig for formålene?',
      nn: 'Er opplysningane adekvate, relevante og avgrensa til det som er naudsynt for formåla?',
    },
  },
  accuracy: {
    article: 'art. 5 nr. 1 bokstav d',
    label: { nb: 'Riktige opplysninger', nn: 'Rette opplysningar' },
    help: {
      nb: 'Hvordan holdes opplysningene korrekte og oppdaterte, og hvordan rettes feil?',
      nn: 'Korleis vert opplysningane haldne korrekte og oppdaterte, og korleis vert feil retta?',
    },
  },
  retention: {
    article: 'art. 5 nr. 1 bokstav e',
    label: { nb: 'Lagringstid', nn: 'Lagringstid' },
    help: {
      nb: 'Hvor lenge lagres opplysningene, hvorfor så lenge, og hvordan slettes de?',
      nn: 'Kor lenge vert opplysningane lagra, kvifor så lenge, og korleis vert dei sletta?',
    },
  },
  information: {
    article: 'art. 12–14',
    label: { nb: 'Informasjon til de registrerte', nn: 'Informasjon til dei registrerte' },
    help: {
      nb: 'Hvordan og når får de registrerte informasjon om behandlingen?',
      nn: 'Korleis og når får dei registrerte informasjon om behandlinga?',
    },
  },
  rights: {
    article: 'art. 15–22',
    label: { nb: 'De registrertes rettigheter', nn: 'Rettane til dei registrerte' },
    help: {
      nb: 'Hvordan kan de registrerte få innsyn, retting, sletting, begrensning, dataportabilitet og protestere, og hvordan trekkes samtykke tilbake?',
      nn: 'Korleis kan dei registrerte få innsyn, retting, sletting, avgrensing, dataportabilitet og protestere, og korleis vert samtykke trekt tilbake?',
    },
  },
  processors: {
    article: 'art. 28',
    label: { nb: 'Databehandlere', nn: 'Databehandlarar' },
    help: {
      nb: 'Hvilke databehandlere brukes, og har hver av dem en databehandleravtale som oppfyller art. 28 nr. 3?',
      nn: 'Kva for databehandlarar vert brukte, og har kvar av dei ein databehandlaravtale som oppfyller art. 28 nr. 3?',
    },
  },
  transfers: {
    article: 'art. 44–49',
    label: { nb: 'Overføring til tredjeland', nn: 'Overføring til tredjeland' },
    help: {
      nb: 'Overføres opplysninger ut av EØS, og i så fall på hvilket grunnlag?',
      nn: 'Vert opplysningar overførte ut av EØS, og i så fall på kva grunnlag?',
    },
  },
}

/** The three risks to the people concerned, as in CNIL's method. */
export const RISK_KINDS = ['access', 'change', 'loss'] as const
export type RiskKind = (typeof RISK_KINDS)[number]

export const RISK_KIND_INFO: Record<RiskKind, { label: Localized; help: Localized }> = {
  access: {
    label: { nb: 'Uautorisert tilgang til opplysningene', nn: 'Uautorisert tilgang til opplysningane' },
    help: {
      nb: 'Noen som ikke skal ha tilgang, ser, kopierer eller sprer opplysningene (konfidensialitet).',
      nn: 'Nokon som ikkje skal ha tilgang, ser, kopierer eller spreier opplysningane (konfidensialitet).',
    },
  },
  change: {
    label: { nb: 'Uønsket endring av opplysningene', nn: 'Uønskt endring av opplysningane' },
    help: {
      nb: 'Opplysningene blir endret ved en feil eller med vilje, slik at de blir gale (integritet).',
      nn: 'Opplysningane vert endra ved ein feil eller med vilje, slik at dei vert gale (integritet).',
    },
  },
  loss: {
    label: { nb: 'Tap av opplysningene', nn: 'Tap av opplysningane' },
    help: {
      nb: 'Opplysningene blir borte eller utilgjengelige når de trengs (tilgjengelighet).',
      nn: 'Opplysningane vert borte eller utilgjengelege når dei trengst (tilgjenge).',
    },
  },
}

/** A step on the four-step scales: 1 is the lowest, 4 the highest. */
export const SCALE_STEPS = [1, 2, 3, 4] as const
export type ScaleStep = (typeof SCALE_STEPS)[number]

export const LIKELIHOOD_LABELS: Record<ScaleStep, Localized> = {
  1: { nb: 'Ubetydelig', nn: 'Ubetydeleg' },
  2: { nb: 'Begrenset', nn: 'Avgrensa' },
  3: { nb: 'Betydelig', nn: 'Betydeleg' },
  4: { nb: 'Maksimal', nn: 'Maksimal' },
}

export const SEVERITY_LABELS: Record<ScaleStep, Localized> = {
  1: { nb: 'Ubetydelig', nn: 'Ubetydeleg' },
  2: { nb: 'Begrenset', nn: 'Avgrensa' },
  3: { nb: 'Betydelig', nn: 'Betydeleg' },
  4: { nb: 'Maksimal', nn: 'Maksimal' },
}

export const RISK_LEVELS = ['low', 'medium', 'high'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

export const RISK_LEVEL_LABELS: Record<RiskLevel, Localized> = {
  low: { nb: 'Lav', nn: 'Låg' },
  medium: { nb: 'Middels', nn: 'Middels' },
  high: { nb: 'Høy', nn: 'Høg' },
}
