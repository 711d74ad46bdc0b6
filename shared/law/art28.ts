/**
 * What a processor agreement (databehandleravtale) must contain under GDPR art. 28(3).
 * The DPO ticks each item off against the signed agreement.
 */
import type { Localized } from './legal-bases'

export const ART28_ITEMS = [
  'documented-instructions',
  'confidentiality',
  'security-art32',
  'sub-processors',
  'data-subject-rights',
  'assist-art32-36',
  'delete-or-return',
  'audits',
] as const
export type Art28Item = (typeof ART28_ITEMS)[number]

export const ART28_LABELS: Record<Art28Item, Localized & { article: string }> = {
  'documented-instructions': {
    article: 'art. 28 nr. 3 bokstav a',
    nb: 'Behandler bare etter dokumenterte instrukser, også ved overføring til tredjeland',
    nn: 'Behandlar berre etter dokumenterte instruksar, også ved overføring til tredjeland',
  },
  confidentiality: {
    article: 'art. 28 nr. 3 bokstav b',
    nb: 'Personer med tilgang har taushetsplikt',
    nn: 'Personar med tilgang har teieplikt',
  },
  'security-art32': {
    article: 'art. 28 nr. 3 bokstav c',
    nb: 'Sikkerhetstiltak etter art. 32',
    nn: 'Tryggingstiltak etter art. 32',
  },
  'sub-processors': {
    article: 'art. 28 nr. 3 bokstav d',
    nb: 'Underdatabehandlere bare med skriftlig godkjenning og samme plikter',
    nn: 'Underdatabehandlarar berre med skriftleg godkjenning og same plikter',
  },
  'data-subject-rights': {
    article: 'art. 28 nr. 3 bokstav e',
    nb: 'Bistår med de registrertes rettigheter',
    nn: 'Hjelper til med rettane til dei registrerte',
  },
  'assist-art32-36': {
    article: 'art. 28 nr. 3 bokstav f',
    nb: 'Bistår med art. 32–36 (sikkerhet, avvik, DPIA, forhåndsdrøfting)',
    nn: 'Hjelper til med art. 32–36 (tryggleik, avvik, DPIA, førehandsdrøfting)',
  },
  'delete-or-return': {
    article: 'art. 28 nr. 3 bokstav g',
    nb: 'Sletter eller tilbakeleverer opplysningene når avtalen opphører',
    nn: 'Slettar eller leverer tilbake opplysningane når avtalen tek slutt',
  },
  audits: {
    article: 'art. 28 nr. 3 bokstav h',
    nb: 'Gir tilgang til informasjon og tillater revisjoner',
    nn: 'Gjev tilgang til informasjon og tillèt revisjonar',
  },
}
