/**
 * «Tilsyn» (issue 6): the readiness dashboard on the sample with a link to the record that
 * fixes a finding; importing the current policy as a Word document, with findings per
 * clause, keeping one clause linked to an activity and replacing another; the audit pack
 * with the parts the DPO chose, downloaded as one ZIP and read back here (Word with
 * mammoth, Excel with exceljs, the change log as text); a broken file gives a Norwegian message and changes nothing.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import { Workbook } from 'exceljs'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { expect, test } from './fixtures'
import { ActivityEditor } from './pages/activity-editor'
import { AuditPage, PolicyImportReview } from './pages/audit-page'
import { ProcessorEditor } from './pages/register-pages'
import { StartPage } from './pages/start-page'

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Section headings of the seed policy, set as Word headings in the generated document. */
const HEADINGS = new Set([
  'Behandlingsansvarlig',
  'Hvordan innhenter vi dine personopplysninger?',
  'Cookies og lignende teknologier',
  'Hva bruker vi dataene til?',
  'Når deler vi data med tredjepart?',
  'Hvordan ivaretar vi sikkerhet?',
  'Hvilke rettigheter har du?',
  'Endringer i personvernerklæringen',
])

/** A real Norwegian policy (a test seed) as a .docx with a title and heading styles. */
async function seedPolicyDocx(): Promise<Buffer> {
  const text = readFileSync(
    join(__dirname, '../fixtures/policies/seeds/001_71a2f5500c49f1b2.txt'),
    'utf8',
  )
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'Skip links' && l !== 'Personvern')
  const children = lines.map((line) =>
    line === 'Slik behandler vi personopplysningene dine'
      ? new Paragraph({ text: line, heading: HeadingLevel.TITLE })
      : HEADINGS.has(line)
        ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_1 })
        : new Paragraph({ text: line }),
  )
  return Packer.toBuffer(new Document({ sections: [{ children }] }))
}

test.beforeEach(async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
})

