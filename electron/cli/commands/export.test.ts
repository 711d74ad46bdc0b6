import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Workbook } from 'exceljs'
import mammoth from 'mammoth'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { serializeWorkbench } from '../../../shared/model/workbench'
import { ropaTestWorkbench } from '../../../shared/ropa/test-workbench'
import { UsageError } from '../cli-io'
import { exportCommand } from './export'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-export-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
afterEach(() => vi.restoreAllMocks())

const workbenchFile = join(dir, 'nordlys.ombud.json')
writeFileSync(workbenchFile, serializeWorkbench(ropaTestWorkbench()))

/** Runs the real CLI entry, as `npm run cli` does. */
function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OMBUD_DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

async function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = ''
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk)
    return true
  })
  const code = await exportCommand(args)
  vi.restoreAllMocks()
  return { code, stdout }
}

describe('cli export', () => {
  it('writes the protokoll as .xlsx through the real CLI entry', () => {
    const sub = mkdtempSync(join(dir, 'xlsx-'))
    const sampleFile = join(sub, 'eksempel.ombud.json')
    writeFileSync(sampleFile, serializeWorkbench(sampleWorkbench()))
    const out = join(sub, 'protokoll.xlsx')
    const r = cli('export', '--workbench', sampleFile, '--format', 'xlsx', '--out', out)
    const listed = sampleWorkbench().activities.filter((a) => a.status === 'active').length
    expect(r).toEqual({
      code: 0,
      stdout: `Skrev protokollen (${listed} behandlingsaktiviteter) til ${out}\n`,
      stderr: '',
    })
    // The temporary file of the atomic write is gone.
    expect(readdirSync(sub).sort()).toEqual(['eksempel.ombud.json', 'protokoll.xlsx'])
    expect(cli('--help').stdout).toContain('export       Eksporter protokollen (.xlsx eller .docx)')
  })

  it('writes a workbook exceljs can read, with the template sheets', async () => {
    const out = join(dir, 'nordlys.xlsx')
    expect(await run('--workbench', workbenchFile, '--format', 'xlsx', '--out', out)).toEqual({
      code: 0,
      stdout: `Skrev protokollen (6 behandlingsaktiviteter) til ${out}\n`,
    })
    const wb = new Workbook()
    const bytes = readFileSync(out)
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength))
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Behandlingsansvarlig',
      'Databehandler',
      'Om protokollen',
    ])
  })

  it('writes a Word document, taking the format from the file name, and includes archived activities when asked', async () => {
    const out = join(dir, 'nordlys.docx')
    expect(
      (await run('--workbench', workbenchFile, '--out', out, '--include-archived')).stdout,
    ).toBe(`Skrev protokollen (7 behandlingsaktiviteter) til ${out}\n`)
    const html = (await mammoth.convertToHtml({ path: out })).value
    expect(html).toContain('Behandlingsaktiviteter som behandlingsansvarlig</h1>')
    expect(html).toContain('Gammel kundeklubb</h3>')
    expect(html).not.toContain('Ny app for kunder')
  })

  it('includes drafts, marked «Utkast», only with --include-drafts', async () => {
    const out = join(dir, 'nordlys-utkast.docx')
    expect((await run('--workbench', workbenchFile, '--out', out, '--include-drafts')).stdout).toBe(
      `Skrev protokollen (7 behandlingsaktiviteter) til ${out}\n`,
    )
    const html = (await mammoth.convertToHtml({ path: out })).value
    expect(html).toContain('Utkast: Ny app for kunder</h3>')
  })

  it('replaces an existing file whole', async () => {
    const out = join(dir, 'gammel.xlsx')
    writeFileSync(out, 'gammelt innhold')
    await run('--workbench', workbenchFile, '--format', 'xlsx', '--out', out)
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK')
  })

  it.each([
    [['--format', 'xlsx', '--out', 'x.xlsx'], 'mangler --workbench FIL'],
    [['--workbench', 'x.json', '--format', 'xlsx'], 'mangler --out FIL'],
    [
      ['--workbench', 'x.json', '--out', 'protokoll'],
      'mangler --format xlsx|docx (eller la --out slutte på .xlsx eller .docx)',
    ],
    [
      ['--workbench', 'x.json', '--format', 'pdf', '--out', 'p.pdf'],
      'ukjent format «pdf»; bruk --format xlsx eller --format docx',
    ],
    [
      ['--workbench', 'x.json', '--format', 'docx', '--out', 'p.xlsx'],
      '--out «p.xlsx» har filendelsen .xlsx, men formatet er docx',
    ],
    [
      ['--workbench', 'x.json', '--out', '/finnes/ikke/p.xlsx'],
      'mappen «/finnes/ikke» finnes ikke',
    ],
  ])('refuses %j', async (args, message) => {
    await expect(exportCommand(args)).rejects.toThrow(new UsageError(message))
  })

  it('refuses a missing or invalid workbench without writing anything', async () => {
    const out = join(dir, 'aldri.xlsx')
    await expect(
      exportCommand(['--workbench', join(dir, 'mangler.json'), '--out', out]),
    ).rejects.toThrow(/^finner ikke filen/)
    const broken = join(dir, 'broken.ombud.json')
    writeFileSync(broken, '{"format":"ombud-workbench"')
    await expect(exportCommand(['--workbench', broken, '--out', out])).rejects.toThrow(
      /ikke gyldig JSON/,
    )
    expect(existsSync(out)).toBe(false)
  })
})
