import type { Locator, Page } from '@playwright/test'

/** The minimal organisation form behind «Start med tom arbeidsbok». */
export class OrganizationForm {
  readonly name: Locator
  readonly orgNumber: Locator
  readonly submitButton: Locator

  constructor(readonly page: Page) {
    this.name = page.getByLabel('Navn på virksomheten')
    this.orgNumber = page.getByLabel('Organisasjonsnummer')
    this.submitButton = page.getByRole('button', { name: 'Opprett arbeidsbok' })
  }

  async submit(): Promise<void> {
    await this.submitButton.click()
  }
}
