import { spawnSync } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Workbook } from 'exceljs'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { AUDIT_TEST_NOW, auditTestWorkbenchWithRegisters } from '../../../shared/audit/test-workbench'
import { concatBytes, workbenchFileParts } from '../../../shared/files/workbench-container'
import { serializeWorkbench } from '../../../shared/model/workbench'
import type { AtomicFs } from '../../main/ipc/atomic-write'
import { CommandError } from '../cli-io'
import { createAuditPackCommand } from './audit-pack'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-audit-pack-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

const sampleFile = join(dir, 'eksempel.ombud.json')
writeFileSync(sampleFile, serializeWorkbench(sampleWorkbench(AUDIT_TEST_NOW)))
const fullFile = join(dir, 'full.ombud')
const FOLDER = 'Tilsynspakke Eksempel Energi AS 2026-11-23'

/** Runs the real CLI entry, as `npm run cli` does. */
function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OMBUD_DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

async function entries(zipFile: string): Promise<{ names: string[]; zip: JSZip }> {
  const zip = await JSZip.loadAsync(readFileSync(zipFile))
  return { zip, names: Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name.slice(FOLDER.length + 1)) }
}

async function docxHtml(zip: JSZip, path: string): Promise<string> {
  const buffer = await zip.file(`${FOLDER}/${path}`)!.async('nodebuffer')
  return (await mammoth.convertToHtml({ buffer })).value
}

async function headerRows(zip: JSZip, path: string): Promise<Record<string, string[]>> {
  const wb = new Workbook()
  const bytes = await zip.file(`${FOLDER}/${path}`)!.async('arraybuffer')
  await wb.xlsx.load(bytes)
  return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, (ws.getRow(1).values as unknown[]).slice(1).map(String)]))
}

