/**
 * Opens what Ombud writes in a real office suite. mammoth and exceljs are lenient
 * readers; LibreOffice is not, and a document it cannot convert would not open for the
 * DPO's lawyers either. Each file is converted to PDF and its text read back with
 * pdftotext; the audit pack is unpacked with Info-ZIP's unzip and every file of it read. CI installs LibreOffice and poppler (see .ci/run), so there the test
 * requires them; on a developer machine without them it is skipped with a reason.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { Workbook } from 'exceljs'
import mammoth from 'mammoth'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { composePolicy, diffPolicy, ensureStandardClauses, policyToDocx } from '../../shared/policy'
import { policyDocument } from '../../shared/policy/docx'
import { auditPackZip, buildAuditPack } from '../../shared/audit/audit-pack'
import { AUDIT_TEST_NOW, AUDIT_TEST_TODAY, auditTestWorkbenchWithRegisters } from '../../shared/audit/test-workbench'
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

  it('every file of the audit pack: the ZIP with unzip, Word with mammoth, Excel with exceljs, PDFs with pdftotext, and every document in LibreOffice', async () => {
    const test = await auditTestWorkbenchWithRegisters()
    const pack = await buildAuditPack(test.workbench, {
      today: AUDIT_TEST_TODAY,
      now: AUDIT_TEST_NOW,
      attachmentBytes: test.attachmentBytes,
      parts: { kontrollrapport: true },
    })
    const zipFile = join(dir, pack.zipName)
    writeFileSync(zipFile, auditPackZip(pack, AUDIT_TEST_TODAY))
    // Info-ZIP's unzip checks every entry's CRC and lists the names as they unpack, «æøå» intact.
    expect(execFileSync('unzip', ['-tq', zipFile], { encoding: 'utf8' })).toContain('No errors detected')
    const out = join(dir, 'pakke')
    execFileSync('unzip', ['-q', zipFile, '-d', out])
    const root = join(out, pack.folderName)
    const paths = pack.files.map((f) => f.path)
    expect(paths.length).toBeGreaterThanOrEqual(15)
    for (const path of paths) expect(existsSync(join(root, path)), path).toBe(true)

    const office: string[] = []
    for (const path of paths) {
      const file = join(root, path)
      if (path.endsWith('.docx')) {
        const text = (await mammoth.extractRawText({ path: file })).value
        expect(text.length, path).toBeGreaterThan(200)
        office.push(path)
      } else if (path.endsWith('.xlsx')) {
        const wb = new Workbook()
        await wb.xlsx.readFile(file)
        expect(wb.worksheets.length, path).toBeGreaterThan(0)
        expect(wb.worksheets[0]!.getRow(1).cellCount, path).toBeGreaterThan(2)
        office.push(path)
      } else if (path.endsWith('.pdf')) {
        expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }), path).toContain('Databehandleravtale')
      } else {
        expect(readFileSync(file, 'utf8').startsWith('\ufeff'), path).toBe(true)
      }
    }
    // One LibreOffice run converts them all; it exits 0 even when a file fails, so each PDF is checked.
    const pdfDir = join(dir, 'pakke-pdf')
    const inputs = office.map((path, i) => {
      const copy = join(dir, `pakke-${String(i).padStart(2, '0')}${path.slice(-5)}`)
      copyFileSync(join(root, path), copy)
      return copy
    })
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...inputs], {
      stdio: 'ignore',
      timeout: 280_000,
    })
    for (const [i, input] of inputs.entries()) {
      const pdf = join(pdfDir, basename(input).replace(/\.(docx|xlsx)$/, '.pdf'))
      expect(existsSync(pdf), `LibreOffice laget ingen PDF av ${office[i]!}`).toBe(true)
      expect(statSync(pdf).size, office[i]).toBeGreaterThan(2_000)
    }
    const letter = join(pdfDir, 'pakke-00.docx'.replace('.docx', '.pdf'))
    const text = words(execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' }))
    expect(text).toContain('Følgebrev til tilsynspakken')
    expect(text).toContain('Versjon 1, godkjent 16. juli 2026')
    // The first page of the cover letter as a picture, for a person to look at
    // (OMBUD_KEEP_RENDER=folder keeps it); here, that it renders to a page of the right size.
    const keep = process.env.OMBUD_KEEP_RENDER
    const png = join(keep ?? dir, 'folgebrev-side-1')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', letter, png])
    const head = readFileSync(`${png}.png`)
    expect(head.readUInt32BE(16)).toBeGreaterThan(400)
    expect(head.readUInt32BE(20)).toBeGreaterThan(head.readUInt32BE(16))
  }, 300_000)
})
