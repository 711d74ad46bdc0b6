/**
 * The protokoll as an Excel workbook in the column layout of Datatilsynet's template, plus
 * the processor register and the transfer register as workbooks of their own (audit pack).
 * The cell texts follow ./cell-format.ts so that ./xlsx-import.ts reads them back.
 */
import { transfersInUse } from '../model/transfer'
import { Workbook, type Fill, type Font, type PaperSize, type Worksheet } from 'exceljs'
import { ART28_ITEMS, ART28_LABELS } from '../law/art28'
import { countryName } from '../law/countries'
import { DEROGATION_LABELS, MECHANISM_INFO, SCC_MODULE_LABELS } from '../law/transfer-mechanisms'
import type { ProcessingActivity } from '../model/activity'
import { formatOrgNumber } from '../model/org-number'
import {
  clipCell,
  formatArt6,
  formatArt6Detail,
  formatArt9,
  formatDataCategories,
  formatDpia,
  formatList,
  formatRetention,
  formatSources,
  oneLine,
  STATUS_LABELS,
} from './cell-format'
import {
  ABOUT_SHEET,
  CONTROLLER_COLUMNS,
  CONTROLLER_SHEET,
  PROCESSOR_COLUMNS,
  PROCESSOR_SHEET,
  PROCESSORS_REGISTER_SHEET,
  TRANSFERS_REGISTER_SHEET,
  type ControllerColumnKey,
  type ProcessorColumnKey,
  type RopaColumn,
} from './columns'
import { formatProcessorNames, formatSafeguards, formatThirdCountries } from './links-format'
import {
  DRAFT_MARK,
  exportDate,
  flatFor,
  formatNorwegianDate,
  organizationFacts,
  selectActivities,
  type RopaExportOptions,
  type RopaSource,
} from './ropa-data'
import type { Breach } from '../model/breach'
import { breachClock, type BreachClockState } from '../registers/deadlines'
import { BREACH_RISK_LABELS, BREACH_TYPE_LABELS, NOT_INFORMED_LABELS } from '../registers/labels'
import { formatOsloDateTime } from '../registers/oslo-time'

export interface RopaXlsxOptions extends RopaExportOptions {
  /** Add the processor register and the transfer register as extra sheets. */
  includeRegisters?: boolean
}

/** The cells of one controller row (art. 30(1)), by column. */
export function controllerRow(
  a: ProcessingActivity,
  src: RopaSource,
): Record<ControllerColumnKey, string> {
  // The template has one column per list (purposes, bases, categories, sources), so the
  // activity goes in flattened; the pairing of purpose and basis is in the protokoll.
  const f = flatFor(a, src)
  return {
    id: a.id,
    owner: a.owner,
    area: a.area,
    activity: oneLine(a.name),
    description: a.description.trim(),
    purposes: formatList(f.purposes),
    dataSubjects: formatList(f.dataSubjects),
    dataCategories: formatDataCategories(f.dataCategories, f.specialCategories),
    sources: formatSources(f.sources),
    recipients: formatList(f.recipients),
    art6: formatArt6(f.legalBases),
    art6Detail: formatArt6Detail(f.legalBases),
    art9: formatArt9(f),
    systems: formatList(a.systems),
    retention: formatRetention(f.retention),
    security: formatList(a.securityMeasures),
    dpia: formatDpia(a.dpia),
    processors: formatProcessorNames(a.processorIds, src.processors),
    jointController: a.jointController,
    thirdCountries: formatThirdCountries(a.transferIds, transfersInUse(src.transfers)),
    safeguards: formatSafeguards(a.transferIds, transfersInUse(src.transfers)),
    status: STATUS_LABELS[a.status],
    lastReviewed: a.lastReviewed ?? '',
  }
}

/** The cells of one processor row (art. 30(2)), by column. */
export function processorRow(
  a: ProcessingActivity,
  src: RopaSource,
): Record<ProcessorColumnKey, string> {
  return {
    id: a.id,
    controller: a.onBehalfOf,
    categories: oneLine(a.name),
    description: a.description.trim(),
    subProcessors: formatProcessorNames(a.processorIds, src.processors),
    thirdCountries: formatThirdCountries(a.transferIds, transfersInUse(src.transfers)),
    safeguards: formatSafeguards(a.transferIds, transfersInUse(src.transfers)),
    security: formatList(a.securityMeasures),
    owner: a.owner,
    status: STATUS_LABELS[a.status],
    lastReviewed: a.lastReviewed ?? '',
  }
}

