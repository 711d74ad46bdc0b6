/**
 * Reads a protokoll workbook (Ombud's own export or a DPO's workbook in Datatilsynet's
 * template) into processing activities. Pure: nothing is written. The caller shows
 * `rows`, `errors` and `warnings` as a preview and writes the activities all or nothing.
 *
 * The header row is found by its headings (case-, space- and punctuation-insensitive, in any
 * order, with common variants); extra columns are ignored. Rows with an Ombud-ID update that
 * activity; rows without one become new activities. Only the columns present are read: an
 * update keeps every field the workbook has no column for.
 */
import { quote } from '../text/quote'
import { Workbook, type CellValue, type Worksheet } from 'exceljs'
import {
  checkXlsx,
  EXCELJS_READ_OPTIONS,
  XLSX_LIMITS,
  XlsxLimitError,
  zipKind,
  type XlsxProblem,
} from '../files/xlsx-guard'
import { ART6, type Art6Basis } from '../law/legal-bases'
import {
  emptyActivity,
  processingActivity,
  type ActivityStatus,
  type ProcessingActivity,
} from '../model/activity'
import {
  activityFromFlat,
  flattenActivity,
  sourcesFromFlat,
  type FlatActivity,
  type FlatLegalBasis as LegalBasis,
} from '../model/activity-flat'
import { emptyPurpose, type Purpose } from '../model/activity-parts'
import type { DataSource } from '../model/source'
import { newId as randomId } from '../model/common'
import { describeRecordIssue } from '../model/messages'
import { deepEqual, diffRecords } from '../model/record-diff'
import { MAX_WORKBENCH_BYTES } from '../model/workbench'
import {
  applyInlineDetails,
  parseArt6,
  parseArt6Detail,
  parseArt9,
  parseDataCategories,
  parseDateCell,
  parseDpia,
  parseList,
  parseNameAndDescription,
  parseRetention,
  parseSources,
  parseStatus,
  parseText,
  type CellIssue,
  type ParseMode,
} from './cell-format'
import {
  CONTROLLER_COLUMNS,
  CONTROLLER_SHEET_NAMES,
  IGNORED_SHEET_NAMES,
  matchColumn,
  normalizeHeading,
  PROCESSOR_COLUMNS,
  PROCESSOR_SHEET_NAMES,
  type ControllerColumnKey,
  type ProcessorColumnKey,
  type RopaColumn,
} from './columns'
import { resolveProcessors, resolveTransfers } from './links-format'
import type { RopaSource } from './ropa-data'

export interface RopaImportIssue {
  /** The sheet's name, or "" for a problem with the whole file. */
  sheet: string
  /** The row number as Excel shows it, or null for a problem with the whole sheet or file. */
  row: number | null
  /** The column heading as written in the file. */
  column?: string
  message: string
}

export interface RopaImportRow {
  sheet: string
  row: number
  activityId: string
  name: string
  action: 'create' | 'update' | 'unchanged'
  /** For an update: the fields it changes (top-level field names, in record order). */
  fields?: string[]
}

/**
 * Why a whole file could not be read, so that the preview can say what to do: choose
 * another file (`not-xlsx`), save it again (`damaged`), make it smaller (`too-large`), or
 * give it the template's headings (`no-protokoll`). Absent when the problems are in rows.
 */
export type RopaFileProblem = 'not-xlsx' | 'damaged' | 'too-large' | 'no-protokoll'

export interface RopaImportResult {
  /** Set when the file as a whole could not be read; `errors` then holds its one message. */
  fileProblem?: RopaFileProblem
  /** New and changed activities, valid against the schema. Empty of nothing else when `errors` is not. */
  activities: ProcessingActivity[]
  /** Every row read, with what importing it would do (rows with errors are left out). */
  rows: RopaImportRow[]
  /** Problems that stop the import: the caller writes nothing while there are any. */
  errors: RopaImportIssue[]
  /** Things the DPO should look at; the import can go ahead. */
  warnings: RopaImportIssue[]
  /** Named sources the sheet mentions that the workbench's list of sources lacks; written with the activities. */
  sources: DataSource[]
}

/** What the import compares with and links to. A `Workbench` or `WorkbenchData` fits. */
export type RopaImportExisting = Pick<RopaSource, 'activities' | 'processors' | 'transfers' | 'sources'>

