/**
 * Every word of the main process a user reads, in bokmål: the menu, the native file
 * dialogs, the About box, the messages of failed file operations and refused IPC calls,
 * and the start-up error. A wording change is one edit here. (The interface's words are in
 * renderer/src/i18n/nb.ts; `strings.test.ts` keeps Norwegian text out of the other files
 * of electron/main.)
 */

/** «name», as every message quotes a file or channel name. */
const q = (name: string) => `«${name}»`

export const t = {
  menu: {
    about: (appName: string) => `Om ${appName}`,
    services: 'Tjenester',
    hide: (appName: string) => `Skjul ${appName}`,
    hideOthers: 'Skjul andre',
    unhide: 'Vis alle',
    quitApp: (appName: string) => `Avslutt ${appName}`,
    file: 'Fil',
    newWorkbench: 'Ny arbeidsbok',
    openWorkbench: 'Åpne arbeidsbok…',
    saveCopy: 'Lagre kopi som…',
    closeWindow: 'Lukk vindu',
    quit: 'Avslutt',
    edit: 'Rediger',
    undo: 'Angre',
    redo: 'Gjør om',
    cut: 'Klipp ut',
    copy: 'Kopier',
    paste: 'Lim inn',
    selectAll: 'Merk alt',
    view: 'Vis',
    reload: 'Last inn på nytt',
    devTools: 'Utviklerverktøy',
    resetZoom: 'Faktisk størrelse',
    zoomIn: 'Zoom inn',
    zoomOut: 'Zoom ut',
    fullscreen: 'Fullskjerm',
    window: 'Vindu',
    help: 'Hjelp',
  },
  about: {
    detail:
      'Arbeidsverktøy for personvernombudet: protokoll over behandlingsaktiviteter, personvernerklæring og tilsyn.\n\nDataene lagres bare på denne maskinen, og Ombud kobler seg ikke til Internett.',
    ok: 'OK',
  },
  dialogs: {
    saveTitle: 'Lagre fil',
    saveButton: 'Lagre',
    fileNameLabel: 'Filnavn:',
    openTitle: 'Åpne fil',
    openButton: 'Åpne',
    saveFolderTitle: 'Lagre i ny mappe',
    folderNameLabel: 'Mappenavn:',
    saveFolderMessage: 'Velg hvor den nye mappen skal ligge, og hva den skal hete.',
  },
  writeErrors: {
    exists: (name: string) =>
      `Det finnes allerede en fil eller mappe som heter ${q(name)}. Velg et annet navn.`,
    accessDenied: (name: string) =>
      `Ombud fikk ikke lagre ${q(name)}. Mappen kan være skrivebeskyttet, eller filen kan være åpen i et annet program.`,
    busy: (name: string) => `${q(name)} er i bruk av et annet program. Lukk den der og prøv igjen.`,
    noSpace: (name: string) => `Det er ikke nok ledig plass til å lagre ${q(name)}.`,
    readOnly: (name: string) => `${q(name)} kan ikke lagres her fordi stedet er skrivebeskyttet.`,
    folderGone: (name: string) => `Mappen du valgte for ${q(name)}, finnes ikke lenger.`,
    pathTooLong: (name: string) =>
      `Stien til ${q(name)} er for lang. Velg en kortere mappe eller et kortere navn.`,
    other: (name: string, code: string | undefined) =>
      `Ombud kunne ikke lagre ${q(name)}${code ? ` (${code})` : ''}.`,
  },
  readErrors: {
    accessDenied: (name: string) => `Ombud har ikke tilgang til å lese ${q(name)}.`,
    gone: (name: string) => `${q(name)} finnes ikke lenger.`,
    isFolder: (name: string) => `${q(name)} er en mappe, ikke en fil.`,
    notRegularFile: (name: string) => `${q(name)} er ikke en vanlig fil.`,
    tooLarge: (name: string, megabytes: string) =>
      `${q(name)} er for stor til å åpnes. Ombud kan åpne filer på opptil ${megabytes} MB.`,
    other: (name: string, code: string | undefined) =>
      `Ombud kunne ikke åpne ${q(name)}${code ? ` (${code})` : ''}.`,
  },
  attachments: {
    noProgram: (name: string) => `Maskinen fant ikke et program som kan åpne ${q(name)}.`,
  },
  atomicWrite: {
    invalidName: (name: string) => `Ugyldig filnavn: ${q(name)}.`,
    exists: (name: string) => `${q(name)} finnes allerede.`,
  },
  ipc: {
    notFromOmbud: (channel: string) =>
      `Forespørselen ${q(channel)} kom ikke fra Ombud og ble avvist.`,
    tooManyArguments: (channel: string) =>
      `Ugyldig forespørsel ${q(channel)}: for mange argumenter.`,
    invalid: (channel: string, detail: string) => `Ugyldig forespørsel ${q(channel)}: ${detail}`,
    unknownError: 'ukjent feil',
  },
  protocol: {
    notFound: 'Finnes ikke.',
    notAllowed: 'Ikke tillatt.',
  },
  startup: {
    failed: 'Ombud kunne ikke starte',
  },
  /** Written to the log (the terminal), not shown in a window. */
  log: {
    aboutFailed: 'Om-dialogen feilet:',
    loadFailed: 'Kunne ikke laste brukergrensesnittet:',
  },
} as const
