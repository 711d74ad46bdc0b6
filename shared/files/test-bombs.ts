/**
 * Hostile .xlsx files for the import's limit tests and for bench/xlsx-import.ts, written
 * part by part with fflate's streaming zip so that no bomb is ever held unpacked. Each is a
 * workbook exceljs opens, with a header row of Datatilsynet's template, so that without
 * the limits the import would read it to the end.
 */
import { Zip, ZipDeflate, strToU8, type ZipInputFile } from 'fflate'

/** A part's text, given whole or in pieces (a generator keeps a 300 MB part out of memory). */
export type PartText = string | (() => Iterable<string>) | RepeatedPart

/**
 * A part made of `head`, then `count` rows (`row(n)` for n from `first`), then `tail`,
 * deflated by hand: every stretch of a row that repeats the row before it is written as a
 * back-reference, as a bomb maker writes it, so a part of hundreds of megabytes packs to a
 * few bytes a row and is built in seconds.
 */
export interface RepeatedPart {
  head: string
  /** ASCII only: rows are compared and written character by character. */
  row: (n: number) => string
  count: number
  first?: number
  tail: string
}

export interface BuildOptions {
  /**
   * Declare every entry's uncompressed size as its compressed size in the central
   * directory, as a crafted bomb does, so that only counting what actually inflates finds it.
   */
  understate?: boolean
}

const HEADINGS = ['Behandlingsaktivitet', 'Formål med behandlingen', 'Kategorier av registrerte']

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`

const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

function workbookXml(definedNames = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><sheets><sheet name="Behandlingsansvarlig" sheetId="1" r:id="rId1"/></sheets>${definedNames}</workbook>`
}

function inline(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`
}

const HEADER_ROW = `<row r="1">${HEADINGS.map((h, i) => inline(`${'ABC'[i]}1`, h)).join('')}</row>`

/** A worksheet with the header row, `rows` (a generator of `<row>` elements), and what follows sheetData. */
function sheetXml(rows: () => Iterable<string>, after = ''): () => Iterable<string> {
  return function* () {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${'<sheetData>'}${HEADER_ROW}`
    yield* rows()
    yield `</sheetData>${after}</worksheet>`
  }
}

function* oneRow(): Iterable<string> {
  yield `<row r="2">${inline('A2', 'Lønn')}${inline('B2', 'Utbetale lønn')}${inline('C2', 'Ansatte')}</row>`
}

