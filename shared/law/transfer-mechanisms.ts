/**
 * Transfer mechanisms under GDPR chapter V. Outdated ones are kept so that imported
 * records can be read and flagged, but they cannot be chosen for a new transfer.
 */
import type { Localized } from './legal-bases'

export const CURRENT_MECHANISMS = ['adequacy', 'eu-us-dpf', 'scc-2021', 'bcr', 'derogation'] as const
export const OUTDATED_MECHANISMS = [
  'privacy-shield',
  'safe-harbor',
  'model-clauses-2001',
  'model-clauses-2004',
  'model-clauses-2010',
] as const
export const MECHANISMS = [...CURRENT_MECHANISMS, ...OUTDATED_MECHANISMS] as const
export type TransferMechanism = (typeof MECHANISMS)[number]
export type CurrentMechanism = (typeof CURRENT_MECHANISMS)[number]

export interface MechanismInfo {
  label: Localized
  article: string
  /** Why an outdated mechanism is no longer valid. */
  invalidSince?: { date: string; reason: Localized }
}

/**
 * «Label, art. …»: the way a mechanism is named with its article everywhere a user
 * reads it. A comma, not brackets: labels and articles hold brackets of their own
 * ("(EU) 2021/914"), and brackets in brackets read badly.
 */
export function mechanismWithArticle(mechanism: TransferMechanism): string {
  const info = MECHANISM_INFO[mechanism]
  return `${info.label.nb}, ${info.article}`
}

export const MECHANISM_INFO: Record<TransferMechanism, MechanismInfo> = {
  adequacy: {
    label: { nb: 'Beslutning om tilstrekkelig beskyttelsesnivå', nn: 'Avgjerd om tilstrekkeleg vernenivå' },
    article: 'art. 45',
  },
  'eu-us-dpf': {
    label: { nb: 'EU–US Data Privacy Framework', nn: 'EU–US Data Privacy Framework' },
    article: 'art. 45 og beslutning (EU) 2023/1795',
  },
  'scc-2021': {
    label: {
      nb: 'Standard personvernbestemmelser (EU) 2021/914',
      nn: 'Standard personvernføresegner (EU) 2021/914',
    },
    article: 'art. 46 nr. 2 bokstav c',
  },
  bcr: {
    label: { nb: 'Bindende virksomhetsregler', nn: 'Bindande verksemdsreglar' },
    article: 'art. 47',
  },
  derogation: {
    label: { nb: 'Unntak for særlige situasjoner', nn: 'Unntak for særlege situasjonar' },
    article: 'art. 49',
  },
  'privacy-shield': {
    label: { nb: 'Privacy Shield', nn: 'Privacy Shield' },
    article: 'ugyldig',
    invalidSince: {
      date: '2020-07-16',
      reason: {
        nb: 'Kjent ugyldig av EU-domstolen 16. juli 2020 (C-311/18, «Schrems II»).',
        nn: 'Kjend ugyldig av EU-domstolen 16. juli 2020 (C-311/18, «Schrems II»).',
      },
    },
  },
  'safe-harbor': {
    label: { nb: 'Safe Harbor', nn: 'Safe Harbor' },
    article: 'ugyldig',
    invalidSince: {
      date: '2015-10-06',
      reason: {
        nb: 'Kjent ugyldig av EU-domstolen 6. oktober 2015 (C-362/14).',
        nn: 'Kjend ugyldig av EU-domstolen 6. oktober 2015 (C-362/14).',
      },
    },
  },
  'model-clauses-2001': {
    label: { nb: 'Gamle standardavtaler 2001/497/EF', nn: 'Gamle standardavtalar 2001/497/EF' },
    article: 'ugyldig',
    invalidSince: {
      date: '2022-12-27',
      reason: {
        nb: 'Gir ikke gyldig garanti etter 27. desember 2022; bruk standardavtalene i beslutning (EU) 2021/914.',
        nn: 'Gjev ikkje gyldig garanti etter 27. desember 2022; bruk standardavtalane i avgjerd (EU) 2021/914.',
      },
    },
  },
  'model-clauses-2004': {
    label: { nb: 'Gamle standardavtaler 2004/915/EF', nn: 'Gamle standardavtalar 2004/915/EF' },
    article: 'ugyldig',
    invalidSince: {
      date: '2022-12-27',
      reason: {
        nb: 'Gir ikke gyldig garanti etter 27. desember 2022; bruk standardavtalene i beslutning (EU) 2021/914.',
        nn: 'Gjev ikkje gyldig garanti etter 27. desember 2022; bruk standardavtalane i avgjerd (EU) 2021/914.',
      },
    },
  },
  'model-clauses-2010': {
    label: { nb: 'Gamle standardavtaler 2010/87/EU', nn: 'Gamle standardavtalar 2010/87/EU' },
    article: 'ugyldig',
    invalidSince: {
      date: '2022-12-27',
      reason: {
        nb: 'Gir ikke gyldig garanti etter 27. desember 2022; bruk standardavtalene i beslutning (EU) 2021/914.',
        nn: 'Gjev ikkje gyldig garanti etter 27. desember 2022; bruk standardavtalane i avgjerd (EU) 2021/914.',
      },
    },
  },
}