describe('cli audit-pack', () => {
  let out: string
  let result: ReturnType<typeof cli>
  let zip: JSZip
  let names: string[]
  beforeAll(async () => {
    // A workbench file with attachments: the ZIP container with the two signed agreements.
    const { workbench, attachmentBytes } = await auditTestWorkbenchWithRegisters()
    writeFileSync(fullFile, concatBytes(workbenchFileParts(workbench, (sha) => attachmentBytes.get(sha)!)))
    out = join(dir, `${FOLDER}.zip`)
    result = cli('audit-pack', '--workbench', fullFile, '--out', out, '--today', '2026-11-23', '--include', 'kontrollrapport')
    ;({ zip, names } = await entries(out))
  }, 180_000)

  it('writes every document of the pack into one new ZIP file, folder by folder, and lists them', () => {
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const expected = [
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
      '09 Kontrollrapport/Kontrollrapport.docx',
      '09 Kontrollrapport/Kontrollrapport.txt',
      '10 Endringslogg/Endringslogg.csv',
    ]
    expect(names).toEqual(expected)
    expect(result.stdout).toBe(
      `Skrev tilsynspakken «${FOLDER}.zip» til ${out} (17 filer i mappen «${FOLDER}»):\n${expected.map((n) => `  ${n}\n`).join('')}`,
    )
    // The temporary file of the atomic write is gone.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(cli('--help').stdout).toContain('audit-pack   Lag tilsynspakken som én ZIP-fil')
  })

  it('copies the attached agreements byte for byte', async () => {
    const { workbench, attachmentBytes } = await auditTestWorkbenchWithRegisters()
    const skyhall = workbench.attachments.find((a) => a.fileName.includes('Skyhall'))!
    const copy = await zip.file(`${FOLDER}/02 Databehandlere/Databehandleravtaler/Skyhall Drift AS – Databehandleravtale Skyhall Drift AS.pdf`)!.async('nodebuffer')
    expect(copy.equals(Buffer.from(attachmentBytes.get(skyhall.sha256)!))).toBe(true)
  })

  it('writes Word documents with headings and tables', async () => {
    const protokoll = await docxHtml(zip, '01 Protokoll/Protokoll.docx')
    expect(protokoll).toMatch(/<h1>(<a id="[^"]+"><\/a>)?Behandlingsaktiviteter som behandlingsansvarlig<\/h1>/)
    expect(protokoll).toMatch(
      // Each activity is a table whose header row names it (a level-3 heading Word repeats on every page).
      /<table><thead><tr><th colspan="2"><h3>(<a id="[^"]+"><\/a>)?Forbruksinnsikt og energiråd i appen<\/h3>/,
    )
    const policy = await docxHtml(zip, '07 Personvernerklæring/Personvernerklæring bokmål.docx')
    expect(policy).toContain('<h1>')
    expect(policy.replace(/\u00a0/g, ' ')).toContain('Eksempel Energi AS')
    const report = await docxHtml(zip, '09 Kontrollrapport/Kontrollrapport.docx')
    expect(report).toMatch(/<h1>Databehandlere \(art\. 28\) – \d+ av 100<\/h1>/)
    // A finding names its record (the test workbench's DPIA for the app is signed off, so it has none).
    expect(report).toContain('«Relaywell Inc.»')
  })

  it('writes Excel workbooks with their sheets and header rows', async () => {
    const protokoll = await headerRows(zip, '01 Protokoll/Protokoll.xlsx')
    expect(Object.keys(protokoll)).toEqual(['Behandlingsansvarlig', 'Databehandler', 'Om protokollen'])
    expect(protokoll.Behandlingsansvarlig!.length).toBeGreaterThanOrEqual(19)
    expect(protokoll.Behandlingsansvarlig).toContain('Sikkerhetstiltak')
    expect((await headerRows(zip, '02 Databehandlere/Databehandlere.xlsx')).Databehandlere!.slice(0, 3)).toEqual(['Databehandler', 'Org.nr.', 'Land'])
    expect((await headerRows(zip, '03 Overføringer til tredjeland/Overføringer til tredjeland.xlsx'))['Overføringer']!.slice(0, 3)).toEqual([
      'Mottaker',
      'Land',
      'Overføringsgrunnlag',
    ])
    expect((await headerRows(zip, '05 Avvikslogg/Avvikslogg.xlsx')).Avvikslogg!.slice(0, 2)).toEqual(['Avvik', 'Type brudd'])
  })

  it('writes the change log as UTF-8 CSV with a BOM, semicolons and Norwegian letters intact', async () => {
    const bytes = await zip.file(`${FOLDER}/10 Endringslogg/Endringslogg.csv`)!.async('nodebuffer')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe('tidspunkt;tabell;post;handling;felt;før;etter;endret av')
    expect(lines[2]).toBe(
      '2026-10-02 11:00:00;Databehandlere;Vaktøye Sikkerhet AS;endret;merknader;;Årlig gjennomgang av tilgangsstyring på Øvre Ålesund-kontoret.;kari.nordmann',
    )
  })

  it('leaves out the parts named in --exclude, and the readiness report by default', async () => {
    const target = join(dir, 'uten.zip')
    const r = cli('audit-pack', '--workbench', fullFile, '--out', target, '--today', '2026-11-23', '--exclude', 'avvikslogg,krav,endringslogg')
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const { names: got } = await entries(target)
    expect(got.some((n) => /Avvikslogg|Krav fra|Endringslogg|Kontrollrapport/.test(n))).toBe(false)
    expect(got).toContain('05 Personvernerklæring/Personvernerklæring bokmål.docx')
  }, 180_000)

  it('exits 1 when a document the pack must contain is missing, and says which', async () => {
    // The sample company has published no privacy policy.
    const target = join(dir, 'Uten erklæring.zip')
    const r = cli('audit-pack', '--workbench', sampleFile, '--out', target, '--today', '2026-11-23')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Mangler:\n  - Personvernerklæring: ingen versjon er publisert i Ombud.')
    // What there is, is written: the DPO can still hand it over with the gap named.
    const { names: got } = await entries(target)
    expect(got).toContain('01 Protokoll/Protokoll.docx')
    expect(got.some((n) => n.includes('Personvernerklæring'))).toBe(false)
  }, 180_000)

  it('never replaces an existing file (exit 1), and leaves it as it was', () => {
    const existing = join(dir, 'finnes.zip')
    writeFileSync(existing, 'behold meg')
    const r = cli('audit-pack', '--workbench', sampleFile, '--out', existing, '--today', '2026-11-23')
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`ombud: «${existing}» finnes allerede. Tilsynspakken skriver aldri over en fil; velg et nytt navn.\n`)
    expect(readFileSync(existing, 'utf8')).toBe('behold meg')
  })

  it('reports bad usage with exit 2', () => {
    expect(cli('audit-pack', '--workbench', sampleFile)).toMatchObject({ code: 2, stderr: 'ombud: mangler --out FIL.zip\n' })
    expect(cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'mappe'))).toMatchObject({
      code: 2,
      stderr: `ombud: --out må være en .zip-fil, fikk «${join(dir, 'mappe')}»\n`,
    })
    expect(cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'x.zip'), '--today', '2026-02-30')).toMatchObject({ code: 2 })
    expect(cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'finnes-ikke', 'pakke.zip'))).toMatchObject({
      code: 2,
      stderr: `ombud: mappen «${join(dir, 'finnes-ikke')}» finnes ikke\n`,
    })
    expect(cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'x.zip'), '--exclude', 'protokol')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('ombud: ukjent del «protokol» i --exclude. Delene er: protokoll, databehandlere,'),
    })
    expect(cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'x.zip'), '--include', 'dpia', '--exclude', 'dpia')).toMatchObject({ code: 2 })
    expect(cli('audit-pack', '--workbench', join(dir, 'borte.json'), '--out', join(dir, 'y.zip'))).toMatchObject({ code: 2 })
    expect(existsSync(join(dir, 'x.zip'))).toBe(false)
  })
})

describe('audit-pack when writing fails half-way', () => {
  /** node:fs/promises, except that writing the pack throws as a full disk would. */
  function failingFs(): AtomicFs & { written: string[] } {
    const written: string[] = []
    return {
      written,
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode)
        if (flags !== 'wx') return handle
        written.push(path)
        return {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
      rename: (from, to) => fsp.rename(from, to),
      rm: (path, options) => fsp.rm(path, options),
      stat: (path) => fsp.stat(path),
      lstat: (path) => fsp.lstat(path),
      mkdir: (path) => fsp.mkdir(path),
      readdir: (path) => fsp.readdir(path),
    }
  }

  it('removes the temporary file so no half pack remains', async () => {
    const parent = mkdtempSync(join(dir, 'feil-'))
    const target = join(parent, 'pakke.zip')
    const fs = failingFs()
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const error: unknown = await createAuditPackCommand({ fs })(['--workbench', sampleFile, '--out', target, '--today', '2026-11-23']).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(CommandError)
    expect((error as Error).message).toBe(`kunne ikke skrive tilsynspakken til ${target}: ENOSPC: no space left on device. Ingen fil er skrevet.`)
    expect(fs.written).toHaveLength(1)
    expect(fs.written[0]).toContain(join(parent, 'pakke.zip.ombud-lagres-'))
    expect(readdirSync(parent)).toEqual([])
    expect(process.stdout.write).not.toHaveBeenCalled()
  }, 120_000)
})