// OOXML paper sizes; exceljs's enum leaves A3 out.
const A3 = 8 as PaperSize
const A4 = 9 as PaperSize

const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } })
/** As in Datatilsynet's template: orange for what art. 30 requires, green for the optional columns. */
const FILL_REQUIRED = solid('FFFCE4D6')
const FILL_OPTIONAL = solid('FFE2EFDA')
const FILL_OMBUD = solid('FFEDEDED')
/** Rows of activities in draft: pale yellow, so they stand out from the processing in use. */
const DRAFT_FILL = solid('FFFFF2CC')
const BORDER_COLOR = { argb: 'FFBFBFBF' }

function headerFill(column: RopaColumn): Fill {
  if (column.origin === 'ombud') return FILL_OMBUD
  return column.article.startsWith('art. 30') ? FILL_REQUIRED : FILL_OPTIONAL
}

interface SheetColumn {
  heading: string
  width: number
  fill: Fill
  /** Shown small and grey: Ombud's key, there for the re-import rather than for reading. */
  quiet?: boolean
  /** The name of the row's record: bold, and repeated at the left of every printed page. */
  title?: boolean
}

/** Calibri, Excel's default; "swiss" and the theme's minor font so substitutes stay sans-serif. */
const BASE_FONT: Partial<Font> = { name: 'Calibri', family: 2, scheme: 'minor' }
const LINE_HEIGHT = 15
const MAX_ROW_HEIGHT = 409 // Excel's limit, in points

/** How many lines `text` takes when wrapped at word boundaries to `perLine` characters. */
function wrappedLines(text: string, perLine: number): number {
  let lines = 0
  for (const paragraph of text.split('\n')) {
    let used = 0
    lines++
    for (const word of paragraph.split(/\s+/)) {
      const len = word.length
      if (used === 0) used = len
      else if (used + 1 + len <= perLine) used += 1 + len
      else {
        lines++
        used = len
      }
      while (used > perLine) {
        lines++
        used -= perLine
      }
    }
  }
  return Math.max(1, lines)
}

/**
 * A row height that shows all the wrapped text, row by row. Excel and LibreOffice do not
 * fit the height of rows written by a library when they open the file (LibreOffice draws the
 * lines over each other), so each row says how tall its own text makes it.
 */
function rowHeight(
  values: readonly (string | null)[],
  columns: readonly SheetColumn[],
  opts: { bold?: boolean; size?: number } = {},
): number {
  const size = opts.size ?? 11
  let lines = 1
  values.forEach((value, i) => {
    if (!value) return
    // Characters per line: the width counts widths of an 11-point "0"; bold text is wider.
    const perChar = (opts.bold ? 0.85 : 1.05) * (11 / size)
    const perLine = Math.max(1, Math.floor((columns[i]?.width ?? 10) * perChar - 1))
    lines = Math.max(lines, wrappedLines(value, perLine))
  })
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT * (size / 11) + 4)
}

function newWorkbook(title: string, now: Date): Workbook {
  const workbook = new Workbook()
  workbook.creator = 'Ombud'
  workbook.lastModifiedBy = 'Ombud'
  workbook.title = title
  workbook.created = now
  workbook.modified = now
  return workbook
}

/** Excel's letters for a 1-based column number. */
function columnLetter(n: number): string {
  let s = ''
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s
  return s
}

/** Text that must not break inside: e-mail addresses and web addresses. */
const UNBREAKABLE = /[^\s]*(?:@|:\/\/|www\.)[^\s]*/g
/** Rows looked at for the widths: enough to see the long words a column holds. */
const WIDTH_SAMPLE_ROWS = 2000
const MAX_WIDTH = 60

/**
 * Column widths wide enough that no heading breaks inside a word ("Databehandleravtal|e")
 * and no e-mail or web address splits, from the column's own width up.
 */
