/**
 * What decides whether an activity needs a data protection impact assessment (DPIA,
 * vurdering av personvernkonsekvenser, GDPR art. 35): the three cases of art. 35(3) and the
 * nine criteria of the Article 29 Working Party's guidelines (WP248 rev.01). Datatilsynet's
 * own list under art. 35(4) is in dpia-list.ts. Codes are stable: they are stored in the
 * screening record of each activity.
 *
 * Sources:
 * - GDPR art. 35(3), (4) and (7); the Norwegian text is personopplysningsloven § 1.
 * - Article 29 Working Party, «Guidelines on Data Protection Impact Assessment (DPIA) and
 *   determining whether processing is "likely to result in a high risk" for the purposes of
 *   Regulation 2016/679», WP248 rev.01, adopted 4 April 2017, last revised and adopted
 *   4 October 2017, pages 9–12; endorsed by the EDPB on 25 May 2018 (Endorsement 1/2018).
 *   https://edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-wp248-rev01_en
 *   The guidelines say that processing meeting two criteria will in most cases require a
 *   DPIA, and that a controller who concludes otherwise must document why.
 *
 * The labels and help texts are written for Ombud; they are not quotations.
 */
import type { Localized } from './legal-bases'

/** Reference data about a criterion: a short label for a checkbox, and a help text. */
export interface CriterionInfo {
  /** Where it comes from, e.g. "WP248 rev.01, kriterium 1" or "art. 35 nr. 3 bokstav a". */
  source: string
  label: Localized
  help: Localized
}

export const WP248_CRITERIA = [
  'evaluation-scoring',
  'automated-decisions',
  'systematic-monitoring',
  'sensitive-data',
  'large-scale',
  'matching-datasets',
  'vulnerable-subjects',
  'innovative-technology',
  'prevents-rights',
] as const
export type Wp248Criterion = (typeof WP248_CRITERIA)[number]

export const WP248: Record<Wp248Criterion, CriterionInfo> = {
  'evaluation-scoring': {
    source: 'WP248 rev.01, kriterium 1',
    label: { nb: 'Evaluering eller poengsetting', nn: 'Evaluering eller poengsetjing' },
    help: {
      nb: 'Vurdering av personlige forhold, også profilering og forutsigelser: for eksempel kredittvurdering, analyse av forbruk eller adferd, eller vurdering av arbeidsprestasjoner.',
      nn: 'Vurdering av personlege forhold, også profilering og føreseiingar: til dømes kredittvurdering, analyse av forbruk eller åtferd, eller vurdering av arbeidsprestasjonar.',
    },
  },
  'automated-decisions': {
    source: 'WP248 rev.01, kriterium 2; art. 22',
    label: {
      nb: 'Automatiserte avgjørelser med rettsvirkning eller tilsvarende betydning',
      nn: 'Automatiserte avgjerder med rettsverknad eller tilsvarande tyding',
    },
    help: {
      nb: 'En maskin avgjør noe som har rettsvirkning for personen eller rammer vedkommende i betydelig grad, for eksempel avslag på en avtale eller en søknad.',
      nn: 'Ein maskin avgjer noko som har rettsverknad for personen eller råkar vedkomande i monaleg grad, til dømes avslag på ein avtale eller ein søknad.',
    },
  },
  'systematic-monitoring': {
    source: 'WP248 rev.01, kriterium 3',
    label: { nb: 'Systematisk overvåking', nn: 'Systematisk overvaking' },
    help: {
      nb: 'Personer observeres, overvåkes eller kontrolleres systematisk, også på offentlig tilgjengelige steder, for eksempel med kamera, logging av nettbruk eller sporing. Ofte vet ikke personen hvem som samler inn opplysningene, og kan ikke unngå det.',
      nn: 'Personar vert observerte, overvaka eller kontrollerte systematisk, også på offentleg tilgjengelege stader, til dømes med kamera, logging av nettbruk eller sporing. Ofte veit ikkje personen kven som samlar inn opplysningane, og kan ikkje unngå det.',
    },
  },
  'sensitive-data': {
    source: 'WP248 rev.01, kriterium 4; art. 9 og 10',
    label: {
      nb: 'Særlige kategorier eller opplysninger av svært personlig karakter',
      nn: 'Særlege kategoriar eller opplysningar av svært personleg karakter',
    },
    help: {
      nb: 'Opplysninger etter art. 9 (for eksempel helse) eller art. 10 (straffbare forhold), eller andre svært personlige opplysninger som økonomi, lokasjon, private dokumenter og e-post.',
      nn: 'Opplysningar etter art. 9 (til dømes helse) eller art. 10 (straffbare forhold), eller andre svært personlege opplysningar som økonomi, lokasjon, private dokument og e-post.',
    },
  },
  'large-scale': {
    source: 'WP248 rev.01, kriterium 5',
    label: { nb: 'Behandling i stor skala', nn: 'Behandling i stor skala' },
    help: {
      nb: 'Vurderes etter hvor mange personer det gjelder, hvor mange opplysninger, hvor lenge behandlingen varer og hvor stort geografisk område den dekker.',
      nn: 'Vert vurdert etter kor mange personar det gjeld, kor mange opplysningar, kor lenge behandlinga varer og kor stort geografisk område ho dekkjer.',
    },
  },
  'matching-datasets': {
    source: 'WP248 rev.01, kriterium 6',
    label: { nb: 'Sammenstilling av datasett', nn: 'Samanstilling av datasett' },
    help: {
      nb: 'Datasett fra ulike behandlinger eller ulike behandlingsansvarlige kobles eller sammenstilles på en måte personen ikke med rimelighet kan vente.',
      nn: 'Datasett frå ulike behandlingar eller ulike behandlingsansvarlege vert kopla eller samanstilte på ein måte personen ikkje med rimelegheit kan vente.',
    },
  },
  'vulnerable-subjects': {
    source: 'WP248 rev.01, kriterium 7',
    label: { nb: 'Sårbare registrerte', nn: 'Sårbare registrerte' },
    help: {
      nb: 'Personer i et ujevnt maktforhold til virksomheten: ansatte, barn, pasienter, eldre, asylsøkere og andre som ikke fritt kan si nei.',
      nn: 'Personar i eit ujamt maktforhold til verksemda: tilsette, born, pasientar, eldre, asylsøkjarar og andre som ikkje fritt kan seie nei.',
    },
  },
  'innovative-technology': {
    source: 'WP248 rev.01, kriterium 8',
    label: { nb: 'Innovativ bruk av teknologi', nn: 'Innovativ bruk av teknologi' },
    help: {
      nb: 'Ny teknologi eller nye organisatoriske løsninger, eller kjent teknologi brukt på en ny måte, for eksempel kunstig intelligens, tingenes internett eller ansiktsgjenkjenning.',
      nn: 'Ny teknologi eller nye organisatoriske løysingar, eller kjend teknologi brukt på ein ny måte, til dømes kunstig intelligens, tinga sitt internett eller andletsattkjenning.',
    },
  },
  'prevents-rights': {
    source: 'WP248 rev.01, kriterium 9; art. 22 og fortalepunkt 91',
    label: {
      nb: 'Hindrer personen i å bruke en rettighet, en tjeneste eller en avtale',
      nn: 'Hindrar personen i å bruke ein rett, ei teneste eller ein avtale',
    },
    help: {
      nb: 'Behandlingen avgjør om personen får bruke en tjeneste eller inngå en avtale, for eksempel når en kredittsjekk avgjør om kunden får strømavtale.',
      nn: 'Behandlinga avgjer om personen får bruke ei teneste eller inngå ein avtale, til dømes når ein kredittsjekk avgjer om kunden får straumavtale.',
    },
  },
}

