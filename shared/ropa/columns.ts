/**
 * The column layout of Datatilsynet's Excel template for the record of processing
 * activities ("protokoll over behandlingsaktiviteter"): a controller sheet (GDPR art. 30(1))
 * and a processor sheet (art. 30(2)).
 *
 * The headings and their order follow the template as the domain notes describe it. The exact
 * wording of Datatilsynet's current template has not been checked against the published file:
 * verify the headings (and add the template's wording to `aliases`) before relying on them.
 * Import does not depend on the exact wording: it matches headings case- and
 * punctuation-insensitively against `heading` and `aliases`, in any order.
 *
 * Ombud adds a leading "Ombud-ID" column so that its own export reads back into the same
 * records, and a few trailing columns of its own (status, last review). A file without them
 * (a protokoll kept by hand in the template) still imports.
 */

export type ControllerColumnKey =
  | 'id'
  | 'owner'
  | 'area'
  | 'activity'
  | 'description'
  | 'purposes'
  | 'dataSubjects'
  | 'dataCategories'
  | 'sources'
  | 'recipients'
  | 'art6'
  | 'art6Detail'
  | 'art9'
  | 'systems'
  | 'retention'
  | 'security'
  | 'dpia'
  | 'processors'
  | 'jointController'
  | 'thirdCountries'
  | 'safeguards'
  | 'status'
  | 'lastReviewed'

export type ProcessorColumnKey =
  | 'id'
  | 'controller'
  | 'categories'
  | 'description'
  | 'subProcessors'
  | 'thirdCountries'
  | 'safeguards'
  | 'security'
  | 'owner'
  | 'status'
  | 'lastReviewed'

/** Where a column comes from: Datatilsynet's template, or Ombud's own additions. */
export type ColumnOrigin = 'template' | 'ombud'

export interface RopaColumn<K extends string = string> {
  key: K
  /** The heading Ombud writes. */
  heading: string
  /** Other headings a DPO's workbook may use for the same column. */
  aliases: readonly string[]
  /** Column width in Excel character units. */
  width: number
  origin: ColumnOrigin
  /** The GDPR provision the column answers, e.g. "art. 30 nr. 1 bokstav b"; "" when none. */
  article: string
  /** What belongs in the column, for the explanation sheet. */
  description: string
}

export const OMBUD_ID_HEADING = 'Ombud-ID'

export const CONTROLLER_SHEET = 'Behandlingsansvarlig'
export const PROCESSOR_SHEET = 'Databehandler'
export const ABOUT_SHEET = 'Om protokollen'
export const PROCESSORS_REGISTER_SHEET = 'Databehandlere'
export const TRANSFERS_REGISTER_SHEET = 'Overføringer'

/** Sheet names that identify the controller and processor sheets when the headings alone do not. */
export const CONTROLLER_SHEET_NAMES = [
  CONTROLLER_SHEET,
  'Behandlingsansvarleg',
  'Protokoll behandlingsansvarlig',
  'Behandlingsansvarlig protokoll',
  'Protokoll',
] as const
export const PROCESSOR_SHEET_NAMES = [
  PROCESSOR_SHEET,
  'Databehandlar',
  'Protokoll databehandler',
  'Databehandler protokoll',
] as const
/** Sheets Ombud writes that are not part of the record; import skips them silently. */
export const IGNORED_SHEET_NAMES = [
  ABOUT_SHEET,
  PROCESSORS_REGISTER_SHEET,
  TRANSFERS_REGISTER_SHEET,
  'Veiledning',
  'Instruksjon',
  'Forklaring',
] as const

/**
 * The description of an activity, in a column of its own beside the name (a protokoll kept
 * in the template may instead have it under the name, in the same cell; import reads both).
 */
const descriptionColumn = <K extends string>(key: K): RopaColumn<K> => ({
  key,
  heading: 'Beskrivelse',
  aliases: ['Beskrivelse av behandlingsaktiviteten', 'Beskriving', 'Nærmere beskrivelse'],
  width: 50,
  origin: 'ombud',
  article: '',
  description: 'Hva behandlingen går ut på, med egne ord.',
})

