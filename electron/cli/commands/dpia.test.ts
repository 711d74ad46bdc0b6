import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AUDIT_TEST_NOW, auditTestWorkbenchWithRegisters } from '../../../shared/audit/test-workbench'
import { concatBytes, workbenchFileParts } from '../../../shared/files/workbench-container'
import type { Dpia } from '../../../shared/model/dpia'
import type { Workbench } from '../../../shared/model/workbench'
import { reviseDpia } from '../../../shared/registers/dpia-versions'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-dpia-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OMBUD_DEBUG: '' },
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

async function text(path: string): Promise<string> {
  return (await mammoth.extractRawText({ path })).value
}

describe('cli dpia', () => {
  const file = join(dir, 'arbeidsbok.ombud')
  let wb: Workbench
  let meter: Dpia
  beforeAll(async () => {
    const test = await auditTestWorkbenchWithRegisters()
    wb = test.workbench
    meter = wb.dpias.find((d) => d.activityIds.includes('act-forbruksinnsikt'))!
    // A revision in progress: the newest version is the one written.
    const revised = { ...reviseDpia(meter, { id: 'dpia-forbruk-v2', now: AUDIT_TEST_NOW }), title: 'Forbruksinnsikt, revidert' }
    wb = { ...wb, dpias: [...wb.dpias, revised] }
    writeFileSync(file, concatBytes(workbenchFileParts(wb, (sha) => test.attachmentBytes.get(sha)!)))
  })

  it('writes the newest version of the activity’s DPIA as Word', async () => {
    const out = join(dir, 'forbruk.docx')
    const r = cli('dpia', '--workbench', file, '--activity', 'act-forbruksinnsikt', '--out', out)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(`Skrev «Forbruksinnsikt, revidert», versjon 2 (utkast), til ${out}\n`)
    const doc = await text(out)
    expect(doc).toContain('Vurdering av personvernkonsekvenser: Forbruksinnsikt, revidert')
    expect(doc).toContain('Reviderer')
    expect(doc).toContain('Vurderingen er et utkast og er ikke godkjent.')
    expect(doc).toContain('Forbruksinnsikt og energiråd i appen')
    expect(doc).toContain('Risikokart')
  }, 60_000)

  it('writes nynorsk when asked', async () => {
    const out = join(dir, 'forbruk-nn.docx')
    expect(cli('dpia', '--workbench', file, '--activity', 'act-forbruksinnsikt', '--out', out, '--lang', 'nn').code).toBe(0)
    expect(await text(out)).toContain('Vurdering av personvernkonsekvensar')
  }, 60_000)

  it('exits 1 with a Norwegian message when the activity has no DPIA, and writes nothing', () => {
    const out = join(dir, 'ingen.docx')
    const name = wb.activities.find((a) => a.id === 'act-kundeservice')!.name
    expect(cli('dpia', '--workbench', file, '--activity', 'act-kundeservice', '--out', out)).toEqual({
      code: 1,
      stdout: '',
      stderr: `ombud: «${name}» har ingen vurdering av personvernkonsekvenser (DPIA) i arbeidsboken.\n`,
    })
    expect(existsSync(out)).toBe(false)
  }, 60_000)

  it('exits 2 for an activity that is not in the workbench, suggesting the id of one named so', () => {
    const out = join(dir, 'ukjent.docx')
    const r = cli('dpia', '--workbench', file, '--activity', 'act-finnes-ikke', '--out', out)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe('ombud: arbeidsboken har ingen behandlingsaktivitet med id «act-finnes-ikke». Id-ene står i kolonnen «Ombud-ID» når protokollen eksporteres til Excel.\n')
    const activity = wb.activities.find((a) => a.id === 'act-forbruksinnsikt')!
    expect(cli('dpia', '--workbench', file, '--activity', activity.name, '--out', out).stderr).toContain(`Mente du «act-forbruksinnsikt»`)
    expect(existsSync(out)).toBe(false)
  }, 60_000)

  it('reports bad usage with exit 2', () => {
    expect(cli('dpia', '--workbench', file, '--activity', 'act-forbruksinnsikt')).toMatchObject({ code: 2, stderr: 'ombud: mangler --out FIL.docx\n' })
    expect(cli('dpia', '--workbench', file, '--out', join(dir, 'x.docx'))).toMatchObject({ code: 2, stderr: 'ombud: mangler --activity ID\n' })
    expect(cli('dpia', '--workbench', file, '--activity', 'act-forbruksinnsikt', '--out', join(dir, 'x.pdf'))).toMatchObject({ code: 2 })
    expect(cli('dpia', '--workbench', join(dir, 'borte.ombud'), '--activity', 'a', '--out', join(dir, 'x.docx'))).toMatchObject({ code: 2 })
    expect(cli('--help').stdout).toContain('dpia         Skriv vurderingen av personvernkonsekvenser')
    expect(readFileSync(file).length).toBeGreaterThan(0)
  }, 120_000)
})