function sst(strings: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.map((x) => `<si><t>${x}</t></si>`).join('')}</sst>`
}

/** Zips the parts (streaming, deflate level 6) and returns the file's bytes. */
export function buildZip(parts: Record<string, PartText>, options: BuildOptions = {}): Uint8Array {
  const out: Uint8Array[] = []
  const failures: Error[] = []
  const zip = new Zip((err, chunk) => {
    if (err) failures.push(err)
    else out.push(chunk)
  })
  for (const [name, text] of Object.entries(parts)) {
    if (typeof text === 'object') {
      addRepeated(zip, name, text)
      continue
    }
    const entry = new ZipDeflate(name, { level: 6 })
    zip.add(entry)
    if (typeof text === 'string') entry.push(strToU8(text), true)
    else {
      // Pieces are gathered to about 1 MB before deflating: fewer, larger pushes are much faster.
      let batch: string[] = []
      let size = 0
      for (const piece of text()) {
        batch.push(piece)
        size += piece.length
        if (size >= 1 << 20) {
          entry.push(strToU8(batch.join('')))
          batch = []
          size = 0
        }
      }
      entry.push(strToU8(batch.join('')), true)
    }
  }
  zip.end()
  if (failures.length > 0) throw failures[0]!
  const bytes = concat(out)
  if (options.understate) understateSizes(bytes)
  return bytes
}

/**
 * Adds a RepeatedPart as a deflated entry. Its CRC is left 0: neither the guard nor exceljs
 * (JSZip reads without checking CRCs) looks at it, and computing it would mean walking
 * every byte the bomb stands for.
 */
function addRepeated(zip: Zip, name: string, part: RepeatedPart): void {
  const first = part.first ?? 1
  const head = strToU8(part.head)
  const tail = strToU8(part.tail)
  const bits = new BitWriter()
  storedBlock(bits, head, false)
  // One fixed-Huffman block. Where a row has the length of the row before, each stretch of
  // three or more bytes equal to the same stretch of that row is copied from it; the rest
  // (a row number's last digits) is written as literals.
  bits.write(0, 1)
  bits.write(1, 2)
  let size = head.length + tail.length
  let previous = ''
  for (let n = first; n < first + part.count; n++) {
    const row = part.row(n)
    size += row.length
    const distance = previous.length
    const comparable = row.length === distance && distance <= 32_768
    let i = 0
    while (i < row.length) {
      let run = 0
      if (comparable && row === previous) run = row.length - i
      else if (comparable)
        while (i + run < row.length && row.charCodeAt(i + run) === previous.charCodeAt(i + run))
          run++
      if (run < 3) {
        writeLiteral(bits, row.charCodeAt(i))
        i++
        continue
      }
      for (let left = run; left > 0;) {
        const length = left > 258 ? (left - 258 < 3 ? left - 3 : 258) : left
        writeLength(bits, length)
        writeDistance(bits, distance)
        left -= length
      }
      i += run
    }
    previous = row
  }
  bits.writeCode(0, 7) // end of block (code 256)
  storedBlock(bits, tail, true)
  const file: ZipInputFile = { filename: name, size, crc: 0, compression: 8 }
  zip.add(file)
  file.ondata!(null, bits.bytes(), true)
}

/** Writes bits least significant first, as deflate does, into a growing buffer. */
class BitWriter {
  private out: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16)
  private length = 0
  private acc = 0
  private n = 0
  write(value: number, count: number): void {
    this.acc |= (value & ((1 << count) - 1)) << this.n
    this.n += count
    while (this.n >= 8) {
      this.push(this.acc & 0xff)
      this.acc >>>= 8
      this.n -= 8
    }
  }
  /** Huffman codes go most significant bit first. */
  writeCode(code: number, count: number): void {
    let reversed = 0
    for (let i = 0; i < count; i++) reversed |= ((code >>> i) & 1) << (count - 1 - i)
    this.write(reversed, count)
  }
  align(): void {
    if (this.n > 0) this.write(0, 8 - this.n)
  }
  append(bytes: Uint8Array): void {
    for (const b of bytes) this.push(b)
  }
  bytes(): Uint8Array<ArrayBuffer> {
    this.align()
    return this.out.slice(0, this.length)
  }
  private push(byte: number): void {
    if (this.length === this.out.length) {
      const grown = new Uint8Array(this.out.length * 2)
      grown.set(this.out)
      this.out = grown
    }
    this.out[this.length++] = byte
  }
}

function storedBlock(bits: BitWriter, data: Uint8Array, final: boolean): void {
  let at = 0
  do {
    const piece = data.subarray(at, at + 65_535)
    at += piece.length
    bits.write(final && at >= data.length ? 1 : 0, 1)
    bits.write(0, 2)
    bits.align()
    bits.append(
      Uint8Array.of(
        piece.length & 0xff,
        piece.length >>> 8,
        ~piece.length & 0xff,
        (~piece.length >>> 8) & 0xff,
      ),
    )
    bits.append(piece)
  } while (at < data.length)
}

/** Fixed Huffman literal codes: 0–143 are 8 bits from 0x30, 144–255 are 9 bits from 0x190. */
function writeLiteral(bits: BitWriter, byte: number): void {
  if (byte <= 143) bits.writeCode(0x30 + byte, 8)
  else bits.writeCode(0x190 + byte - 144, 9)
}

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
  163, 195, 227, 258,
]
const LENGTH_EXTRA = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
]
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
  3073, 4097, 6145, 8193, 12289, 16385, 24577,
]
const DIST_EXTRA = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
]

function lastIndexAtMost(table: number[], value: number): number {
  let i = table.length - 1
  while (table[i]! > value) i--
  return i
}

function writeLength(bits: BitWriter, length: number): void {
  const i = lastIndexAtMost(LENGTH_BASE, length)
  const symbol = 257 + i
  // Fixed Huffman codes: 256–279 are 7 bits from 0, 280–287 are 8 bits from 0xc0.
  if (symbol <= 279) bits.writeCode(symbol - 256, 7)
  else bits.writeCode(0xc0 + symbol - 280, 8)
  bits.write(length - LENGTH_BASE[i]!, LENGTH_EXTRA[i]!)
}

function writeDistance(bits: BitWriter, distance: number): void {
  const i = lastIndexAtMost(DIST_BASE, distance)
  bits.writeCode(i, 5)
  bits.write(distance - DIST_BASE[i]!, DIST_EXTRA[i]!)
}

/** The parts one after the other, in one array. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    bytes.set(p, at)
    at += p.length
  }
  return bytes
}

/** Rewrites each central-directory entry so that its uncompressed size claims its compressed size. */
function understateSizes(bytes: Uint8Array): void {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (dv.getUint32(eocd, true) !== 0x06054b50) eocd--
  const count = dv.getUint16(eocd + 10, true)
  let p = dv.getUint32(eocd + 16, true)
  for (let i = 0; i < count; i++) {
    dv.setUint32(p + 24, dv.getUint32(p + 20, true), true)
    p += 46 + dv.getUint16(p + 28, true) + dv.getUint16(p + 30, true) + dv.getUint16(p + 32, true)
  }
}

/** The parts of a one-sheet workbook; `overrides` replaces or adds parts. */
function workbookParts(overrides: Record<string, PartText>): Record<string, PartText> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': ROOT_RELS,
    'xl/workbook.xml': workbookXml(),
    'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
    'xl/sharedStrings.xml': sst([]),
    'xl/worksheets/sheet1.xml': sheetXml(oneRow),
    ...overrides,
  }
}

/** A small, valid workbook in the bombs' shape (header row and one activity), to show the shape itself is read. */
export function harmlessXlsx(): Uint8Array {
  return buildZip(workbookParts({}))
}

/**
 * The issue's first bomb: a sheet of `rows` numbered rows (2 million by default), each an
 * activity with a name, a purpose and a category of data subjects.
 */
export function manyRowsXlsx(rows = 2_000_000, options: BuildOptions = {}): Uint8Array {
  const sheet: RepeatedPart = {
    head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><sheetData>${HEADER_ROW}`,
    // Cells after the first may leave out their reference; the texts are shared strings.
    row: (n) =>
      `<row r="${n}"><c r="A${n}" t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>`,
    first: 2,
    count: rows,
    tail: '</sheetData></worksheet>',
  }
  return buildZip(
    workbookParts({
      'xl/worksheets/sheet1.xml': sheet,
      'xl/sharedStrings.xml': sst(['Behandling', 'Formål', 'Kunder']),
    }),
    options,
  )
}

