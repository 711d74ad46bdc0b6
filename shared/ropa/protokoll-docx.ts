/**
 * The protokoll as a Word document for Datatilsynet: a title page with the controller and
 * the DPO, a table of contents, one section per activity with every item of art. 30(1)(a)–(g)
 * as a two-column table, and an art. 30(2) part for the activities where the company is a
 * processor. Bokmål, language nb-NO.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FileChild,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type IContext,
  type IXmlableObject,
} from 'docx'
import { ART6, ART9 } from '../law/legal-bases'
import type { ProcessingActivity } from '../model/activity'
import type { FlatActivity } from '../model/activity-flat'
import type { Processor } from '../model/processor'
import { DPIA_LABELS, formatSources, SPECIAL_MARK, STATUS_LABELS } from './cell-format'
import { transferSafeguard } from './links-format'
import {
  exportDate,
  flatFor,
  formatLongNorwegianDate,
  formatNorwegianDate,
  organizationFacts,
  selectActivities,
  type LabelledValue,
  type RopaExportOptions,
  type RopaSource,
} from './ropa-data'

export interface RopaDocxOptions extends RopaExportOptions {
  /**
   * Work out the page numbers of the table of contents and of "Side X av Y" while writing
   * (docx/layout), so that viewers that do not update fields show them too. Default true.
   */
  estimatePageNumbers?: boolean
  /**
   * Ask Word to update the fields (the table of contents) when it opens the document.
   * Default true; Word then asks the reader whether to update.
   */
  updateFieldsOnOpen?: boolean
}

const FONT = 'Calibri'
const BULLETS = 'ropa-bullets'
// A4 with 2 cm margins: 11 906 − 2 × 1 134 twips of text width.
const TEXT_WIDTH = 9638
const LABEL_WIDTH = 3200
// Longer rows may split across pages; shorter ones are kept whole so a label never parts from its text.
const UNSPLIT_CHARS = 1200
const GREY = '7F7F7F'
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' }

type Content = string | readonly string[] | null

function contentLength(content: Content): number {
  if (content === null) return 0
  return typeof content === 'string'
    ? content.length
    : content.reduce((n, s) => n + s.length + 40, 0)
}

export interface FieldRow {
  label: string
  /** The GDPR provision the item answers, shown under the label. */
  article?: string
  content: Content
  /** What an empty value means here: "Ikke angitt" unless "Ingen" is the honest reading. */
  empty?: string
}

/**
 * The formatted XML of the parts every field table repeats (table, row and cell properties,
 * run formatting, the bullet), as docx writes them. Made once per document by docx itself
 * from a one-row template, so they are what docx would write, and shared by all the tables.
 */
interface TableParts {
  context: IContext
  tblPr: IXmlableObject
  tblGrid: IXmlableObject
  /** Row properties of a row kept whole, and of one that may split across pages. */
  unsplit: IXmlableObject
  split: IXmlableObject
  labelTcPr: IXmlableObject
  valueTcPr: IXmlableObject
  labelRPr: IXmlableObject
  articleRPr: IXmlableObject
  emptyRPr: IXmlableObject
  bullet?: IXmlableObject
}

const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 }

function templateTable(cantSplit: boolean): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: [
      new TableRow({
        cantSplit,
        children: [
          new TableCell({
            width: { size: LABEL_WIDTH, type: WidthType.DXA },
            shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
            margins: CELL_MARGINS,
            children: [
              new Paragraph({ children: [new TextRun({ text: 'label', bold: true })] }),
              new Paragraph({
                children: [new TextRun({ text: 'article', size: 18, color: GREY })],
              }),
            ],
          }),
          new TableCell({
            width: { size: TEXT_WIDTH - LABEL_WIDTH, type: WidthType.DXA },
            margins: CELL_MARGINS,
            children: [
              new Paragraph({
                children: [new TextRun({ text: 'empty', italics: true, color: GREY })],
              }),
            ],
          }),
        ],
      }),
    ],
  })
}

type Xml = IXmlableObject
const children = (x: Xml | undefined, key: string): Xml[] => {
  const value: unknown = x?.[key]
  if (!Array.isArray(value)) throw new Error(`docx skrev ikke ${key} som ventet`)
  return value as Xml[]
}

