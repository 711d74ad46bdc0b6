import { Workbook } from 'exceljs'
import mammoth from 'mammoth'
import { beforeAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { fileNameProblem } from '../ipc'
import type { PolicyVersion } from '../model/clause'
import JSZip from 'jszip'
import {
  auditPackFolderName,
  auditPackZip,
  buildAuditPack,
  resolveParts,
  publishedPolicies,
  safeNamePart,
  type AuditPack,
  type AuditPackFile,
} from './audit-pack'
import { AUDIT_PACK_PARTS, defaultAuditPackChoice } from './audit-pack-parts'
import { AUDIT_TEST_NOW, AUDIT_TEST_TODAY, auditTestWorkbench, auditTestWorkbenchWithRegisters } from './test-workbench'

const opts = { today: AUDIT_TEST_TODAY, now: AUDIT_TEST_NOW }

function file(files: readonly AuditPackFile[], path: string): AuditPackFile {
  const f = files.find((x) => x.path === path)
  if (!f) throw new Error(`${path} mangler; pakken har ${files.map((x) => x.path).join(', ')}`)
  return f
}

function bytes(f: AuditPackFile): Uint8Array {
  if (typeof f.data === 'string') throw new Error(`${f.path} er tekst`)
  return f.data
}

async function docxHtml(f: AuditPackFile): Promise<string> {
  return (await mammoth.convertToHtml({ buffer: Buffer.from(bytes(f)) })).value
}

async function docxText(f: AuditPackFile): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes(f)) })).value
}

async function workbook(f: AuditPackFile): Promise<Workbook> {
  const wb = new Workbook()
  const b = bytes(f)
  await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)
  return wb
}

async function sheets(f: AuditPackFile): Promise<Record<string, string[]>> {
  const wb = await workbook(f)
  return Object.fromEntries(
    wb.worksheets.map((ws) => [
      ws.name,
      (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v)),
    ]),
  )
}

