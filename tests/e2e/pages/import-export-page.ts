import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { pickFile, type FileInput } from './file-chooser'

/** The preview dialog of an Excel import. */
export class ExcelImportDialog {
  readonly root: Locator
  readonly summary: Locator
  readonly errors: Locator
  readonly warnings: Locator
  readonly rows: Locator
  readonly importButton: Locator
  readonly cancelButton: Locator

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Importer fra Excel' })
    this.summary = this.root.getByRole('list', { name: 'Oppsummering av importen' })
    this.errors = this.root.getByRole('table', { name: /feil må rettes før filen kan importeres$/ })
    this.warnings = this.root.getByRole('table', { name: /^\d+ merknad(er)?$/ })
    this.rows = this.root.getByRole('table', { name: 'Radene i filen' })
    this.importButton = this.root.getByRole('button', { name: 'Importer', exact: true })
    this.cancelButton = this.root.getByRole('button', { name: 'Avbryt', exact: true })
  }

  /** The data rows of one of the dialog's tables. */
  dataRows(table: Locator): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('cell') })
  }

  /** The cells of the error on `row` (sheet, row, column, message). */
  async errorCells(row: number): Promise<string[]> {
    const match = this.dataRows(this.errors).filter({
      has: this.page.getByRole('cell', { name: String(row), exact: true }),
    })
    await expect(match).toHaveCount(1)
    return match.getByRole('cell').allInnerTexts()
  }

  /** The «Handling» of every row in the file. */
  async actions(): Promise<string[]> {
    return this.dataRows(this.rows).locator('td:nth-child(4)').allInnerTexts()
  }
}

/** «Import og eksport»: the protokoll in Excel and the workbench file. */
export class ImportExportPage {
  readonly heading: Locator
  readonly excelGroup: Locator
  readonly exportButton: Locator
  readonly importButton: Locator
  readonly includeDrafts: Locator
  readonly excelMessage: Locator
  readonly workbenchGroup: Locator
  readonly dialog: ExcelImportDialog

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Import og eksport', level: 1 })
    this.excelGroup = main.getByRole('group', { name: 'Protokollen i Excel' })
    this.exportButton = this.excelGroup.getByRole('button', { name: 'Eksporter til Excel' })
    this.importButton = this.excelGroup.getByRole('button', { name: 'Importer fra Excel …' })
    this.includeDrafts = this.excelGroup.getByRole('checkbox', { name: 'Ta med utkast' })
    this.excelMessage = this.excelGroup.locator('[aria-live="polite"]')
    this.workbenchGroup = main.getByRole('group', { name: 'Arbeidsboken' })
    this.dialog = new ExcelImportDialog(page)
  }

  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Import og eksport', exact: true })
      .click()
    await expect(this.heading).toBeVisible()
  }

  /** Exports the protokoll; in the web build that is a download. */
  async exportExcel(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.exportButton.click()
    return download
  }

  /** Picks `file` for import and waits for the preview. */
  async importExcel(file: FileInput): Promise<ExcelImportDialog> {
    await pickFile(this.page, () => this.importButton.click(), file)
    await expect(this.dialog.root).toBeVisible()
    return this.dialog
  }
}