export interface RopaImportOptions {
  /** The time stamped on new and changed activities; defaults to now. */
  now?: string
  /** Id generator for new activities (tests pass a deterministic one). */
  newId?: () => string
  /** Status of new activities when the workbook has no status column. Default "active": a kept protokoll describes processing that takes place. */
  defaultStatus?: ActivityStatus
}

type Layout = 'controller' | 'processor'
type AnyKey = ControllerColumnKey | ProcessorColumnKey

interface SheetLayout {
  layout: Layout
  headerRow: number
  /** Column number → key, for the columns recognised. */
  columns: Map<number, AnyKey>
  /** Key → the heading as written in the file. */
  headings: Map<AnyKey, string>
  unknownHeadings: string[]
}

const HEADER_SCAN_ROWS = 30
const MAX_ROWS = XLSX_LIMITS.maxRowsPerSheet

/** The text of a cell, whatever Excel stored: rich text, formulas, hyperlinks, dates. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.replace(/_x000D_/g, '').replace(/\r\n?/g, '\n')
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nei'
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10)
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText))
      return cellText(value.richText.map((r) => r.text).join(''))
    if ('formula' in value || 'sharedFormula' in value)
      return cellText((value as { result?: CellValue }).result)
    if ('text' in value) return cellText((value as { text: CellValue }).text)
    if ('error' in value) return ''
  }
  return ''
}

function sheetRowTexts(ws: Worksheet, row: number): string[] {
  const texts: string[] = []
  const r = ws.getRow(row)
  for (let col = 1; col <= Math.min(ws.columnCount, 200); col++)
    texts[col] = cellText(r.getCell(col).value).trim()
  return texts
}

function headerMatch<K extends AnyKey>(texts: string[], columns: readonly RopaColumn<K>[]) {
  const map = new Map<number, K>()
  const headings = new Map<K, string>()
  const unknown: string[] = []
  const duplicates: string[] = []
  texts.forEach((text, col) => {
    if (!text) return
    const column = matchColumn(text, columns)
    if (!column) unknown.push(text)
    else if (headings.has(column.key)) duplicates.push(text)
    else {
      map.set(col, column.key)
      headings.set(column.key, text)
    }
  })
  return { map, headings, unknown: [...unknown, ...duplicates] }
}

function detectLayout(ws: Worksheet): SheetLayout | null {
  const name = normalizeHeading(ws.name)
  const hint: Layout | null = CONTROLLER_SHEET_NAMES.some((n) => normalizeHeading(n) === name)
    ? 'controller'
    : PROCESSOR_SHEET_NAMES.some((n) => normalizeHeading(n) === name)
      ? 'processor'
      : null
  let best: (SheetLayout & { score: number }) | null = null
  for (let row = 1; row <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); row++) {
    const texts = sheetRowTexts(ws, row)
    const c = headerMatch(texts, CONTROLLER_COLUMNS)
    const p = headerMatch(texts, PROCESSOR_COLUMNS)
    const candidates: Array<SheetLayout & { score: number }> = []
    // The name column identifies a controller sheet; the controller and categories columns a processor sheet.
    if (c.headings.has('activity') && c.headings.size >= 3) {
      candidates.push({
        layout: 'controller',
        headerRow: row,
        columns: c.map,
        headings: c.headings,
        unknownHeadings: c.unknown,
        score: c.headings.size,
      })
    }
    if (p.headings.has('categories') && p.headings.has('controller') && p.headings.size >= 3) {
      candidates.push({
        layout: 'processor',
        headerRow: row,
        columns: p.map,
        headings: p.headings,
        unknownHeadings: p.unknown,
        score: p.headings.size,
      })
    }
    for (const cand of candidates) {
      const bonus = cand.layout === hint ? 100 : 0
      if (!best || cand.score + bonus > best.score + (best.layout === hint ? 100 : 0)) best = cand
    }
  }
  return best
}

interface FileError {
  problem: RopaFileProblem
  message: string
}

const NOT_XLSX = (what: string): FileError => ({
  problem: 'not-xlsx',
  message: `Filen er ${what}, ikke en Excel-arbeidsbok. Velg protokollen lagret som Excel-arbeidsbok (.xlsx).`,
})

const DAMAGED: FileError = {
  problem: 'damaged',
  message:
    'Filen kunne ikke leses som en Excel-arbeidsbok (.xlsx). Den kan være skadet; åpne den i Excel og lagre den på nytt.',
}

/** What the first bytes say the file is, when it is not a zip (an .xlsx is one). */
function sniff(bytes: Uint8Array): FileError | null {
  if (bytes.byteLength === 0) return { problem: 'not-xlsx', message: 'Filen er tom.' }
  if (bytes.byteLength > MAX_WORKBENCH_BYTES) {
    return {
      problem: 'too-large',
      message: `Filen er for stor (${Math.round(bytes.byteLength / 1024 / 1024)} MB); høyst 100 MB kan leses inn.`,
    }
  }
  const [a, b, c, d] = bytes
  if (a === 0x50 && b === 0x4b && (c === 0x03 || c === 0x05) && (d === 0x04 || d === 0x06))
    return null
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) {
    return {
      problem: 'not-xlsx',
      message:
        'Filen er i det gamle Excel-formatet (.xls) eller er passordbeskyttet. Åpne den i Excel, fjern eventuelt passordet, og lagre den som Excel-arbeidsbok (.xlsx).',
    }
  }
  if (a === 0x25 && b === 0x50 && c === 0x44 && d === 0x46) return NOT_XLSX('en PDF')
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.slice(0, 512))
  // eslint-disable-next-line no-control-regex
  if (!/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(head)) {
    return {
      problem: 'not-xlsx',
      message:
        'Filen er en tekstfil, ikke en Excel-arbeidsbok. Lagre protokollen som Excel-arbeidsbok (.xlsx) og prøv igjen.',
    }
  }
  return {
    problem: 'not-xlsx',
    message: 'Filen er ikke en Excel-arbeidsbok (.xlsx). Velg protokollen lagret som .xlsx.',
  }
}