const idColumn = <K extends string>(key: K): RopaColumn<K> => ({
  key,
  heading: OMBUD_ID_HEADING,
  aliases: ['Ombud ID', 'OmbudID'],
  width: 10,
  origin: 'ombud',
  article: '',
  description: 'Ombuds interne nøkkel. Ikke endre den; la den stå tom for nye rader.',
})

const statusColumn = <K extends string>(key: K): RopaColumn<K> => ({
  key,
  heading: 'Status',
  aliases: ['Status i Ombud'],
  width: 11,
  origin: 'ombud',
  article: '',
  description: 'Utkast, Aktiv eller Arkivert.',
})

const lastReviewedColumn = <K extends string>(key: K): RopaColumn<K> => ({
  key,
  heading: 'Sist gjennomgått',
  aliases: ['Sist revidert', 'Sist vurdert', 'Dato for siste gjennomgang', 'Sist kontrollert'],
  width: 13,
  origin: 'ombud',
  article: '',
  description: 'Datoen behandlingen sist ble gjennomgått (ÅÅÅÅ-MM-DD).',
})

const thirdCountriesColumn = <K extends string>(key: K, article: string): RopaColumn<K> => ({
  key,
  heading: 'Tredjeland',
  aliases: [
    'Overføring til tredjeland',
    'Overføring til tredjestat',
    'Tredjestat',
    'Tredjestater',
    'Tredjeland eller internasjonale organisasjoner',
    'Overføring til tredjeland eller internasjonale organisasjoner',
    'Land utenfor EØS',
    'Overføring ut av EØS',
  ],
  width: 24,
  origin: 'template',
  article,
  description:
    'Land utenfor EØS opplysningene overføres til, med mottakeren i parentes. Ett land per linje.',
})

const safeguardsColumn = <K extends string>(key: K, article: string): RopaColumn<K> => ({
  key,
  heading: 'Overføringsgrunnlag (garantier)',
  aliases: [
    'Overføringsgrunnlag',
    'Garantier',
    'Nødvendige garantier',
    'Dokumentasjon på nødvendige garantier',
    'Grunnlag for overføring',
    'Overføringsmekanisme',
  ],
  width: 40,
  origin: 'template',
  article,
  description:
    'Grunnlaget for hver overføring (art. 45–49) og eventuelle garantier. Hentes fra overføringsregisteret.',
})

const securityColumn = <K extends string>(key: K, article: string): RopaColumn<K> => ({
  key,
  heading: 'Sikkerhetstiltak',
  aliases: [
    'Tekniske og organisatoriske sikkerhetstiltak',
    'Generell beskrivelse av sikkerhetstiltak',
    'Sikkerhetstiltak art 32',
    'Informasjonssikkerhet',
    'Tiltak',
  ],
  width: 32,
  origin: 'template',
  article,
  description:
    'En generell beskrivelse av de tekniske og organisatoriske sikkerhetstiltakene (art. 32). Ett tiltak per linje.',
})

