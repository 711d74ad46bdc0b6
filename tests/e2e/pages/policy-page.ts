import { expect, type Download, type Locator, type Page } from '@playwright/test'
import { alertDialog } from './dialogs'

/** «Personvernerklæring»: the clause library, the preview and the versions. */
export class PolicyPage {
  readonly heading: Locator
  readonly library: Locator
  readonly clauseList: Locator
  readonly newClauseButton: Locator
  readonly preview: Locator
  readonly document: Locator
  readonly showChanges: Locator
  readonly versions: Locator
  readonly versionTable: Locator
  readonly versionStatus: Locator
  readonly exportCurrentButton: Locator
  readonly exportTrackedButton: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Personvernerklæring', level: 1 })
    this.library = main.getByRole('region', { name: 'Avsnitt', exact: true })
    this.clauseList = this.library.getByRole('list', { name: 'Avsnittene i personvernerklæringen' })
    this.newClauseButton = this.library.getByRole('button', { name: 'Nytt avsnitt …' })
    this.preview = main.getByRole('region', { name: 'Forhåndsvisning' })
    this.document = this.preview.getByRole('article', {
      name: 'Personvernerklæringen slik den blir',
    })
    this.showChanges = this.preview.getByRole('checkbox', {
      name: 'Vis endringer siden sist publiserte versjon',
    })
    this.versions = main.getByRole('region', { name: 'Versjoner og eksport' })
    this.versionTable = this.versions.getByRole('table', { name: 'Lagrede versjoner' })
    this.versionStatus = this.versions.getByRole('status')
    this.exportCurrentButton = this.versions.getByRole('button', {
      name: 'Last ned som Word (.docx)',
    })
    this.exportTrackedButton = this.versions.getByRole('button', {
      name: 'Last ned med sporede endringer',
    })
  }

  /** Opens the section from the navigation and waits until every standard clause is listed. */
  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Personvernerklæring' })
      .click()
    await expect(this.heading).toBeVisible()
    await expect(this.clauseToggle('Klage til Datatilsynet')).toBeVisible()
  }

  /** The button that opens and closes a clause in the library (named by its title). */
  clauseToggle(title: string): Locator {
    return this.clauseList.getByRole('button', { name: title, exact: true })
  }

  /** One clause of the library, with its state tags, review note and (when open) its actions. */
  clause(title: string): Locator {
    return this.clauseList.getByRole('region', { name: title, exact: true })
  }

  tags(title: string): Locator {
    return this.clause(title).getByRole('list', { name: 'Status' }).getByRole('listitem')
  }

  /** Opens a clause in the library, unless it is open already. */
  async openClause(title: string): Promise<Locator> {
    const toggle = this.clauseToggle(title)
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    return this.clause(title)
  }

  /** The titles of the clauses in the order of the library. */
  async clauseTitles(): Promise<string[]> {
    return this.clauseList.getByRole('heading', { level: 3 }).allInnerTexts()
  }

  previewHeading(name: string): Locator {
    return this.document.getByRole('heading', { name, exact: true })
  }

  newClauseDialog(): ClauseDialog {
    return new ClauseDialog(this.page, 'Nytt avsnitt')
  }

  async chooseLanguage(name: 'Bokmål' | 'Nynorsk'): Promise<void> {
    await this.preview.getByRole('radio', { name }).check()
  }

  /** Saves a version through the note dialog. */
  async storeVersion(kind: 'draft' | 'published', note: string): Promise<void> {
    const publish = kind === 'published'
    await this.versions
      .getByRole('button', { name: publish ? 'Publiser versjon …' : 'Lagre utkast …' })
      .click()
    const dialog = this.page.getByRole('dialog', {
      name: publish ? 'Publisere versjonen?' : 'Lagre utkast',
    })
    await dialog.getByLabel('Merknad').fill(note)
    await dialog
      .getByRole('button', { name: publish ? 'Publiser' : 'Lagre utkast', exact: true })
      .click()
    await expect(dialog).toBeHidden()
  }

  /** Clicks an export button and returns the download it starts. */
  async download(button: Locator): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await button.click()
    return download
  }

  confirmDialog(title: string): Locator {
    return alertDialog(this.page, title)
  }
}

/** The dialog that writes a clause's text (and, for a new clause, its place and activities). */
export class ClauseDialog {
  readonly dialog: Locator

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title })
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true })
  }

  /** Finds an activity in the picker and ticks it. */
  async pickActivity(name: string): Promise<void> {
    await this.dialog.getByRole('searchbox', { name: 'Finn behandlingsaktivitet' }).fill(name)
    await this.dialog.getByRole('checkbox', { name, exact: true }).check()
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Lagre avsnittet' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
