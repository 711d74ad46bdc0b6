/**
 * Legal bases of GDPR art. 6(1) and art. 9(2), with labels and short explanations in
 * bokmål (nb) and nynorsk (nn). Codes are stable: they are stored in workbench files.
 */
export interface Localized {
  nb: string
  nn: string
}

export const ART6_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const
export type Art6Basis = (typeof ART6_BASES)[number]

export interface BasisInfo {
  /** The article reference, e.g. "art. 6 nr. 1 bokstav a". */
  article: Localized
  label: Localized
  /** A one-sentence explanation for the DPO, shown in the editor. */
  help: Localized
}

export const ART6: Record<Art6Basis, BasisInfo & { needs: 'law' | 'interest' | null }> = {
  consent: {
    article: { nb: 'art. 6 nr. 1 bokstav a', nn: 'art. 6 nr. 1 bokstav a' },
    label: { nb: 'Samtykke', nn: 'Samtykke' },
    help: {
      nb: 'Den registrerte har gitt et frivillig, spesifikt, informert og utvetydig samtykke som kan trekkes tilbake når som helst.',
      nn: 'Den registrerte har gitt eit friviljug, spesifikt, informert og eintydig samtykke som kan trekkjast tilbake når som helst.',
    },
    needs: null,
  },
  contract: {
    article: { nb: 'art. 6 nr. 1 bokstav b', nn: 'art. 6 nr. 1 bokstav b' },
    label: { nb: 'Avtale', nn: 'Avtale' },
    help: {
      nb: 'Behandlingen er nødvendig for å oppfylle en avtale med den registrerte, eller for å gjøre det den registrerte ber om før avtalen inngås.',
      nn: 'Behandlinga er naudsynt for å oppfylle ein avtale med den registrerte, eller for å gjere det den registrerte ber om før avtalen vert inngått.',
    },
    needs: null,
  },
  'legal-obligation': {
    article: { nb: 'art. 6 nr. 1 bokstav c', nn: 'art. 6 nr. 1 bokstav c' },
    label: { nb: 'Rettslig forpliktelse', nn: 'Rettsleg plikt' },
    help: {
      nb: 'Behandlingen er nødvendig for å oppfylle en plikt i lov eller forskrift. Protokollen skal navngi loven, for eksempel bokføringsloven § 13.',
      nn: 'Behandlinga er naudsynt for å oppfylle ei plikt i lov eller forskrift. Protokollen skal namngje lova, til dømes bokføringslova § 13.',
    },
    needs: 'law',
  },
  'vital-interests': {
    article: { nb: 'art. 6 nr. 1 bokstav d', nn: 'art. 6 nr. 1 bokstav d' },
    label: { nb: 'Vitale interesser', nn: 'Vitale interesser' },
    help: {
      nb: 'Behandlingen er nødvendig for å verne den registrertes eller en annen persons liv og helse.',
      nn: 'Behandlinga er naudsynt for å verne livet og helsa til den registrerte eller ein annan person.',
    },
    needs: null,
  },
  'public-task': {
    article: { nb: 'art. 6 nr. 1 bokstav e', nn: 'art. 6 nr. 1 bokstav e' },
    label: { nb: 'Allmennhetens interesse eller offentlig myndighet', nn: 'Allmenta si interesse eller offentleg styresmakt' },
    help: {
      nb: 'Behandlingen er nødvendig for en oppgave i allmennhetens interesse eller for å utøve offentlig myndighet. Protokollen skal navngi hjemmelen i lov.',
      nn: 'Behandlinga er naudsynt for ei oppgåve i allmenta si interesse eller for å utøve offentleg styresmakt. Protokollen skal namngje heimelen i lov.',
    },
    needs: 'law',
  },
  'legitimate-interests': {
    article: { nb: 'art. 6 nr. 1 bokstav f', nn: 'art. 6 nr. 1 bokstav f' },
    label: { nb: 'Berettiget interesse', nn: 'Berettiga interesse' },
    help: {
      nb: 'Behandlingen er nødvendig for en berettiget interesse som veier tyngre enn personvernet. Interessen skal navngis, og en interesseavveiing bør dokumenteres.',
      nn: 'Behandlinga er naudsynt for ei berettiga interesse som veg tyngre enn personvernet. Interessa skal namngjevast, og ei interesseavveging bør dokumenterast.',
    },
    needs: 'interest',
  },
}

export const ART9_BASES = [
  'explicit-consent',
  'employment',
  'vital-interests',
  'not-for-profit',
  'made-public',
  'legal-claims',
  'substantial-public-interest',
  'health-care',
  'public-health',
  'archiving-research',
] as const
export type Art9Basis = (typeof ART9_BASES)[number]