const ZIP_KIND_NAMES = {
  docx: 'et Word-dokument',
  pptx: 'en PowerPoint-presentasjon',
  opendocument: 'et OpenDocument-dokument (LibreOffice)',
  other: 'en zip-fil',
} as const

const count = (n: number) => n.toLocaleString('nb-NO')

/** The Norwegian message for a workbook refused by the limits of shared/files/xlsx-guard.ts. */
export function describeXlsxProblem(p: XlsxProblem): FileError {
  const split =
    'Lagre protokollen alene i en ny arbeidsbok, eller del den opp i flere filer, og importer på nytt.'
  switch (p.kind) {
    case 'not-zip':
    case 'corrupt':
      return DAMAGED
    case 'unsupported':
      return {
        problem: 'damaged',
        message:
          'Filen er pakket på en måte Ombud ikke leser (kryptert, eller i et zip-format Excel ikke bruker). Åpne den i Excel, fjern eventuelt passordet, og lagre den som Excel-arbeidsbok (.xlsx).',
      }
    case 'too-many-entries':
      return {
        problem: 'too-large',
        message: `Arbeidsboken består av ${count(p.count)} deler; Ombud leser høyst ${count(p.limit)}. ${split}`,
      }
    case 'entry-too-large':
    case 'total-too-large':
      return {
        problem: 'too-large',
        message: `Arbeidsboken blir mer enn ${count(Math.round(p.limit / 1024 / 1024))} MB når den pakkes ut, og så store filer leser ikke Ombud. En protokoll er vanligvis langt mindre. ${split}`,
      }
    case 'too-many-rows':
      return {
        problem: 'too-large',
        message: `Et ark i arbeidsboken har mer enn ${count(p.limit)} rader (tomme rader med formatering teller med). Slett de tomme radene under protokollen, eller del den opp i flere filer, og importer på nytt.`,
      }
    case 'too-many-cells':
      return {
        problem: 'too-large',
        message: `Arbeidsboken har mer enn ${count(p.limit)} celler (medregnet kommentarer og cellene i navngitte områder). ${split}`,
      }
    case 'too-many-strings':
      return {
        problem: 'too-large',
        message: `Arbeidsboken har mer enn ${count(p.limit)} tekster. ${split}`,
      }
    case 'too-many-styles':
      return {
        problem: 'damaged',
        message: `Arbeidsboken har mer enn ${count(p.limit)} celleformater, flere enn Excel selv tillater; den kan være skadet. ${split}`,
      }
  }
}