/** The controller sheet, GDPR art. 30(1), in the template's order. */
export const CONTROLLER_COLUMNS: readonly RopaColumn<ControllerColumnKey>[] = [
  idColumn('id'),
  {
    key: 'owner',
    heading: 'Intern ansvarlig (avdeling)',
    aliases: [
      'Intern ansvarlig',
      'Internt ansvarlig',
      'Ansvarlig avdeling',
      'Avdeling',
      'Ansvarlig enhet',
      'Intern eier',
      'Ansvarlig',
      'Behandlingsansvarlig avdeling',
    ],
    width: 18,
    origin: 'template',
    article: '',
    description: 'Avdelingen eller funksjonen som er ansvarlig for behandlingen internt.',
  },
  {
    key: 'area',
    heading: 'Funksjonsområde',
    aliases: ['Funksjon', 'Område', 'Virksomhetsområde', 'Fagområde', 'Prosess'],
    width: 16,
    origin: 'template',
    article: '',
    description:
      'Funksjonsområdet behandlingen hører til, for eksempel Kundeservice eller Personal.',
  },
  {
    key: 'activity',
    heading: 'Behandlingsaktivitet',
    aliases: [
      'Behandlingsaktiviteter',
      'Hva behandlingen gjelder',
      'Behandlingen gjelder',
      'Navn på behandlingen',
      'Navn på behandlingsaktiviteten',
      'Behandling',
      'Beskrivelse av behandlingen',
      'Behandlingsaktivitet navn',
    ],
    width: 34,
    origin: 'template',
    article: '',
    description:
      'Hva behandlingen gjelder: navnet. (En beskrivelse på linjene under navnet leses også, når kolonnen «Beskrivelse» mangler.)',
  },
  descriptionColumn('description'),
  {
    key: 'purposes',
    heading: 'Formål med behandlingen',
    aliases: [
      'Formål',
      'Formålet med behandlingen',
      'Formålene med behandlingen',
      'Behandlingens formål',
      'Formål med behandlingsaktiviteten',
    ],
    width: 32,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav b',
    description: 'Formålene med behandlingen. Ett formål per linje.',
  },
  {
    key: 'dataSubjects',
    heading: 'Kategorier av registrerte',
    aliases: [
      'Registrerte',
      'Kategorier registrerte',
      'Kategori registrerte',
      'Kategorier av de registrerte',
      'Hvem gjelder opplysningene',
      'Registrerte personer',
    ],
    width: 22,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav c',
    description:
      'Hvem opplysningene gjelder, for eksempel kunder eller ansatte. Én kategori per linje.',
  },
  {
    key: 'dataCategories',
    heading: 'Kategorier av personopplysninger',
    aliases: [
      'Personopplysninger',
      'Kategorier personopplysninger',
      'Kategori personopplysninger',
      'Typer personopplysninger',
      'Opplysningstyper',
      'Kategorier av opplysninger',
    ],
    width: 32,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav c',
    description:
      'Hvilke opplysninger som behandles. Én kategori per linje; særlige kategorier (art. 9) er merket «(særlig kategori)».',
  },
  {
    key: 'sources',
    heading: 'Kilde',
    aliases: [
      'Kilder',
      'Kilde til opplysningene',
      'Kilden til opplysningene',
      'Hvor kommer opplysningene fra',
      'Innsamling',
    ],
    width: 24,
    origin: 'template',
    article: 'art. 14 nr. 2 bokstav f',
    description: 'Hvor opplysningene kommer fra, med type kilde i parentes. Én kilde per linje.',
  },
  {
    key: 'recipients',
    heading: 'Mottakere',
    aliases: [
      'Kategorier av mottakere',
      'Mottaker',
      'Utlevering',
      'Utlevering til',
      'Hvem utleveres opplysningene til',
      'Mottakere av opplysningene',
    ],
    width: 26,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav d',
    description:
      'Hvem opplysningene utleveres til, også mottakere i tredjeland. Én mottaker per linje.',
  },
  {
    key: 'art6',
    heading: 'Behandlingsgrunnlag etter art. 6',
    aliases: [
      'Behandlingsgrunnlag',
      'Behandlingsgrunnlag art 6',
      'Behandlingsgrunnlag (art. 6)',
      'Rettslig grunnlag',
      'Rettslig grunnlag art 6',
      'Grunnlag for behandlingen',
      'Grunnlag etter art. 6',
      'Hjemmel for behandlingen',
    ],
    width: 30,
    origin: 'template',
    article: 'art. 6 nr. 1',
    description:
      'Behandlingsgrunnlaget etter art. 6 nr. 1, for eksempel «Avtale (art. 6 nr. 1 bokstav b)». Ett grunnlag per linje.',
  },
  {
    key: 'art6Detail',
    heading: 'Rettslig forpliktelse eller berettiget interesse',
    aliases: [
      'Hvilken rettslig forpliktelse eller berettiget interesse',
      'Hvilken rettslig forpliktelse eller berettigede interesse',
      'Rettslig forpliktelse berettiget interesse',
      'Supplerende rettsgrunnlag',
      'Supplerende hjemmel',
      'Lovhjemmel',
      'Berettiget interesse',
      'Rettslig forpliktelse',
    ],
    width: 32,
    origin: 'template',
    article: 'art. 6 nr. 3 og art. 13 nr. 1 bokstav d',
    description:
      'Loven som pålegger behandlingen (bokstav c og e) eller den berettigede interessen (bokstav f), med grunnlaget foran kolon.',
  },
  {
    key: 'art9',
    heading: 'Grunnlag etter art. 9 / art. 10',
    aliases: [
      'Grunnlag etter art. 9',
      'Grunnlag etter art. 9 og 10',
      'Behandlingsgrunnlag etter art. 9',
      'Behandlingsgrunnlag art 9',
      'Behandlingsgrunnlag art 9 10',
      'Behandlingsgrunnlag for særlige kategorier',
      'Grunnlag for særlige kategorier',
      'Art 9 og 10',
      'Særlige kategorier',
    ],
    width: 30,
    origin: 'template',
    article: 'art. 9 nr. 2 og art. 10',
    description:
      'Unntaket i art. 9 nr. 2 for særlige kategorier, hjemmelen i lov, og «Art. 10» for opplysninger om straffedommer.',
  },
  {
    key: 'systems',
    heading: 'System',
    aliases: [
      'Systemer',
      'IT-system',
      'IT-systemer',
      'Fagsystem',
      'Fagsystemer',
      'Systemer og applikasjoner',
      'Lagringssted',
    ],
    width: 20,
    origin: 'template',
    article: '',
    description: 'Systemene opplysningene behandles i. Ett system per linje.',
  },
  {
    key: 'retention',
    heading: 'Sletting (frist)',
    aliases: [
      'Sletting',
      'Slettefrist',
      'Frist for sletting',
      'Tidsfrist for sletting',
      'Planlagte tidsfrister for sletting',
      'Lagringstid',
      'Lagringstid og sletting',
      'Oppbevaringstid',
    ],
    width: 26,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav f',
    description:
      'Når opplysningene slettes, og på en egen linje «Grunnlag:» med loven eller kriteriene som bestemmer fristen.',
  },
  securityColumn('security', 'art. 30 nr. 1 bokstav g'),
  {
    key: 'dpia',
    heading: 'Høy risiko – DPIA?',
    aliases: [
      'Høy risiko',
      'Høy risiko DPIA',
      'DPIA',
      'Høy risiko (DPIA)',
      'Vurdering av personvernkonsekvenser',
      'Vurdering av personvernkonsekvenser (DPIA)',
      'Behov for DPIA',
      'DPIA gjennomført',
      'Innebærer behandlingen høy risiko',
    ],
    width: 20,
    origin: 'template',
    article: 'art. 35',
    description:
      'Ja, Nei eller Ikke vurdert, og datoen en vurdering av personvernkonsekvenser (DPIA) ble gjennomført.',
  },
  {
    key: 'processors',
    heading: 'Databehandlere',
    aliases: [
      'Databehandler',
      'Databehandlere (leverandører)',
      'Leverandører',
      'Leverandør',
      'Bruk av databehandler',
      'Navn på databehandler',
    ],
    width: 24,
    origin: 'template',
    article: 'art. 28',
    description:
      'Databehandlerne som behandler opplysningene på vegne av virksomheten, med navnet fra databehandlerregisteret. Én per linje.',
  },
  {
    key: 'jointController',
    heading: 'Felles behandlingsansvarlig',
    aliases: [
      'Felles behandlingsansvarlige',
      'Felles behandlingsansvar',
      'Felles behandlingsansvarleg',
    ],
    width: 20,
    origin: 'template',
    article: 'art. 30 nr. 1 bokstav a',
    description:
      'Navn og kontaktopplysninger til eventuelle felles behandlingsansvarlige (art. 26).',
  },
  thirdCountriesColumn('thirdCountries', 'art. 30 nr. 1 bokstav e'),
  safeguardsColumn('safeguards', 'art. 30 nr. 1 bokstav e'),
  statusColumn('status'),
  lastReviewedColumn('lastReviewed'),
]