function tableParts(context: IContext): TableParts {
  const [tblPr, tblGrid, row] = children(templateTable(true).prepForXml(context), 'w:tbl')
  const [unsplit, label, value] = children(row, 'w:tr')
  const [split] = children(children(templateTable(false).prepForXml(context), 'w:tbl')[2], 'w:tr')
  const [labelTcPr, labelP, articleP] = children(label, 'w:tc')
  const [valueTcPr, emptyP] = children(value, 'w:tc')
  const runProperties = (p: Xml | undefined) => children(children(p, 'w:p')[0], 'w:r')[0]!
  return {
    context,
    tblPr: tblPr!,
    tblGrid: tblGrid!,
    unsplit: unsplit!,
    split: split!,
    labelTcPr: labelTcPr!,
    valueTcPr: valueTcPr!,
    labelRPr: runProperties(labelP),
    articleRPr: runProperties(articleP),
    emptyRPr: runProperties(emptyP),
  }
}

/** The properties of a bullet paragraph, made when the first list is written: making them adds the list to the document's numbering. */
function bulletPPr(parts: TableParts): Xml {
  parts.bullet ??= children(
    new Paragraph({ children: [], numbering: { reference: BULLETS, level: 0 } }).prepForXml(
      parts.context,
    ),
    'w:p',
  )[0]!
  return parts.bullet
}

// The parts of a document's tables, made with the document's context the first time one is written.
const partsByFile = new WeakMap<object, TableParts>()

const PRESERVE = { _attr: { 'xml:space': 'preserve' } }

function paragraphXml(text: string, rPr?: Xml, pPr?: Xml): Xml {
  const run = { 'w:r': rPr ? [rPr, { 'w:t': [PRESERVE, text] }] : [{ 'w:t': [PRESERVE, text] }] }
  return { 'w:p': pPr ? [pPr, run] : [run] }
}

/** Paragraphs for a cell: a string (line breaks become paragraphs) or a list (bullets); null or empty is "Ikke angitt". */
function contentXml(parts: TableParts, content: Content, empty = 'Ikke angitt'): Xml[] {
  const isEmpty =
    content === null || (typeof content === 'string' ? content.trim() === '' : content.length === 0)
  if (isEmpty) return [paragraphXml(empty, parts.emptyRPr)]
  if (typeof content === 'string') {
    return content
      .trim()
      .split(/\r?\n/)
      .map((line) => paragraphXml(line))
  }
  if (content.length === 1) return [paragraphXml(content[0]!)]
  return content.map((item) => paragraphXml(item, undefined, bulletPPr(parts)))
}

function rowXml(parts: TableParts, r: FieldRow): Xml {
  const label = [parts.labelTcPr, paragraphXml(r.label, parts.labelRPr)]
  if (r.article) label.push(paragraphXml(r.article, parts.articleRPr))
  return {
    'w:tr': [
      contentLength(r.content) < UNSPLIT_CHARS ? parts.unsplit : parts.split,
      { 'w:tc': label },
      { 'w:tc': [parts.valueTcPr, ...contentXml(parts, r.content, r.empty)] },
    ],
  }
}

/**
 * A two-column table of labels and their text. There is one per activity, thousands in a
 * large record, so it writes its formatted XML directly instead of building docx's Table,
 * TableRow, TableCell, Paragraph and TextRun objects for every cell: the document is the
 * same (the tests compare it with docx's own), in a fraction of the time and memory.
 */
class FieldTable extends FileChild {
  constructor(private readonly rows: readonly FieldRow[]) {
    super('w:tbl')
  }

  override prepForXml(context: IContext): IXmlableObject {
    let parts = partsByFile.get(context.file)
    if (!parts) {
      parts = tableParts(context)
      partsByFile.set(context.file, parts)
    }
    const p = parts
    return { 'w:tbl': [p.tblPr, p.tblGrid, ...this.rows.map((r) => rowXml(p, r))] }
  }
}

export function fieldTable(rows: readonly FieldRow[]): FileChild {
  return new FieldTable(rows)
}

function factsTable(facts: readonly LabelledValue[]): FileChild {
  return fieldTable(facts.map((f) => ({ label: f.label, content: f.value })))
}

