/**
 * Page objects for «Tilsyn»: the readiness dashboard, the audit pack and the review of an
 * imported privacy policy. Found by role and label, as a user would.
 */
import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { alertDialog } from './dialogs'
import { pickFile, type FileInput } from './file-chooser'

export class AuditPage {
  readonly main: Locator
  readonly heading: Locator
  readonly overall: Locator
  readonly scores: Locator
  readonly buildPackButton: Locator
  readonly packFiles: Locator
  readonly packMissing: Locator
  readonly importButton: Locator
  readonly notice: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.heading = this.main.getByRole('heading', { name: 'Tilsyn', level: 1 })
    this.overall = this.main.getByText(/^Samlet vurdering:/)
    this.scores = this.main
      .getByRole('list', { name: 'Vurdering per område' })
      .getByRole('listitem')
    this.buildPackButton = this.main.getByRole('button', { name: 'Lag tilsynspakke' })
    this.packFiles = this.main
      .getByRole('list', { name: 'Filer i tilsynspakken' })
      .getByRole('listitem')
    this.packMissing = this.main.getByRole('note', { name: 'Dette mangler i tilsynspakken' })
    this.importButton = this.main.getByRole('button', {
      name: 'Importer gjeldende personvernerklæring …',
    })
    this.notice = this.main.getByRole('status').filter({ hasText: /^Importen er/ })
  }

  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Tilsyn', exact: true })
      .click()
    await expect(this.heading).toBeVisible()
  }

  /** The score card of an area, e.g. «Protokollen (art. 30)». */
  score(area: string): Locator {
    return this.scores.filter({ hasText: area })
  }

  /** The findings of an area, a region named by the area. */
  area(label: string): Locator {
    return this.main.getByRole('region', { name: label, exact: true })
  }

  /** The checkbox of a part of the pack in the chooser, by its label. */
  packPart(label: string): Locator {
    return this.main.getByRole('group', { name: 'Hva skal være med i pakken?' }).getByRole('checkbox', { name: label, exact: true })
  }

  /** Builds the pack; in the web build it is one ZIP download. Resolves with it once it has arrived. */
  async buildPack(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 })
    await this.buildPackButton.click()
    await expect(this.main.getByRole('status').filter({ hasText: 'Tilsynspakken er lastet ned' })).toHaveText(
      /^Tilsynspakken er lastet ned som «Tilsynspakke Eksempel Energi AS \d{4}-\d{2}-\d{2}\.zip»\.$/,
      { timeout: 120_000 },
    )
    return download
  }

  async importPolicy(file: FileInput): Promise<void> {
    await pickFile(this.page, () => this.importButton.click(), file)
  }

  importErrorDialog(): Locator {
    return alertDialog(this.page, 'Kunne ikke importere personvernerklæringen')
  }
}

export class PolicyImportReview {
  readonly main: Locator
  readonly heading: Locator
  readonly wholeDocument: Locator
  readonly saveButton: Locator
  readonly cancelButton: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.heading = this.main.getByRole('heading', { level: 1 })
    this.wholeDocument = this.main.getByRole('region', { name: 'Hele dokumentet' })
    this.saveButton = this.main.getByRole('button', { name: 'Lagre importen' })
    this.cancelButton = this.main.getByRole('button', { name: 'Avbryt importen' })
  }

  /** An imported clause, named by its heading. */
  clause(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true })
  }

  findings(title: string): Locator {
    return this.clause(title).getByRole('region', { name: `Funn i avsnittet: ${title}` })
  }

  async choose(
    title: string,
    action: 'Behold som eget avsnitt' | 'Erstatt med et standardavsnitt' | 'Ikke ta med',
  ): Promise<void> {
    await this.clause(title).getByRole('radio', { name: action }).check()
  }

  standardClause(title: string): Locator {
    return this.clause(title).getByLabel('Standardavsnitt', { exact: true })
  }

  /** Ticks an activity in the clause's list, after searching for it. */
  async linkActivity(title: string, activity: string): Promise<void> {
    const picker = this.clause(title).getByRole('group', {
      name: 'Knytt til behandlingsaktiviteter',
    })
    await picker.getByRole('searchbox', { name: 'Søk i behandlingsaktivitetene' }).fill(activity)
    await picker.getByRole('checkbox', { name: activity, exact: true }).check()
    await expect(picker.getByRole('status')).toContainText('1 valgt')
  }
}
