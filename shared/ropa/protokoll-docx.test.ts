import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { exportRopaDocx } from './protokoll-docx'
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

function headings(h: string, level: 1 | 2 | 3): string[] {
  return [
    ...h.matchAll(new RegExp(`<h${level}>(?:<a id="[^"]*"></a>)?(.*?)</h${level}>`, 'g')),
  ].map((m) => m[1]!)
}

/** The area and activity headings (levels 2 and 3) in document order. */
function lowerHeadings(h: string): string[] {
  return [...h.matchAll(/<h[23]>(?:<a id="[^"]*"><\/a>)?(.*?)<\/h[23]>/g)].map((m) => m[1]!)
}

/** The two-column table an activity's name heads, as label → text. */
function activityTable(h: string, name: string): Map<string, string> {
  const start = h.indexOf(`${name}</h3>`)
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
    expect(h).toContain('<td><p><strong>Dato</strong></p></td><td><p>1. juni 2026</p></td>')
  })

  it('gives the controller and the DPO once, after the contents, not on the cover as well', async () => {
    const h = await html(await bytes)
    const dpo =
      '<td><p><strong>Personvernombud</strong></p></td><td><p>Kari Nordmann, <a href="mailto:personvern@nordlys.example">personvern@nordlys.example</a>, 55 00 00 01</p></td>'
    expect(h.split(dpo)).toHaveLength(2)
    expect(h.indexOf(dpo)).toBeGreaterThan(h.indexOf('<h1>Behandlingsansvarlig og personvernombud</h1>'))
    expect(h.split('<strong>Adresse</strong>')).toHaveLength(2)
  })

  it('has a heading for each part and each activity, archived ones and drafts left out', async () => {
    const h = await html(await bytes)
    expect(headings(h, 1)).toEqual([
      'Behandlingsansvarlig og personvernombud',
      'Behandlingsaktiviteter som behandlingsansvarlig',
      'Behandlingsaktiviteter som databehandler',
    ])
    expect(headings(h, 3)).toEqual([
      'Kundeavtale og fakturering',
      'Kundeservice og henvendelser',
      'Oppfølging av sykefravær',
      'Rekruttering',
      'Kameraovervåking av trafostasjoner',
      'Innsamling av måleverdier for netteier',
    ])
  })

  it('puts a heading over each functional area, as the text says it is ordered', async () => {
    const h = await html(await bytes)
    expect(h).toContain('ordnet etter funksjonsområde.')
    const areas = headings(h, 2)
    expect(areas.length).toBeGreaterThan(1)
    const wb = ropaTestWorkbench()
    for (const name of headings(h, 3)) {
      const a = wb.activities.find((x) => x.name === name)!
      const area = a.area.trim() === '' ? 'Uten funksjonsområde' : a.area.trim()
      // The activity's nearest area heading above it is its own area.
      const before = h.slice(0, h.indexOf(`${name}</h3>`))
      expect(before.lastIndexOf(`<h2>${area}</h2>`), name).toBe(
        Math.max(...areas.map((x) => before.lastIndexOf(`<h2>${x}</h2>`))),
      )
    }
  })

  it('names the activity in a header row that Word repeats on every page the table runs over', async () => {
    const document = await part(await bytes, 'word/document.xml')
    const rows = [...document.matchAll(/<w:tr>(?:(?!<\/w:tr>).)*<\/w:tr>/g)].map((m) => m[0])
    const named = rows.filter((r) => r.includes('Kundeavtale og fakturering</w:t>'))
    expect(named[0]).toContain('<w:tblHeader/>')
    expect(named[0]).toContain('<w:pStyle w:val="Heading3"/>')
    expect(named[0]).toContain('<w:gridSpan w:val="2"/>')
  })

  it('lists drafts only when asked, each marked «Utkast»', async () => {
    const h = await html(await exportRopaDocx(ropaTestWorkbench(), { now: ROPA_TEST_NOW, includeDrafts: true }))
    expect(headings(h, 3)).toContain('Utkast: Ny app for kunder')
    expect(h).toContain('Utkast. Behandlingen er ikke besluttet eller tatt i bruk, og opplysningene kan være ufullstendige.')
    expect(activityTable(h, 'Utkast: Ny app for kunder').get('Status')).toMatch(/^Utkast/)
    expect(activityTable(h, 'Utkast: Ny app for kunder').get('Formål med behandlingen')).toBe('Ikke angitt')
    expect(h).toMatch(/som behandlingsansvarlig, \d+ behandlingsaktivitet(er)? som databehandler, av dem 1 utkast \(merket «Utkast»\)/)
    expect(await html(await bytes)).not.toContain('Ny app for kunder')
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
      // Each purpose with exactly the basis that covers it.
      'Levere strøm etter avtalen – Avtale (art. 6 nr. 1 bokstav b)\nFakturere forbruk – Rettslig forpliktelse (art. 6 nr. 1 bokstav c)\nFakturere forbruk – Rettslig forpliktelse (art. 6 nr. 1 bokstav c)',
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

  it('has a table of contents of links to every heading, with no field for Word to update', async () => {
    const b = await bytes
    const h = await html(b)
    const entries = [...h.matchAll(/<a href="#(_Ombud\d+)">([^<]*)<\/a>/g)]
    const bare = h.replace(/<a id="[^"]*"><\/a>/g, '')
    const controllerPart = bare.indexOf('<h1>Behandlingsaktiviteter som behandlingsansvarlig</h1>')
    const processorPart = bare.indexOf('<h1>Behandlingsaktiviteter som databehandler</h1>')
    expect(controllerPart).toBeGreaterThan(0)
    expect(processorPart).toBeGreaterThan(controllerPart)
    expect(entries.map((m) => m[2])).toEqual([
      ...headings(h, 1).slice(0, 2),
      ...lowerHeadings(bare.slice(controllerPart, processorPart)),
      'Behandlingsaktiviteter som databehandler',
      ...lowerHeadings(bare.slice(processorPart)),
    ])
    // Each entry links to its own heading.
    for (const [, anchor, text] of entries) expect(h).toContain(`<a id="${anchor}"></a>${text}</h`)
    const document = await part(b, 'word/document.xml')
    expect(document).not.toContain('TOC \\')
    expect(document).not.toMatch(/<w:fldChar|w:instr=" ?TOC/)
    expect(await part(b, 'word/settings.xml')).not.toContain('updateFields')
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

  it('says so when the company is no processor', async () => {
    const wb = ropaTestWorkbench()
    wb.activities = wb.activities.filter((a) => a.role === 'controller')
    const b = await exportRopaDocx(wb, { now: ROPA_TEST_NOW })
    const h = await html(b)
    expect(h).toContain(
      'Nordlys Kraft AS har ikke registrert behandlinger som databehandler for andre behandlingsansvarlige.',
    )
  })

  it('exports the sample workbench with a heading per listed activity', async () => {
    const sample = sampleWorkbench(ROPA_TEST_NOW)
    const h = await html(await exportRopaDocx(sample, { now: ROPA_TEST_NOW }))
    expect(headings(h, 3)).toHaveLength(
      sample.activities.filter((a) => a.status === 'active').length,
    )
  })
})