// A large record repeats a few dates thousands of times, and formatting one makes an Intl.DateTimeFormat.
const DATE_CACHE_SIZE = 1000
const dateTexts = new Map<string, string>()

function dateText(date: string): string {
  let text = dateTexts.get(date)
  if (text === undefined) {
    if (dateTexts.size >= DATE_CACHE_SIZE) dateTexts.clear()
    text = formatNorwegianDate(date)
    dateTexts.set(date, text)
  }
  return text
}

function legalBasisLines(a: FlatActivity): string[] {
  return a.legalBases.map((b) => {
    const info = ART6[b.basis]
    const law = b.law.trim().replace(/\s*\n\s*/g, ' ')
    const interest = b.interest.trim().replace(/\s*\n\s*/g, ' ')
    // The text the basis needs (the law, or the interest) follows the colon; any other text goes in parentheses.
    const [main, other] =
      info.needs === 'interest'
        ? [interest, law && `hjemmel: ${law}`]
        : [law, interest && `interesse: ${interest}`]
    const text = [main, other && (main ? `(${other})` : other)].filter((s) => s !== '').join(' ')
    return `${info.label.nb} (${info.article.nb})${text ? `: ${text}` : ''}`
  })
}

function specialLines(a: FlatActivity): string[] {
  const out: string[] = []
  if (a.specialCategories.length > 0)
    out.push(`Særlige kategorier: ${a.specialCategories.join(', ')}`)
  for (const b of a.art9Bases) out.push(`Grunnlag: ${ART9[b].label.nb} (${ART9[b].article.nb})`)
  if (a.art9Detail.trim() !== '') out.push(`Hjemmel: ${a.art9Detail.trim()}`)
  if (a.criminalData) {
    out.push(
      `Opplysninger om straffedommer og lovovertredelser (art. 10)${a.criminalDataBasis.trim() !== '' ? `: ${a.criminalDataBasis.trim()}` : ''}`,
    )
  }
  return out
}

function processorLines(ids: readonly string[], processors: readonly Processor[]): string[] {
  return ids.flatMap((id) => {
    const p = processors.find((x) => x.id === id)
    if (!p) return []
    const agreement = p.agreement.signedOn
      ? `databehandleravtale signert ${dateText(p.agreement.signedOn)}`
      : 'databehandleravtale mangler'
    return [`${p.name} (${agreement})`]
  })
}

function transferLines(a: ProcessingActivity, src: RopaSource): string[] {
  return a.transferIds.flatMap((id) => {
    const t = src.transfers.find((x) => x.id === id)
    return t ? [transferSafeguard(t)] : []
  })
}

function retentionText(a: ProcessingActivity): string {
  return a.retention
    .map((r) => [r.period.nb.trim(), r.basis.nb.trim() !== '' ? `Grunnlag: ${r.basis.nb.trim()}` : ''].filter((s) => s !== '').join('\n'))
    .join('\n')
}

/** One line per purpose with exactly the basis that covers it. */
function purposeLines(a: ProcessingActivity): string[] {
  return a.purposes.map((p) => {
    const basis = p.basis ? `${ART6[p.basis].label.nb} (${ART6[p.basis].article.nb})` : 'behandlingsgrunnlag ikke valgt'
    return `${p.text.nb.trim() || 'Formål ikke angitt'} – ${basis}`
  })
}

function dpiaText(a: ProcessingActivity): string {
  const label =
    a.dpia.needed === 'yes'
      ? 'Ja, behandlingen kan innebære høy risiko'
      : a.dpia.needed === 'no'
        ? 'Nei'
        : DPIA_LABELS.unknown
  return a.dpia.doneOn
    ? `${label}. Vurdering av personvernkonsekvenser (DPIA) gjennomført ${dateText(a.dpia.doneOn)}.`
    : label
}

function statusText(a: ProcessingActivity): string {
  return `${STATUS_LABELS[a.status]}${a.lastReviewed ? `, sist gjennomgått ${dateText(a.lastReviewed)}` : ', ikke gjennomgått'}`
}