/** The processor sheet, GDPR art. 30(2): activities where the company processes for another controller. */
export const PROCESSOR_COLUMNS: readonly RopaColumn<ProcessorColumnKey>[] = [
  idColumn('id'),
  {
    key: 'controller',
    heading: 'Behandlingsansvarlig',
    aliases: [
      'Behandlingsansvarlige',
      'Behandlingsansvarleg',
      'Behandlingsansvarlig (navn og kontaktopplysninger)',
      'Navn og kontaktopplysninger til behandlingsansvarlig',
      'Behandlingsansvarlig vi behandler for',
      'På vegne av',
      'Oppdragsgiver',
      'Kunde',
    ],
    width: 30,
    origin: 'template',
    article: 'art. 30 nr. 2 bokstav a',
    description:
      'Navn og kontaktopplysninger til hver behandlingsansvarlig virksomheten behandler opplysninger for.',
  },
  {
    key: 'categories',
    heading: 'Kategorier av behandling',
    aliases: [
      'Kategori av behandling',
      'Kategorier av behandlinger',
      'Kategorier av behandling utført på vegne av behandlingsansvarlig',
      'Behandlingsaktivitet',
      'Behandlingsaktiviteter',
      'Behandling',
    ],
    width: 40,
    origin: 'template',
    article: 'art. 30 nr. 2 bokstav b',
    description:
      'Hvilke behandlinger som utføres for den behandlingsansvarlige: navnet. (En beskrivelse under navnet leses også, når kolonnen «Beskrivelse» mangler.)',
  },
  descriptionColumn('description'),
  {
    key: 'subProcessors',
    heading: 'Underdatabehandlere',
    aliases: ['Underdatabehandler', 'Underleverandører', 'Databehandlere', 'Andre databehandlere'],
    width: 24,
    origin: 'template',
    article: 'art. 30 nr. 2 bokstav a',
    description:
      'Databehandlere virksomheten selv bruker i behandlingen, med navnet fra databehandlerregisteret. Én per linje.',
  },
  thirdCountriesColumn('thirdCountries', 'art. 30 nr. 2 bokstav c'),
  safeguardsColumn('safeguards', 'art. 30 nr. 2 bokstav c'),
  securityColumn('security', 'art. 30 nr. 2 bokstav d'),
  {
    key: 'owner',
    heading: 'Intern ansvarlig (avdeling)',
    aliases: ['Intern ansvarlig', 'Internt ansvarlig', 'Ansvarlig avdeling', 'Avdeling'],
    width: 18,
    origin: 'ombud',
    article: '',
    description: 'Avdelingen eller funksjonen som er ansvarlig for oppdraget internt.',
  },
  statusColumn('status'),
  lastReviewedColumn('lastReviewed'),
]

