import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { buildZip } from './test-bombs'
import {
  checkXlsx,
  partCounter,
  XLSX_LIMITS,
  XlsxLimitError,
  zipKind,
  type XlsxCounts,
  type XlsxLimits,
  type XlsxProblem,
} from './xlsx-guard'

function problemOf(fn: () => unknown): XlsxProblem {
  try {
    fn()
  } catch (e) {
    if (e instanceof XlsxLimitError) return e.problem
    throw e
  }
  throw new Error('expected an XlsxLimitError')
}

const limits = (over: Partial<XlsxLimits>): XlsxLimits => ({ ...XLSX_LIMITS, ...over })

/** A sheet part with `rows` rows of `cells` cells, written with the given element prefix ("" or "x:"). */
function sheet(rows: number, cells: number, prefix = ''): string {
  const row = (r: number) =>
    `<${prefix}row r="${r}">${Array.from({ length: cells }, (_, c) => `<${prefix}c r="${String.fromCharCode(65 + c)}${r}" t="s"><${prefix}v>${c}</${prefix}v></${prefix}c>`).join('')}</${prefix}row>`
  return `<?xml version="1.0"?><${prefix}worksheet><${prefix}cols><${prefix}col min="1" max="3"/></${prefix}cols><${prefix}sheetData>${Array.from({ length: rows }, (_, i) => row(i + 1)).join('')}</${prefix}sheetData></${prefix}worksheet>`
}

describe('checkXlsx counts while the parts inflate', () => {
  // Thousands of rows inflate in many chunks, so element names fall across chunk boundaries.
  const rows = 3_000
  const zip = buildZip({
    'xl/workbook.xml': '<workbook/>',
    'xl/worksheets/sheet1.xml': sheet(rows, 3),
  })

  it('accepts a sheet at the row and cell limits, and refuses one row or cell more', () => {
    expect(() =>
      checkXlsx(zip, limits({ maxRowsPerSheet: rows, maxCells: rows * 3 })),
    ).not.toThrow()
    expect(problemOf(() => checkXlsx(zip, limits({ maxRowsPerSheet: rows - 1 })))).toEqual({
      kind: 'too-many-rows',
      limit: rows - 1,
    })
    expect(problemOf(() => checkXlsx(zip, limits({ maxCells: rows * 3 - 1 })))).toEqual({
      kind: 'too-many-cells',
      limit: rows * 3 - 1,
    })
  })

  it('counts rows per sheet and cells in all sheets together', () => {
    const two = buildZip({
      'xl/worksheets/sheet1.xml': sheet(100, 2),
      'xl/worksheets/sheet2.xml': sheet(100, 2),
    })
    expect(() => checkXlsx(two, limits({ maxRowsPerSheet: 100, maxCells: 400 }))).not.toThrow()
    expect(
      problemOf(() => checkXlsx(two, limits({ maxRowsPerSheet: 100, maxCells: 399 }))),
    ).toEqual({ kind: 'too-many-cells', limit: 399 })
  })

  it('counts elements written with a namespace prefix, and not <col>, <cols> or closing tags', () => {
    const prefixed = buildZip({ 'xl/worksheets/sheet1.xml': sheet(50, 2, 'x:') })
    expect(() => checkXlsx(prefixed, limits({ maxRowsPerSheet: 50, maxCells: 100 }))).not.toThrow()
    expect(problemOf(() => checkXlsx(prefixed, limits({ maxRowsPerSheet: 49 })))).toEqual({
      kind: 'too-many-rows',
      limit: 49,
    })
  })

  it('counts rows in every part, whatever its name', () => {
    const hidden = buildZip({ 'xl/worksheets/sheet1.xml.bak': sheet(20, 1) })
    expect(problemOf(() => checkXlsx(hidden, limits({ maxRowsPerSheet: 10 })))).toEqual({
      kind: 'too-many-rows',
      limit: 10,
    })
  })

  it('counts shared strings and rich-text runs, and style records', () => {
    const strings = buildZip({
      'xl/sharedStrings.xml': `<sst>${'<si><r><t>a</t></r><r><t>b</t></r></si>'.repeat(10)}</sst>`,
    })
    expect(() => checkXlsx(strings, limits({ maxStrings: 30 }))).not.toThrow()
    expect(problemOf(() => checkXlsx(strings, limits({ maxStrings: 29 })))).toEqual({
      kind: 'too-many-strings',
      limit: 29,
    })
    const styles = buildZip({
      'xl/styles.xml': `<styleSheet><fonts>${'<font/>'.repeat(5)}</fonts><cellXfs>${'<xf numFmtId="0"/>'.repeat(5)}</cellXfs></styleSheet>`,
    })
    expect(() => checkXlsx(styles, limits({ maxStyles: 10 }))).not.toThrow()
    expect(problemOf(() => checkXlsx(styles, limits({ maxStyles: 9 })))).toEqual({
      kind: 'too-many-styles',
      limit: 9,
    })
  })

  it('counts the cells a defined name spans, reading past a ">" inside an attribute', () => {
    const book = (ranges: string) =>
      buildZip({
        'xl/workbook.xml': `<workbook><definedNames><definedName name="a&gt;b" comment="x > y">${ranges}</definedName><definedName name="tom"/></definedNames></workbook>`,
      })
    expect(() =>
      checkXlsx(book('Ark1!$A$1:$B$50,Ark1!$D$4'), limits({ maxCells: 101 })),
    ).not.toThrow()
    expect(
      problemOf(() => checkXlsx(book('Ark1!$A$1:$B$50,Ark1!$D$4'), limits({ maxCells: 100 }))),
    ).toEqual({ kind: 'too-many-cells', limit: 100 })
    expect(problemOf(() => checkXlsx(book("'Mitt ark'!$A$1:$XFD$1048576"), XLSX_LIMITS))).toEqual({
      kind: 'too-many-cells',
      limit: XLSX_LIMITS.maxCells,
    })
  })

  it('passes on the zip guard’s refusals', () => {
    expect(problemOf(() => checkXlsx(strToU8('ikke en zip')))).toEqual({ kind: 'not-zip' })
  })
})