/** The cases in which art. 35(3) itself requires a DPIA. */
export const ART35_3_CASES = ['systematic-evaluation', 'large-scale-special', 'public-area-monitoring'] as const
export type Art35Case = (typeof ART35_3_CASES)[number]

export const ART35_3: Record<Art35Case, CriterionInfo> = {
  'systematic-evaluation': {
    source: 'art. 35 nr. 3 bokstav a',
    label: {
      nb: 'Systematisk og omfattende vurdering av personlige forhold som avgjørelser bygger på',
      nn: 'Systematisk og omfattande vurdering av personlege forhold som avgjerder byggjer på',
    },
    help: {
      nb: 'En automatisert vurdering, også profilering, som avgjørelser med rettsvirkning eller tilsvarende betydning for personen bygger på.',
      nn: 'Ei automatisert vurdering, også profilering, som avgjerder med rettsverknad eller tilsvarande tyding for personen byggjer på.',
    },
  },
  'large-scale-special': {
    source: 'art. 35 nr. 3 bokstav b',
    label: {
      nb: 'Særlige kategorier eller straffbare forhold i stor skala',
      nn: 'Særlege kategoriar eller straffbare forhold i stor skala',
    },
    help: {
      nb: 'Behandling i stor skala av opplysninger etter art. 9 nr. 1 eller om straffedommer og lovovertredelser etter art. 10.',
      nn: 'Behandling i stor skala av opplysningar etter art. 9 nr. 1 eller om straffedomar og lovbrot etter art. 10.',
    },
  },
  'public-area-monitoring': {
    source: 'art. 35 nr. 3 bokstav c',
    label: {
      nb: 'Systematisk overvåking av offentlig tilgjengelige områder i stor skala',
      nn: 'Systematisk overvaking av offentleg tilgjengelege område i stor skala',
    },
    help: {
      nb: 'For eksempel kameraovervåking av gater, torg, kjøpesentre eller stasjoner.',
      nn: 'Til dømes kameraovervaking av gater, torg, kjøpesenter eller stasjonar.',
    },
  },
}
