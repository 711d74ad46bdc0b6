/**
 * The protokoll in Excel (issue 4): export in Datatilsynet's layout, import with a preview
 * that names every bad row, all-or-nothing writing, and the round trip export → import.
 */
import { writeFile } from 'node:fs/promises'
import { Workbook } from 'exceljs'
import { sampleWorkbench } from '../../resources/sample-company'
import { manyRowsXlsx } from '../../shared/files/test-bombs'
import { handKeptProtokollXlsx, HAND_KEPT_ROWS } from '../../shared/ropa/test-fixtures'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { ImportExportPage } from './pages/import-export-page'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const SAMPLE_COUNT = sample.activities.filter((a) => a.status !== 'archived').length
/** The protokoll leaves drafts out unless asked to include them. */
const DRAFTS = sample.activities.filter((a) => a.status === 'draft')
const EXPORTED_COUNT = SAMPLE_COUNT - DRAFTS.length
/** The hand-kept file: three rows on the controller sheet, one on the processor sheet. */
const HAND_KEPT_COUNT = HAND_KEPT_ROWS.length + 1
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test('export to Excel, a file with errors is refused row by row, a hand-kept protokoll is imported, and the export reads back unchanged', async ({
  page,
}, testInfo) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const activities = new ActivitiesPage(page)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  const io = new ImportExportPage(page)
  await io.goto()
  await expect(io.workbenchGroup.getByRole('button', { name: 'Lagre kopi som …' })).toBeVisible()
  await expect(io.workbenchGroup.getByRole('button', { name: 'Åpne arbeidsbok …' })).toBeVisible()
  // The page's own «Lagre kopi som …» saves the whole workbench, as the top bar's does.
  const copy = page.waitForEvent('download')
  await io.workbenchGroup.getByRole('button', { name: 'Lagre kopi som …' }).click()
  expect((await copy).suggestedFilename()).toMatch(
    /^Eksempel Energi AS \d{4}-\d{2}-\d{2}\.ombud\.json$/,
  )
  await expect(io.workbenchGroup.getByRole('status')).toHaveText(/^Kopien er lastet ned som «/)

  // Export: a download named after the company and the date.
  const download = await io.exportExcel()
  expect(download.suggestedFilename()).toMatch(
    /^Protokoll Eksempel Energi AS \d{4}-\d{2}-\d{2}\.xlsx$/,
  )
  const exported = testInfo.outputPath('protokoll.xlsx')
  await download.saveAs(exported)
  await expect(io.excelMessage).toHaveText(
    `Protokollen er lastet ned som «${download.suggestedFilename()}».`,
  )
  const workbook = new Workbook()
  await workbook.xlsx.readFile(exported)
  expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
    'Behandlingsansvarlig',
    'Databehandler',
    'Om protokollen',
  ])

  // Drafts are left out of the protokoll by default.
  const sheetText = (wb: Workbook) =>
    wb.worksheets
      .slice(0, 2)
      .flatMap((ws) => ws.getSheetValues().flat().map(String))
      .join('\n')
  expect(DRAFTS.length).toBeGreaterThan(0)
  for (const d of DRAFTS) expect(sheetText(workbook)).not.toContain(d.name)

  // Asked for, they are in, marked «Utkast».
  await expect(io.includeDrafts).not.toBeChecked()
  await io.includeDrafts.check()
  const withDrafts = await io.exportExcel()
  const withDraftsFile = testInfo.outputPath('protokoll-med-utkast.xlsx')
  await withDrafts.saveAs(withDraftsFile)
  const draftBook = new Workbook()
  await draftBook.xlsx.readFile(withDraftsFile)
  const controllerSheet = draftBook.getWorksheet('Behandlingsansvarlig')!
  const rowTexts = controllerSheet
    .getRows(2, controllerSheet.rowCount - 1)!
    .map((r) => Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1).text))
  const draftRow = rowTexts.find((cells) => cells.some((c) => c.startsWith(DRAFTS[0]!.name)))
  expect(draftRow).toContain('Utkast')
  await io.includeDrafts.uncheck()

  // Read the protokoll straight back in: every row unchanged, so there is nothing to import.
  let dialog = await io.importExcel(exported)
  await expect(dialog.summary).toContainText(`${EXPORTED_COUNT} uendrede`)
  await expect(dialog.summary).toContainText('0 nye')
  await expect(dialog.summary).toContainText('0 endrede')
  expect(await dialog.actions()).toEqual(Array(EXPORTED_COUNT).fill('Uendret'))
  await expect(dialog.root).toContainText('Det er ingenting å importere.')
  await expect(dialog.importButton).toBeDisabled()
  await dialog.cancelButton.click()
  await expect(dialog.root).toBeHidden()

  // A file with errors: a row without a name, an unknown legal basis, a date that does not exist.
  const bad = await handKeptProtokollXlsx([
    { ...HAND_KEPT_ROWS[0], Behandlingsaktivitet: '' },
    { ...HAND_KEPT_ROWS[1], Behandlingsgrunnlag: 'Magefølelse' },
    { ...HAND_KEPT_ROWS[2], 'Høy risiko (DPIA)': 'Ja, DPIA gjennomført 31.02.2024' },
  ])
  dialog = await io.importExcel({
    name: 'med-feil.xlsx',
    mimeType: XLSX_MIME,
    buffer: Buffer.from(bad),
  })
  await expect(dialog.errors).toBeVisible()
  await expect(dialog.summary).toContainText('3 feil')
  await expect(dialog.dataRows(dialog.errors)).toHaveCount(3)
  expect(await dialog.errorCells(5)).toEqual([
    'Behandlingsansvarlig',
    '5',
    'Behandlingsaktivitet',
    'Behandlingsaktiviteten mangler navn. Skriv navnet på første linje i kolonnen «Behandlingsaktivitet».',
  ])
  const basis = await dialog.errorCells(6)
  expect(basis.slice(0, 3)).toEqual(['Behandlingsansvarlig', '6', 'Behandlingsgrunnlag'])
  expect(basis[3]).toMatch(/^Ukjent behandlingsgrunnlag «Magefølelse»\./)
  const date = await dialog.errorCells(7)
  expect(date.slice(0, 3)).toEqual(['Behandlingsansvarlig', '7', 'Høy risiko (DPIA)'])
  expect(date[3]).toContain('«31.02.2024» er ikke en gyldig dato')
  await expect(dialog.importButton).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(dialog.root).toBeHidden()

  // Nothing was written.
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Behandlingsaktiviteter' })
    .click()
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // A protokoll kept by hand in the template, from disk.
  const handKept = testInfo.outputPath('protokoll-ført-for-hånd.xlsx')
  await writeFile(handKept, await handKeptProtokollXlsx())
  await io.goto()
  dialog = await io.importExcel(handKept)
  await expect(dialog.summary).toContainText(`${HAND_KEPT_COUNT} nye`)
  await expect(dialog.errors).toHaveCount(0)
  // The sample company has no «Regnskapshuset AS»: a warning, not an error.
  await expect(dialog.warnings).toContainText('Ukjent databehandler: «Regnskapshuset AS».')
  expect(await dialog.actions()).toEqual(Array(HAND_KEPT_COUNT).fill('Ny'))
  await expect(dialog.rows).toContainText('Lønn og personaladministrasjon')
  await expect(dialog.importButton).toBeEnabled()
  await dialog.importButton.click()
  await expect(dialog.root).toBeHidden()
  await expect(io.excelMessage).toHaveText(
    `Importert: ${HAND_KEPT_COUNT} nye og 0 endrede behandlingsaktiviteter.`,
  )

  const total = SAMPLE_COUNT + HAND_KEPT_COUNT
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Behandlingsaktiviteter' })
    .click()
  await activities.expectCount(total, total)
  await activities.search.fill('Lønn og personaladministrasjon')
  await expect(activities.row('Lønn og personaladministrasjon')).toBeVisible()
  await activities.search.fill('')

  // Export the grown record and read it back: the same record, every row unchanged.
  await io.goto()
  const again = await io.exportExcel()
  const againFile = testInfo.outputPath('protokoll-igjen.xlsx')
  await again.saveAs(againFile)
  dialog = await io.importExcel(againFile)
  await expect(dialog.summary).toContainText(`${total - DRAFTS.length} uendrede`)
  expect(await dialog.actions()).toEqual(Array(total - DRAFTS.length).fill('Uendret'))
  await expect(dialog.importButton).toBeDisabled()
  await dialog.cancelButton.click()
  await expect(dialog.root).toBeHidden()
})

