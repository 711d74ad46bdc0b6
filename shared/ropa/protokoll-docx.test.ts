import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { exportRopaDocx, fieldTable, type FieldRow } from './protokoll-docx'
import { ROPA_TEST_NOW, ropaTestWorkbench } from './test-workbench'

async function html(bytes: Uint8Array): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
}

async function part(bytes: Uint8Array, path: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file(path)
  if (!file) throw new Error(`mangler ${path}`)
  return file.async('string')
}

function headings(h: string, level: 1 | 2): string[] {
  return [
    ...h.matchAll(new RegExp(`<h${level}>(?:<a id="[^"]*"></a>)?(.*?)</h${level}>`, 'g')),
  ].map((m) => m[1]!)
}

/** The two-column table that follows the heading of an activity, as label → text. */
function activityTable(h: string, name: string): Map<string, string> {
  const start = h.indexOf(`${name}</h2>`)
  expect(start, name).toBeGreaterThan(-1)
  const table = h.slice(start, h.indexOf('</table>', start))
  const rows = new Map<string, string>()
  for (const m of table.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/g)) {
    const label = /<strong>(.*?)<\/strong>/.exec(m[1]!)?.[1] ?? ''
    rows.set(label, m[2]!.replace(/<\/p><p>|<\/li><li>/g, '\n').replace(/<[^>]+>/g, ''))
  }
  return rows
}