function controllerRows(a: ProcessingActivity, src: RopaSource): FieldRow[] {
  const flat = flatFor(a, src)
  const rows: FieldRow[] = []
  if (a.description.trim() !== '') rows.push({ label: 'Beskrivelse', content: a.description })
  rows.push(
    { label: 'Intern ansvarlig (avdeling)', content: a.owner },
    { label: 'Funksjonsområde', content: a.area },
    { label: 'Formål med behandlingen', article: 'art. 30 nr. 1 bokstav b', content: purposeLines(a) },
    { label: 'Behandlingsgrunnlag', article: 'art. 6 nr. 1', content: legalBasisLines(flat) },
    {
      label: 'Særlige kategorier og straffedommer',
      article: 'art. 9 og art. 10',
      content: specialLines(flat),
      empty: 'Ingen',
    },
    {
      label: 'Kategorier av registrerte',
      article: 'art. 30 nr. 1 bokstav c',
      content: flat.dataSubjects,
    },
    {
      label: 'Kategorier av personopplysninger',
      article: 'art. 30 nr. 1 bokstav c',
      content: [...flat.dataCategories, ...flat.specialCategories.map((s) => `${s} (${SPECIAL_MARK})`)],
    },
    {
      label: 'Kilde',
      content: formatSources(flat.sources)
        .split('\n')
        .filter((s) => s !== ''),
    },
    {
      label: 'Mottakere',
      article: 'art. 30 nr. 1 bokstav d',
      content: flat.recipients,
      empty: 'Ingen utlevering registrert',
    },
    {
      label: 'Databehandlere',
      article: 'art. 28',
      content: processorLines(a.processorIds, src.processors),
      empty: 'Ingen',
    },
    {
      label: 'Felles behandlingsansvarlig',
      article: 'art. 30 nr. 1 bokstav a',
      content: a.jointController,
      empty: 'Ingen',
    },
    {
      label: 'Overføring til tredjeland',
      article: 'art. 30 nr. 1 bokstav e',
      content: transferLines(a, src),
      empty: 'Ingen overføring til land utenfor EØS',
    },
    { label: 'Sletting', article: 'art. 30 nr. 1 bokstav f', content: retentionText(a) },
    {
      label: 'Sikkerhetstiltak',
      article: 'art. 30 nr. 1 bokstav g og art. 32',
      content: a.securityMeasures,
    },
    { label: 'System', content: a.systems },
    { label: 'Høy risiko – DPIA', article: 'art. 35', content: dpiaText(a) },
    { label: 'Status', content: statusText(a) },
  )
  return rows
}

function processorActivityRows(a: ProcessingActivity, src: RopaSource): FieldRow[] {
  return [
    { label: 'Behandlingsansvarlig', article: 'art. 30 nr. 2 bokstav a', content: a.onBehalfOf },
    {
      label: 'Kategorier av behandling',
      article: 'art. 30 nr. 2 bokstav b',
      content: a.description.trim() !== '' ? `${a.name}\n${a.description}` : a.name,
    },
    {
      label: 'Underdatabehandlere',
      article: 'art. 30 nr. 2 bokstav a',
      content: processorLines(a.processorIds, src.processors),
      empty: 'Ingen',
    },
    {
      label: 'Overføring til tredjeland',
      article: 'art. 30 nr. 2 bokstav c',
      content: transferLines(a, src),
      empty: 'Ingen overføring til land utenfor EØS',
    },
    {
      label: 'Sikkerhetstiltak',
      article: 'art. 30 nr. 2 bokstav d og art. 32',
      content: a.securityMeasures,
    },
    { label: 'Intern ansvarlig (avdeling)', content: a.owner },
    { label: 'Status', content: statusText(a) },
  ]
}

function heading(
  text: string,
  level: (typeof HeadingLevel)['HEADING_1'] | (typeof HeadingLevel)['HEADING_2'],
): Paragraph {
  return new Paragraph({ heading: level, children: [new TextRun(text)] })
}

function body(text: string, opts: { italics?: boolean; color?: string } = {}): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, ...opts })] })
}

function countText(n: number): string {
  return n === 1 ? '1 behandlingsaktivitet' : `${n} behandlingsaktiviteter`
}

/**
 * The protokoll as .docx. Archived activities are left out unless `includeArchived`.
 * Resolves to the bytes of the document.
 */