function fittedWidths(columns: readonly SheetColumn[], rows: readonly string[][]): number[] {
  return columns.map((c, i) => {
    // Bold headings are wider per character than the body's digits the width counts in.
    const headingWord = Math.max(...c.heading.split(/\s+/).map((w) => w.length))
    let token = 0
    for (const row of rows.slice(0, WIDTH_SAMPLE_ROWS)) {
      for (const m of (row[i] ?? '').matchAll(UNBREAKABLE)) token = Math.max(token, m[0].length)
    }
    return Math.min(MAX_WIDTH, Math.max(c.width, Math.ceil(headingWord * 1.2) + 2, token + 2))
  })
}

/**
 * A sheet with one header row (bold, frozen, filtered) and wrapped, top-aligned cells, each
 * row as tall as its own text needs.
 * Printed A3 landscape, at most three pages wide, the header row and the title column
 * (the name) repeated on every page, and the print area the table itself.
 */
function addTableSheet(
  workbook: Workbook,
  name: string,
  columns: readonly SheetColumn[],
  rows: readonly string[][],
  /** Rows shaded as drafts (their status column reads «Utkast»). */
  drafts: readonly boolean[] = [],
): Worksheet {
  const widths = fittedWidths(columns, rows)
  const titleColumn = columns.findIndex((c) => c.title === true) + 1
  const last = columnLetter(columns.length)
  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: A3,
      fitToPage: true,
      fitToWidth: 3,
      fitToHeight: 0,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: '1:1',
      ...(titleColumn > 0
        ? { printTitlesColumn: `${columnLetter(titleColumn)}:${columnLetter(titleColumn)}` }
        : {}),
      printArea: `A1:${last}${rows.length + 1}`,
    },
    headerFooter: { oddFooter: `&L${name}&RSide &P av &N` },
  })
  ws.columns = widths.map((width) => ({ width }))
  const fitted = columns.map((c, i) => ({ ...c, width: widths[i]! }))
  const header = ws.addRow(columns.map((c) => c.heading))
  header.height = rowHeight(columns.map((c) => c.heading), fitted, { bold: true, size: 10 })
  header.eachCell((cell, col) => {
    const column = columns[col - 1]!
    cell.font = {
      ...BASE_FONT,
      bold: true,
      size: column.quiet ? 8 : 10,
      color: column.quiet ? { argb: 'FF7F7F7F' } : undefined,
    }
    cell.fill = column.fill
    cell.alignment = { wrapText: true, vertical: 'middle' }
    cell.border = {
      bottom: { style: 'medium', color: { argb: 'FF7F7F7F' } },
      right: { style: 'thin', color: BORDER_COLOR },
    }
  })
  for (const [index, values] of rows.entries()) {
    // Empty cells stay empty rather than holding an empty string.
    const cells = values.map((v) => (v === '' ? null : clipCell(v)))
    const row = ws.addRow(cells)
    row.height = rowHeight(cells, fitted, { size: 10 })
    for (let col = 1; col <= columns.length; col++) {
      const cell = row.getCell(col)
      const column = columns[col - 1]!
      cell.alignment = { wrapText: true, vertical: 'top' }
      cell.border = {
        bottom: { style: 'thin', color: BORDER_COLOR },
        right: { style: 'thin', color: BORDER_COLOR },
      }
      cell.font = column.quiet
        ? { ...BASE_FONT, size: 8, color: { argb: 'FF7F7F7F' } }
        : { ...BASE_FONT, size: 10, bold: column.title === true || undefined }
      if (drafts[index] === true) cell.fill = DRAFT_FILL
    }
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } }
  return ws
}

function ropaColumns<K extends string>(columns: readonly RopaColumn<K>[]): SheetColumn[] {
  return columns.map((c) => ({
    heading: c.heading,
    width: c.width,
    fill: headerFill(c),
    quiet: c.key === 'id',
    title: c.key === 'activity' || c.key === 'categories',
  }))
}

const ABOUT_COLUMNS: SheetColumn[] = [38, 70, 28].map((width) => ({
  heading: '',
  width,
  fill: FILL_OPTIONAL,
}))