describe('exportRopaDocx', () => {
  // One document for the whole file: laying out the pages takes a moment.
  const bytes = exportRopaDocx(ropaTestWorkbench(), { now: ROPA_TEST_NOW })

  it('has the title page facts: organisation, org number, DPO and date', async () => {
    const h = await html(await bytes)
    expect(h).toContain('<p>Protokoll over behandlingsaktiviteter</p>')
    expect(h).toContain(
      '<td><p><strong>Organisasjonsnummer</strong></p></td><td><p>999 888 771</p></td>',
    )
    expect(h).toContain(
      '<td><p><strong>Personvernombud</strong></p></td><td><p>Kari Nordmann, personvern@nordlys.example, 55 00 00 01</p></td>',
    )
    expect(h).toContain('<td><p><strong>Dato</strong></p></td><td><p>1. juni 2026</p></td>')
  })

  it('has a heading for each part and each activity, archived ones left out', async () => {
    const h = await html(await bytes)
    expect(headings(h, 1)).toEqual([
      'Behandlingsansvarlig og personvernombud',
      'Behandlingsaktiviteter som behandlingsansvarlig',
      'Behandlingsaktiviteter som databehandler',
    ])
    expect(headings(h, 2)).toEqual([
      'Ny app for kunder',
      'Kundeavtale og fakturering',
      'Kundeservice og henvendelser',
      'Oppfølging av sykefravær',
      'Rekruttering',
      'Kameraovervåking av trafostasjoner',
      'Innsamling av måleverdier for netteier',
    ])
  })

  it('writes every art. 30(1) item of a controller activity as a table row', async () => {
    const rows = activityTable(await html(await bytes), 'Kundeavtale og fakturering')
    expect([...rows.keys()]).toEqual([
      'Beskrivelse',
      'Intern ansvarlig (avdeling)',
      'Funksjonsområde',
      'Formål med behandlingen',
      'Behandlingsgrunnlag',
      'Særlige kategorier og straffedommer',
      'Kategorier av registrerte',
      'Kategorier av personopplysninger',
      'Kilde',
      'Mottakere',
      'Databehandlere',
      'Felles behandlingsansvarlig',
      'Overføring til tredjeland',
      'Sletting',
      'Sikkerhetstiltak',
      'System',
      'Høy risiko – DPIA',
      'Status',
    ])
    expect(rows.get('Formål med behandlingen')).toBe(
      'Levere strøm etter avtalen\nFakturere forbruk',
    )
    expect(rows.get('Behandlingsgrunnlag')).toBe(
      'Avtale (art. 6 nr. 1 bokstav b)\nRettslig forpliktelse (art. 6 nr. 1 bokstav c): bokføringsloven § 13\nRettslig forpliktelse (art. 6 nr. 1 bokstav c): avregningsforskriften § 6-1',
    )
    expect(rows.get('Databehandlere')).toBe(
      'Regnskapshuset AS (databehandleravtale signert 01.02.2025)',
    )
    expect(rows.get('Overføring til tredjeland')).toBe(
      'Kraftbørs Ltd (Storbritannia): Beslutning om tilstrekkelig beskyttelsesnivå, art. 45',
    )
    expect(rows.get('Sletting')).toBe(
      '5 år etter utløpet av regnskapsåret\nGrunnlag: bokføringsloven § 13',
    )
    expect(rows.get('Felles behandlingsansvarlig')).toBe('Ingen')
    expect(rows.get('Status')).toBe('Aktiv, sist gjennomgått 15.01.2026')
  })

  it('shows special categories, art. 9 and art. 10, the DPIA and interests in words', async () => {
    const h = await html(await bytes)
    const syk = activityTable(h, 'Oppfølging av sykefravær')
    expect(syk.get('Særlige kategorier og straffedommer')).toBe(
      'Særlige kategorier: Helseopplysninger\nGrunnlag: Arbeidsrett og trygderett (art. 9 nr. 2 bokstav b)\nHjemmel: arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2',
    )
    expect(syk.get('Høy risiko – DPIA')).toBe(
      'Ja, behandlingen kan innebære høy risiko. Vurdering av personvernkonsekvenser (DPIA) gjennomført 01.03.2025.',
    )
    expect(activityTable(h, 'Rekruttering').get('Særlige kategorier og straffedommer')).toBe(
      'Opplysninger om straffedommer og lovovertredelser (art. 10): politiregisterloven § 39 (politiattest for enkelte stillinger)',
    )
    expect(activityTable(h, 'Kameraovervåking av trafostasjoner').get('Behandlingsgrunnlag')).toBe(
      'Berettiget interesse (art. 6 nr. 1 bokstav f): Verne anleggene mot innbrudd (hjemmel: personopplysningsforskriften kap. 8)',
    )
    expect(activityTable(h, 'Ny app for kunder').get('Formål med behandlingen')).toBe('Ikke angitt')
  })

  it('writes the art. 30(2) items of a processor activity', async () => {
    const rows = activityTable(await html(await bytes), 'Innsamling av måleverdier for netteier')
    expect(rows.get('Behandlingsansvarlig')).toBe(
      'Fjordnett AS, Nettveien 2, 5003 Bergen, personvern@fjordnett.example',
    )
    expect(rows.get('Kategorier av behandling')).toBe(
      'Innsamling av måleverdier for netteier\nHenting og kvalitetssikring av måleverdier etter oppdrag fra netteier.',
    )
    expect(rows.get('Underdatabehandlere')).toBe('Skyhjelp Inc. (databehandleravtale mangler)')
    expect(rows.get('Overføring til tredjeland')).toMatch(
      /^Skyhjelp Inc\. \(USA\): EU–US Data Privacy Framework/,
    )
    expect(rows.get('Sikkerhetstiltak')).toBe(
      'Adskilte miljøer per oppdragsgiver\nKryptert overføring',
    )
  })

  it('has a table of contents with the headings and page numbers, updated by Word on open', async () => {
    const b = await bytes
    const document = await part(b, 'word/document.xml')
    expect(document).toMatch(/TOC \\h \\o &quot;1-2&quot;/)
    const h = await html(b)
    expect(h).toMatch(/<a href="#_Toc\d+">Kundeavtale og fakturering\t\d+<\/a>/)
    expect(await part(b, 'word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/)
  })

  it('has "Side X av Y" in the footer, nb-NO as language, heading styles and document properties', async () => {
    const b = await bytes
    const zip = await JSZip.loadAsync(b)
    const footers = await Promise.all(
      zip.file(/word\/footer\d+\.xml/).map((f) => f.async('string')),
    )
    const footer = footers.find((f) => f.includes('PAGE'))!
    expect(footer).toMatch(/Side .*PAGE.* av .*NUMPAGES/s)
    const styles = await part(b, 'word/styles.xml')
    expect(styles).toContain('<w:lang w:val="nb-NO"/>')
    expect(styles).toMatch(/w:styleId="Heading1"/)
    expect(styles).toMatch(/w:styleId="Heading2"/)
    const core = await part(b, 'docProps/core.xml')
    expect(core).toContain(
      '<dc:title>Protokoll over behandlingsaktiviteter – Nordlys Kraft AS</dc:title>',
    )
    expect(core).toContain('<dc:creator>Ombud</dc:creator>')
  })

  it('says so when the company is no processor, and can leave out the page estimate', async () => {
    const wb = ropaTestWorkbench()
    wb.activities = wb.activities.filter((a) => a.role === 'controller')
    const b = await exportRopaDocx(wb, {
      now: ROPA_TEST_NOW,
      estimatePageNumbers: false,
      updateFieldsOnOpen: false,
    })
    expect(await part(b, 'word/settings.xml')).not.toMatch(
      /<w:updateFields(?: w:val="(?:true|1)")?\/>/,
    )
    const h = await html(b)
    expect(h).toContain(
      'Nordlys Kraft AS har ikke registrert behandlinger som databehandler for andre behandlingsansvarlige.',
    )
  })

  it('exports the sample workbench with a heading per listed activity', async () => {
    const sample = sampleWorkbench(ROPA_TEST_NOW)
    const h = await html(
      await exportRopaDocx(sample, { now: ROPA_TEST_NOW, estimatePageNumbers: false }),
    )
    expect(headings(h, 2)).toHaveLength(
      sample.activities.filter((a) => a.status !== 'archived').length,
    )
  })
})

/**
 * The field table as docx's own Table, TableRow, TableCell, Paragraph and TextRun write it:
 * the protokoll's tables write their XML directly and must come out the same.
 */
function docxFieldTable(rows: readonly FieldRow[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' }
  const margins = { top: 60, bottom: 60, left: 100, right: 100 }
  const grey = '7F7F7F'
  const cellParagraphs = (r: FieldRow): Paragraph[] => {
    const c = r.content
    if (c === null || (typeof c === 'string' ? c.trim() === '' : c.length === 0)) {
      const text = r.empty ?? 'Ikke angitt'
      return [new Paragraph({ children: [new TextRun({ text, italics: true, color: grey })] })]
    }
    if (typeof c === 'string')
      return c
        .trim()
        .split(/\r?\n/)
        .map((line) => new Paragraph({ children: [new TextRun(line)] }))
    if (c.length === 1) return [new Paragraph({ children: [new TextRun(c[0]!)] })]
    return c.map(
      (item) =>
        new Paragraph({
          children: [new TextRun(item)],
          numbering: { reference: 'ropa-bullets', level: 0 },
        }),
    )
  }
  const length = (c: FieldRow['content']) =>
    c === null ? 0 : typeof c === 'string' ? c.length : c.reduce((n, s) => n + s.length + 40, 0)
  return new Table({
    width: { size: 9638, type: WidthType.DXA },
    columnWidths: [3200, 6438],
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: length(r.content) < 1200,
          children: [
            new TableCell({
              width: { size: 3200, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' },
              margins,
              children: [
                new Paragraph({ children: [new TextRun({ text: r.label, bold: true })] }),
                ...(r.article
                  ? [
                      new Paragraph({
                        children: [new TextRun({ text: r.article, size: 18, color: grey })],
                      }),
                    ]
                  : []),
              ],
            }),
            new TableCell({
              width: { size: 6438, type: WidthType.DXA },
              margins,
              children: cellParagraphs(r),
            }),
          ],
        }),
    ),
  })
}

async function documentParts(children: FileChild[]): Promise<string[]> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'ropa-bullets',
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
    sections: [{ children }],
  })
  const bytes = await Packer.pack(doc, 'uint8array')
  return Promise.all(['word/document.xml', 'word/numbering.xml'].map((p) => part(bytes, p)))
}

