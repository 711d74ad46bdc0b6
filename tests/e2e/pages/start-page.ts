import { expect, type Locator, type Page } from '@playwright/test'
import { pickFile, type FileInput } from './file-chooser'

/** The first-start screen, shown while the database is empty. */
export class StartPage {
  readonly heading: Locator
  readonly loadSampleButton: Locator
  readonly startEmptyButton: Locator
  readonly openButton: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Velkommen til Ombud', level: 1 })
    this.loadSampleButton = page.getByRole('button', { name: 'Last inn eksempelvirksomheten' })
    this.startEmptyButton = page.getByRole('button', { name: 'Start med tom arbeidsbok' })
    this.openButton = page.getByRole('button', { name: 'Åpne arbeidsbok …' })
  }

  async goto(): Promise<void> {
    await this.page.goto('./')
    await expect(this.heading).toBeVisible()
  }

  async loadSample(): Promise<void> {
    await this.loadSampleButton.click()
  }

  async startEmpty(): Promise<void> {
    await this.startEmptyButton.click()
  }

  async open(file: FileInput): Promise<void> {
    await pickFile(this.page, () => this.openButton.click(), file)
  }
}