export const ART9: Record<Art9Basis, BasisInfo> = {
  'explicit-consent': {
    article: { nb: 'art. 9 nr. 2 bokstav a', nn: 'art. 9 nr. 2 bokstav a' },
    label: { nb: 'Uttrykkelig samtykke', nn: 'Uttrykkjeleg samtykke' },
    help: {
      nb: 'Den registrerte har gitt uttrykkelig samtykke til behandling av de særlige kategoriene for ett eller flere bestemte formål.',
      nn: 'Den registrerte har gjeve uttrykkjeleg samtykke til behandling av dei særlege kategoriane for eitt eller fleire bestemde formål.',
    },
  },
  employment: {
    article: { nb: 'art. 9 nr. 2 bokstav b', nn: 'art. 9 nr. 2 bokstav b' },
    label: { nb: 'Arbeidsrett og trygderett', nn: 'Arbeidsrett og trygderett' },
    help: {
      nb: 'Nødvendig for å oppfylle plikter eller utøve rettigheter etter arbeidsretten, trygderetten eller sosialretten, med hjemmel i lov.',
      nn: 'Naudsynt for å oppfylle plikter eller utøve rettar etter arbeidsretten, trygderetten eller sosialretten, med heimel i lov.',
    },
  },
  'vital-interests': {
    article: { nb: 'art. 9 nr. 2 bokstav c', nn: 'art. 9 nr. 2 bokstav c' },
    label: { nb: 'Vitale interesser', nn: 'Vitale interesser' },
    help: {
      nb: 'Nødvendig for å verne vitale interesser når den registrerte ikke er i stand til å samtykke.',
      nn: 'Naudsynt for å verne vitale interesser når den registrerte ikkje er i stand til å samtykkje.',
    },
  },
  'not-for-profit': {
    article: { nb: 'art. 9 nr. 2 bokstav d', nn: 'art. 9 nr. 2 bokstav d' },
    label: { nb: 'Ideelle organisasjoner', nn: 'Ideelle organisasjonar' },
    help: {
      nb: 'Behandling i en stiftelse, sammenslutning eller ideell organisasjon om egne medlemmer.',
      nn: 'Behandling i ei stifting, ei sameining eller ein ideell organisasjon om eigne medlemer.',
    },
  },
  'made-public': {
    article: { nb: 'art. 9 nr. 2 bokstav e', nn: 'art. 9 nr. 2 bokstav e' },
    label: { nb: 'Offentliggjort av den registrerte', nn: 'Offentleggjort av den registrerte' },
    help: {
      nb: 'Opplysningene er åpenbart offentliggjort av den registrerte selv.',
      nn: 'Opplysningane er openbert offentleggjorde av den registrerte sjølv.',
    },
  },
  'legal-claims': {
    article: { nb: 'art. 9 nr. 2 bokstav f', nn: 'art. 9 nr. 2 bokstav f' },
    label: { nb: 'Rettskrav', nn: 'Rettskrav' },
    help: {
      nb: 'Nødvendig for å fastsette, gjøre gjeldende eller forsvare rettskrav.',
      nn: 'Naudsynt for å fastsetje, gjere gjeldande eller forsvare rettskrav.',
    },
  },
  'substantial-public-interest': {
    article: { nb: 'art. 9 nr. 2 bokstav g', nn: 'art. 9 nr. 2 bokstav g' },
    label: { nb: 'Viktige allmenne interesser', nn: 'Viktige allmenne interesser' },
    help: {
      nb: 'Nødvendig av hensyn til viktige allmenne interesser, med hjemmel i lov og nødvendige garantier.',
      nn: 'Naudsynt av omsyn til viktige allmenne interesser, med heimel i lov og naudsynte garantiar.',
    },
  },
  'health-care': {
    article: { nb: 'art. 9 nr. 2 bokstav h', nn: 'art. 9 nr. 2 bokstav h' },
    label: { nb: 'Helse- og omsorgstjenester', nn: 'Helse- og omsorgstenester' },
    help: {
      nb: 'Nødvendig for forebyggende medisin, arbeidsmedisin, vurdering av arbeidstakers arbeidskapasitet eller helse- og omsorgstjenester.',
      nn: 'Naudsynt for førebyggjande medisin, arbeidsmedisin, vurdering av arbeidskapasiteten til ein arbeidstakar eller helse- og omsorgstenester.',
    },
  },
  'public-health': {
    article: { nb: 'art. 9 nr. 2 bokstav i', nn: 'art. 9 nr. 2 bokstav i' },
    label: { nb: 'Folkehelse', nn: 'Folkehelse' },
    help: {
      nb: 'Nødvendig av allmenne folkehelsehensyn, med hjemmel i lov.',
      nn: 'Naudsynt av omsyn til folkehelsa, med heimel i lov.',
    },
  },
  'archiving-research': {
    article: { nb: 'art. 9 nr. 2 bokstav j', nn: 'art. 9 nr. 2 bokstav j' },
    label: { nb: 'Arkiv, forskning og statistikk', nn: 'Arkiv, forsking og statistikk' },
    help: {
      nb: 'Nødvendig for arkivformål i allmennhetens interesse, vitenskapelig eller historisk forskning eller statistikk.',
      nn: 'Naudsynt for arkivformål i allmenta si interesse, vitskapleg eller historisk forsking eller statistikk.',
    },
  },
}