function addAboutSheet(
  workbook: Workbook,
  src: RopaSource,
  now: Date,
  counts: { controller: number; processor: number; drafts: number },
): void {
  const ws = workbook.addWorksheet(ABOUT_SHEET, {
    pageSetup: {
      orientation: 'portrait',
      paperSize: A4,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  })
  ws.columns = ABOUT_COLUMNS.map((c) => ({ width: c.width }))
  const title = ws.addRow(['Protokoll over behandlingsaktiviteter'])
  title.font = { ...BASE_FONT, bold: true, size: 16 }
  ws.addRow(['etter personvernforordningen (GDPR) artikkel 30']).font = {
    ...BASE_FONT,
    italic: true,
  }
  ws.addRow([])
  const facts = [
    ...organizationFacts(src.organization),
    { label: 'Eksportert', value: formatNorwegianDate(now) },
    { label: 'Aktiviteter som behandlingsansvarlig', value: String(counts.controller) },
    { label: 'Aktiviteter som databehandler', value: String(counts.processor) },
    ...(counts.drafts > 0
      ? [{ label: 'Av dem utkast', value: `${counts.drafts}, merket «${DRAFT_MARK}» i kolonnen Status og skyggelagt gult` }]
      : []),
  ]
  for (const f of facts) {
    const row = ws.addRow([f.label, f.value])
    row.getCell(1).font = { ...BASE_FONT, bold: true }
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' }
    row.height = rowHeight([f.label, f.value], ABOUT_COLUMNS)
  }
  ws.addRow([])
  ws.addRow(['Slik er arbeidsboken bygd opp']).font = { ...BASE_FONT, bold: true, size: 13 }
  const notes = [
    `Arket «${CONTROLLER_SHEET}» er protokollen etter art. 30 nr. 1, og arket «${PROCESSOR_SHEET}» protokollen etter art. 30 nr. 2 for behandlinger virksomheten utfører på vegne av andre. Kolonnene følger oppsettet i Datatilsynets mal for protokoll.`,
    'Oransje kolonneoverskrifter er opplysninger art. 30 krever, grønne er frivillige opplysninger fra malen, og grå er Ombuds egne kolonner.',
    'Lister har ett element per linje. I Excel lager du en ny linje i en celle med Alt+Enter (Option+Cmd+Enter på Mac).',
    'Kolonnen «Ombud-ID» knytter radene til behandlingsaktivitetene i Ombud når arbeidsboken leses inn igjen. Ikke endre den, og la den stå tom for nye rader.',
    'Databehandlere og overføringer hentes fra registrene i Ombud. Ved innlesing kobles navnene til registrene; ukjente navn blir ikke lagt til.',
  ]
  for (const n of notes) {
    const row = ws.addRow([n])
    ws.mergeCells(row.number, 1, row.number, 3)
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' }
    row.height = rowHeight(
      [n],
      [{ ...ABOUT_COLUMNS[0]!, width: ABOUT_COLUMNS.reduce((w, c) => w + c.width, 0) }],
    )
  }
  for (const [sheet, columns] of [
    [CONTROLLER_SHEET, CONTROLLER_COLUMNS],
    [PROCESSOR_SHEET, PROCESSOR_COLUMNS],
  ] as const) {
    ws.addRow([])
    ws.addRow([`Kolonnene i arket «${sheet}»`]).font = { ...BASE_FONT, bold: true, size: 13 }
    const head = ws.addRow(['Kolonne', 'Innhold', 'Bestemmelse'])
    head.font = { ...BASE_FONT, bold: true }
    for (const c of columns as readonly RopaColumn[]) {
      const row = ws.addRow([c.heading, c.description, c.article])
      row.getCell(1).fill = headerFill(c)
      row.eachCell((cell) => {
        cell.alignment = { wrapText: true, vertical: 'top' }
      })
      row.height = rowHeight([c.heading, c.description, c.article], ABOUT_COLUMNS)
    }
  }
}

function processorRegisterRows(src: RopaSource): string[][] {
  return [...src.processors]
    .sort(
      (a, b) =>
        Number(a.status === 'archived') - Number(b.status === 'archived') ||
        a.name.localeCompare(b.name, 'nb'),
    )
    .map((p) => {
      const checked = ART28_ITEMS.filter((i) => p.agreement.checklist[i] === true)
      const missing = ART28_ITEMS.filter((i) => p.agreement.checklist[i] !== true)
      const usedBy = src.activities
        .filter((a) => a.status !== 'archived' && a.processorIds.includes(p.id))
        .map((a) => a.name)
      return [
        p.name,
        formatOrgNumber(p.orgNumber),
        countryName(p.country),
        formatList(p.services),
        p.locations.map((c) => countryName(c)).join('\n'),
        [p.contact.name, p.contact.email, p.contact.phone].filter((s) => s !== '').join('\n'),
        p.agreement.signedOn ? `Signert ${formatNorwegianDate(p.agreement.signedOn)}` : 'Mangler',
        p.agreement.reference,
        [
          `${checked.length} av ${ART28_ITEMS.length} punkter bekreftet`,
          ...missing.map(
            (i) => `Ikke bekreftet: ${ART28_LABELS[i].nb} (${ART28_LABELS[i].article})`,
          ),
        ].join('\n'),
        p.subProcessors
          .map((s) => `${s.name} (${countryName(s.country)})${s.service ? ` – ${s.service}` : ''}`)
          .join('\n'),
        formatList(usedBy),
        p.status === 'active' ? 'Aktiv' : 'Arkivert',
        p.notes,
      ]
    })
}

const PROCESSOR_REGISTER_COLUMNS: SheetColumn[] = [
  ['Databehandler', 26],
  ['Org.nr.', 13],
  ['Land', 12],
  ['Tjenester', 24],
  ['Behandlingssteder', 16],
  ['Kontaktperson', 24],
  ['Databehandleravtale', 18],
  ['Dokumentreferanse', 16],
  ['Kontrollpunkter art. 28 nr. 3', 44],
  ['Underdatabehandlere', 28],
  ['Brukes i behandlingsaktiviteter', 30],
  ['Status', 10],
  ['Merknader', 30],
].map(([heading, width], i) => ({
  heading: heading as string,
  width: width as number,
  fill: FILL_OPTIONAL,
  title: i === 0,
}))

function transferRegisterRows(src: RopaSource): string[][] {
  const processorNames = new Map(src.processors.map((p) => [p.id, p.name]))
  return transfersInUse(src.transfers)
    .sort(
      (a, b) =>
        countryName(a.country).localeCompare(countryName(b.country), 'nb') ||
        a.recipient.localeCompare(b.recipient, 'nb'),
    )
    .map((t) => {
      const info = MECHANISM_INFO[t.mechanism]
      const usedBy = src.activities
        .filter((a) => a.status !== 'archived' && a.transferIds.includes(t.id))
        .map((a) => a.name)
      return [
        t.recipient,
        countryName(t.country),
        info.label.nb,
        info.article,
        t.sccModule !== null ? SCC_MODULE_LABELS[t.sccModule].nb : '',
        t.derogation !== null ? DEROGATION_LABELS[t.derogation].nb : '',
        t.dpfCheckedOn ? formatNorwegianDate(t.dpfCheckedOn) : '',
        t.tiaDate ? formatNorwegianDate(t.tiaDate) : '',
        t.fallback ? MECHANISM_INFO[t.fallback].label.nb : '',
        info.invalidSince ? info.invalidSince.reason.nb : '',
        t.processorId ? (processorNames.get(t.processorId) ?? '') : '',
        formatList(usedBy),
        t.notes,
      ]
    })
}

const TRANSFER_REGISTER_COLUMNS: SheetColumn[] = [
  ['Mottaker', 26],
  ['Land', 14],
  ['Overføringsgrunnlag', 32],
  ['Artikkel', 16],
  ['Modul (standardavtale)', 28],
  ['Unntak (art. 49)', 28],
  ['DPF-sertifisering kontrollert', 14],
  ['Vurdering av overføringen (TIA)', 14],
  ['Reservegrunnlag', 26],
  ['Ugyldig grunnlag', 30],
  ['Databehandler', 22],
  ['Behandlingsaktiviteter', 30],
  ['Merknader', 30],
].map(([heading, width], i) => ({
  heading: heading as string,
  width: width as number,
  fill: FILL_OPTIONAL,
  title: i === 0,
}))

async function toBytes(workbook: Workbook): Promise<Uint8Array> {
  const raw: unknown = await workbook.xlsx.writeBuffer()
  // A Node Buffer in Node, an ArrayBuffer in the browser.
  if (raw instanceof Uint8Array) return new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength)
  if (raw instanceof ArrayBuffer) return new Uint8Array(raw)
  throw new TypeError('exceljs returnerte et ukjent bufferformat')
}

