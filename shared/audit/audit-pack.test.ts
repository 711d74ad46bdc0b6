import { Workbook } from 'exceljs'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { fileNameProblem } from '../ipc'
import type { PolicyVersion } from '../model/clause'
import {
  auditPackFolderName,
  buildAuditPack,
  publishedPolicies,
  safeNamePart,
  type AuditPack,
  type AuditPackFile,
} from './audit-pack'
import { AUDIT_TEST_NOW, AUDIT_TEST_TODAY, auditTestWorkbench } from './test-workbench'

const opts = { today: AUDIT_TEST_TODAY, now: AUDIT_TEST_NOW }

function file(files: readonly AuditPackFile[], name: string): AuditPackFile {
  const f = files.find((x) => x.name === name)
  if (!f) throw new Error(`${name} mangler; pakken har ${files.map((x) => x.name).join(', ')}`)
  return f
}

function bytes(f: AuditPackFile): Uint8Array {
  if (typeof f.data === 'string') throw new Error(`${f.name} er tekst`)
  return f.data
}

async function docxHtml(f: AuditPackFile): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes(f)) })).value
}

async function sheets(f: AuditPackFile): Promise<Record<string, string[]>> {
  const wb = new Workbook()
  const b = bytes(f)
  await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)
  return Object.fromEntries(
    wb.worksheets.map((ws) => [
      ws.name,
      (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v)),
    ]),
  )
}

describe('buildAuditPack', () => {
  // Building the documents takes seconds; the tests read one pack.
  let full: AuditPack
  let withoutPolicy: AuditPack
  beforeAll(async () => {
    full = await buildAuditPack(await auditTestWorkbench(), opts)
    withoutPolicy = await buildAuditPack(sampleWorkbench(AUDIT_TEST_NOW), opts)
  })

  it('numbers the documents in reading order, under a folder named after the company and the day', async () => {
    const pack = full
    expect(pack.folderName).toBe('Tilsynspakke Eksempel Energi AS 2026-11-23')
    expect(pack.files.map((f) => f.name)).toEqual([
      '00 Innhold.txt',
      '01 Protokoll.docx',
      '02 Protokoll.xlsx',
      '03 Databehandlere.xlsx',
      '04 Overføringer til tredjeland.xlsx',
      '05 Personvernerklæring bokmål.docx',
      '06 Kontrollrapport.docx',
      '07 Kontrollrapport.txt',
      '08 Endringslogg.csv',
    ])
    expect(pack.missing).toEqual([])
    for (const f of pack.files) expect(fileNameProblem(f.name), f.name).toBeNull()
  })

  it('lists every document with what it is in «00 Innhold.txt»', async () => {
    const pack = full
    const text = file(pack.files, '00 Innhold.txt').data as string
    expect(
      text.startsWith('\ufeffTilsynspakke for Eksempel Energi AS (org.nr. 315 246 806)\r\n'),
    ).toBe(true)
    for (const f of pack.files.slice(1)) expect(text).toContain(`\r\n${f.name} – `)
    expect(text).toContain(
      '05 Personvernerklæring bokmål.docx – Gjeldende personvernerklæring på bokmål, publisert 01.09.2026, Word',
    )
    expect(text).toContain('Mangler: ingenting.')
    expect(text).not.toMatch(/[^\r]\n/)
  })

  it('writes the protokoll as Word with the art. 30 parts and as Excel in Datatilsynet’s sheets', async () => {
    const pack = full
    const html = await docxHtml(file(pack.files, '01 Protokoll.docx'))
    expect(html).toMatch(
      /<h1>(<a id="[^"]+"><\/a>)?Behandlingsaktiviteter som behandlingsansvarlig<\/h1>/,
    )
    expect(html).toContain('Forbruksinnsikt og energiråd i appen')
    expect(html).toContain('<table>')
    const xlsx = await sheets(file(pack.files, '02 Protokoll.xlsx'))
    expect(Object.keys(xlsx)).toEqual(['Behandlingsansvarlig', 'Databehandler', 'Om protokollen'])
    const processors = await sheets(file(pack.files, '03 Databehandlere.xlsx'))
    expect(processors.Databehandlere!.slice(0, 3)).toEqual(['Databehandler', 'Org.nr.', 'Land'])
    expect(processors.Databehandlere).toContain('Databehandleravtale')
    const transfers = await sheets(file(pack.files, '04 Overføringer til tredjeland.xlsx'))
    expect(transfers['Overføringer']!.slice(0, 3)).toEqual([
      'Mottaker',
      'Land',
      'Overføringsgrunnlag',
    ])
  })

  it('gives the protokoll a table of contents of links to its headings, without page numbers', async () => {
    for (const pack of [full, withoutPolicy]) {
      const html = await docxHtml(file(pack.files, '01 Protokoll.docx'))
      expect(html).toMatch(/<a href="#_Ombud\d+">Behandlingsansvarlig og personvernombud<\/a>/)
      expect(html).not.toMatch(/<a href="#[^"]+">[^<]*\t\d+<\/a>/)
    }
  })

  it('includes the newest published policy, not an older one or a later draft', async () => {
    const pack = full
    const html = await docxHtml(file(pack.files, '05 Personvernerklæring bokmål.docx'))
    expect(html).toContain('1. september 2026')
    expect(html).not.toContain('1. november 2026')
    expect(html).not.toContain('1. september 2025')
  })

  it('writes the readiness report as Word and as text, with the sample’s findings', async () => {
    const pack = full
    const text = file(pack.files, '07 Kontrollrapport.txt').data as string
    expect(text).toContain('# Klar for tilsyn? Kontroll av protokollen')
    expect(text).toContain('Kode: dpia-not-done')
    expect(text).not.toContain('kode dpia-not-done')
    const html = await docxHtml(file(pack.files, '06 Kontrollrapport.docx'))
    expect(html).toContain('<h1>Oppdatering og risikovurdering (art. 24 og 35) – ')
    // A finding is a row: the severity, the sentences, the provision, and the code in a cell of its own.
    expect(html).toMatch(
      /<tr><td><p><strong>Feil<\/strong><\/p><\/td><td><p>«Forbruksinnsikt og energiråd i appen»: behandlingen er i gang uten vurdering av personvernkonsekvenser \(DPIA\), i strid med artikkel 35 nr\. 1[^<]*<br \/><em>Slik retter du det: [^<]+<\/em><\/p><\/td><td><p>behandlingsaktivitet<br \/><em>art\. 35 nr\. 1<\/em><\/p><\/td><td><p>dpia-not-done<\/p><\/td><\/tr>/,
    )
    expect(pack.findings.map((f) => f.code)).toContain('dpia-not-done')
    expect(pack.scores.areas.find((a) => a.area === 'policy')!.score).not.toBeNull()
  })

  it('writes the change log as CSV with a byte order mark, semicolons and Norwegian letters', async () => {
    const pack = full
    const csv = file(pack.files, '08 Endringslogg.csv').data as string
    expect(
      csv.startsWith('\ufefftidspunkt;tabell;post;handling;felt;før;etter;endret av\r\n'),
    ).toBe(true)
    expect(csv.split('\r\n')[2]).toBe(
      '2026-10-02 11:00:00;Databehandlere;Vaktøye Sikkerhet AS;endret;merknader;;Årlig gjennomgang av tilgangsstyring på Øvre Ålesund-kontoret.;kari.nordmann',
    )
  })

  it('lists a missing policy instead of including a draft', async () => {
    const pack = withoutPolicy
    expect(pack.files.some((f) => f.name.includes('Personvernerklæring'))).toBe(false)
    expect(pack.missing).toEqual([
      expect.stringMatching(/^Personvernerklæring: ingen versjon er publisert/),
    ])
    expect(file(pack.files, '00 Innhold.txt').data).toContain(
      'Mangler:\r\n- Personvernerklæring: ingen versjon er publisert',
    )
    expect(file(pack.files, '06 Kontrollrapport.txt').data).toContain(
      '## Dokumenter som mangler i tilsynspakken\r\n\r\n- Personvernerklæring: ingen versjon er publisert',
    )
    expect(file(pack.files, '00 Innhold.txt').data).toContain('Endringsloggen er tom')
  })

  it('says what is missing when the organisation and the record are empty', async () => {
    const wb = { ...sampleWorkbench(AUDIT_TEST_NOW), organization: null, activities: [] }
    const pack = await buildAuditPack(wb, opts)
    expect(pack.folderName).toBe('Tilsynspakke 2026-11-23')
    expect(pack.missing).toHaveLength(3)
    expect(pack.missing[0]).toMatch(/^Virksomheten er ikke registrert/)
    expect(pack.missing[1]).toBe('Protokollen har ingen behandlingsaktiviteter.')
  })

  it('refuses a day that is not a date', async () => {
    await expect(
      buildAuditPack(sampleWorkbench(AUDIT_TEST_NOW), { ...opts, today: '23.11.2026' }),
    ).rejects.toThrow(RangeError)
  })
})