describe('buildAuditPack', () => {
  // Building the documents takes seconds; the tests read a few packs.
  let full: AuditPack
  let withReport: AuditPack
  let withoutPolicy: AuditPack
  let attachmentBytes: Map<string, Uint8Array>
  const progress: Array<[number, number, string]> = []
  beforeAll(async () => {
    const test = await auditTestWorkbenchWithRegisters()
    attachmentBytes = test.attachmentBytes
    full = await buildAuditPack(test.workbench, { ...opts, attachmentBytes, onProgress: (d, t, l) => progress.push([d, t, l]) })
    withReport = await buildAuditPack(await auditTestWorkbench(), { ...opts, parts: { kontrollrapport: true } })
    withoutPolicy = await buildAuditPack(sampleWorkbench(AUDIT_TEST_NOW), { ...opts, parts: { kontrollrapport: true } })
  }, 120_000)

  it('puts the cover letter first, then a numbered folder per part in reading order, the readiness report left out', () => {
    const pack = full
    expect(pack.folderName).toBe('Tilsynspakke Eksempel Energi AS 2026-11-23')
    expect(pack.zipName).toBe('Tilsynspakke Eksempel Energi AS 2026-11-23.zip')
    expect(pack.files.map((f) => f.path)).toEqual([
      '00 Følgebrev.docx',
      '01 Protokoll/Protokoll.docx',
      '01 Protokoll/Protokoll.xlsx',
      '02 Databehandlere/Databehandlere.xlsx',
      '02 Databehandlere/Databehandleravtaler/Skyhall Drift AS – Databehandleravtale Skyhall Drift AS.pdf',
      '02 Databehandlere/Databehandleravtaler/Vaktøye Sikkerhet AS – Databehandleravtale Vaktøye Sikkerhet AS.pdf',
      '03 Overføringer til tredjeland/Overføringer til tredjeland.xlsx',
      '04 Vurderinger av personvernkonsekvenser/Forbruksinnsikt og energiråd i appen versjon 1.docx',
      '04 Vurderinger av personvernkonsekvenser/Kameraovervåking av innganger og serverrom versjon 1.docx',
      '05 Avvikslogg/Avvikslogg.xlsx',
      '06 Krav fra de registrerte/Oppsummering av kravloggen.docx',
      '07 Personvernerklæring/Personvernerklæring bokmål.docx',
      '08 Rutiner/Rutine for henvendelser fra de registrerte.docx',
      '08 Rutiner/Rutine for håndtering av avvik.docx',
      '09 Endringslogg/Endringslogg.csv',
    ])
    expect(pack.parts).not.toContain('kontrollrapport')
    expect(pack.missing).toEqual([])
    expect(pack.notes).toEqual([])
    for (const f of pack.files) for (const part of f.path.split('/')) expect(fileNameProblem(part), f.path).toBeNull()
  })

  it('reports its progress step by step, ending with all steps done', () => {
    expect(progress[0]).toEqual([0, 10, 'Protokoll over behandlingsaktiviteter'])
    expect(progress.at(-1)).toEqual([10, 10, 'Ferdig'])
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b))
  })

  it('writes a cover letter with the organisation, the DPO, the date, and each document with its version', async () => {
    const text = await docxText(file(full.files, '00 Følgebrev.docx'))
    expect(text).toContain('Følgebrev til tilsynspakken')
    expect(text).toContain('Eksempel Energi AS')
    expect(text).toContain('315 246 806')
    expect(text).toContain('Personvernombud')
    expect(text).toContain('23. november 2026')
    for (const f of full.files.slice(1)) {
      expect(text).toContain(f.path.slice(f.path.indexOf('/') + 1))
      expect(text).toContain(f.version)
    }
    expect(text).toContain('Versjon 1, godkjent 16. juli 2026')
    expect(text).toContain('Publisert 1. september 2026')
    expect(text).toContain('Signert 6. juni 2024')
    expect(text).not.toContain('Kontrollrapport')
    const html = await docxHtml(file(full.files, '00 Følgebrev.docx'))
    expect(html).toContain('<h1>Innhold</h1>')
    expect(html).toContain('<td><p>04 Vurderinger av personvernkonsekvenser</p></td>')
  })

  it('copies each processor’s attached agreement as it is', () => {
    const copy = file(full.files, '02 Databehandlere/Databehandleravtaler/Skyhall Drift AS – Databehandleravtale Skyhall Drift AS.pdf')
    expect([...attachmentBytes.values()].some((b) => b === copy.data)).toBe(true)
    expect(new TextDecoder().decode(bytes(copy).subarray(0, 5))).toBe('%PDF-')
  })

  it('names an attachment whose bytes are not in the workbench instead of leaving it out silently', async () => {
    const test = await auditTestWorkbenchWithRegisters()
    const pack = await buildAuditPack(test.workbench, { ...opts, parts: { protokoll: false, overforinger: false, dpia: false, avvikslogg: false, krav: false, erklaering: false, rutiner: false, endringslogg: false } })
    expect(pack.files.map((f) => f.path)).toEqual(['00 Følgebrev.docx', '01 Databehandlere/Databehandlere.xlsx'])
    expect(pack.notes).toEqual([
      expect.stringMatching(/^Vedlegget «.+» \(.+\.pdf\) er ikke med: filen finnes ikke i arbeidsboken\.$/),
      expect.stringMatching(/^Vedlegget «.+» \(.+\.pdf\) er ikke med/),
    ])
    expect(await docxText(file(pack.files, '00 Følgebrev.docx'))).toContain('Merknader')
  })

  it('writes each DPIA in its newest version, with the status the document carries', async () => {
    const signed = await docxText(file(full.files, '04 Vurderinger av personvernkonsekvenser/Forbruksinnsikt og energiråd i appen versjon 1.docx'))
    expect(signed).toContain('Vurdering av personvernkonsekvenser')
    expect(signed).toContain('Godkjent 16. juli 2026')
    const draft = await docxText(file(full.files, '04 Vurderinger av personvernkonsekvenser/Kameraovervåking av innganger og serverrom versjon 1.docx'))
    expect(draft).toContain('Vurderingen er et utkast og er ikke godkjent.')
  })

  it('writes the breach log as Excel, every breach with its 72-hour outcome and reasons', async () => {
    const wb = await workbook(file(full.files, '05 Avvikslogg/Avvikslogg.xlsx'))
    const ws = wb.getWorksheet('Avvikslogg')!
    expect(ws.rowCount).toBe(4)
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String)
    expect(header.slice(0, 4)).toEqual(['Avvik', 'Type brudd', 'Skjedde', 'Oppdaget'])
    const cell = (row: number, name: string) => ws.getRow(row).getCell(header.indexOf(name) + 1).text
    const outcomes = [2, 3, 4].map((r) => cell(r, 'Melding til Datatilsynet (art. 33)'))
    expect([...outcomes].sort()).toEqual(['Ikke meldt: trolig ingen risiko (art. 33 nr. 1)', 'Meldt etter fristen på 72 timer', 'Meldt innen 72 timer'])
    const late = 2 + outcomes.indexOf('Meldt etter fristen på 72 timer')
    expect(cell(late, 'Grunn til forsinkelsen')).not.toBe('')
  })

  it('sums up the request log in figures, with no case reference', async () => {
    const text = await docxText(file(full.files, '06 Krav fra de registrerte/Oppsummering av kravloggen.docx'))
    expect(text).toContain('Innsyn')
    expect(text).toContain('Ikke besvart, fristen er ute')
    const test = await auditTestWorkbenchWithRegisters()
    expect(test.workbench.requests).toHaveLength(5)
    for (const r of test.workbench.requests) expect(text).not.toContain(r.reference)
  })

  it('writes a routine written in Ombud as Word, with its last review', async () => {
    const text = await docxText(file(full.files, '08 Rutiner/Rutine for håndtering av avvik.docx'))
    expect(text).toContain('Sist gjennomgått')
    expect(text).toContain('7. mai 2026')
    expect(text).toContain('72 timer')
  })

  it('writes the protokoll as Word with the art. 30 parts and as Excel in Datatilsynet’s sheets', async () => {
    const pack = full
    const html = await docxHtml(file(pack.files, '01 Protokoll/Protokoll.docx'))
    expect(html).toMatch(
      /<h1>(<a id="[^"]+"><\/a>)?Behandlingsaktiviteter som behandlingsansvarlig<\/h1>/,
    )
    expect(html).toContain('Forbruksinnsikt og energiråd i appen')
    expect(html).toContain('<table>')
    const xlsx = await sheets(file(pack.files, '01 Protokoll/Protokoll.xlsx'))
    expect(Object.keys(xlsx)).toEqual(['Behandlingsansvarlig', 'Databehandler', 'Om protokollen'])
    const processors = await sheets(file(pack.files, '02 Databehandlere/Databehandlere.xlsx'))
    expect(processors.Databehandlere!.slice(0, 3)).toEqual(['Databehandler', 'Org.nr.', 'Land'])
    expect(processors.Databehandlere).toContain('Databehandleravtale')
    const transfers = await sheets(file(pack.files, '03 Overføringer til tredjeland/Overføringer til tredjeland.xlsx'))
    expect(transfers['Overføringer']!.slice(0, 3)).toEqual([
      'Mottaker',
      'Land',
      'Overføringsgrunnlag',
    ])
  })

  it('leaves activities in draft out of the protokoll unless asked for', async () => {
    const wb = await auditTestWorkbench()
    const draft = { ...wb.activities[0]!, id: 'act-utkast', name: 'Utkast til kundeklubb', status: 'draft' as const }
    const only = { protokoll: true, databehandlere: false, overforinger: false, dpia: false, avvikslogg: false, krav: false, erklaering: false, rutiner: false, endringslogg: false }
    const src = { ...wb, activities: [...wb.activities, draft] }
    const without = await buildAuditPack(src, { ...opts, parts: only })
    const withDrafts = await buildAuditPack(src, { ...opts, parts: only, includeDrafts: true })
    expect(await docxText(file(without.files, '01 Protokoll/Protokoll.docx'))).not.toContain('Utkast til kundeklubb')
    expect(await docxText(file(withDrafts.files, '01 Protokoll/Protokoll.docx'))).toContain('Utkast til kundeklubb')
  })

  it('gives the protokoll a table of contents of links to its headings, without page numbers', async () => {
    for (const pack of [full, withoutPolicy]) {
      const html = await docxHtml(file(pack.files, '01 Protokoll/Protokoll.docx'))
      expect(html).toMatch(/<a href="#_Ombud\d+">Behandlingsansvarlig og personvernombud<\/a>/)
      expect(html).not.toMatch(/<a href="#[^"]+">[^<]*\t\d+<\/a>/)
    }
  })

  it('includes the newest published policy, not an older one or a later draft', async () => {
    const html = await docxHtml(file(full.files, '07 Personvernerklæring/Personvernerklæring bokmål.docx'))
    expect(html).toContain('1. september 2026')
    expect(html).not.toContain('1. november 2026')
    expect(html).not.toContain('1. september 2025')
  })

  it('includes the readiness report, as Word and as text, only when chosen', async () => {
    const pack = withReport
    expect(pack.parts).toContain('kontrollrapport')
    // A part with nothing to hold takes no number: this workbench has no DPIAs and no routines.
    expect(pack.parts).not.toContain('dpia')
    expect(pack.notes).toContain('Ingen vurderinger av personvernkonsekvenser (DPIA) er registrert i Ombud.')
    const text = file(pack.files, '07 Kontrollrapport/Kontrollrapport.txt').data as string
    expect(text).toContain('# Klar for tilsyn? Kontroll av protokollen')
    expect(text).toContain('Kode: dpia-not-done')
    expect(text).not.toContain('kode dpia-not-done')
    const html = await docxHtml(file(pack.files, '07 Kontrollrapport/Kontrollrapport.docx'))
    expect(html).toContain('<h1>Oppdatering og risikovurdering (art. 24 og 35) – ')
    // A finding is a row: the severity, the sentences, the provision, and the code in a cell of its own.
    expect(html).toMatch(
      /<tr><td><p><strong>Feil<\/strong><\/p><\/td><td><p>«Forbruksinnsikt og energiråd i appen»: behandlingen er i gang uten vurdering av personvernkonsekvenser \(DPIA\), i strid med artikkel 35 nr\. 1[^<]*<br \/><em>Slik retter du det: [^<]+<\/em><\/p><\/td><td><p>behandlingsaktivitet<br \/><em>art\. 35 nr\. 1<\/em><\/p><\/td><td><p>dpia-not-done<\/p><\/td><\/tr>/,
    )
    expect(pack.findings.map((f) => f.code)).toContain('dpia-not-done')
    expect(pack.scores.areas.find((a) => a.area === 'policy')!.score).not.toBeNull()
  })

  it('writes the change log as CSV with a byte order mark, semicolons and Norwegian letters', async () => {
    const csv = file(full.files, '09 Endringslogg/Endringslogg.csv').data as string
    expect(
      csv.startsWith('\ufefftidspunkt;tabell;post;handling;felt;før;etter;endret av\r\n'),
    ).toBe(true)
    expect(csv.split('\r\n')[2]).toBe(
      '2026-10-02 11:00:00;Databehandlere;Vaktøye Sikkerhet AS;endret;merknader;;Årlig gjennomgang av tilgangsstyring på Øvre Ålesund-kontoret.;kari.nordmann',
    )
  })

  it('lists a missing policy instead of including a draft', async () => {
    const pack = withoutPolicy
    expect(pack.files.some((f) => f.path.includes('Personvernerklæring'))).toBe(false)
    expect(pack.missing).toEqual([
      expect.stringMatching(/^Personvernerklæring: ingen versjon er publisert/),
    ])
    const letter = await docxText(file(pack.files, '00 Følgebrev.docx'))
    expect(letter).toContain('Dokumenter som mangler')
    expect(letter).toContain('Personvernerklæring: ingen versjon er publisert')
    expect(letter).toContain('Endringsloggen er tom')
    const report = pack.files.find((f) => f.path.endsWith('Kontrollrapport.txt'))!
    expect(report.data).toContain(
      '## Dokumenter som mangler i tilsynspakken\r\n\r\n- Personvernerklæring: ingen versjon er publisert',
    )
  })

  it('does not call a part missing when the DPO left it out', async () => {
    const pack = await buildAuditPack(sampleWorkbench(AUDIT_TEST_NOW), { ...opts, parts: { erklaering: false } })
    expect(pack.missing).toEqual([])
    expect(pack.parts).not.toContain('erklaering')
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

describe('the pack as a ZIP file', () => {
  it('holds every file under the pack’s folder, with UTF-8 names and the bytes unchanged', async () => {
    const test = await auditTestWorkbenchWithRegisters()
    const pack = await buildAuditPack(test.workbench, { ...opts, attachmentBytes: test.attachmentBytes, parts: { protokoll: false, dpia: false, avvikslogg: false, krav: false, erklaering: false, endringslogg: false } })
    const zip = await JSZip.loadAsync(auditPackZip(pack, AUDIT_TEST_TODAY))
    const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name)
    expect(names).toEqual(pack.files.map((f) => `${pack.folderName}/${f.path}`))
    for (const f of pack.files) {
      const back = await zip.file(`${pack.folderName}/${f.path}`)!.async('uint8array')
      expect(Buffer.from(back).equals(Buffer.from(bytes(f))), f.path).toBe(true)
    }
    expect(zip.file(`${pack.folderName}/00 Følgebrev.docx`)!.date.getUTCFullYear()).toBe(2026)
  })
})

describe('the chooser’s parts', () => {
  it('are all in by default but the internal readiness report', () => {
    const choice = defaultAuditPackChoice()
    expect(AUDIT_PACK_PARTS.filter((p) => !choice[p])).toEqual(['kontrollrapport'])
    expect(resolveParts(undefined)).toEqual(AUDIT_PACK_PARTS.filter((p) => p !== 'kontrollrapport'))
    expect(resolveParts({ kontrollrapport: true, rutiner: false })).toEqual(AUDIT_PACK_PARTS.filter((p) => p !== 'rutiner'))
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
