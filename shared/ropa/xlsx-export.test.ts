import { Workbook, type Worksheet } from 'exceljs'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './columns'
import { ropaTestWorkbench } from './test-workbench'
import { exportProcessorsXlsx, exportRopaXlsx, exportTransfersXlsx } from './xlsx-export'
import { cellText } from './xlsx-import'

const NOW = '2026-06-01T10:00:00.000Z'

async function load(bytes: Uint8Array): Promise<Workbook> {
  const wb = new Workbook()
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return wb
}

function rowValues(ws: Worksheet, row: number): string[] {
  const values: string[] = []
  ws.getRow(row).eachCell({ includeEmpty: true }, (cell, col) => {
    values[col - 1] = cellText(cell.value)
  })
  return values
}

/** The data rows of a sheet as objects keyed by heading. */
function records(ws: Worksheet): Array<Record<string, string>> {
  const headings = rowValues(ws, 1)
  const out: Array<Record<string, string>> = []
  for (let r = 2; r <= ws.rowCount; r++) {
    const values = rowValues(ws, r)
    out.push(Object.fromEntries(headings.map((h, i) => [h, values[i] ?? ''])))
  }
  return out
}

describe('exportRopaXlsx', () => {
  it('writes the controller and processor sheets in the template layout, and the explanation sheet', async () => {
    const wb = await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Behandlingsansvarlig',
      'Databehandler',
      'Om protokollen',
    ])
    const controller = wb.getWorksheet('Behandlingsansvarlig')!
    expect(rowValues(controller, 1)).toEqual(CONTROLLER_COLUMNS.map((c) => c.heading))
    expect(rowValues(wb.getWorksheet('Databehandler')!, 1)).toEqual(
      PROCESSOR_COLUMNS.map((c) => c.heading),
    )
    // The template's order after the Ombud-ID, as the domain notes list it (Ombud's own columns left out).
    expect(CONTROLLER_COLUMNS.filter((c) => c.origin === 'template').map((c) => c.key)).toEqual([
      'owner',
      'area',
      'activity',
      'purposes',
      'dataSubjects',
      'dataCategories',
      'sources',
      'recipients',
      'art6',
      'art6Detail',
      'art9',
      'systems',
      'retention',
      'security',
      'dpia',
      'processors',
      'jointController',
      'thirdCountries',
      'safeguards',
    ])
  })

  it('formats the header: bold, frozen, filtered, wrapped', async () => {
    const ws = (await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))).getWorksheet(
      'Behandlingsansvarlig',
    )!
    expect(ws.getCell('D1').font?.bold).toBe(true)
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(ws.autoFilter).toBeTruthy()
    expect(ws.getCell('D1').alignment?.wrapText).toBe(true)
    expect(ws.getCell('E3').alignment).toMatchObject({ wrapText: true, vertical: 'top' })
    expect(ws.getColumn(4).width).toBe(34)
    expect(ws.getRow(3).height).toBeGreaterThan(30)
  })

  it('prints readably: A3 landscape at most three pages wide, titles repeated, a print area, rows as tall as their text', async () => {
    const wb = await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))
    const ws = wb.getWorksheet('Behandlingsansvarlig')!
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 8,
      fitToPage: true,
      fitToWidth: 3,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      printTitlesColumn: 'D:D',
    })
    expect(ws.pageSetup.printArea).toBe(`A1:${String.fromCharCode(64 + CONTROLLER_COLUMNS.length)}${ws.rowCount}`)
    // The name and the description in cells of their own; rows of different text, different heights.
    expect(ws.getCell('D1').value).toBe('Behandlingsaktivitet')
    expect(ws.getCell('E1').value).toBe('Beskrivelse')
    const heights = Array.from({ length: ws.rowCount - 1 }, (_, i) => ws.getRow(i + 2).height)
    expect(new Set(heights).size).toBeGreaterThan(1)
    expect(Math.max(...heights)).toBeLessThan(214)
    // Three A3 widths at about 100 %: the columns fit them without shrinking the text to nothing.
    const total = CONTROLLER_COLUMNS.reduce((n, _, i) => n + (ws.getColumn(i + 1).width ?? 0), 0)
    expect(total).toBeLessThan(3 * 215)
  })

  it('widens a register column so no heading breaks inside a word and no e-mail address splits', async () => {
    const wb = await load(await exportProcessorsXlsx(ropaTestWorkbench(), { now: NOW }))
    const ws = wb.worksheets[0]!
    ws.getRow(1).eachCell((cell, col) => {
      const longest = Math.max(...cellText(cell.value).split(/\s+/).map((w) => w.length))
      expect(ws.getColumn(col).width, cellText(cell.value)).toBeGreaterThanOrEqual(longest * 1.2)
    })
    ws.eachRow((row, n) => {
      if (n === 1) return
      row.eachCell((cell, col) => {
        for (const email of cellText(cell.value).match(/\S+@\S+/g) ?? [])
          expect(ws.getColumn(col).width, email).toBeGreaterThan(email.length)
      })
    })
  })

  it('writes one row per activity with lists on lines and bases as Norwegian labels with the article', async () => {
    const ws = (await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))).getWorksheet(
      'Behandlingsansvarlig',
    )!
    const rows = records(ws)
    // Archived activities and drafts are left out.
    expect(rows.map((r) => r['Ombud-ID'])).toEqual([
      'a-kunde',
      'a-service',
      'a-sykefravaer',
      'a-rekruttering',
      'a-kamera',
    ])
    const kunde = rows.find((r) => r['Ombud-ID'] === 'a-kunde')!
    expect(kunde['Formål med behandlingen']).toBe('Levere strøm etter avtalen\nFakturere forbruk')
    expect(kunde['Behandlingsgrunnlag etter art. 6']).toBe(
      'Avtale (art. 6 nr. 1 bokstav b)\nRettslig forpliktelse (art. 6 nr. 1 bokstav c)\nRettslig forpliktelse (art. 6 nr. 1 bokstav c)',
    )
    expect(kunde['Rettslig forpliktelse eller berettiget interesse']).toBe(
      'Rettslig forpliktelse: bokføringsloven § 13\nRettslig forpliktelse: avregningsforskriften § 6-1',
    )
    expect(kunde['Kilde']).toBe(
      'Den registrerte\nElhub (offentlig register)\nKredittopplysning (Experian) (tredjepart)',
    )
    expect(kunde['Databehandlere']).toBe('Regnskapshuset AS')
    expect(kunde['Tredjeland']).toBe('Storbritannia (Kraftbørs Ltd)')
    expect(kunde['Overføringsgrunnlag (garantier)']).toBe(
      'Kraftbørs Ltd (Storbritannia): Beslutning om tilstrekkelig beskyttelsesnivå, art. 45',
    )
    expect(kunde['Sletting (frist)']).toBe(
      '5 år etter utløpet av regnskapsåret\nGrunnlag: bokføringsloven § 13',
    )
    expect(kunde['Høy risiko – DPIA?']).toBe('Nei')
    const syk = rows.find((r) => r['Ombud-ID'] === 'a-sykefravaer')!
    expect(syk['Kategorier av personopplysninger']).toBe(
      'Navn\nFraværsperioder\nHelseopplysninger (særlig kategori)',
    )
    expect(syk['Grunnlag etter art. 9 / art. 10']).toBe(
      'Arbeidsrett og trygderett (art. 9 nr. 2 bokstav b)\nHjemmel: arbeidsmiljøloven § 4-6 og folketrygdloven § 25-2',
    )
    expect(syk['Høy risiko – DPIA?']).toBe('Ja – DPIA gjennomført 2025-03-01')
    const service = rows.find((r) => r['Ombud-ID'] === 'a-service')!
    expect(service['Overføringsgrunnlag (garantier)']).toContain('EU–US Data Privacy Framework')
    expect(service['Overføringsgrunnlag (garantier)']).toContain(
      'reservegrunnlag: Standard personvernbestemmelser (EU) 2021/914',
    )
  })

  it('puts processor-role activities on the processor sheet', async () => {
    const ws = (await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))).getWorksheet(
      'Databehandler',
    )!
    expect(records(ws)).toEqual([
      expect.objectContaining({
        'Ombud-ID': 'a-maaling',
        Behandlingsansvarlig:
          'Fjordnett AS, Nettveien 2, 5003 Bergen, personvern@fjordnett.example',
        'Kategorier av behandling': 'Innsamling av måleverdier for netteier',
        Beskrivelse:
          'Henting og kvalitetssikring av måleverdier etter oppdrag fra netteier.',
        Underdatabehandlere: 'Skyhjelp Inc.',
        Tredjeland: 'USA (Skyhjelp Inc.)',
        Sikkerhetstiltak: 'Adskilte miljøer per oppdragsgiver\nKryptert overføring',
      }),
    ])
  })

  it('names the organisation, org number, DPO and export date on "Om protokollen"', async () => {
    const ws = (await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW }))).getWorksheet(
      'Om protokollen',
    )!
    const facts = new Map<string, string>()
    ws.eachRow((row) => {
      // The first occurrence: the column legend further down repeats some labels.
      const label = cellText(row.getCell(1).value)
      if (!facts.has(label)) facts.set(label, cellText(row.getCell(2).value))
    })
    expect(facts.get('Behandlingsansvarlig')).toBe('Nordlys Kraft AS')
    expect(facts.get('Organisasjonsnummer')).toBe('999 888 771')
    expect(facts.get('Personvernombud')).toBe(
      'Kari Nordmann, personvern@nordlys.example, 55 00 00 01',
    )
    expect(facts.get('Eksportert')).toBe('01.06.2026')
    expect(facts.get('Aktiviteter som behandlingsansvarlig')).toBe('5')
    expect(facts.has('Av dem utkast')).toBe(false)
  })

  it('leaves drafts out unless asked, and then marks them «Utkast»', async () => {
    const ids = (wb: Workbook) => records(wb.getWorksheet('Behandlingsansvarlig')!).map((r) => r['Ombud-ID'])
    expect(ids(await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW })))).not.toContain('a-utkast')
    const wb = await load(await exportRopaXlsx(ropaTestWorkbench(), { now: NOW, includeDrafts: true }))
    const ws = wb.getWorksheet('Behandlingsansvarlig')!
    const index = ids(wb).indexOf('a-utkast')
    expect(index).toBeGreaterThan(-1)
    expect(records(ws)[index]!['Status']).toBe('Utkast')
    // The whole row is shaded, so a reader of the sheet sees it at once.
    expect(ws.getRow(index + 2).getCell(1).fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } })
    expect(ws.getRow(index === 0 ? 3 : 2).getCell(1).fill).not.toMatchObject({ fgColor: { argb: 'FFFFF2CC' } })
    const about = wb.getWorksheet('Om protokollen')!
    const facts = new Map<string, string>()
    about.eachRow((row) => facts.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)))
    expect(facts.get('Av dem utkast')).toBe('1, merket «Utkast» i kolonnen Status og skyggelagt gult')
  })

  it('includes archived activities and the registers when asked', async () => {
    const wb = await load(
      await exportRopaXlsx(ropaTestWorkbench(), {
        now: NOW,
        includeArchived: true,
        includeRegisters: true,
      }),
    )
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      'Behandlingsansvarlig',
      'Databehandler',
      'Om protokollen',
      'Databehandlere',
      'Overføringer',
    ])
    expect(records(wb.getWorksheet('Behandlingsansvarlig')!).map((r) => r['Ombud-ID'])).toContain(
      'a-gammel',
    )
  })

  it('exports the sample workbench', async () => {
    const sample = sampleWorkbench(NOW)
    const wb = await load(await exportRopaXlsx(sample, { now: NOW }))
    const expected = sample.activities.filter((a) => a.status === 'active')
    expect(
      wb.getWorksheet('Behandlingsansvarlig')!.rowCount -
        1 +
        wb.getWorksheet('Databehandler')!.rowCount -
        1,
    ).toBe(expected.length)
  })
})