/**
 * Why `bytes` cannot be handed to exceljs, or null when it can: not an .xlsx at all, or a
 * workbook that passes a limit. Only the zip's directory and a running count of what its
 * parts inflate to are looked at; nothing unpacked is kept.
 */
function checkFile(bytes: Uint8Array): FileError | null {
  const sniffed = sniff(bytes)
  if (sniffed) return sniffed
  try {
    const kind = zipKind(bytes)
    if (kind !== 'xlsx') return NOT_XLSX(ZIP_KIND_NAMES[kind])
    checkXlsx(bytes)
  } catch (error) {
    if (error instanceof XlsxLimitError) return describeXlsxProblem(error.problem)
    throw error
  }
  return null
}

interface RowContext {
  sheet: string
  row: number
  layout: SheetLayout
  existing: RopaImportExisting
  errors: RopaImportIssue[]
  warnings: RopaImportIssue[]
  /** Where the row's activity goes when it is new or changed. */
  activities: ProcessingActivity[]
  /** The rows read, flat, for the sources they name. */
  flats: FlatActivity[]
}

function report(ctx: RowContext, key: AnyKey | null, issues: readonly CellIssue[]): void {
  for (const issue of issues) {
    const entry: RopaImportIssue = { sheet: ctx.sheet, row: ctx.row, message: issue.message }
    if (key) entry.column = ctx.layout.headings.get(key) ?? key
    ;(issue.level === 'error' ? ctx.errors : ctx.warnings).push(entry)
  }
}

/** Which column a schema problem belongs to. */
function columnForField(path: readonly PropertyKey[], layout: Layout): AnyKey | null {
  const [field, , sub] = path
  switch (field) {
    case 'name':
    case 'description':
      return layout === 'controller' ? 'activity' : 'categories'
    case 'legalBases':
      return sub === 'law' || sub === 'interest' ? 'art6Detail' : 'art6'
    case 'specialCategories':
      return 'dataCategories'
    case 'art9Bases':
    case 'art9Detail':
    case 'criminalDataBasis':
      return 'art9'
    case 'securityMeasures':
      return 'security'
    case 'processorIds':
      return layout === 'controller' ? 'processors' : 'subProcessors'
    case 'transferIds':
      return 'thirdCountries'
    case 'onBehalfOf':
      return 'controller'
    case 'owner':
    case 'area':
    case 'purposes':
    case 'dataSubjects':
    case 'dataCategories':
    case 'sources':
    case 'recipients':
    case 'systems':
    case 'retention':
    case 'dpia':
    case 'jointController':
    case 'status':
    case 'lastReviewed':
    case 'id':
      return field
    default:
      return null
  }
}

function keepLegalTexts(
  codes: readonly Art6Basis[],
  previous: readonly LegalBasis[],
): LegalBasis[] {
  const used = new Map<Art6Basis, number>()
  return codes.map((basis) => {
    const n = used.get(basis) ?? 0
    used.set(basis, n + 1)
    const old = previous.filter((b) => b.basis === basis)[n]
    return { basis, law: old?.law ?? '', interest: old?.interest ?? '' }
  })
}

/**
 * The activity a row describes. The sheet has the template's flat columns, so the row is
 * mapped by the rules of the version 2 migration (one basis for all purposes, review
 * notes where that is ambiguous). Parts whose columns did not change keep what the
 * record had: the nynorsk texts, how groups are informed, the pairing of purposes and bases.
 */