/**
 * The issue's second bomb: `megabytes` of shared strings (300 by default) in a file of
 * well under a megabyte; the sheet's one activity uses the first of them.
 */
export function sharedStringsXlsx(megabytes = 300, options: BuildOptions = {}): Uint8Array {
  const unit = `<si><t>${'Kundeopplysninger '.repeat(55)}</t></si>`
  const count = Math.round((megabytes * 1024 * 1024) / strToU8(unit).length)
  return buildZip(
    workbookParts({
      'xl/sharedStrings.xml': {
        head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${count}" uniqueCount="${count}">`,
        row: () => unit,
        count,
        tail: '</sst>',
      },
      'xl/worksheets/sheet1.xml': sheetXml(function* () {
        yield `<row r="2"><c r="A2" t="s"><v>0</v></c>${inline('B2', 'Formål')}${inline('C2', 'Kunder')}</row>`
      }),
    }),
    options,
  )
}

/**
 * Bombs of a few hundred bytes that exceljs turns into billions of cells: it creates every
 * cell of a merged range, of a data validation's range and of a defined name's range, and a
 * column object for every column a `<col>` spans.
 */
export function expandingXlsx(
  kind: 'merge' | 'validation' | 'defined-name' | 'columns',
): Uint8Array {
  const whole = 'A1:XFD1048576'
  switch (kind) {
    case 'merge':
      return buildZip(
        workbookParts({
          'xl/worksheets/sheet1.xml': sheetXml(
            oneRow,
            `<mergeCells count="1"><mergeCell ref="D3:XFD1048576"/></mergeCells>`,
          ),
        }),
      )
    case 'validation':
      return buildZip(
        workbookParts({
          'xl/worksheets/sheet1.xml': sheetXml(
            oneRow,
            `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="${whole}"><formula1>"Ja,Nei"</formula1></dataValidation></dataValidations>`,
          ),
        }),
      )
    case 'defined-name':
      return buildZip(
        workbookParts({
          'xl/workbook.xml': workbookXml(
            `<definedNames><definedName name="Alt">Behandlingsansvarlig!$A$1:$XFD$1048576</definedName></definedNames>`,
          ),
        }),
      )
    case 'columns':
      return buildZip(
        workbookParts({
          'xl/worksheets/sheet1.xml': function* () {
            yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}><cols><col min="1" max="2000000000" width="12" customWidth="1"/></cols><sheetData>${HEADER_ROW}`
            yield* oneRow()
            yield '</sheetData></worksheet>'
          },
        }),
      )
  }
}
