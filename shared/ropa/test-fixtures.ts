/**
 * Excel files for the import tests (and the e2e tests of the import dialog), built with
 * exceljs so that no binary fixture has to be kept in the repository.
 *
 * `handKeptProtokollXlsx` is a protokoll as a DPO keeps it in Datatilsynet's template: no
 * Ombud-ID, a title above the header row, headings in other words and another order, an extra
 * column of the DPO's own, lists separated by semicolons and bullets, and art. 6 written as
 * "6 (1) b og c". The fictional company links to the registers of ./test-workbench.ts.
 */
import { Workbook } from 'exceljs'

/** Builds an .xlsx with exceljs and returns its bytes. */
export async function buildXlsx(build: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook()
  build(wb)
  const raw: unknown = await wb.xlsx.writeBuffer()
  if (raw instanceof Uint8Array) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  return new Uint8Array(raw as ArrayBuffer)
}

export const HAND_KEPT_HEADINGS = [
  'Nr.',
  'Intern ansvarlig',
  'Funksjon',
  'Behandlingsaktivitet',
  'Formål',
  'Kategorier av registrerte',
  'Kategorier av personopplysninger',
  'Kilde (hvor kommer opplysningene fra)',
  'Mottakere',
  'Behandlingsgrunnlag',
  'Hvilken rettslig forpliktelse eller berettigede interesse',
  'Behandlingsgrunnlag art. 9/10',
  'Systemer',
  'Slettefrist',
  'Sikkerhetstiltak',
  'Høy risiko (DPIA)',
  'Databehandler',
  'Felles behandlingsansvarlig',
  'Overføring til tredjeland',
  'Garantier',
  'Kommentar',
] as const

/** One row of the hand-kept controller sheet, by heading. */
export type HandKeptRow = Partial<Record<(typeof HAND_KEPT_HEADINGS)[number], string>>

export const HAND_KEPT_ROWS: HandKeptRow[] = [
  {
    'Nr.': '1',
    'Intern ansvarlig': 'HR',
    Funksjon: 'Personal',
    Behandlingsaktivitet:
      'Lønn og personaladministrasjon\nUtbetaling av lønn og innrapportering til a-ordningen.',
    Formål: 'Utbetale lønn; Rapportere til myndighetene',
    'Kategorier av registrerte': 'Ansatte',
    'Kategorier av personopplysninger':
      'Navn og adresse\nKontonummer\nFødselsnummer\nSykefravær (særlige kategorier)',
    'Kilde (hvor kommer opplysningene fra)': 'Den ansatte selv',
    Mottakere: 'Skatteetaten\nNAV',
    Behandlingsgrunnlag: '6 (1) b og c',
    'Hvilken rettslig forpliktelse eller berettigede interesse': 'a-opplysningsloven § 4',
    'Behandlingsgrunnlag art. 9/10': 'Art. 9 (2) b – arbeidsmiljøloven § 4-6',
    Systemer: '• Lønnssystemet\n• Regneark',
    Slettefrist: '5 år etter regnskapsårets slutt',
    Sikkerhetstiltak: 'Tilgangsstyring; Logging',
    'Høy risiko (DPIA)': 'Nei',
    Databehandler: 'Regnskapshuset AS',
    'Felles behandlingsansvarlig': 'Ingen',
    'Overføring til tredjeland': 'Nei',
    Garantier: '-',
    Kommentar: 'Gjennomgått med HR-sjefen',
  },
  {
    'Nr.': '2',
    'Intern ansvarlig': 'Marked',
    Funksjon: 'Kommunikasjon',
    Behandlingsaktivitet: 'Nyhetsbrev',
    Formål: 'Sende nyhetsbrev til dem som har bedt om det',
    'Kategorier av registrerte': 'Abonnenter',
    'Kategorier av personopplysninger': 'E-postadresse',
    'Kilde (hvor kommer opplysningene fra)': 'Den registrerte',
    Behandlingsgrunnlag: 'Samtykke',
    Slettefrist: 'Når samtykket trekkes tilbake',
    'Høy risiko (DPIA)': 'Ikke vurdert',
    Databehandler: 'Postmester Inc.',
    'Overføring til tredjeland': 'USA',
    Garantier: 'Standardavtaler',
  },
  {
    'Nr.': '3',
    'Intern ansvarlig': 'Kundeservice',
    Funksjon: 'Kundeforhold',
    Behandlingsaktivitet: 'Kundeservice på chat',
    Formål: 'Svare kunder raskt',
    'Kategorier av registrerte': 'Kunder',
    'Kategorier av personopplysninger': 'Kontaktopplysninger\nChatlogg',
    'Kilde (hvor kommer opplysningene fra)': 'Kunden selv',
    Behandlingsgrunnlag: 'Avtale\nBerettiget interesse',
    'Hvilken rettslig forpliktelse eller berettigede interesse':
      'Berettiget interesse: lære av henvendelsene for å bedre tjenesten',
    Slettefrist: '1 år\nGrunnlag: vurdering av behovet for dokumentasjon',
    'Høy risiko (DPIA)': 'Ja, DPIA gjennomført 12.03.2024',
    Databehandler: 'Skyhjelp Inc.',
    'Overføring til tredjeland': 'USA (Skyhjelp Inc.)',
    Garantier: 'Data Privacy Framework',
  },
]

/** The hand-kept protokoll: a controller sheet, a processor sheet and a guidance sheet. */
export function handKeptProtokollXlsx(
  rows: readonly HandKeptRow[] = HAND_KEPT_ROWS,
): Promise<Uint8Array> {
  return buildXlsx((wb) => {
    const guide = wb.addWorksheet('Veiledning')
    guide.addRow(['Slik fyller du ut protokollen'])
    guide.addRow(['Oransje kolonner er obligatoriske.'])

    const ws = wb.addWorksheet('Behandlingsansvarlig')
    ws.addRow(['Protokoll over behandlingsaktiviteter – Fjellkraft AS'])
    ws.addRow(['Behandlingsansvarlig: Fjellkraft AS, org.nr. 999 888 771'])
    ws.addRow([])
    ws.addRow([...HAND_KEPT_HEADINGS])
    for (const row of rows) ws.addRow(HAND_KEPT_HEADINGS.map((h) => row[h] ?? null))
    ws.addRow([])
    ws.addRow(['Sist oppdatert februar 2025'])

    const p = wb.addWorksheet('Databehandler')
    p.addRow([
      'Behandlingsansvarlig (navn og kontaktopplysninger)',
      'Kategorier av behandling',
      'Overføring til tredjeland',
      'Sikkerhetstiltak',
    ])
    p.addRow([
      'Fjordnett AS, personvern@fjordnett.example',
      'Måleravlesning for netteier',
      'Ingen',
      'Kryptert overføring\nTilgangsstyring',
    ])

    wb.addWorksheet('Ark3')
  })
}
