/**
 * Opens what Ombud writes in a real office suite. mammoth and exceljs are lenient
 * readers; LibreOffice is not, and a document it cannot convert would not open for the
 * DPO's lawyers either. Each file is converted to PDF and its text read back with
 * pdftotext. CI installs LibreOffice and poppler (see .ci/run), so there the test
 * requires them; on a developer machine without them it is skipped with a reason.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { composePolicy, diffPolicy, ensureStandardClauses, policyToDocx } from '../../shared/policy'
import { policyDocument } from '../../shared/policy/docx'
import { buildAuditPack } from '../../shared/audit/audit-pack'
import { contentsEntries, type DocumentModel } from '../../shared/document/model'
import { exportRopaDocx, ropaDocument } from '../../shared/ropa/protokoll-docx'
import { exportRopaXlsx } from '../../shared/ropa/xlsx-export'
import { informsViaPolicy } from '../../shared/model/activity-view'

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

const available = has('soffice') && has('pdftotext')
if (!available && process.env.CI) {
  throw new Error('LibreOffice (soffice) og pdftotext må være installert i CI (se .ci/run).')
}

const dir = mkdtempSync(join(tmpdir(), 'ombud-lo-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Converts with LibreOffice and returns the PDF's text (and each page's). soffice exits 0 even when it fails, so check the file. */
function pdfText(name: string, bytes: Uint8Array): { text: string; pages: number; pageTexts: string[] } {
  const input = join(dir, name)
  writeFileSync(input, bytes)
  const profile = `file://${join(dir, 'profile')}`
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], {
    stdio: 'ignore',
    timeout: 120_000,
  })
  const pdf = input.replace(/\.(docx|xlsx)$/, '.pdf')
  expect(existsSync(pdf), `LibreOffice laget ingen PDF av ${name}`).toBe(true)
  expect(statSync(pdf).size).toBeGreaterThan(2_000)
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0)
  const pageTexts = text.split('\f').slice(0, pages).map(words)
  return { text: words(text), pages, pageTexts }
}

function words(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/**
 * Checks a document's table of contents against its rendered pages: the contents list
 * every entry in order, and after them each entry's heading is on a page, in the same order.
 */
function expectContentsMatchPages(model: DocumentModel, rendered: { pageTexts: string[] }): void {
  const [contents, entries] = [...contentsEntries(model.blocks)][0]!
  expect(entries.length).toBeGreaterThan(2)
  const pages = rendered.pageTexts
  const contentsPage = pages.findIndex((p) => p.includes(contents.title))
  expect(contentsPage, `«${contents.title}» står på ingen side`).toBeGreaterThanOrEqual(0)
  // Walk the text from the contents title: first the entries, then the headings, each after the one before.
  let page = contentsPage
  let at = pages[page]!.indexOf(contents.title)
  const find = (text: string, what: string): number => {
    const t = words(text)
    for (; page < pages.length; page++, at = 0) {
      const i = pages[page]!.indexOf(t, at)
      if (i >= 0) {
        at = i + t.length
        return page
      }
    }
    throw new Error(`${what} «${t}» står ikke etter det forrige`)
  }
  for (const e of entries) find(e.text, 'Innholdslinjen')
  const lastContentsPage = page
  const headingPages = entries.map((e) => find(e.text, 'Overskriften'))
  expect(headingPages[0]).toBeGreaterThanOrEqual(lastContentsPage)
  expect(headingPages.at(-1)).toBeLessThan(pages.length)
}

const now = '2026-11-23T10:00:00.000Z'
const wb = sampleWorkbench(now)
const workbench = { ...wb, clauses: ensureStandardClauses(wb.clauses, now) }

// LibreOffice takes seconds per file, and longer on a loaded machine.
describe.skipIf(!available)('LibreOffice opens what Ombud writes', { timeout: 300_000 }, () => {
  it('the privacy policy in bokmål and nynorsk', async () => {
    for (const lang of ['nb', 'nn'] as const) {
      const doc = composePolicy(workbench, lang, { updated: '2026-11-23' })
      const rendered = pdfText(`policy-${lang}.docx`, await policyToDocx(doc))
      const { text, pages } = rendered
      expect(pages).toBeGreaterThan(3)
      expect(text).toContain('Personvernerklæring for Eksempel Energi AS')
      expectContentsMatchPages(policyDocument(doc), rendered)
      expect(text).toContain(`Side 1 av ${pages}`)
      expect(text).toContain('Datatilsynet')
    }
  })

  it('the policy with tracked changes', async () => {
    const target = workbench.activities.find((a) => informsViaPolicy(a) && a.status === 'active')!
    const before = composePolicy(workbench, 'nb', { updated: '2026-11-01' })
    const changed = {
      ...workbench,
      activities: workbench.activities.map((a) =>
        a.id === target.id ? { ...a, retention: a.retention.map((r, i) => (i === 0 ? { ...r, period: { nb: 'Tolv måneder', nn: 'Tolv månader' } } : r)) } : a,
      ),
    }
    const after = composePolicy(changed, 'nb', { updated: '2026-11-23' })
    const { text } = pdfText('policy-tracked.docx', await policyToDocx(diffPolicy(before, after), { author: 'Kari Nordmann', date: now }))
    expect(pdfText('policy-before.docx', await policyToDocx(before)).text).not.toContain('Tolv')
    // The inserted words show (LibreOffice shows tracked changes by default) beside the
    // deleted ones; a cell may wrap, so look for each word.
    expect(text).toContain('Tolv')
    expect(text).toContain('måneder')
    expect(text).toContain(target.retention[0]!.period.nb.split(' ')[0])
  })

  it('the protokoll as .docx and .xlsx, its contents matching the rendered pages', async () => {
    const docx = pdfText('protokoll.docx', await exportRopaDocx(workbench, { now }))
    expect(docx.text).toContain('Eksempel Energi AS')
    expect(docx.pages).toBeGreaterThan(5)
    expectContentsMatchPages(ropaDocument(workbench, { now }), docx)
    const xlsx = pdfText('protokoll.xlsx', await exportRopaXlsx(workbench, { now }))
    expect(xlsx.text).toContain(workbench.activities[0]!.name)
  })

  it('every document of the audit pack', async () => {
    const pack = await buildAuditPack(workbench, { today: '2026-11-23', now })
    const office = pack.files.filter((f) => /\.(docx|xlsx)$/.test(f.name))
    expect(office.length).toBeGreaterThanOrEqual(5)
    for (const file of office) {
      const data = typeof file.data === 'string' ? new TextEncoder().encode(file.data) : file.data
      const { pages } = pdfText(`pack-${office.indexOf(file)}${file.name.slice(-5)}`, data)
      expect(pages, file.name).toBeGreaterThan(0)
    }
  }, 240_000)
})
