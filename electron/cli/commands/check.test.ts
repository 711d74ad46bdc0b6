import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { sampleWorkbenchWithRegisters } from '../../../resources/sample-registers'
import { buildAuditPack } from '../../../shared/audit/audit-pack'
import {
  TEST_TODAY,
  testActivity,
  testOrganization,
  testProcessor,
  testRoutines,
  testTransfer,
} from '../../../shared/checks/test-records'
import type { Clause } from '../../../shared/model/clause'
import type { Routine } from '../../../shared/model/routine'
import {
  serializeWorkbench,
  toWorkbench,
  type Workbench,
  type WorkbenchData,
} from '../../../shared/model/workbench'
import { newStandardClause } from '../../../shared/policy/clause-records'
import { hashPolicyDoc } from '../../../shared/policy/hash'
import { STANDARD_CLAUSES } from '../../../shared/policy/clauses/keys'

const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-check-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PUBLISHED_DOC: WorkbenchData['policyVersions'][number]['doc'] = {
  lang: 'nb',
  title: 'Personvernerklæring',
  company: '',
  updated: '2026-05-01',
  blocks: [],
}

/** A published policy, so the workbenches below are not flagged policy-not-published. */
const PUBLISHED: WorkbenchData['policyVersions'][number] = {
  id: 'pv1',
  lang: 'nb',
  status: 'published',
  createdAt: '2026-05-01T10:00:00.000Z',
  publishedOn: '2026-05-01',
  // The real hash: opening a workbench refuses a published version whose text does not match it.
  hash: await hashPolicyDoc(PUBLISHED_DOC),
  note: '',
  doc: PUBLISHED_DOC,
}

function write(name: string, data: Partial<WorkbenchData>): string {
  const full: WorkbenchData & { routines: Routine[] } = {
    routines: testRoutines(),
    organization: testOrganization(),
    activities: [],
    processors: [],
    transfers: [],
    sources: [],
    clauses: [],
    policyVersions: [PUBLISHED],
    changes: [],
    ...data,
  }
  const file = join(dir, name)
  writeFileSync(file, serializeWorkbench(toWorkbench(full, '2026-06-01T10:00:00.000Z')))
  return file
}

