import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import {
  parseWorkbench,
  serializeWorkbench,
  WorkbenchError,
  type Workbench,
} from '../../../shared/model/workbench'
import { validSummary } from './validate'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-validate-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the real CLI entry, as `npm run cli` does. */
function cli(...args: string[]) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['electron/cli/index.ts', 'validate', ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, OMBUD_DEBUG: '' },
    },
  )
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function write(name: string, content: string): string {
  const file = join(dir, name)
  writeFileSync(file, content)
  return file
}

/** The problems the app's import reports for a document, computed in-process. */
function problemsOf(content: string): string[] {
  try {
    parseWorkbench(content)
    return []
  } catch (error) {
    if (error instanceof WorkbenchError) return error.problems
    throw error
  }
}

const NOW = '2026-11-23T14:00:00.000Z'

/** The sample with two schema errors: an unknown legal basis and an impossible date. */
function brokenSchema(): string {
  const doc = JSON.parse(serializeWorkbench(sampleWorkbench(NOW))) as Workbench
  ;(doc.activities[0]!.purposes[0] as { basis: string }).basis = 'magefølelse'
  doc.processors[0]!.agreement.signedOn = '2024-13-45'
  return JSON.stringify(doc)
}

describe('cli validate', () => {
  it('prints a summary and exits 0 for a valid workbench', () => {
    const file = write('gyldig.ombud.json', serializeWorkbench(sampleWorkbench(NOW)))
    const r = cli('--workbench', file)
    expect(r).toEqual({
      code: 0,
      stdout:
        'Arbeidsboken er gyldig: 18 behandlingsaktiviteter, 13 databehandlere, 4 overføringer.\n',
      stderr: '',
    })
  })

  it('uses the singular for one of a kind', () => {
    const wb = sampleWorkbench(NOW)
    expect(
      validSummary({
        ...wb,
        activities: wb.activities.slice(0, 1),
        processors: [],
        transfers: wb.transfers.slice(0, 1),
      }),
    ).toBe('Arbeidsboken er gyldig: 1 behandlingsaktivitet, 0 databehandlere, 1 overføring.')
  })

  it('prints every problem, one a line, and exits 1', () => {
    const content = brokenSchema()
    const expected = problemsOf(content)
    expect(expected.length).toBe(2)
    const r = cli('--workbench', write('ugyldig.ombud.json', content))
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(`${expected.join('\n')}\n`)
    expect(r.stdout).toContain('Behandlingsaktivitet nr. 1')
    expect(r.stdout).toContain('Databehandler nr. 1')
  })

  it('reports links to records that do not exist', () => {
    const wb = sampleWorkbench(NOW)
    wb.activities[1]!.processorIds.push('proc-finnes-ikke')
    const r = cli('--workbench', write('lenke.ombud.json', serializeWorkbench(wb)))
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      `Behandlingsaktivitet «${wb.activities[1]!.name}»: databehandleren med id «proc-finnes-ikke» finnes ikke.\n`,
    )
  })

  it('reports a file that is not JSON as a problem of the file', () => {
    const r = cli('--workbench', write('tull.ombud.json', '{"format": "ombud-workbench", '))
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^Filen er ikke gyldig JSON\..*\n$/)
  })

  it('--json prints one JSON document, valid or not', () => {
    const good = write('json-gyldig.ombud.json', serializeWorkbench(sampleWorkbench(NOW)))
    const ok = cli('--workbench', good, '--json')
    expect(ok.code).toBe(0)
    expect(JSON.parse(ok.stdout)).toEqual({ file: good, valid: true, problems: [] })

    const content = brokenSchema()
    const bad = write('json-ugyldig.ombud.json', content)
    const r = cli('--json', '--workbench', bad)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe('')
    expect(JSON.parse(r.stdout)).toEqual({ file: bad, valid: false, problems: problemsOf(content) })
  })

  const missing = join(dir, 'finnes-ikke.ombud.json')
  const folder = join(dir, 'en-mappe')
  mkdirSync(folder)
  it.each<[string, string[], string]>([
    ['a missing file', ['--workbench', missing], 'kan ikke lese'],
    ['a missing file with --json', ['--workbench', missing, '--json'], 'filen finnes ikke'],
    ['a folder', ['--workbench', folder], 'er ikke en fil'],
    ['no --workbench', [], 'mangler --workbench'],
    ['--workbench without a value', ['--workbench'], '--workbench'],
    ['an unknown option', ['--fil', 'x'], '--fil'],
  ])('exits 2 for %s, with the message on stderr only', (_, args, message) => {
    const r = cli(...args)
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^ombud: .+\n$/)
    expect(r.stderr).toContain(message)
  })
})