function fromRow(flat: FlatActivity, previous: ProcessingActivity | undefined, before: FlatActivity): ProcessingActivity {
  const next = activityFromFlat(flat)
  if (!previous) return next
  // Compared as the cell reader reads (trimmed, \n line ends), as for the whole row below.
  const same = (...keys: Array<keyof FlatActivity>) =>
    keys.every((k) => deepEqual(normalizeText(flat[k]), normalizeText(before[k])))
  const keep = <K extends keyof ProcessingActivity>(key: K, unchanged: boolean) => (unchanged ? previous[key] : next[key])
  const basesSame = same('legalBases', 'art9Bases', 'art9Detail', 'criminalDataBasis')
  const purposesSame = basesSame && same('purposes')
  const groupsSame = same('dataSubjects', 'externalSubjects')
  const categoriesSame = groupsSame && same('dataCategories', 'specialCategories', 'criminalData', 'sources')
  // Only the purpose texts changed: the purposes still there keep their records (bases,
  // nynorsk); a new one gets the basis only where the activity has just one.
  const edited = basesSame && !purposesSame ? purposesByText(flat, previous) : null
  const out: ProcessingActivity = {
    ...next,
    nameNn: flat.name === before.name ? previous.nameNn : '',
    purposes: edited ? edited.purposes : keep('purposes', purposesSame),
    dataSubjects: keep('dataSubjects', groupsSame),
    dataCategories: keep('dataCategories', categoriesSame),
    retention: keep('retention', same('retention')),
    recipients: keep('recipients', same('recipients')),
    requirementConsequence: keep('requirementConsequence', same('requirementConsequence')),
    automatedDecisions: keep('automatedDecisions', same('automatedDecisions')),
    createdAt: previous.createdAt,
  }
  const changedAll = !purposesSame && !groupsSame && !categoriesSame
  const notesOfNext = (purposesSame || edited) && categoriesSame ? (edited?.notes ?? []) : next.reviewNotes
  out.reviewNotes = changedAll && !edited ? next.reviewNotes : [...new Set([...previous.reviewNotes, ...notesOfNext])]
  return out
}

/** The row's purposes, each matched by its text to the record's purpose where there is one. */
function purposesByText(flat: FlatActivity, previous: ProcessingActivity): { purposes: Purpose[]; notes: string[] } {
  const bases = flat.legalBases
  const notes: string[] = []
  const taken = new Set(previous.purposes.map((p) => p.id))
  let n = previous.purposes.length
  const freshId = () => {
    while (taken.has(`p${++n}`));
    taken.add(`p${n}`)
    return `p${n}`
  }
  const purposes = flat.purposes.flatMap((text) => {
    // A text covered by two bases is two records: both stay.
    const kept = previous.purposes.filter((p) => normalizeText(p.text.nb) === normalizeText(text))
    if (kept.length > 0) return kept
    const only = bases.length === 1 ? bases[0]! : null
    if (!only) notes.push(`Velg behandlingsgrunnlag for formålet «${text.trim()}», som kom inn fra regnearket.`)
    return emptyPurpose(freshId(), {
      text: { nb: text, nn: '' },
      basis: only ? only.basis : null,
      law: { nb: only && ART6[only.basis].needs === 'law' ? only.law : '', nn: '' },
      interest: { nb: only && ART6[only.basis].needs === 'interest' ? only.interest : '', nn: '' },
    })
  })
  return { purposes, notes }
}

/** The sources the imported activities link to that the workbench does not have yet. */
function newSources(
  activities: readonly ProcessingActivity[],
  flats: readonly FlatActivity[],
  existing: RopaImportExisting,
): DataSource[] {
  const known = new Set((existing.sources ?? []).map((s) => s.id))
  const linked = new Set(activities.flatMap((a) => a.dataCategories.flatMap((c) => c.sourceIds)))
  return sourcesFromFlat(flats).filter((s) => linked.has(s.id) && !known.has(s.id))
}

/** Art. 30 and 13 gaps the schema allows but the DPO should see. */
function recordWarnings(a: FlatActivity): CellIssue[] {
  const out: CellIssue[] = []
  for (const b of a.legalBases) {
    if (ART6[b.basis].needs === 'interest' && b.interest.trim() === '') {
      out.push({
        level: 'warning',
        message:
          'Berettiget interesse er oppgitt som grunnlag, men interessen er ikke beskrevet (art. 13 nr. 1 bokstav d).',
      })
    }
    if (ART6[b.basis].needs === 'law' && b.law.trim() === '') {
      out.push({
        level: 'warning',
        message: `«${ART6[b.basis].label.nb}» er oppgitt som grunnlag, men loven som gir grunnlaget er ikke nevnt (art. 6 nr. 3).`,
      })
    }
  }
  return out
}