/**
 * A heading reduced to what identifies it: lower case, letters and digits only (so "Høy
 * risiko – DPIA?" and "høy risiko dpia" are the same), with the Nordic letters kept.
 */
export function normalizeHeading(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^a-z0-9æøåäöüé]/g, '')
}

/**
 * The forms of a heading cell worth comparing: the whole text, its first line, and the text
 * without a trailing explanation in parentheses ("Kilde (hvor kommer opplysningene fra)").
 */
function headingForms(text: string): string[] {
  const firstLine = text.split(/\r?\n/)[0] ?? ''
  const withoutParens = firstLine.replace(/\s*\([^)]*\)\s*$/, '')
  return [
    ...new Set([text, firstLine, withoutParens].map(normalizeHeading).filter((s) => s !== '')),
  ]
}

/** The column whose heading or alias matches `text`, or undefined. */
export function matchColumn<K extends string>(
  text: string,
  columns: readonly RopaColumn<K>[],
): RopaColumn<K> | undefined {
  const forms = headingForms(text)
  if (forms.length === 0) return undefined
  // Exact headings first, so "Databehandler" (an alias elsewhere) never beats a column's own heading.
  for (const column of columns) if (forms.includes(normalizeHeading(column.heading))) return column
  for (const column of columns) {
    if (column.aliases.some((alias) => forms.includes(normalizeHeading(alias)))) return column
  }
  return undefined
}