export async function exportRopaDocx(
  src: RopaSource,
  opts: RopaDocxOptions = {},
): Promise<Uint8Array> {
  const now = exportDate(opts.now)
  const org = src.organization
  const orgName = org?.name ?? 'Virksomheten'
  const controller = selectActivities(src, 'controller', opts)
  const processor = selectActivities(src, 'processor', opts)
  const title = 'Protokoll over behandlingsaktiviteter'

  const titlePage = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({
      spacing: { after: 480 },
      children: [
        new TextRun({
          text: 'etter personvernforordningen (GDPR) artikkel 30',
          size: 28,
          color: GREY,
        }),
      ],
    }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: orgName, bold: true, size: 36 })],
    }),
    factsTable([
      ...organizationFacts(org),
      { label: 'Dato', value: formatLongNorwegianDate(now) },
      {
        label: 'Omfang',
        value: `${countText(controller.length)} som behandlingsansvarlig, ${countText(processor.length)} som databehandler`,
      },
    ]),
    new Paragraph({
      spacing: { before: 360 },
      children: [
        new TextRun({
          text: 'Protokollen føres skriftlig etter personvernforordningen artikkel 30 og gjøres tilgjengelig for Datatilsynet på forespørsel (artikkel 30 nr. 4).',
          italics: true,
          color: GREY,
        }),
      ],
    }),
    new Paragraph({ children: [new PageBreak()] }),
  ]

  const contents = [
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: 'Innhold', bold: true, size: 32, color: '1F3864' })],
    }),
    new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ]

  const controllerPart = [
    heading('Behandlingsansvarlig og personvernombud', HeadingLevel.HEADING_1),
    body(
      'Navn og kontaktopplysninger til den behandlingsansvarlige og personvernombudet (artikkel 30 nr. 1 bokstav a). Felles behandlingsansvarlige står ved hver behandlingsaktivitet.',
    ),
    factsTable(organizationFacts(org)),
    heading('Behandlingsaktiviteter som behandlingsansvarlig', HeadingLevel.HEADING_1),
    body(
      controller.length === 0
        ? 'Ingen behandlingsaktiviteter er registrert.'
        : `Artikkel 30 nr. 1: ${countText(controller.length)} der ${orgName} er behandlingsansvarlig, ordnet etter funksjonsområde.`,
    ),
    ...controller.flatMap((a) => [
      heading(a.name, HeadingLevel.HEADING_2),
      fieldTable(controllerRows(a, src)),
    ]),
  ]

  const processorPart = [
    heading('Behandlingsaktiviteter som databehandler', HeadingLevel.HEADING_1),
    body(
      processor.length === 0
        ? `${orgName} har ikke registrert behandlinger som databehandler for andre behandlingsansvarlige.`
        : `Artikkel 30 nr. 2: ${countText(processor.length)} der ${orgName} behandler personopplysninger på vegne av andre behandlingsansvarlige. Databehandlerens navn, kontaktopplysninger og personvernombud står i første del av protokollen.`,
    ),
    ...processor.flatMap((a) => [
      heading(a.name, HeadingLevel.HEADING_2),
      fieldTable(processorActivityRows(a, src)),
    ]),
  ]

  const smallGrey = { size: 16, color: GREY }
  const doc = new Document({
    title: `${title} – ${orgName}`,
    subject: 'Protokoll etter personvernforordningen artikkel 30',
    creator: 'Ombud',
    lastModifiedBy: 'Ombud',
    keywords: 'protokoll, behandlingsaktiviteter, GDPR artikkel 30, personvern',
    description: `${title} for ${orgName}, eksportert ${formatNorwegianDate(now)}.`,
    features: { updateFields: opts.updateFieldsOnOpen ?? true },
    ...(opts.estimatePageNumbers === false
      ? {}
      : { pageNumbers: (await import('docx/layout')).estimatePageNumbers }),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: 'nb-NO' } },
          paragraph: { spacing: { after: 60 } },
        },
        title: {
          run: { font: FONT, size: 52, bold: true, color: '1F3864' },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: '1F3864' },
          paragraph: { spacing: { before: 480, after: 160 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 26, bold: true, color: '2F5496' },
          paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 284, hanging: 284 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${title} – ${orgName}`, ...smallGrey })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                    ...smallGrey,
                  }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children: [...titlePage, ...contents, ...controllerPart, ...processorPart],
      },
    ],
  })
  return Packer.pack(doc, 'uint8array')
}
