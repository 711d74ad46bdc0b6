import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = join(__dirname, '..', '..', '..')
const POLICIES = join(ROOT, 'tests', 'fixtures', 'policies')

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs the real CLI entry as a user would. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'electron/cli/index.ts', ...args],
      { cwd: ROOT, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ombud-lint-'))
})
afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe('ombud lint', () => {
  it('exits 0 and reports no findings for a complete policy', async () => {
    const run = await cli('lint', join(POLICIES, 'eksempel-energi-nn.txt'))
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe('Ingen funn (nynorsk).')
  })

  it('exits 1 with one line per finding and a summary when there are errors', async () => {
    const run = await cli('lint', join(POLICIES, 'seeds', '001_71a2f5500c49f1b2.txt'))
    expect(run.code).toBe(1)
    const lines = run.stdout.trim().split('\n')
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^linje 53: \[error\] outdated-privacy-shield \(art\. 13 nr\. 1 bokstav f\): Privacy Shield/,
        ),
        expect.stringMatching(/^linje 18: \[warning\] missing-source \(art\. 14 nr\. 2 bokstav f\): /),
        expect.stringMatching(
          /^hele dokumentet: \[error\] missing-complaint-right \(art\. 13 nr\. 2 bokstav d\): /,
        ),
      ]),
    )
    expect(lines).toHaveLength(9)
    expect(lines.at(-1)).toBe('8 funn: 6 feil, 2 advarsler (bokmål).')
  })

  it('prints JSON with --json', async () => {
    const file = join(POLICIES, 'seeds', '003_d796f5f3c63c90ee.txt')
    const run = await cli('lint', file, '--json')
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as {
      file: string
      language: string
      findings: Record<string, unknown>[]
    }
    expect(report.file).toBe(file)
    expect(report.language).toBe('nb')
    expect(report.findings.map((f) => f.code)).toContain('consent-as-general-basis')
    for (const finding of report.findings) {
      expect(Object.keys(finding).sort()).toEqual(
        [
          'article',
          'code',
          'message',
          'severity',
          ...('line' in finding ? ['excerpt', 'line'] : []),
        ].sort(),
      )
      expect(['error', 'warning']).toContain(finding.severity)
    }
    const consent = report.findings.find((f) => f.code === 'consent-as-general-basis')!
    expect(consent).toMatchObject({ line: 49, article: 'art. 6 nr. 1 og art. 7 nr. 4', severity: 'error' })
  })

  it('exits 0 when there are only warnings', async () => {
    const file = join(dir, 'bare-advarsel.md')
    const source = readFileSync(join(POLICIES, 'eksempel-strom-variant-nb.md'), 'utf8')
    writeFileSync(
      file,
      source.replace(
        'betalingsanmerkninger henter vi fra Experian',
        'betalingsanmerkninger henter vi fra andre kilder',
      ),
    )
    const run = await cli('lint', file, '--json')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as { findings: { code: string; severity: string }[] }
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'missing-source', severity: 'warning' }),
    ])
  })

  it('reads .html and .docx', async () => {
    const html = await cli('lint', join(POLICIES, 'eksempel-energi-nb.html'))
    expect(html.code).toBe(0)

    const docx = join(dir, 'erklaering.docx')
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Personvernerklæring'),
            new Paragraph('Vi overfører opplysninger under Privacy Shield.'),
          ],
        },
      ],
    })
    writeFileSync(docx, new Uint8Array(await Packer.toArrayBuffer(doc)))
    const run = await cli('lint', docx, '--json')
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout) as { findings: { code: string; line?: number }[] }
    expect(report.findings[0]).toMatchObject({ code: 'outdated-privacy-shield', line: 3 })
  })

  it('exits 2 for unsupported, missing, unreadable or empty files and bad usage', async () => {
    const pdf = await cli('lint', join(dir, 'erklaering.pdf'))
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toContain('Ombud kan ikke lese PDF-filer')

    const missing = await cli('lint', join(dir, 'finnes-ikke.txt'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('filen finnes ikke')

    const corrupt = join(dir, 'odelagt.docx')
    writeFileSync(corrupt, 'dette er ikke en docx')
    const broken = await cli('lint', corrupt)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('er ikke et gyldig Word-dokument (.docx)')

    const empty = join(dir, 'tom.txt')
    writeFileSync(empty, '  \n')
    expect((await cli('lint', empty)).code).toBe(2)

    expect((await cli('lint')).code).toBe(2)
    expect((await cli('lint', empty, '--ukjent')).code).toBe(2)
  })
})
