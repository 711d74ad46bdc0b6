import { expect, type Locator, type Page } from '@playwright/test'
import { alertDialog } from './dialogs'

/** The editor of one processing activity (`#/activities/<id>`). */
export class ActivityEditor {
  readonly heading: Locator
  readonly form: Locator
  readonly badge: Locator
  readonly statusLine: Locator
  readonly saveButton: Locator
  readonly backLink: Locator
  readonly markReviewedButton: Locator
  readonly duplicateButton: Locator
  readonly archiveButton: Locator
  readonly restoreButton: Locator
  readonly detailsTab: Locator
  readonly historyTab: Locator
  readonly policyTab: Locator
  /** The warning that the privacy policy does not describe the activity. */
  readonly undisclosedWarning: Locator
  /** «Personvernerklæringen»: the clauses that describe the activity, and linking. */
  readonly policyLinks: Locator
  /** The list of those clauses in it. */
  readonly linkedClauses: Locator
  /** The list of problems above the form after a refused save. */
  readonly problems: Locator
  readonly meta: Locator
  /** «Deler av skjemaet»: a jump to each section of the form. */
  readonly sectionIndex: Locator
  /** The shortcut written next to «Lagre». */
  readonly saveShortcut: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { level: 1 })
    this.form = main.getByRole('form')
    this.badge = page.getByTestId('activity-status')
    this.statusLine = main.getByRole('status')
    this.saveButton = main.getByRole('button', { name: 'Lagre', exact: true })
    this.backLink = main.getByRole('link', { name: 'Tilbake til behandlingsaktivitetene' })
    const actions = main.getByRole('group', { name: 'Handlinger' })
    this.markReviewedButton = actions.getByRole('button', { name: 'Merk som gjennomgått i dag' })
    this.duplicateButton = actions.getByRole('button', { name: 'Dupliser' })
    this.archiveButton = actions.getByRole('button', { name: 'Arkiver' })
    this.restoreButton = actions.getByRole('button', { name: 'Gjenopprett' })
    this.detailsTab = main.getByRole('tab', { name: 'Opplysninger' })
    this.historyTab = main.getByRole('tab', { name: 'Historikk' })
    this.policyTab = main.getByRole('tab', { name: 'Personvernerklæringen' })
    this.undisclosedWarning = main
      .getByRole('note')
      .filter({ hasText: 'Ikke omtalt i personvernerklæringen' })
    this.policyLinks = main.getByRole('region', { name: 'Personvernerklæringen' })
    this.linkedClauses = this.policyLinks
      .getByRole('list', { name: 'Avsnitt som omtaler behandlingsaktiviteten' })
      .getByRole('listitem')
    this.problems = main.getByRole('alert')
    this.meta = main.locator('.activities-editor__meta')
    this.sectionIndex = main.getByRole('navigation', { name: 'Deler av skjemaet' })
    this.saveShortcut = main.getByText('Ctrl+S', { exact: true })
  }

  /** The index's jump to a section, by the section's title. */
  sectionLink(title: string): Locator {
    return this.sectionIndex.getByRole('button', { name: title, exact: true })
  }

  async expectOpen(name: string): Promise<void> {
    await expect(this.heading).toHaveText(name)
    await expect(this.page).toHaveURL(/#\/activities\/[^/]+(\/[^/]+)?$/)
  }

  /** A text field, text area or select by its exact label. */
  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true })
  }

  checkbox(name: string): Locator {
    return this.form.getByRole('checkbox', { name, exact: true })
  }

  /** A fieldset (checkbox group, sources, transfers …) by its legend. */
  group(name: string | RegExp): Locator {
    return this.form.getByRole('group', { name })
  }

  /** Adds values to a tag field (Enter after each). */
  async addTags(label: string, ...values: string[]): Promise<void> {
    const input = this.field(label)
    for (const value of values) {
      await input.fill(value)
      await input.press('Enter')
      await expect(input).toHaveValue('')
    }
  }

  tags(label: string): Locator {
    return this.form.getByRole('list', { name: `${label} som er lagt til` }).getByRole('listitem')
  }

  async save(): Promise<void> {
    await this.saveButton.click()
  }

  /** Saves and waits for the confirmation in the status line. */
  async saveExpecting(text: string | RegExp): Promise<void> {
    await this.save()
    await expect(this.statusLine).toHaveText(text)
  }

  /** The question asked before unsaved changes are thrown away. */
  leaveDialog(): Locator {
    return alertDialog(this.page, 'Forkaste endringene?')
  }

  confirmDialog(title: string): Locator {
    return alertDialog(this.page, title)
  }

  transferDialog(): TransferDialog {
    return new TransferDialog(this.page)
  }

  /** «Ny databehandler», opened from the activity editor. */
  processorDialog(): LinkDialog {
    return new LinkDialog(this.page, 'Ny databehandler')
  }
}

/** A dialog opened from the activity editor that registers a record and links it. */
export class LinkDialog {
  readonly dialog: Locator
  readonly saveButton: Locator

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title })
    this.saveButton = this.dialog.getByRole('button', { name: 'Lagre og koble til' })
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true })
  }
}

/** «Ny overføring til tredjeland», opened from the activity editor. */
export class TransferDialog extends LinkDialog {
  constructor(page: Page) {
    super(page, 'Ny overføring til tredjeland')
  }
}