function readRow(
  ctx: RowContext,
  texts: Map<AnyKey, string>,
  opts: Required<RopaImportOptions>,
  seenIds: Map<string, number>,
): RopaImportRow | null {
  const { layout } = ctx.layout
  const has = (key: AnyKey) => texts.has(key)
  const text = (key: AnyKey) => texts.get(key) ?? ''
  const errorsBefore = ctx.errors.length

  // Ombud's own rows carry their id and are read strictly; hand-kept rows leniently.
  const idText = text('id').trim()
  const mode: ParseMode = idText !== '' ? 'strict' : 'lenient'
  let id = idText
  if (id !== '' && !/^[A-Za-z0-9_-]{1,100}$/.test(id)) {
    report(ctx, 'id', [
      {
        level: 'warning',
        message: `Ombud-ID ${quote(id)} er ugyldig; raden leses inn som en ny behandlingsaktivitet.`,
      },
    ])
    id = ''
  }
  if (id !== '') {
    const firstRow = seenIds.get(id)
    if (firstRow !== undefined) {
      report(ctx, 'id', [
        {
          level: 'error',
          message: `Ombud-ID ${quote(id)} står også i rad ${firstRow}. Hver behandlingsaktivitet kan bare stå én gang.`,
        },
      ])
      return null
    }
    seenIds.set(id, ctx.row)
  }
  const previous = id !== '' ? ctx.existing.activities.find((a) => a.id === id) : undefined
  if (id === '') id = opts.newId()
  const sourcesById = new Map((ctx.existing.sources ?? []).map((s) => [s.id, s]))
  const base: FlatActivity = previous
    ? flattenActivity(structuredClone(previous), sourcesById)
    : flattenActivity({ ...emptyActivity(id, opts.now), name: '', status: opts.defaultStatus }, sourcesById)
  const a: FlatActivity = { ...base, id, role: layout }

  const nameKey = layout === 'controller' ? 'activity' : 'categories'
  if (has(nameKey)) {
    const { name, description } = parseNameAndDescription(text(nameKey))
    a.name = name
    // With a description column of its own, the name cell holds only the name.
    a.description = has('description') ? parseText(text('description'), mode) : description
  } else if (has('description')) {
    a.description = parseText(text('description'), mode)
  }
  if (a.name.trim() === '') {
    report(ctx, nameKey, [
      {
        level: 'error',
        message: `Behandlingsaktiviteten mangler navn. Skriv navnet på første linje i kolonnen ${quote(ctx.layout.headings.get(nameKey) ?? 'Behandlingsaktivitet')}.`,
      },
    ])
  }
  if (has('owner')) a.owner = parseText(text('owner'), mode)
  if (has('area')) a.area = parseText(text('area'), mode)
  if (has('purposes')) a.purposes = parseList(text('purposes'), mode)
  if (has('dataSubjects')) a.dataSubjects = parseList(text('dataSubjects'), mode)
  if (has('dataCategories')) Object.assign(a, parseDataCategories(text('dataCategories'), mode))
  if (has('sources')) a.sources = parseSources(text('sources'), mode)
  if (has('recipients')) a.recipients = parseList(text('recipients'), mode)
  if (has('art6')) {
    const mentions = parseArt6(text('art6'), mode)
    report(ctx, 'art6', mentions.issues)
    const codes = mentions.value.map((m) => m.basis)
    let bases = keepLegalTexts(codes, base.legalBases)
    if (has('art6Detail')) {
      const detail = parseArt6Detail(text('art6Detail'), codes, mode)
      report(ctx, 'art6Detail', detail.issues)
      bases = detail.value
    }
    a.legalBases = applyInlineDetails(bases, mentions.value)
  } else if (has('art6Detail')) {
    const detail = parseArt6Detail(
      text('art6Detail'),
      base.legalBases.map((b) => b.basis),
      mode,
    )
    report(ctx, 'art6Detail', detail.issues)
    a.legalBases = detail.value
  }
  if (has('art9')) {
    const art9 = parseArt9(text('art9'), mode)
    report(ctx, 'art9', art9.issues)
    Object.assign(a, art9.value)
  }
  if (has('systems')) a.systems = parseList(text('systems'), mode)
  if (has('retention')) a.retention = parseRetention(text('retention'), mode)
  if (has('security')) a.securityMeasures = parseList(text('security'), mode)
  if (has('dpia')) {
    const dpia = parseDpia(text('dpia'))
    report(ctx, 'dpia', dpia.issues)
    a.dpia = dpia.value
  }
  if (has('jointController')) a.jointController = parseText(text('jointController'), mode)
  if (has('controller')) a.onBehalfOf = parseText(text('controller'), mode)
  const processorsKey = layout === 'controller' ? 'processors' : 'subProcessors'
  if (has(processorsKey)) {
    const linked = resolveProcessors(
      parseList(text(processorsKey), mode),
      ctx.existing.processors,
      base.processorIds,
    )
    report(ctx, processorsKey, linked.issues)
    a.processorIds = linked.value
  }
  if (has('thirdCountries')) {
    const linked = resolveTransfers(parseList(text('thirdCountries'), mode), {
      transfers: ctx.existing.transfers,
      previous: base.transferIds,
      processorIds: a.processorIds,
    })
    report(ctx, 'thirdCountries', linked.issues)
    a.transferIds = linked.value
  }
  if (has('status')) {
    const status = parseStatus(text('status'))
    report(ctx, 'status', status.issues)
    if (status.value) a.status = status.value
  }
  if (has('lastReviewed')) {
    const date = parseDateCell(
      text('lastReviewed'),
      ctx.layout.headings.get('lastReviewed') ?? 'Sist gjennomgått',
    )
    report(ctx, 'lastReviewed', date.issues)
    if (date.issues.length === 0) a.lastReviewed = date.value
  }

  const result = processingActivity.safeParse(fromRow(a, previous, base))
  if (!result.success) {
    for (const issue of result.error.issues) {
      // A missing name is already reported above, in words that say where to write it.
      if (issue.path[0] === 'name' && a.name.trim() === '') continue
      report(ctx, columnForField(issue.path, layout), [
        { level: 'error', message: describeRecordIssue(issue).message },
      ])
    }
  }
  if (ctx.errors.length > errorsBefore || !result.success) return null
  const parsed = result.data
  report(ctx, null, recordWarnings(a))
  ctx.flats.push(a)
  // Both sides normalised alike: the cell reader trims and joins line ends, so a stored
  // text with a space or line end at its edge must not make an untouched row «changed».
  const fields = previous ? changedFields(normalizeText(previous), normalizeText(parsed)) : []
  if (previous && fields.length === 0)
    return {
      sheet: ctx.sheet,
      row: ctx.row,
      activityId: id,
      name: parsed.name,
      action: 'unchanged',
    }
  ctx.activities.push({ ...parsed, updatedAt: opts.now })
  return {
    sheet: ctx.sheet,
    row: ctx.row,
    activityId: id,
    name: parsed.name,
    ...(previous ? { action: 'update' as const, fields } : { action: 'create' as const }),
  }
}

