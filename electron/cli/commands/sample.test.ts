import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openWorkbenchFile } from '../../../shared/files/workbench-container'
import { sampleWorkbench } from '../../../resources/sample-company'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-sample-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the real CLI entry, as `npm run cli` does. */
function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OMBUD_DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('cli sample', () => {
  it('writes the sample workbench and prints one line', async () => {
    const sub = mkdtempSync(join(dir, 'write-'))
    const file = join(sub, 'eksempel.ombud.json')
    const r = cli('sample', '--out', file)
    expect(r).toEqual({ code: 0, stdout: `Skrev eksempelvirksomheten til ${file}\n`, stderr: '' })
    const { workbench: wb, attachmentBytes } = await openWorkbenchFile(readFileSync(file))
    const expected = sampleWorkbench()
    expect(wb.organization?.name).toBe('Eksempel Energi AS')
    expect(wb.activities.map((a) => a.id)).toEqual(expected.activities.map((a) => a.id))
    expect(wb.processors).toHaveLength(expected.processors.length)
    // The registers come along, as the app loads them, with the two signed agreements as PDF files.
    expect([wb.screenings, wb.dpias, wb.breaches, wb.requests, wb.routines, wb.attachments].map((x) => x.length)).toEqual([2, 2, 3, 5, 2, 2])
    for (const a of wb.attachments) expect(new TextDecoder().decode(attachmentBytes.get(a.sha256)!.slice(0, 5))).toBe('%PDF-')
    // The temporary file of the atomic write is gone.
    expect(readdirSync(sub)).toEqual(['eksempel.ombud.json'])
  })

  it('replaces an existing file whole', async () => {
    const file = join(dir, 'gammel.ombud.json')
    writeFileSync(file, 'gammelt innhold som ikke er JSON')
    expect(cli('sample', '--out', file).code).toBe(0)
    await expect(openWorkbenchFile(readFileSync(file))).resolves.toBeDefined()
  })

  it('then validates as a workbench (round trip through the CLI)', () => {
    const file = join(dir, 'rundtur.ombud.json')
    expect(cli('sample', '--out', file).code).toBe(0)
    const wb = sampleWorkbench()
    const r = cli('validate', '--workbench', file)
    expect(r).toEqual({
      code: 0,
      stdout: `Arbeidsboken er gyldig: ${wb.activities.length} behandlingsaktiviteter, ${wb.processors.length} databehandlere, ${wb.transfers.length} overføringer.\n`,
      stderr: '',
    })
  })

  it('exits 2 without --out', () => {
    expect(cli('sample')).toEqual({ code: 2, stdout: '', stderr: 'ombud: mangler --out\n' })
  })

  it.each<[string, string[]]>([
    ['--out without a value', ['sample', '--out']],
    ['an unknown option', ['sample', '--out', join(dir, 'x.json'), '--fort']],
  ])('exits 2 for %s and writes nothing', (_, args) => {
    const r = cli(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^ombud: .+\n$/)
    expect(existsSync(join(dir, 'x.json'))).toBe(false)
  })

  it('exits 1 and creates nothing when the folder does not exist', () => {
    const file = join(dir, 'finnes-ikke', 'eksempel.ombud.json')
    const r = cli('sample', '--out', file)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`ombud: kunne ikke skrive ${file}`)
    expect(existsSync(join(dir, 'finnes-ikke'))).toBe(false)
  })

  it('is listed in the help with validate', () => {
    const r = cli('--help')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^ {2}sample {7}Skriv eksempelvirksomheten som arbeidsbok \(--out FIL\)$/m,
    )
    expect(r.stdout).toMatch(/^ {2}validate {5}Kontroller en arbeidsbok \(--workbench FIL\)$/m)
  })
})
