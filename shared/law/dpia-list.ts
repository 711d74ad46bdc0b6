/**
 * Datatilsynet's list of kinds of processing that always require a data protection impact
 * assessment (GDPR art. 35(4)): «Liste over behandlinger som alltid krever vurdering av
 * personvernkonsekvenser». Codes are stable: they are stored in the screening record.
 *
 * Source: Datatilsynet, the list published 28 January 2019 as
 * https://www.datatilsynet.no/globalassets/global/dokumenter-pdfer-skjema-ol/regelverk/veiledere/dpia-veileder/dpialist280119.pdf
 * and in the guide «Vurdering av personvernkonsekvenser (DPIA)»,
 * https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/vurdering-av-personvernkonsekvenser/
 * The date is the one in the document's address. The official text could not be read while
 * this file was written: the fourteen entries and which of them apply only together with
 * a WP248 criterion follow the secondary accounts that quote the list (Wikborg Rein and
 * EuroCloud, both early 2019; Wiersholm; NAV's guidance for teams). Check the wording
 * against the document before relying on it. The labels and help texts are Ombud's own
 * short summaries, not quotations.
 *
 * Several entries apply only "i kombinasjon med minst ett annet kriterium" from WP248:
 * `needsCriterion` marks them, and the screening rule counts them only then.
 */
import type { CriterionInfo } from './dpia-criteria'

export const DPIA_LIST_ITEMS = [
  'third-party-data-access',
  'biometric-identification',
  'genetic-data',
  'innovative-technology',
  'employee-monitoring',
  'research-without-consent',
  'location-data',
  'education-evaluation',
  'public-camera-large-scale',
  'camera-schools-kindergartens',
  'special-categories-ai-training',
  'performance-health-monitoring',
  'commercial-profiling',
  'iot-large-scale',
] as const
export type DpiaListItem = (typeof DPIA_LIST_ITEMS)[number]

export interface DpiaListInfo extends CriterionInfo {
  /** On the list only together with at least one WP248 criterion. */
  needsCriterion: boolean
}

const LIST_SOURCE = 'Datatilsynets liste etter art. 35 nr. 4 (28.01.2019)'