/**
 * The protokoll as .xlsx: the sheets "Behandlingsansvarlig" (art. 30(1)) and "Databehandler"
 * (art. 30(2)) in Datatilsynet's column layout, and "Om protokollen" with the organisation,
 * the DPO and the export date. Archived activities are left out unless asked for.
 */
export async function exportRopaXlsx(
  src: RopaSource,
  opts: RopaXlsxOptions = {},
): Promise<Uint8Array> {
  const now = exportDate(opts.now)
  const controller = selectActivities(src, 'controller', opts)
  const processor = selectActivities(src, 'processor', opts)
  const workbook = newWorkbook('Protokoll over behandlingsaktiviteter', now)
  workbook.company = src.organization?.name ?? ''
  addTableSheet(
    workbook,
    CONTROLLER_SHEET,
    ropaColumns(CONTROLLER_COLUMNS),
    controller.map((a) => {
      const cells = controllerRow(a, src)
      return CONTROLLER_COLUMNS.map((c) => cells[c.key])
    }),
    controller.map((a) => a.status === 'draft'),
  )
  addTableSheet(
    workbook,
    PROCESSOR_SHEET,
    ropaColumns(PROCESSOR_COLUMNS),
    processor.map((a) => {
      const cells = processorRow(a, src)
      return PROCESSOR_COLUMNS.map((c) => cells[c.key])
    }),
    processor.map((a) => a.status === 'draft'),
  )
  addAboutSheet(workbook, src, now, {
    controller: controller.length,
    processor: processor.length,
    drafts: [...controller, ...processor].filter((a) => a.status === 'draft').length,
  })
  if (opts.includeRegisters === true) {
    addTableSheet(
      workbook,
      PROCESSORS_REGISTER_SHEET,
      PROCESSOR_REGISTER_COLUMNS,
      processorRegisterRows(src),
    )
    addTableSheet(
      workbook,
      TRANSFERS_REGISTER_SHEET,
      TRANSFER_REGISTER_COLUMNS,
      transferRegisterRows(src),
    )
  }
  return toBytes(workbook)
}

