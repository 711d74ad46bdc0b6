/**
 * Limits on an Excel workbook (.xlsx), checked before exceljs sees it.
 *
 * exceljs reads a workbook whole: it unpacks every part into memory, builds an object for
 * every row and cell, and only then could anyone count them. A 20 MB file of 2 million rows
 * then takes minutes and gigabytes. And some small parts it expands: it creates every cell of
 * a merged range, of a data validation's range and of a defined name's range, and a column
 * object for every column a `<col>` spans, so a few hundred bytes can ask for billions.
 *
 * So the workbook is first read by the zip guard (declared and actual sizes, one chunk at a
 * time, nothing kept), and while each part inflates its XML elements are counted with a
 * running count that stops at the limit: rows per sheet, cells, strings and text runs,
 * styles, and the cells defined names span. The parts exceljs would expand and the import
 * has no use for are left out of exceljs's reading altogether (EXCELJS_READ_OPTIONS).
 * The streaming reader of exceljs is not used because its browser build has none.
 */
import {
  checkZip,
  listZip,
  ZipLimitError,
  type EntrySink,
  type ZipEntryInfo,
  type ZipLimits,
  type ZipProblem,
} from './zip-guard'

export interface XlsxLimits extends ZipLimits {
  /** Most `<row>` elements in one part (a sheet is one part). */
  maxRowsPerSheet: number
  /** Most cells in the workbook: `<c>` elements, comments, and the cells defined names span. */
  maxCells: number
  /** Most shared strings and rich-text runs. */
  maxStrings: number
  /** Most style records (cell formats, fonts, fills, borders, number formats). */
  maxStyles: number
}

/**
 * Ombud's own export of 5,000 activities has 5,000 rows, about 140,000 cells and 4 MB of
 * XML; these leave room for a protokoll several times that size with long texts, and stop
 * a bomb within a second or two and a few hundred megabytes.
 */
export const XLSX_LIMITS: XlsxLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 100 * 1024 * 1024,
  maxRowsPerSheet: 50_000,
  maxCells: 1_000_000,
  maxStrings: 1_000_000,
  maxStyles: 100_000,
}

/**
 * What exceljs is told when it reads a workbook that passed the check: the worksheet
 * elements it would expand (merged ranges, data validations, column ranges) or that the
 * import does not read (links, formatting rules, tables, pictures) are skipped, and its own
 * row limit backs up the count made here.
 */
export const EXCELJS_READ_OPTIONS = {
  ignoreNodes: [
    'mergeCells',
    'dataValidations',
    'cols',
    'hyperlinks',
    'conditionalFormatting',
    'extLst',
    'tableParts',
    'drawing',
    'picture',
    'rowBreaks',
  ],
  maxRows: XLSX_LIMITS.maxRowsPerSheet,
}

/** What an .xlsx was refused for; the import says it in Norwegian. */
export type XlsxProblem =
  | ZipProblem
  | { kind: 'too-many-rows'; limit: number }
  | { kind: 'too-many-cells'; limit: number }
  | { kind: 'too-many-strings'; limit: number }
  | { kind: 'too-many-styles'; limit: number }

export class XlsxLimitError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(`xlsx refused: ${problem.kind}`)
    this.name = 'XlsxLimitError'
  }
}

/** What kind of file a zip is, told by its parts' names. */
export type ZipKind = 'xlsx' | 'docx' | 'pptx' | 'opendocument' | 'other'

/** Reads only the zip's directory (nothing is inflated) to tell a workbook from a Word file and the like. */
export function zipKind(bytes: Uint8Array, limits: ZipLimits = XLSX_LIMITS): ZipKind {
  let names: Set<string>
  try {
    names = new Set(listZip(bytes, limits).map((e) => e.name))
  } catch (error) {
    if (error instanceof ZipLimitError) throw new XlsxLimitError(error.problem)
    throw error
  }
  if (names.has('xl/workbook.xml')) return 'xlsx'
  if (names.has('word/document.xml')) return 'docx'
  if (names.has('ppt/presentation.xml')) return 'pptx'
  if (names.has('mimetype') && names.has('content.xml')) return 'opendocument'
  return 'other'
}

/**
 * Throws XlsxLimitError unless `bytes` is a zip within the size limits whose parts stay
 * within the row, cell, string and style limits. Every part is counted, whatever its name:
 * exceljs recognises parts by patterns that a crafted name can match in unexpected ways.
 */
export function checkXlsx(bytes: Uint8Array, limits: XlsxLimits = XLSX_LIMITS): ZipEntryInfo[] {
  const counts: XlsxCounts = { rows: 0, cells: 0, strings: 0, styles: 0 }
  try {
    return checkZip(bytes, limits, { inspect: () => partCounter(limits, counts) })
  } catch (error) {
    if (error instanceof ZipLimitError) throw new XlsxLimitError(error.problem)
    throw error
  }
}

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const QUOTE = 0x22
const APOSTROPHE = 0x27
const COLON = 0x3a
/** Longer names are none of those counted; their bytes are skipped, not kept. */
const MAX_NAME = 16
/** Excel allows 8,192 characters in a defined name's formula; a longer text is not from Excel. */
const MAX_DEFINED_NAME_TEXT = 64 * 1024

