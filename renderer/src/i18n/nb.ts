/**
 * Every word of the UI, in bokmål. Features add their own sub-object here rather than
 * writing strings inline, so the language can be reviewed in one place.
 * Legal labels (bases, mechanisms, countries) live in shared/law, not here.
 */
export const t = {
  appName: 'Ombud',
  common: {
    cancel: 'Avbryt',
    close: 'Lukk',
    ok: 'OK',
    loading: 'Laster …',
    required: 'må fylles ut',
    unknownError: 'Det oppstod en uventet feil.',
  },
  nav: {
    label: 'Hovedmeny',
    skipToContent: 'Gå til innholdet',
    activities: 'Behandlingsaktiviteter',
    processors: 'Databehandlere',
    transfers: 'Overføringer',
    policy: 'Personvernerklæring',
    audit: 'Tilsyn',
    organization: 'Virksomheten',
    changes: 'Endringslogg',
  },
  topBar: {
    noOrganization: 'Virksomheten er ikke registrert',
    workbenchActions: 'Arbeidsbok',
    saveCopy: 'Lagre kopi som …',
    open: 'Åpne arbeidsbok …',
    newWorkbench: 'Ny arbeidsbok',
  },
  workbench: {
    fileFilterName: 'Ombud-arbeidsbok',
    defaultFileBase: 'arbeidsbok',
    savedTo: (path: string) => `Kopien er lagret: ${path}`,
    downloaded: (name: string) => `Kopien er lastet ned som «${name}».`,
    saveFailedTitle: 'Kunne ikke lagre kopien',
    openFailedTitle: 'Kunne ikke åpne arbeidsboken',
    replaceTitle: 'Erstatte arbeidsboken?',
    replaceMessage: (fileName: string) =>
      `«${fileName}» erstatter alt som ligger i arbeidsboken nå. Lagre en kopi først hvis du vil ta vare på den nåværende arbeidsboken.`,
    replaceConfirm: 'Erstatt',
    opened: (fileName: string) => `Arbeidsboken «${fileName}» er åpnet.`,
    newTitle: 'Starte en ny arbeidsbok?',
    newMessage:
      'Alt i arbeidsboken slettes: behandlingsaktiviteter, databehandlere, overføringer, personvernerklæringer og endringslogg. Lagre en kopi først hvis du vil ta vare på den.',
    newConfirm: 'Slett og start på nytt',
    busy: 'Arbeider …',
  },
  start: {
    title: 'Velkommen til Ombud',
    intro:
      'Ombud holder protokollen over behandlingsaktiviteter og lager personvernerklæringen ut fra den. Alt lagres bare på denne maskinen.',
    choicesLabel: 'Hvordan vil du begynne?',
    loadSample: 'Last inn eksempelvirksomheten',
    loadSampleHelp:
      'Eksempel Energi AS er et oppdiktet kraftselskap med en utfylt protokoll. Fint for å prøve Ombud.',
    startEmpty: 'Start med tom arbeidsbok',
    startEmptyHelp: 'Registrer din egen virksomhet og bygg protokollen fra bunnen av.',
    open: 'Åpne arbeidsbok …',
    openHelp: 'Fortsett med en arbeidsbok (.ombud.json) som er lagret tidligere.',
    loadFailedTitle: 'Kunne ikke laste inn eksempelet',
  },
  organizationForm: {
    title: 'Om virksomheten',
    intro:
      'Virksomheten er behandlingsansvarlig i protokollen. Du kan fylle ut adresse og kontaktopplysninger senere.',
    name: 'Navn på virksomheten',
    nameMissing: 'Skriv navnet på virksomheten.',
    orgNumber: 'Organisasjonsnummer',
    orgNumberHint: 'Ni siffer, slik det står i Enhetsregisteret.',
    orgNumberMissing: 'Skriv organisasjonsnummeret.',
    orgNumberLength: 'Organisasjonsnummeret må ha ni siffer.',
    orgNumberCheckDigit:
      'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk at sifrene er riktige.',
    submit: 'Opprett arbeidsbok',
    back: 'Tilbake',
    saveFailed: 'Kunne ikke lagre virksomheten.',
  },
  activities: {
    title: 'Behandlingsaktiviteter',
    intro: 'Protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30).',
    search: 'Søk i behandlingsaktivitetene',
    searchPlaceholder: 'Søk etter navn, avdeling, formål …',
    count: (shown: number, total: number) => `${shown} av ${total} behandlingsaktiviteter`,
    tableLabel: 'Behandlingsaktiviteter',
    empty: 'Arbeidsboken har ingen behandlingsaktiviteter ennå.',
    noMatch: 'Ingen behandlingsaktiviteter passer til søket.',
    columns: {
      name: 'Navn',
      owner: 'Avdeling',
      purposes: 'Formål',
      legalBases: 'Behandlingsgrunnlag',
      status: 'Status',
      lastReviewed: 'Sist gjennomgått',
    },
    status: {
      draft: 'Utkast',
      active: 'Aktiv',
      archived: 'Arkivert',
    },
    neverReviewed: 'Ikke gjennomgått',
  },
  table: {
    sortAscending: 'sortert stigende',
    sortDescending: 'sortert synkende',
  },
  errors: {
    title: 'Noe gikk galt',
    reload: 'Last inn på nytt',
    database:
      'Ombud fikk ikke åpnet databasen på denne maskinen. Lukk andre vinduer med Ombud og prøv igjen.',
  },
} as const

export type Strings = typeof t