test('the dashboard scores each area, lists the sample’s findings and links to the record', async ({
  page,
}) => {
  const audit = new AuditPage(page)
  await audit.goto()
  await expect(audit.overall).toHaveText(/^Samlet vurdering: \d+ av 100 – 2 feil og 5 advarsler$/)
  await expect(audit.scores).toHaveCount(6)
  await expect(audit.score('Behandlingsgrunnlag (art. 6, 9 og 10)')).toContainText('100 av 100')
  await expect(audit.score('Databehandlere (art. 28)')).toContainText('2 advarsler')

  const review = audit.area('Oppdatering og risikovurdering (art. 24 og 35)')
  const dpia = review
    .getByRole('listitem')
    .filter({ hasText: 'Forbruksinnsikt og energiråd i appen' })
  await expect(dpia).toContainText('Feil')
  await expect(dpia).toContainText('behandlingen er i gang uten vurdering av personvernkonsekvenser (DPIA)')
  await expect(dpia).toContainText('Slik retter du det:')
  await expect(audit.area('Overføring til tredjeland (art. 44–49)')).toContainText('Ingen funn.')

  await dpia
    .getByRole('link', {
      name: 'Åpne behandlingsaktiviteten «Forbruksinnsikt og energiråd i appen»',
    })
    .click()
  // The link lands on the field that fixes the finding, in view and focused.
  await expect(page).toHaveURL(/#\/activities\/act-forbruksinnsikt\/dpia\.doneOn$/)
  const editor = new ActivityEditor(page)
  await expect(editor.heading).toHaveText('Forbruksinnsikt og energiråd i appen')
  const doneOn = editor.field('DPIA gjennomført dato')
  await expect(doneOn).toBeFocused()
  await expect(doneOn).toBeInViewport()

  // A processor's finding: the art. 28(3) checklist.
  await audit.goto()
  await audit
    .area('Databehandlere (art. 28)')
    .getByRole('link', { name: 'Åpne databehandleren «Vaktøye Sikkerhet AS»' })
    .click()
  await expect(page).toHaveURL(/#\/processors\/proc-vaktoye\/agreement\.checklist$/)
  const processor = new ProcessorEditor(page)
  await expect(processor.checklist.getByRole('checkbox').first()).toBeFocused()
  await expect(processor.checklist).toBeInViewport()
})

test('an imported policy is checked clause by clause; kept and replaced clauses are saved', async ({
  page,
}) => {
  const audit = new AuditPage(page)
  await audit.goto()
  await audit.importPolicy({
    name: 'personvernerklaering.docx',
    mimeType: DOCX_MIME,
    buffer: await seedPolicyDocx(),
  })

  const review = new PolicyImportReview(page)
  await expect(review.heading).toHaveText('Import av «personvernerklaering.docx»')
  await expect(review.main).toContainText('Avsnittene følger overskriftene i dokumentet.')
  // The outdated transfer mechanisms are found in the clause that names them, not elsewhere.
  const sharing = 'Når deler vi data med tredjepart?'
  await expect(review.findings(sharing)).toContainText(
    'Privacy Shield og Safe Harbor er kjent ugyldige',
  )
  await expect(review.findings(sharing)).toContainText('«EU Model Clauses»')
  await expect(review.findings('Hvordan ivaretar vi sikkerhet?')).toContainText(
    'Ingen funn i dette avsnittet.',
  )
  await expect(review.findings('Hvordan ivaretar vi sikkerhet?')).not.toContainText(
    'Privacy Shield',
  )
  // Missing everywhere: the right to complain to Datatilsynet.
  await expect(review.wholeDocument).toContainText('Datatilsynet')

  // The sharing clause is replaced by the standard clause on recipients (suggested).
  await review.choose(sharing, 'Erstatt med et standardavsnitt')
  await expect(review.standardClause(sharing)).toHaveValue('recipients')
  await expect(review.clause(sharing)).toContainText('Forslag: «')
  // The security clause has no standard counterpart: kept as its own clause, linked to an activity.
  const security = 'Hvordan ivaretar vi sikkerhet?'
  await expect(
    review.clause(security).getByRole('radio', { name: 'Behold som eget avsnitt' }),
  ).toBeChecked()
  await review.linkActivity(security, 'Min side og appen')
  // Everything else is left out.
  for (const title of ['Cookies og lignende teknologier', 'Hvilke rettigheter har du?'])
    await review.choose(title, 'Ikke ta med')

  await review.saveButton.click()
  await expect(audit.notice).toHaveText(
    'Importen er lagret: 1 avsnitt er lagt til i personvernerklæringen og merket for gjennomgang.',
  )
  // The kept clause is now part of the policy, waiting for the DPO's review.
  const policyArea = audit.area('Personvernerklæringen (art. 13 og 14)')
  await expect(policyArea).toContainText(
    'Avsnittet «Hvordan ivaretar vi sikkerhet?» i personvernerklæringen stemmer ikke lenger med protokollen.',
  )
  await expect(
    policyArea.getByRole('link', {
      name: 'Åpne personvernerklæringen (avsnittet «Hvordan ivaretar vi sikkerhet?»)',
    }),
  ).toHaveAttribute('href', /^#\/policy\/[0-9a-f-]{36}$/)

  // The change log in the audit pack records the new clause and its link, with «æøå» intact.
  const pack = await JSZip.loadAsync(readFileSync(await (await audit.buildPack()).path()))
  const csvEntry = Object.values(pack.files).find((f) => f.name.endsWith('Endringslogg/Endringslogg.csv'))!
  const csv = (await csvEntry.async('nodebuffer')).toString('utf8')
  const lines = csv.slice(1).split('\r\n')
  expect(
    lines.some((l) =>
      /^[\d-]+ [\d:]+;Avsnitt i personvernerklæringen;Hvordan ivaretar vi sikkerhet\?;opprettet;/.test(
        l,
      ),
    ),
  ).toBe(true)
  expect(
    lines.some(
      (l) => l.includes('Hvordan ivaretar vi sikkerhet?') && l.includes('Min side og appen'),
    ),
  ).toBe(true)
})

test('the audit pack: the DPO chooses the parts, it downloads as one ZIP, and every file reads back', async ({ page }, testInfo) => {
  const audit = new AuditPage(page)
  await audit.goto()
  // The internal readiness report is the company's own to-do list: out unless ticked.
  await expect(audit.packPart('Intern kontrollrapport')).not.toBeChecked()
  await expect(audit.packPart('Avvikslogg')).toBeChecked()
  await audit.packPart('Intern kontrollrapport').check()
  await audit.packPart('Krav fra de registrerte (oppsummering)').uncheck()
  const download = await audit.buildPack()
  expect(download.suggestedFilename()).toMatch(/^Tilsynspakke Eksempel Energi AS \d{4}-\d{2}-\d{2}\.zip$/)
  const path = testInfo.outputPath('pakke.zip')
  await download.saveAs(path)
  const zip = await JSZip.loadAsync(readFileSync(path))
  const folder = download.suggestedFilename().replace(/\.zip$/, '')
  const files = new Map<string, Buffer>()
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name.slice(folder.length + 1), await entry.async('nodebuffer'))
  }
  const names = [...files.keys()]
  expect(names[0]).toBe('00 Følgebrev.docx')
  expect(names).toContain('01 Protokoll/Protokoll.docx')
  expect(names).toContain('01 Protokoll/Protokoll.xlsx')
  expect(names).toContain('02 Databehandlere/Databehandlere.xlsx')
  expect(names.some((n) => /Kontrollrapport\/Kontrollrapport\.docx$/.test(n))).toBe(true)
  expect(names.some((n) => n.includes('Krav fra de registrerte'))).toBe(false)
  await expect(audit.packFiles).toHaveCount(names.length)

  const text = async (name: string) => (await mammoth.extractRawText({ buffer: files.get(name)! })).value
  const html = async (name: string) => (await mammoth.convertToHtml({ buffer: files.get(name)! })).value
  const letter = await text('00 Følgebrev.docx')
  expect(letter).toContain('Følgebrev til tilsynspakken')
  expect(letter).toContain('Eksempel Energi AS')
  expect(await html('01 Protokoll/Protokoll.docx')).toMatch(
    /<table><thead><tr><th colspan="2"><h3>(<a id="[^"]+"><\/a>)?Forbruksinnsikt og energiråd i appen<\/h3>/,
  )
  const report = names.find((n) => n.endsWith('Kontrollrapport.docx'))!
  expect(await html(report)).toMatch(/<h1>Oppdatering og risikovurdering \(art\. 24 og 35\) – \d+ av 100<\/h1>/)

  const sheets = async (name: string) => {
    const wb = new Workbook()
    const b = files.get(name)!
    await wb.xlsx.load(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)
    return Object.fromEntries(wb.worksheets.map((ws) => [ws.name, (ws.getRow(1).values as unknown[]).slice(1).map(String)]))
  }
  expect(Object.keys(await sheets('01 Protokoll/Protokoll.xlsx'))).toEqual(['Behandlingsansvarlig', 'Databehandler', 'Om protokollen'])
  expect((await sheets('02 Databehandlere/Databehandlere.xlsx')).Databehandlere).toContain('Databehandleravtale')
  for (const name of names.filter((n) => n.endsWith('.xlsx'))) expect(Object.keys(await sheets(name)).length, name).toBeGreaterThan(0)
  for (const name of names.filter((n) => n.endsWith('.docx'))) expect((await text(name)).length, name).toBeGreaterThan(100)

  const csv = files.get(names.find((n) => n.endsWith('Endringslogg.csv'))!)!
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  expect(csv.toString('utf8').slice(1).split('\r\n')[0]).toBe('tidspunkt;tabell;post;handling;felt;før;etter;endret av')
})

test('a broken or unsupported file gives a Norwegian message and changes nothing', async ({
  page,
}) => {
  const audit = new AuditPage(page)
  await audit.goto()
  const before = await audit.overall.textContent()

  await audit.importPolicy({
    name: 'erklæring.docx',
    mimeType: DOCX_MIME,
    buffer: Buffer.from('dette er ikke et Word-dokument'),
  })
  const dialog = audit.importErrorDialog()
  await expect(dialog).toContainText('«erklæring.docx» er ikke et gyldig Word-dokument (.docx).')
  await dialog.getByRole('button', { name: 'OK' }).click()
  await expect(dialog).toBeHidden()

  await audit.importPolicy({
    name: 'erklæring.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7'),
  })
  await expect(dialog).toContainText('Ombud kan ikke lese PDF-filer.')
  await dialog.getByRole('button', { name: 'OK' }).click()

  // Still the dashboard, with the same findings: nothing was imported.
  await expect(audit.heading).toBeVisible()
  await expect(audit.overall).toHaveText(before!)
  // The policy area has only its finding from before (nothing published), no imported clause.
  const policyArea = audit.area('Personvernerklæringen (art. 13 og 14)')
  await expect(policyArea).toContainText('Ingen versjon av personvernerklæringen er publisert')
  await expect(policyArea).not.toContainText('Avsnittet «')
})