describe('partCounter', () => {
  const xml = strToU8(
    `<?xml version="1.0"?><x:worksheet><x:cols><x:col min="1"/></x:cols><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><c r="B1"/></x:row>` +
      `<row r="2" spans="1:2"><c r="A2" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row></x:sheetData>` +
      `<definedNames><definedName name="x" comment='a > b'>Ark!$A$1:$C$3</definedName><definedName name="y"/></definedNames>` +
      `<comments><comment ref="A1"/></comments><numFmt/><xf/><dxf/></x:worksheet>`,
  )
  const expected: XlsxCounts = { rows: 2, cells: 3 + 9 + 1, strings: 2, styles: 3 }

  function count(chunks: Uint8Array[]): XlsxCounts {
    const counts: XlsxCounts = { rows: 0, cells: 0, strings: 0, styles: 0 }
    const sink = partCounter(XLSX_LIMITS, counts)
    chunks.forEach((chunk, i) => sink(chunk, i === chunks.length - 1))
    return counts
  }

  it('counts the same wherever the chunks are split', () => {
    expect(count([xml])).toEqual(expected)
    for (let at = 1; at < xml.length; at++)
      expect(count([xml.subarray(0, at), xml.subarray(at)]), `split at ${at}`).toEqual(expected)
    expect(count(Array.from(xml, (b) => Uint8Array.of(b)))).toEqual(expected)
  })
})

describe('zipKind', () => {
  it.each([
    ['xlsx', { 'xl/workbook.xml': '<workbook/>' }],
    ['docx', { 'word/document.xml': '<w:document/>' }],
    ['pptx', { 'ppt/presentation.xml': '<p:presentation/>' }],
    [
      'opendocument',
      {
        mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
        'content.xml': '<office:document-content/>',
      },
    ],
    ['other', { 'notat.txt': 'hei' }],
  ] as const)('tells %s by the names of its parts', (kind, parts) => {
    const files = Object.fromEntries(
      Object.entries(parts).map(([name, text]) => [name, strToU8(text)]),
    )
    expect(zipKind(zipSync(files))).toBe(kind)
  })
})