const latin1 = new TextDecoder('latin1')

const STYLE_ELEMENTS = new Set(['xf', 'font', 'fill', 'border', 'numFmt', 'dxf'])

/** A cell or a range in A1 style, with or without `$`: "$A$1", "B2:$XFD$1048576". */
const RANGE = /\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?/g

function columnNumber(letters: string): number {
  let n = 0
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64
  return n
}

/** How many cells the ranges in a defined name's formula span. */
function cellsSpanned(formula: string): number {
  let cells = 0
  for (const m of formula.matchAll(RANGE)) {
    if (m[3] === undefined) cells += 1
    else {
      const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1]!)) + 1
      const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1
      cells += cols * rows
    }
  }
  return cells
}

/** Running counts over a workbook's parts. */
export interface XlsxCounts {
  /** Rows of the part being counted (a sheet's rows). */
  rows: number
  cells: number
  strings: number
  styles: number
}

/**
 * A sink for one part: it reads the names of the part's XML elements as its bytes stream
 * past and counts those that cost exceljs memory into `counts`, throwing at the first limit
 * passed. Between chunks it keeps at most a tag name and a defined name's text, since a tag
 * may be split across two chunks. Exported for its tests.
 */
export function partCounter(limits: XlsxLimits, counts: XlsxCounts): EntrySink {
  const totals = counts
  totals.rows = 0
  // Where the reader is: between tags, in a tag's name, in the attributes of a start tag whose
  // text is wanted (a defined name), or in that text.
  let state: 'text' | 'name' | 'attributes' | 'capture' = 'text'
  const name = new Uint8Array(MAX_NAME)
  let nameLength = 0
  let nameTooLong = false
  let quote = 0
  let previous = 0
  let captured = ''

  const element = (local: string) => {
    if (local === 'row') {
      if (++totals.rows > limits.maxRowsPerSheet)
        throw new XlsxLimitError({ kind: 'too-many-rows', limit: limits.maxRowsPerSheet })
    } else if (local === 'c' || local === 'comment') {
      if (++totals.cells > limits.maxCells)
        throw new XlsxLimitError({ kind: 'too-many-cells', limit: limits.maxCells })
    } else if (local === 'si' || local === 'r') {
      if (++totals.strings > limits.maxStrings)
        throw new XlsxLimitError({ kind: 'too-many-strings', limit: limits.maxStrings })
    } else if (STYLE_ELEMENTS.has(local)) {
      if (++totals.styles > limits.maxStyles)
        throw new XlsxLimitError({ kind: 'too-many-styles', limit: limits.maxStyles })
    }
  }

  const definedName = (formula: string) => {
    totals.cells += cellsSpanned(formula)
    if (totals.cells > limits.maxCells)
      throw new XlsxLimitError({ kind: 'too-many-cells', limit: limits.maxCells })
  }

  /** The tag name just ended: its local name (after any prefix), or "" for closing tags and the like. */
  const endName = (): string => {
    if (nameTooLong || nameLength === 0) return ''
    let start = 0
    for (let i = 0; i < nameLength; i++) if (name[i] === COLON) start = i + 1
    return String.fromCharCode(...name.subarray(start, nameLength))
  }

  return (chunk) => {
    let i = 0
    const n = chunk.length
    while (i < n) {
      if (state === 'text') {
        const lt = chunk.indexOf(LT, i)
        if (lt < 0) return
        i = lt + 1
        state = 'name'
        nameLength = 0
        nameTooLong = false
      } else if (state === 'name') {
        const b = chunk[i]!
        // A name ends at white space, "/" or ">"; "</row" and "<?xml" give no counted name.
        if (
          b === 0x20 ||
          b === 0x09 ||
          b === 0x0a ||
          b === 0x0d ||
          b === SLASH ||
          b === GT ||
          b === LT
        ) {
          const local = endName()
          element(local)
          if (local === 'definedName' && b !== SLASH) {
            state = 'attributes'
            quote = 0
            previous = 0
            continue // the delimiter may itself be the ">" that ends the start tag
          }
          state = 'text'
          if (b === LT) continue
          i++
        } else {
          if (nameLength < MAX_NAME) name[nameLength++] = b
          else nameTooLong = true
          i++
        }
      } else if (state === 'attributes') {
        const b = chunk[i++]!
        if (quote !== 0) {
          if (b === quote) quote = 0
        } else if (b === QUOTE || b === APOSTROPHE) quote = b
        else if (b === GT) {
          state = previous === SLASH ? 'text' : 'capture'
          captured = ''
        }
        previous = b
      } else {
        const lt = chunk.indexOf(LT, i)
        const end = lt < 0 ? n : lt
        if (captured.length + (end - i) > MAX_DEFINED_NAME_TEXT) {
          throw new XlsxLimitError({ kind: 'too-many-cells', limit: limits.maxCells })
        }
        captured += latin1.decode(chunk.subarray(i, end))
        if (lt < 0) return
        definedName(captured)
        captured = ''
        state = 'text'
        i = lt
      }
    }
  }
}