describe('fieldTable', () => {
  const rows: FieldRow[] = [
    { label: 'Beskrivelse', content: 'Første linje\r\nAndre linje & <tredje> «fjerde»\n' },
    { label: 'Formål', article: 'art. 30 nr. 1 bokstav b', content: ['Levere', 'Fakturere'] },
    { label: 'Ett formål', article: 'art. 6', content: ['Bare dette'] },
    { label: 'Tom liste', content: [], empty: 'Ingen' },
    { label: 'Tom tekst', article: 'art. 35', content: '  ' },
    { label: 'Ingenting', content: null },
    { label: 'Lang tekst', content: 'x'.repeat(1300) },
    { label: 'Lang liste', content: Array.from({ length: 40 }, (_, i) => `Punkt ${i}`) },
    { label: 'Tom linje', content: 'a\n\nb' },
  ]

  it('writes the same XML as docx writes the same table, lists and all', async () => {
    const half = rows.slice(4)
    const [document, numbering] = await documentParts([
      fieldTable(rows),
      new Paragraph('Mellom tabellene'),
      fieldTable(half),
    ])
    const [expectedDocument, expectedNumbering] = await documentParts([
      docxFieldTable(rows),
      new Paragraph('Mellom tabellene'),
      docxFieldTable(half),
    ])
    expect(document).toBe(expectedDocument)
    expect(numbering).toBe(expectedNumbering)
    expect(document).toContain('w:numId w:val="')
  })

  it('adds no list to the numbering when no cell has one', async () => {
    const plain = rows.filter((r) => !Array.isArray(r.content) || r.content.length < 2)
    const [document, numbering] = await documentParts([fieldTable(plain)])
    const [expectedDocument, expectedNumbering] = await documentParts([docxFieldTable(plain)])
    expect(document).toBe(expectedDocument)
    expect(numbering).toBe(expectedNumbering)
    expect(document).not.toContain('w:numPr')
  })
})
