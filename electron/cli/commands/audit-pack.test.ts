import { spawnSync } from 'node:child_process'
import * as fsp from 'node:fs/promises'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Workbook } from 'exceljs'
import mammoth from 'mammoth'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { AUDIT_TEST_NOW, auditTestWorkbench } from '../../../shared/audit/test-workbench'
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
const fullFile = join(dir, 'full.ombud.json')

/** Runs the real CLI entry, as `npm run cli` does. */
function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OMBUD_DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

async function docxHtml(path: string): Promise<string> {
  return (await mammoth.convertToHtml({ path })).value
}

async function headerRows(path: string): Promise<Record<string, string[]>> {
  const wb = new Workbook()
  const bytes = readFileSync(path)
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
  return Object.fromEntries(
    wb.worksheets.map((ws) => [ws.name, (ws.getRow(1).values as unknown[]).slice(1).map(String)]),
  )
}

describe('cli audit-pack', () => {
  let out: string
  let result: ReturnType<typeof cli>
  beforeAll(async () => {
    writeFileSync(fullFile, serializeWorkbench(await auditTestWorkbench()))
    out = join(dir, 'Tilsynspakke Eksempel Energi AS 2026-11-23')
    result = cli('audit-pack', '--workbench', fullFile, '--out', out, '--today', '2026-11-23')
  }, 120_000)

  it('writes every document of the pack into the new folder and lists them', () => {
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const expected = [
      '00 Innhold.txt',
      '01 Protokoll.docx',
      '02 Protokoll.xlsx',
      '03 Databehandlere.xlsx',
      '04 Overføringer til tredjeland.xlsx',
      '05 Personvernerklæring bokmål.docx',
      '06 Kontrollrapport.docx',
      '07 Kontrollrapport.txt',
      '08 Endringslogg.csv',
    ]
    expect(readdirSync(out).sort()).toEqual(expected)
    expect(result.stdout).toBe(
      `Skrev tilsynspakken «Tilsynspakke Eksempel Energi AS 2026-11-23» til ${out} (9 filer):\n${expected.map((n) => `  ${n}\n`).join('')}`,
    )
    // The temporary folder of the atomic write is gone.
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
    expect(cli('--help').stdout).toContain('audit-pack   Lag tilsynspakken i en ny mappe')
  })

  it('writes Word documents with headings and tables', async () => {
    const protokoll = await docxHtml(join(out, '01 Protokoll.docx'))
    expect(protokoll).toMatch(
      /<h1>(<a id="[^"]+"><\/a>)?Behandlingsaktiviteter som behandlingsansvarlig<\/h1>/,
    )
    expect(protokoll).toMatch(
      // Each activity is a table whose header row names it (a level-3 heading Word repeats on every page).
      /<table><thead><tr><th colspan="2"><h3>(<a id="[^"]+"><\/a>)?Forbruksinnsikt og energiråd i appen<\/h3>/,
    )
    const policy = await docxHtml(join(out, '05 Personvernerklæring bokmål.docx'))
    expect(policy).toContain('<h1>')
    expect(policy.replace(/\u00a0/g, ' ')).toContain('Eksempel Energi AS')
    const report = await docxHtml(join(out, '06 Kontrollrapport.docx'))
    expect(report).toMatch(/<h1>Databehandlere \(art\. 28\) – \d+ av 100<\/h1>/)
    expect(report).toContain('Forbruksinnsikt og energiråd i appen')
  })

  it('writes Excel workbooks with their sheets and header rows', async () => {
    const protokoll = await headerRows(join(out, '02 Protokoll.xlsx'))
    expect(Object.keys(protokoll)).toEqual([
      'Behandlingsansvarlig',
      'Databehandler',
      'Om protokollen',
    ])
    expect(protokoll.Behandlingsansvarlig!.length).toBeGreaterThanOrEqual(19)
    expect(protokoll.Behandlingsansvarlig).toContain('Sikkerhetstiltak')
    expect(
      (await headerRows(join(out, '03 Databehandlere.xlsx'))).Databehandlere!.slice(0, 3),
    ).toEqual(['Databehandler', 'Org.nr.', 'Land'])
    expect(
      (await headerRows(join(out, '04 Overføringer til tredjeland.xlsx')))['Overføringer']!.slice(
        0,
        3,
      ),
    ).toEqual(['Mottaker', 'Land', 'Overføringsgrunnlag'])
  })

  it('writes the change log as UTF-8 CSV with a BOM, semicolons and Norwegian letters intact', () => {
    const bytes = readFileSync(join(out, '08 Endringslogg.csv'))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const lines = text.split('\r\n')
    expect(lines[0]).toBe('tidspunkt;tabell;post;handling;felt;før;etter;endret av')
    expect(lines[2]).toBe(
      '2026-10-02 11:00:00;Databehandlere;Vaktøye Sikkerhet AS;endret;merknader;;Årlig gjennomgang av tilgangsstyring på Øvre Ålesund-kontoret.;kari.nordmann',
    )
    const contents = readFileSync(join(out, '00 Innhold.txt'), 'utf8')
    expect(contents).toContain(
      '08 Endringslogg.csv – Endringsloggen, én linje per endret felt (2 endringer)',
    )
  })

  it('exits 1 when a document the pack must contain is missing, and says which', () => {
    // The sample company has published no privacy policy.
    const target = join(dir, 'Uten erklæring')
    const r = cli('audit-pack', '--workbench', sampleFile, '--out', target, '--today', '2026-11-23')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Mangler:\n  - Personvernerklæring: ingen versjon er publisert i Ombud.')
    // What there is, is written: the DPO can still hand it over with the gap named.
    expect(readdirSync(target)).toContain('01 Protokoll.docx')
    expect(readdirSync(target).some((n) => n.includes('Personvernerklæring'))).toBe(false)
  }, 180_000)

  it('never writes into an existing folder (exit 1), and leaves it as it was', () => {
    const existing = join(dir, 'finnes')
    mkdirSync(existing)
    writeFileSync(join(existing, 'mitt.txt'), 'behold meg')
    const r = cli(
      'audit-pack',
      '--workbench',
      sampleFile,
      '--out',
      existing,
      '--today',
      '2026-11-23',
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(
      `ombud: «${existing}» finnes allerede. Tilsynspakken skriver aldri over en mappe; velg et nytt navn.\n`,
    )
    expect(readdirSync(existing)).toEqual(['mitt.txt'])
  })

  it('reports bad usage with exit 2', () => {
    expect(cli('audit-pack', '--workbench', sampleFile)).toMatchObject({
      code: 2,
      stderr: 'ombud: mangler --out MAPPE\n',
    })
    expect(
      cli(
        'audit-pack',
        '--workbench',
        sampleFile,
        '--out',
        join(dir, 'x'),
        '--today',
        '2026-02-30',
      ),
    ).toMatchObject({ code: 2 })
    expect(
      cli('audit-pack', '--workbench', sampleFile, '--out', join(dir, 'finnes-ikke', 'pakke')),
    ).toMatchObject({
      code: 2,
      stderr: `ombud: mappen «${join(dir, 'finnes-ikke')}» finnes ikke\n`,
    })
    expect(
      cli('audit-pack', '--workbench', join(dir, 'borte.json'), '--out', join(dir, 'y')),
    ).toMatchObject({ code: 2 })
    expect(existsSync(join(dir, 'x'))).toBe(false)
  })
})

describe('audit-pack when writing fails half-way', () => {
  /** node:fs/promises, except that writing the `failAt`-th file throws as a full disk would. */
  function failingFs(failAt: number): AtomicFs & { written: string[] } {
    const written: string[] = []
    return {
      written,
      open: async (path, flags, mode) => {
        const handle = await fsp.open(path, flags, mode)
        if (flags !== 'wx') return handle
        written.push(path)
        const nth = written.length
        return {
          writeFile: async (data) => {
            if (nth === failAt)
              throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
            await handle.writeFile(data)
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

  it('removes the temporary folder so no half pack remains', async () => {
    const parent = mkdtempSync(join(dir, 'feil-'))
    const target = join(parent, 'pakke')
    const fs = failingFs(4)
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
    const error: unknown = await createAuditPackCommand({ fs })([
      '--workbench',
      sampleFile,
      '--out',
      target,
      '--today',
      '2026-11-23',
    ]).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(CommandError)
    expect((error as Error).message).toBe(
      `kunne ikke skrive tilsynspakken til ${target}: ENOSPC: no space left on device. Ingen filer er skrevet.`,
    )
    // Three files were written into the temporary folder before the fourth failed…
    expect(fs.written).toHaveLength(4)
    expect(fs.written[0]).toContain(join(parent, 'pakke.ombud-lagres-'))
    // …and the folder is gone, with nothing else left behind.
    expect(readdirSync(parent)).toEqual([])
    expect(process.stdout.write).not.toHaveBeenCalled()
  })
})