test('a file that is not a workbook gets one Norwegian error and no import', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const io = new ImportExportPage(page)
  await io.goto()
  const dialog = await io.importExcel({
    name: 'protokoll.xlsx',
    mimeType: XLSX_MIME,
    buffer: Buffer.from('Navn;Formål\nLønn;Utbetale lønn\n', 'utf8'),
  })
  expect(await dialog.dataRows(dialog.errors).getByRole('cell').allInnerTexts()).toEqual([
    'Hele filen',
    '–',
    '–',
    'Filen er en tekstfil, ikke en Excel-arbeidsbok. Lagre protokollen som Excel-arbeidsbok (.xlsx) og prøv igjen.',
  ])
  // The hint says what to do with this file, not «Rett feilene i Excel».
  await expect(dialog.errors).toHaveAccessibleDescription(
    'Velg protokollen lagret som Excel-arbeidsbok (.xlsx). Ingenting er lagret.',
  )
  await expect(dialog.importButton).toBeDisabled()
  await expect(dialog.cancelButton).toBeFocused()
  await dialog.cancelButton.click()

  // A workbook in another layout: the hint points to the template's headings.
  const other = new Workbook()
  other.addWorksheet('Ark1').addRow(['Navn', 'Telefon'])
  await io.importExcel({
    name: 'telefonliste.xlsx',
    mimeType: XLSX_MIME,
    buffer: Buffer.from(await other.xlsx.writeBuffer()),
  })
  await expect(dialog.errors).toHaveAccessibleDescription(
    /^Gi protokollen kolonneoverskriftene fra Datatilsynets mal/,
  )
  await dialog.cancelButton.click()

  // A bomb (kept small here, so the file chooser passes it quickly): refused, with what to do.
  await io.importExcel({
    name: 'stor.xlsx',
    mimeType: XLSX_MIME,
    buffer: Buffer.from(manyRowsXlsx(100_000, { understate: true })),
  })
  expect((await dialog.dataRows(dialog.errors).getByRole('cell').allInnerTexts())[3]).toMatch(
    /^Et ark i arbeidsboken har mer enn 50\u00a0000 rader/,
  )
  await expect(dialog.errors).toHaveAccessibleDescription(/^Gjør arbeidsboken mindre/)
})