describe('register exports', () => {
  it('lists processors with agreement status and the art. 28 checklist', async () => {
    const ws = (
      await load(await exportProcessorsXlsx(ropaTestWorkbench(), { now: NOW }))
    ).getWorksheet('Databehandlere')!
    const rows = records(ws)
    expect(rows.map((r) => r['Databehandler'])).toEqual([
      'Regnskapshuset AS',
      'Skyhjelp Inc.',
      'Vakt og Kamera AS',
      'Gammel Leverandør AS',
    ])
    const sky = rows[1]!
    expect(sky['Databehandleravtale']).toBe('Mangler')
    expect(sky['Kontrollpunkter art. 28 nr. 3']).toMatch(
      /^0 av 8 punkter bekreftet\nIkke bekreftet: Behandler bare etter dokumenterte instrukser/,
    )
    expect(sky['Underdatabehandlere']).toBe('Datasenter Ltd (Irland) – Lagring')
    expect(sky['Brukes i behandlingsaktiviteter']).toBe(
      'Kundeservice og henvendelser\nInnsamling av måleverdier for netteier',
    )
    expect(rows[0]!['Databehandleravtale']).toBe('Signert 01.02.2025')
    expect(rows[3]!['Status']).toBe('Arkivert')
  })

  it('leaves archived transfers out of the transfer sheet and the activities’ third countries', async () => {
    const src = ropaTestWorkbench()
    const archived = {
      ...src,
      transfers: src.transfers.map((t) => (t.id === 't-support-in' ? { ...t, status: 'archived' as const } : t)),
    }
    const transfers = records((await load(await exportTransfersXlsx(archived, { now: NOW }))).getWorksheet('Overføringer')!)
    expect(transfers.map((r) => r['Mottaker'])).toEqual(['Kraftbørs Ltd', 'Skyhjelp Inc.'])
    const allRows = async (w: typeof src) =>
      JSON.stringify((await load(await exportRopaXlsx(w, { now: NOW }))).worksheets.map((ws) => records(ws)))
    expect(await allRows(src)).toContain('Brukerstøtte Pvt Ltd (India)')
    expect(await allRows(archived)).not.toContain('Brukerstøtte Pvt Ltd (India)')
  })

  it('lists transfers with mechanism, module, TIA and fallback', async () => {
    const ws = (
      await load(await exportTransfersXlsx(ropaTestWorkbench(), { now: NOW }))
    ).getWorksheet('Overføringer')!
    const rows = records(ws)
    expect(rows.map((r) => `${r['Mottaker']} – ${r['Land']}`)).toEqual([
      'Brukerstøtte Pvt Ltd – India',
      'Kraftbørs Ltd – Storbritannia',
      'Skyhjelp Inc. – USA',
    ])
    expect(rows[0]).toMatchObject({
      Overføringsgrunnlag: 'Standard personvernbestemmelser (EU) 2021/914',
      'Modul (standardavtale)': 'Modul 3: databehandler til databehandler',
      'Vurdering av overføringen (TIA)': '01.11.2025',
    })
    expect(rows[2]).toMatchObject({
      Reservegrunnlag: 'Standard personvernbestemmelser (EU) 2021/914',
      Databehandler: 'Skyhjelp Inc.',
    })
  })
})