/** The processor register (databehandlere, agreement status, art. 28(3) checklist) as .xlsx. */
export async function exportProcessorsXlsx(
  src: RopaSource,
  opts: Pick<RopaExportOptions, 'now'> = {},
): Promise<Uint8Array> {
  const workbook = newWorkbook('Databehandlere', exportDate(opts.now))
  addTableSheet(
    workbook,
    PROCESSORS_REGISTER_SHEET,
    PROCESSOR_REGISTER_COLUMNS,
    processorRegisterRows(src),
  )
  return toBytes(workbook)
}

/** The transfer register (overføringer til tredjeland, arts. 44–49) as .xlsx. */
export async function exportTransfersXlsx(
  src: RopaSource,
  opts: Pick<RopaExportOptions, 'now'> = {},
): Promise<Uint8Array> {
  const workbook = newWorkbook('Overføringer til tredjeland', exportDate(opts.now))
  addTableSheet(
    workbook,
    TRANSFERS_REGISTER_SHEET,
    TRANSFER_REGISTER_COLUMNS,
    transferRegisterRows(src),
  )
  return toBytes(workbook)
}

/** The sheet of the breach log. */
export const BREACHES_REGISTER_SHEET = 'Avvikslogg'

const BREACH_CLOCK_TEXT: Record<BreachClockState, string> = {
  running: 'Ikke avgjort, fristen løper',
  overdue: 'Ikke meldt, fristen på 72 timer er ute',
  'reported-in-time': 'Meldt innen 72 timer',
  'reported-late': 'Meldt etter fristen på 72 timer',
  'not-required': 'Ikke meldt: trolig ingen risiko (art. 33 nr. 1)',
}