export function isOutdatedMechanism(m: TransferMechanism): boolean {
  return (OUTDATED_MECHANISMS as readonly string[]).includes(m)
}

export const SCC_MODULES = [1, 2, 3, 4] as const
export type SccModule = (typeof SCC_MODULES)[number]
export const SCC_MODULE_LABELS: Record<SccModule, Localized> = {
  1: { nb: 'Modul 1: behandlingsansvarlig til behandlingsansvarlig', nn: 'Modul 1: behandlingsansvarleg til behandlingsansvarleg' },
  2: { nb: 'Modul 2: behandlingsansvarlig til databehandler', nn: 'Modul 2: behandlingsansvarleg til databehandlar' },
  3: { nb: 'Modul 3: databehandler til databehandler', nn: 'Modul 3: databehandlar til databehandlar' },
  4: { nb: 'Modul 4: databehandler til behandlingsansvarlig', nn: 'Modul 4: databehandlar til behandlingsansvarleg' },
}

export const DEROGATIONS = [
  'explicit-consent',
  'contract-with-subject',
  'contract-in-interest-of-subject',
  'public-interest',
  'legal-claims',
  'vital-interests',
  'public-register',
  'compelling-legitimate-interests',
] as const
export type Derogation = (typeof DEROGATIONS)[number]
export const DEROGATION_LABELS: Record<Derogation, Localized> = {
  'explicit-consent': { nb: 'Uttrykkelig samtykke (art. 49 nr. 1 a)', nn: 'Uttrykkjeleg samtykke (art. 49 nr. 1 a)' },
  'contract-with-subject': { nb: 'Avtale med den registrerte (art. 49 nr. 1 b)', nn: 'Avtale med den registrerte (art. 49 nr. 1 b)' },
  'contract-in-interest-of-subject': { nb: 'Avtale i den registrertes interesse (art. 49 nr. 1 c)', nn: 'Avtale i den registrerte si interesse (art. 49 nr. 1 c)' },
  'public-interest': { nb: 'Viktige allmenne interesser (art. 49 nr. 1 d)', nn: 'Viktige allmenne interesser (art. 49 nr. 1 d)' },
  'legal-claims': { nb: 'Rettskrav (art. 49 nr. 1 e)', nn: 'Rettskrav (art. 49 nr. 1 e)' },
  'vital-interests': { nb: 'Vitale interesser (art. 49 nr. 1 f)', nn: 'Vitale interesser (art. 49 nr. 1 f)' },
  'public-register': { nb: 'Offentlig register (art. 49 nr. 1 g)', nn: 'Offentleg register (art. 49 nr. 1 g)' },
  'compelling-legitimate-interests': {
    nb: 'Tvingende berettigede interesser (art. 49 nr. 1 annet ledd)',
    nn: 'Tvingande berettiga interesser (art. 49 nr. 1 andre ledd)',
  },
}