function cli(...args: string[]) {
  const r = spawnSync(
    join(root, 'node_modules/.bin/tsx'),
    ['electron/cli/index.ts', 'check', ...args],
    { cwd: root, encoding: 'utf8' },
  )
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const clean = write('clean.ombud.json', {
  activities: [testActivity('a1', { processorIds: ['p1'], transferIds: ['t1'] })],
  processors: [testProcessor('p1', { country: 'IN', locations: ['IN'] })],
  transfers: [testTransfer('t1', { processorId: 'p1' })],
})

const withErrors = write('errors.ombud.json', {
  organization: testOrganization({ language: 'nn' }),
  activities: [{ ...testActivity('a1', { name: 'Kundeavtale', lastReviewed: null }), purposes: [] }],
  transfers: [testTransfer('t1', { mechanism: 'privacy-shield', sccModule: null, tiaDate: null })],
})

const warningsOnly = write('warnings.ombud.json', {
  activities: [testActivity('a1', { dpia: { needed: 'unknown', doneOn: null } })],
})

describe('ombud check', () => {
  it('exits 0 with no findings', () => {
    const r = cli('--workbench', clean, '--today', TEST_TODAY)
    expect(r).toMatchObject({ code: 0, stderr: '' })
    expect(r.stdout).toBe('Ingen funn.\n')
  })

  it('exits 0 when there are only warnings', () => {
    const r = cli('--workbench', warningsOnly, '--today', TEST_TODAY)
    expect(r.code).toBe(0)
    expect(r.stdout.trim().split('\n')).toEqual([
      'advarsel  dpia-unknown  activities/a1#dpia.needed  «Aktivitet a1»: det er ikke vurdert om behandlingen krever DPIA. (art. 35)',
      '0 feil, 1 advarsel.',
    ])
  })

  it('exits 1 with one line per finding when there are errors', () => {
    const r = cli('--workbench', withErrors, '--today', TEST_TODAY)
    expect(r.code).toBe(1)
    const lines = r.stdout.trim().split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0]).toBe(
      'feil      missing-art30-field  activities/a1#purposes  «Kundeavtale»: formålet med behandlingen mangler. (art. 30 nr. 1 bokstav b)',
    )
    expect(lines[1]).toMatch(/^advarsel {2}review-overdue {2}activities\/a1#lastReviewed/)
    expect(lines[2]).toMatch(
      /^feil {6}outdated-mechanism {2}transfers\/t1#mechanism .*Privacy Shield/,
    )
    expect(lines[3]).toBe('2 feil, 1 advarsel.')
  })

  it('--json prints the file, the language and the findings', () => {
    const r = cli('--workbench', withErrors, '--today', TEST_TODAY, '--json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(Object.keys(json)).toEqual(['file', 'language', 'findings'])
    expect(json.file).toBe(withErrors)
    expect(json.language).toBe('nn')
    expect(json.findings.map((f: { code: string }) => f.code)).toEqual([
      'missing-art30-field',
      'review-overdue',
      'outdated-mechanism',
    ])
    expect(json.findings[0]).toEqual({
      code: 'missing-art30-field',
      article: 'art. 30 nr. 1 bokstav b',
      severity: 'error',
      message: '«Kundeavtale»: formålet med behandlingen mangler.',
      hint: expect.stringMatching(/^Skriv hvorfor/),
      ref: { table: 'activities', id: 'a1', field: 'purposes' },
    })
    const ok = JSON.parse(cli('--workbench', clean, '--today', TEST_TODAY, '--json').stdout)
    expect(ok).toEqual({ file: clean, language: 'nb', findings: [] })
  })

  it('checks the sample workbench: exit 1 for its missing routines and DPIA and its policy never published', async () => {
    const file = join(dir, 'sample.ombud.json')
    writeFileSync(file, serializeWorkbench((await sampleWorkbenchWithRegisters('2026-11-23T14:00:00.000Z')).workbench))
    const r = cli('--workbench', file, '--today', '2026-11-23', '--json')
    expect(r.code).toBe(1)
    const json = JSON.parse(r.stdout)
    expect(json.language).toBe('nb')
    expect(
      json.findings
        .filter((f: { severity: string }) => f.severity === 'error')
        .map((f: { code: string }) => f.code),
    ).toEqual([...Array<string>(3).fill('routine-missing'), 'dpia-not-done', 'policy-not-published'])
  })

  it('--today moves the review deadline', () => {
    expect(cli('--workbench', clean, '--today', '2027-06-01').stdout).toContain('review-overdue')
  })

  it('--report prints the Norwegian report', () => {
    const r = cli('--workbench', withErrors, '--today', TEST_TODAY, '--report')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('# Klar for tilsyn? Kontroll av protokollen')
    // The policy is checked: the activity is named by the standard clauses it has no records of.
    expect(r.stdout).toContain(
      '## Personvernerklæringen (art. 13 og 14) – 100 av 100\n1 post kontrollert, 0 feil, 0 advarsler.\nIngen funn.',
    )
    expect(r.stdout).not.toContain('Ikke kontrollert.\n\n## Oppdatering')
  })

  describe('the policy findings, as the audit pack reports them', () => {
    const now = '2026-11-23T14:00:00.000Z'
    const today = now.slice(0, 10)

    /** The sample, its clauses edited and reviewed before its newest activity was recorded, and an imported clause never reviewed. */
    function outdatedPolicy(): Workbench {
      const wb = sampleWorkbench(now)
      const forbruk = wb.activities.find((a) => a.id === 'act-forbruksinnsikt')!
      const reviewed = new Date(Date.parse(forbruk.createdAt) - 86_400_000).toISOString()
      const clauses: Clause[] = STANDARD_CLAUSES.filter((d) => d.namesActivities).map((d) => ({
        ...newStandardClause(d.key, now),
        edited: true,
        body: { nb: 'Egen tekst.', nn: '' },
        lastReviewed: reviewed,
      }))
      clauses.push({
        ...newStandardClause('cookies', now, 'imp-sikkerhet'),
        section: 'imported',
        origin: 'imported',
        title: { nb: 'Sikkerhet', nn: '' },
        body: { nb: 'Tekst.', nn: 'Tekst.' },
      })
      return { ...wb, clauses }
    }

    async function sameAsPack(name: string, wb: Workbench) {
      const file = join(dir, name)
      writeFileSync(file, serializeWorkbench(wb))
      const r = cli('--workbench', file, '--today', today, '--json')
      const pack = await buildAuditPack(wb, { today, now })
      const fields = (f: { code: string; severity: string; ref: unknown; message: string }) => ({
        code: f.code,
        severity: f.severity,
        ref: f.ref,
        message: f.message,
      })
      expect(JSON.parse(r.stdout).findings.map(fields)).toEqual(pack.findings.map(fields))
      return r
    }

    it('reports activities the policy does not name and clauses to review', async () => {
      const r = await sameAsPack('outdated-policy.ombud.json', outdatedPolicy())
      const codes = JSON.parse(r.stdout).findings.map(
        (f: { code: string; ref: { id: string } }) => `${f.code} ${f.ref.id}`,
      )
      expect(codes).toContain('not-in-policy act-forbruksinnsikt')
      expect(codes).toContain('clause-needs-review imp-sikkerhet')
      const report = cli(
        '--workbench',
        join(dir, 'outdated-policy.ombud.json'),
        '--today',
        today,
        '--report',
      )
      expect(report.stdout).toMatch(/## Personvernerklæringen \(art\. 13 og 14\) – \d+ av 100/)
      expect(report.stdout).toContain('Kode: not-in-policy')
    })

    it('reads a workbench without clause records as the standard clauses: nothing to report', async () => {
      const wb = sampleWorkbench(now)
      expect(wb.clauses).toEqual([])
      const r = await sameAsPack('no-clauses.ombud.json', wb)
      const codes = JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)
      expect(codes).not.toContain('not-in-policy')
      expect(codes).not.toContain('clause-needs-review')
    })
  })

  it('exits 2 for a missing file, an invalid workbench, bad options', () => {
    const missing = cli('--workbench', join(dir, 'nope.json'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(`ombud: finner ikke filen «${join(dir, 'nope.json')}»\n`)

    const notJson = join(dir, 'broken.json')
    writeFileSync(notJson, '{"format": "ombud-workbench",')
    const broken = cli('--workbench', notJson)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toContain('ikke gyldig JSON')

    const invalid = join(dir, 'invalid.json')
    const doc = JSON.parse(
      serializeWorkbench(
        toWorkbench(
          {
            organization: null,
            activities: [testActivity('a1')],
            processors: [],
            transfers: [],
            sources: [],
            clauses: [],
            policyVersions: [],
            changes: [],
          },
          '2026-06-01T10:00:00.000Z',
        ),
      ),
    )
    doc.activities[0].purposes[0].basis = 'whim'
    doc.activities.push({ id: 'bad' })
    writeFileSync(invalid, JSON.stringify(doc))
    const bad = cli('--workbench', invalid)
    expect(bad.code).toBe(2)
    // Only the first problem, on one line.
    expect(bad.stderr.trim().split('\n')).toHaveLength(1)
    expect(bad.stderr).toContain(
      'Behandlingsaktivitet nr. 1 («Aktivitet a1»), feltet «formål › nr. 1 › grunnlag»',
    )
    expect(bad.stderr).not.toContain('andre feil')

    expect(cli().code).toBe(2)
    expect(cli('--workbench', clean, '--today', '2026-02-30').stderr).toContain('--today')
    expect(cli('--workbench', clean, '--bogus').code).toBe(2)
  })
})