function breachRegisterRows(breaches: readonly Breach[], src: RopaSource, now: string): string[][] {
  const activityNames = new Map(src.activities.map((a) => [a.id, a.name]))
  const processorNames = new Map(src.processors.map((p) => [p.id, p.name]))
  const when = (instant: string | null): string => (instant ? formatOsloDateTime(instant, 'nb') : '')
  const count = (n: number | null): string => (n === null ? 'Ikke kjent' : n.toLocaleString('nb-NO'))
  return [...breaches]
    .sort((a, b) => (a.discoveredAt < b.discoveredAt ? 1 : a.discoveredAt > b.discoveredAt ? -1 : 0))
    .map((b) => {
      const clock = breachClock(b, now)
      const n = b.notification
      const s = b.subjects
      const informed =
        s.decision === 'informed'
          ? `Varslet${s.informedOn ? ` ${formatNorwegianDate(s.informedOn)}` : ''}${s.how ? `: ${s.how}` : ''}`
          : s.decision === 'not-informed'
            ? `Ikke varslet: ${s.notInformedReason ? NOT_INFORMED_LABELS[s.notInformedReason].nb : 'grunn ikke angitt'}`
            : 'Ikke avgjort'
      return [
        b.title,
        b.types.map((t) => BREACH_TYPE_LABELS[t].nb).join('\n'),
        when(b.occurredAt),
        when(b.discoveredAt),
        when(b.containedAt),
        b.description,
        formatList(b.activityIds.map((id) => activityNames.get(id) ?? id)),
        formatList(b.processorIds.map((id) => processorNames.get(id) ?? id)),
        formatList(b.subjectCategories),
        count(b.subjectCount),
        formatList(b.dataCategories),
        count(b.recordCount),
        b.consequences,
        b.measuresTaken,
        b.measuresPlanned,
        b.risk ? BREACH_RISK_LABELS[b.risk].nb : 'Ikke vurdert',
        b.riskAssessment,
        BREACH_CLOCK_TEXT[clock.state],
        when(clock.deadline),
        n.decision === 'reported' ? when(n.reportedAt) : '',
        n.reference,
        n.delayReason,
        n.notRequiredReason,
        informed,
        s.reasonDetail,
      ]
    })
}

const BREACH_REGISTER_COLUMNS: SheetColumn[] = [
  ['Avvik', 28],
  ['Type brudd', 18],
  ['Skjedde', 16],
  ['Oppdaget', 16],
  ['Stanset', 16],
  ['Hva som skjedde (art. 33 nr. 3 bokstav a)', 44],
  ['Behandlingsaktiviteter', 26],
  ['Databehandlere', 22],
  ['Kategorier av berørte personer', 24],
  ['Omtrentlig antall personer', 12],
  ['Kategorier av personopplysninger', 24],
  ['Omtrentlig antall registreringer', 12],
  ['Sannsynlige konsekvenser (art. 33 nr. 3 bokstav c)', 36],
  ['Tiltak som er gjennomført (art. 33 nr. 3 bokstav d)', 36],
  ['Tiltak som er planlagt', 30],
  ['Risiko for de berørte', 20],
  ['Vurdering av risikoen', 36],
  ['Melding til Datatilsynet (art. 33)', 24],
  ['Frist for melding (72 timer)', 16],
  ['Meldt', 16],
  ['Referanse', 16],
  ['Grunn til forsinkelsen', 30],
  ['Grunn til at bruddet ikke er meldt', 30],
  ['Varsling av de berørte (art. 34)', 30],
  ['Begrunnelse for varslingen', 30],
].map(([heading, width], i) => ({
  heading: heading as string,
  width: width as number,
  fill: FILL_OPTIONAL,
  title: i === 0,
}))

/**
 * The breach log (avvikslogg, art. 33(5)) as .xlsx: every breach, reported or not, newest
 * first, with the facts, effects and remedial action, where it stands against the 72-hour
 * clock at `opts.now`, and the reasons for a late or missing notification.
 */
export async function exportBreachesXlsx(
  breaches: readonly Breach[],
  src: RopaSource,
  opts: Pick<RopaExportOptions, 'now'> = {},
): Promise<Uint8Array> {
  const now = exportDate(opts.now)
  const workbook = newWorkbook('Avvikslogg', now)
  workbook.company = src.organization?.name ?? ''
  addTableSheet(workbook, BREACHES_REGISTER_SHEET, BREACH_REGISTER_COLUMNS, breachRegisterRows(breaches, src, now.toISOString()))
  return toBytes(workbook)
}
