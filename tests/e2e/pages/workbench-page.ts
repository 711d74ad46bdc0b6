import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { alertDialog } from './dialogs'
import { pickFile, type FileInput } from './file-chooser'

/** The workbench shell: the top bar with the organisation and the workbench actions, and the navigation. */
export class WorkbenchPage {
  readonly organizationName: Locator
  readonly saveCopyButton: Locator
  readonly openButton: Locator
  readonly newButton: Locator
  readonly status: Locator
  readonly navigation: Locator

  constructor(readonly page: Page) {
    const banner = page.getByRole('banner')
    this.organizationName = page.getByTestId('organization-name')
    this.saveCopyButton = banner.getByRole('button', { name: 'Lagre kopi som …' })
    this.openButton = banner.getByRole('button', { name: 'Åpne arbeidsbok …' })
    this.newButton = banner.getByRole('button', { name: 'Ny arbeidsbok' })
    this.status = banner.getByRole('status')
    this.navigation = page.getByRole('navigation', { name: 'Hovedmeny' })
  }

  async expectOrganization(name: string): Promise<void> {
    await expect(this.organizationName).toHaveText(name)
  }

  /** Saves a copy; in the web build that is a download. */
  async saveCopy(): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.saveCopyButton.click()
    return download
  }

  /** Picks `file` in the open dialog. A confirmation to replace may follow (see `replaceDialog`). */
  async open(file: FileInput): Promise<void> {
    await pickFile(this.page, () => this.openButton.click(), file)
  }

  replaceDialog(): Locator {
    return alertDialog(this.page, 'Erstatte arbeidsboken?')
  }

  openErrorDialog(): Locator {
    return alertDialog(this.page, 'Kunne ikke åpne arbeidsboken')
  }

  newWorkbenchDialog(): Locator {
    return alertDialog(this.page, 'Starte en ny arbeidsbok?')
  }
}