describe('names in the pack', () => {
  it('makes any company name safe as a folder name on every system', () => {
    for (const name of [
      'A/S «Lys:Kraft»?',
      'Kraft\\Nett <Vest> "AS" |*',
      '  ...Prikk AS.  ',
      'CON',
      'å'.repeat(300),
      '\u0001Kontroll\u007f',
    ]) {
      const folder = auditPackFolderName(name, '2026-11-23')
      expect(fileNameProblem(folder), folder).toBeNull()
      expect(folder.startsWith('Tilsynspakke ')).toBe(true)
      expect(folder.endsWith(' 2026-11-23')).toBe(true)
    }
    expect(auditPackFolderName('A/S «Lys:Kraft»?', '2026-11-23')).toBe(
      'Tilsynspakke A-S «Lys-Kraft»- 2026-11-23',
    )
    expect(safeNamePart('  ...Prikk AS.  ')).toBe('Prikk AS')
    expect(
      new TextEncoder().encode(auditPackFolderName('å'.repeat(300), '2026-11-23')).length,
    ).toBeLessThanOrEqual(255)
  })

  it('picks the newest published version per language', () => {
    const v = (
      id: string,
      lang: 'nb' | 'nn',
      status: 'draft' | 'published',
      publishedOn: string | null,
      createdAt: string,
    ) => ({ id, lang, status, publishedOn, createdAt }) as PolicyVersion
    const versions = [
      v('nb-1', 'nb', 'published', '2025-01-01', '2025-01-01T10:00:00.000Z'),
      v('nn-1', 'nn', 'published', '2025-06-01', '2025-06-01T10:00:00.000Z'),
      v('nb-2', 'nb', 'published', '2026-01-01', '2026-01-01T10:00:00.000Z'),
      v('nb-3', 'nb', 'draft', null, '2026-05-01T10:00:00.000Z'),
      v('nb-2b', 'nb', 'published', '2026-01-01', '2026-01-01T12:00:00.000Z'),
    ]
    expect(publishedPolicies(versions).map((x) => x.id)).toEqual(['nb-2b', 'nn-1'])
    expect(publishedPolicies([versions[3]!])).toEqual([])
  })
})