/** Every string in `value` with Windows line ends made \n and white space cut from its ends. */
function normalizeText<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim() as T
  if (Array.isArray(value)) return value.map(normalizeText) as T
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, normalizeText(v)]),
    ) as T
  }
  return value
}

// Stamped on every write; a difference there is no change the DPO made.
const STAMP_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt'])

/** The top-level fields that differ, in record order. */
function changedFields(before: ProcessingActivity, after: ProcessingActivity): string[] {
  const fields = diffRecords(before, after)
    .map((c) => c.field.split('.')[0]!)
    .filter((f) => !STAMP_FIELDS.has(f))
  return [...new Set(fields)]
}

function readSheet(
  ws: Worksheet,
  layout: SheetLayout,
  existing: RopaImportExisting,
  opts: Required<RopaImportOptions>,
  out: RopaImportResult,
  seenIds: Map<string, number>,
  flats: FlatActivity[],
): void {
  const sheet = ws.name
  if (layout.unknownHeadings.length > 0) {
    out.warnings.push({
      sheet,
      row: layout.headerRow,
      message: `Disse kolonnene er ikke en del av protokollmalen og ble ikke lest: ${layout.unknownHeadings.map((h) => quote(h.split('\n')[0] ?? h)).join(', ')}.`,
    })
  }
  const required = (layout.layout === 'controller' ? CONTROLLER_COLUMNS : PROCESSOR_COLUMNS).filter(
    (c) =>
      c.origin === 'template' && c.article.startsWith('art. 30') && !layout.headings.has(c.key),
  )
  if (required.length > 0) {
    out.warnings.push({
      sheet,
      row: layout.headerRow,
      message: `Arket mangler kolonner som art. 30 krever: ${required.map((c) => `«${c.heading}»`).join(', ')}.`,
    })
  }
  const names = new Map<string, number>()
  const last = Math.min(ws.rowCount, layout.headerRow + MAX_ROWS)
  for (let row = layout.headerRow + 1; row <= last; row++) {
    const r = ws.getRow(row)
    const texts = new Map<AnyKey, string>()
    let empty = true
    for (const [col, key] of layout.columns) {
      const t = cellText(r.getCell(col).value)
      if (t.trim() !== '') empty = false
      texts.set(key, t)
    }
    if (empty) continue
    const ctx: RowContext = {
      sheet,
      row,
      layout,
      existing,
      errors: out.errors,
      warnings: out.warnings,
      activities: out.activities,
      flats,
    }
    const result = readRow(ctx, texts, opts, seenIds)
    if (!result) continue
    out.rows.push(result)
    const nameKey = result.name.toLowerCase()
    const sameName = names.get(nameKey)
    if (sameName !== undefined) {
      out.warnings.push({
        sheet,
        row,
        message: `${quote(result.name)} står også i rad ${sameName}; begge radene blir egne behandlingsaktiviteter.`,
      })
    } else names.set(nameKey, row)
    if (result.action === 'create' && (texts.get('id') ?? '').trim() === '') {
      const twin = existing.activities.find(
        (a) => a.name.trim().toLowerCase() === nameKey && a.role === layout.layout,
      )
      if (twin) {
        out.warnings.push({
          sheet,
          row,
          message: `Det finnes allerede en behandlingsaktivitet som heter ${quote(twin.name)}. Raden har ingen Ombud-ID og blir importert som en ny aktivitet.`,
        })
      }
    }
  }
  if (ws.rowCount > last) {
    out.errors.push({
      sheet,
      row: null,
      message: `Arket har mer enn ${MAX_ROWS.toLocaleString('nb-NO')} rader; del protokollen opp før innlesing.`,
    })
  }
}