export const DPIA_LIST: Record<DpiaListItem, DpiaListInfo> = {
  'third-party-data-access': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: {
      nb: 'Opplysninger fra tredjeparter brukes til å avgjøre tilgang til en tjeneste eller avtale',
      nn: 'Opplysningar frå tredjepartar vert brukte til å avgjere tilgang til ei teneste eller ein avtale',
    },
    help: {
      nb: 'Opplysninger hentet fra andre, for eksempel sosiale medier eller kredittopplysningsforetak, sammenstilles for å avgjøre om personen får et tilbud, en avtale eller en tjeneste. Gjelder sammen med minst ett kriterium fra WP248.',
      nn: 'Opplysningar henta frå andre, til dømes sosiale medium eller kredittopplysningsføretak, vert samanstilte for å avgjere om personen får eit tilbod, ein avtale eller ei teneste. Gjeld saman med minst eitt kriterium frå WP248.',
    },
  },
  'biometric-identification': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: {
      nb: 'Biometriske opplysninger for å identifisere personer',
      nn: 'Biometriske opplysningar for å identifisere personar',
    },
    help: {
      nb: 'For eksempel fingeravtrykk eller ansiktsgjenkjenning for adgangskontroll. Gjelder sammen med minst ett kriterium fra WP248.',
      nn: 'Til dømes fingeravtrykk eller andletsattkjenning for tilgangskontroll. Gjeld saman med minst eitt kriterium frå WP248.',
    },
  },
  'genetic-data': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: { nb: 'Genetiske opplysninger', nn: 'Genetiske opplysningar' },
    help: {
      nb: 'For eksempel gentester eller analyse av arvestoff. Gjelder sammen med minst ett kriterium fra WP248.',
      nn: 'Til dømes gentestar eller analyse av arvestoff. Gjeld saman med minst eitt kriterium frå WP248.',
    },
  },
  'innovative-technology': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: { nb: 'Innovativ teknologi', nn: 'Innovativ teknologi' },
    help: {
      nb: 'Ny teknologi, som kunstig intelligens, implantater eller ny velferdsteknologi. Gjelder sammen med minst ett kriterium fra WP248 utenom innovativ bruk av teknologi.',
      nn: 'Ny teknologi, som kunstig intelligens, implantat eller ny velferdsteknologi. Gjeld saman med minst eitt kriterium frå WP248 utanom innovativ bruk av teknologi.',
    },
  },
  'employee-monitoring': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Systematisk overvåking av ansattes aktiviteter',
      nn: 'Systematisk overvaking av aktivitetane til tilsette',
    },
    help: {
      nb: 'Kontrolltiltak overfor ansatte etter arbeidsmiljøloven kapittel 9, for eksempel kameraovervåking, logging av nettbruk eller innsyn i e-post.',
      nn: 'Kontrolltiltak overfor tilsette etter arbeidsmiljølova kapittel 9, til dømes kameraovervaking, logging av nettbruk eller innsyn i e-post.',
    },
  },
  'research-without-consent': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: {
      nb: 'Forskning eller historiske formål uten samtykke',
      nn: 'Forsking eller historiske formål utan samtykke',
    },
    help: {
      nb: 'Personopplysninger brukes til vitenskapelige eller historiske formål uten samtykke fra de registrerte. Gjelder sammen med minst ett kriterium fra WP248.',
      nn: 'Personopplysningar vert brukte til vitskaplege eller historiske formål utan samtykke frå dei registrerte. Gjeld saman med minst eitt kriterium frå WP248.',
    },
  },
  'location-data': {
    source: LIST_SOURCE,
    needsCriterion: true,
    label: { nb: 'Lokasjonsdata', nn: 'Lokasjonsdata' },
    help: {
      nb: 'For eksempel posisjonen til en mobil, en bil eller en elbillader knyttet til en person. Gjelder sammen med minst ett kriterium fra WP248.',
      nn: 'Til dømes posisjonen til ein mobil, ein bil eller ein elbillader knytt til ein person. Gjeld saman med minst eitt kriterium frå WP248.',
    },
  },
  'education-evaluation': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Evaluering av læring, mestring og trivsel i skoler og barnehager',
      nn: 'Evaluering av læring, meistring og trivsel i skular og barnehagar',
    },
    help: {
      nb: 'Gjelder alle utdanningsnivåer.',
      nn: 'Gjeld alle utdanningsnivå.',
    },
  },
  'public-camera-large-scale': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Systematisk kameraovervåking av offentlig tilgjengelige steder i stor skala',
      nn: 'Systematisk kameraovervaking av offentleg tilgjengelege stader i stor skala',
    },
    help: {
      nb: 'For eksempel kameraer som dekker gater, stasjoner eller kjøpesentre.',
      nn: 'Til dømes kamera som dekkjer gater, stasjonar eller kjøpesenter.',
    },
  },
  'camera-schools-kindergartens': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Kameraovervåking i skoler og barnehager i åpningstiden',
      nn: 'Kameraovervaking i skular og barnehagar i opningstida',
    },
    help: {
      nb: 'Kameraer som er i bruk mens barn og ansatte er til stede.',
      nn: 'Kamera som er i bruk medan born og tilsette er til stades.',
    },
  },
  'special-categories-ai-training': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Særlige kategorier eller svært personlige opplysninger i stor skala for å trene algoritmer',
      nn: 'Særlege kategoriar eller svært personlege opplysningar i stor skala for å trene algoritmar',
    },
    help: {
      nb: 'For eksempel helseopplysninger som brukes til å utvikle en modell for kunstig intelligens.',
      nn: 'Til dømes helseopplysningar som vert brukte til å utvikle ein modell for kunstig intelligens.',
    },
  },
  'performance-health-monitoring': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Systematisk overvåking av effektivitet, ferdigheter, mental helse eller utvikling',
      nn: 'Systematisk overvaking av effektivitet, dugleikar, mental helse eller utvikling',
    },
    help: {
      nb: 'For eksempel verktøy som måler hvor effektivt ansatte arbeider, eller apper som følger med på brukernes psykiske helse.',
      nn: 'Til dømes verktøy som måler kor effektivt tilsette arbeider, eller appar som følgjer med på den psykiske helsa til brukarane.',
    },
  },
  'commercial-profiling': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Profilering for kommersiell bruk',
      nn: 'Profilering for kommersiell bruk',
    },
    help: {
      nb: 'Analyser som forutsier arbeidsprestasjoner, økonomi, helse, interesser, pålitelighet, adferd, posisjon eller bevegelser, for eksempel for å målrette reklame.',
      nn: 'Analysar som føreseier arbeidsprestasjonar, økonomi, helse, interesser, pålitelegheit, åtferd, posisjon eller rørsler, til dømes for å målrette reklame.',
    },
  },
  'iot-large-scale': {
    source: LIST_SOURCE,
    needsCriterion: false,
    label: {
      nb: 'Opplysninger fra sensorer, tingenes internett eller velferdsteknologi i stor skala',
      nn: 'Opplysningar frå sensorar, tinga sitt internett eller velferdsteknologi i stor skala',
    },
    help: {
      nb: 'For eksempel smarte strømmålere, tilkoblede biler eller trygghetsalarmer som sender opplysninger om mange personer.',
      nn: 'Til dømes smarte straummålarar, tilkopla bilar eller tryggleiksalarmar som sender opplysningar om mange personar.',
    },
  },
}