/**
 * Reads a protokoll workbook. Nothing is written: the result lists the new and changed
 * activities, what each row would do, and every problem with its sheet, row and column.
 * A file that is not an .xlsx workbook, or has no sheet in the template's layout, gives one
 * error and no activities.
 */
export async function parseRopaXlsx(
  bytes: Uint8Array | ArrayBuffer,
  existing: RopaImportExisting,
  options: RopaImportOptions = {},
): Promise<RopaImportResult> {
  const opts: Required<RopaImportOptions> = {
    now: options.now ?? new Date().toISOString(),
    newId: options.newId ?? randomId,
    defaultStatus: options.defaultStatus ?? 'active',
  }
  const out: RopaImportResult = { activities: [], rows: [], errors: [], warnings: [], sources: [] }
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  const fileError = ({ problem, message }: FileError): RopaImportResult => ({
    ...out,
    fileProblem: problem,
    errors: [{ sheet: '', row: null, message }],
  })
  const refused = checkFile(data)
  if (refused) return fileError(refused)

  const workbook = new Workbook()
  try {
    await workbook.xlsx.load(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
      EXCELJS_READ_OPTIONS,
    )
  } catch {
    return fileError(DAMAGED)
  }

  const seenIds = new Map<string, number>()
  const flats: FlatActivity[] = []
  let found = 0
  workbook.eachSheet((ws) => {
    const layout = detectLayout(ws)
    if (!layout) {
      const ignored = IGNORED_SHEET_NAMES.some(
        (n) => normalizeHeading(n) === normalizeHeading(ws.name),
      )
      if (!ignored && ws.actualRowCount > 0) {
        out.warnings.push({
          sheet: ws.name,
          row: null,
          message:
            'Arket ble hoppet over: fant ingen rad med kolonneoverskriftene fra protokollmalen.',
        })
      }
      return
    }
    found++
    readSheet(ws, layout, existing, opts, out, seenIds, flats)
  })
  if (found === 0) {
    return fileError({
      problem: 'no-protokoll',
      message:
        'Fant ingen protokoll i filen: ingen ark har kolonneoverskriftene fra Datatilsynets mal, for eksempel «Behandlingsaktivitet» og «Formål med behandlingen».',
    })
  }
  out.sources = newSources(out.activities, flats, existing)
  if (out.rows.length === 0 && out.errors.length === 0) {
    out.warnings.push({
      sheet: '',
      row: null,
      message: 'Protokollen i filen har ingen behandlingsaktiviteter.',
    })
  }
  return out
}
