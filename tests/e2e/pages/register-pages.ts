/**
 * Page objects for the registers (databehandlere, overføringer), the organisation page
 * and the change log. Everything is found by role and label, as a user would.
 */
import { expect, type Locator, type Page } from '@playwright/test'
import { alertDialog } from './dialogs'

/** The left-hand navigation. */
function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true })
}

/** A register's list: search, count, table, the «new» link. */
abstract class RegisterPage {
  readonly heading: Locator
  readonly search: Locator
  readonly count: Locator
  readonly table: Locator
  readonly rows: Locator
  readonly newLink: Locator

  constructor(
    readonly page: Page,
    readonly title: string,
    searchLabel: string,
    newLabel: string,
  ) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: title, level: 1 })
    this.search = main.getByRole('searchbox', { name: searchLabel })
    // The toolbar's count, not a notice such as «Overføringen er slettet.»
    this.count = main.getByRole('status').filter({ hasText: / av \d+ / })
    this.table = main.getByRole('table', { name: title })
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') })
    this.newLink = main.getByRole('link', { name: newLabel })
  }

  async goto(): Promise<void> {
    await navLink(this.page, this.title).click()
    await expect(this.heading).toBeVisible()
  }

  /** The row whose first cell is `name`. */
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name, exact: true }) })
  }

  async open(name: string): Promise<void> {
    await this.row(name).getByRole('link', { name, exact: true }).click()
  }
}

export class ProcessorsPage extends RegisterPage {
  readonly showArchived: Locator

  constructor(page: Page) {
    super(page, 'Databehandlere', 'Søk i databehandlerne', 'Ny databehandler')
    this.showArchived = page.getByRole('main').getByRole('checkbox', { name: 'Vis arkiverte' })
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(`${shown} av ${total} databehandlere`)
  }
}

export class TransfersPage extends RegisterPage {
  readonly showArchived: Locator

  constructor(page: Page) {
    super(page, 'Overføringer', 'Søk i overføringene', 'Ny overføring')
    this.showArchived = page.getByRole('main').getByRole('checkbox', { name: 'Vis arkiverte' })
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(`${shown} av ${total} overføringer`)
  }
}

/** What every record editor has: title, save, status line, history, the leave question. */
abstract class EditorPage {
  readonly main: Locator
  readonly heading: Locator
  readonly saveButton: Locator
  readonly status: Locator
  readonly errorSummary: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.heading = this.main.getByRole('heading', { level: 1 })
    this.saveButton = this.main.getByRole('button', { name: 'Lagre', exact: true })
    this.status = this.main.getByRole('status')
    this.errorSummary = this.main.getByRole('alert')
    this.history = this.main.getByRole('region', { name: 'Endringslogg' })
  }

  async save(): Promise<void> {
    await this.saveButton.click()
  }

  leaveDialog(): Locator {
    return alertDialog(this.page, 'Forkaste endringene?')
  }

  /** The row of the history's newest entry that shows `field`. */
  historyRow(field: string): Locator {
    return this.history.getByRole('listitem').first().getByRole('row', { name: new RegExp(`^${field}`) })
  }
}

export class ProcessorEditor extends EditorPage {
  readonly identity: Locator
  readonly name: Locator
  readonly orgNumber: Locator
  readonly country: Locator
  readonly services: Locator
  readonly contact: Locator
  readonly agreement: Locator
  readonly signedOn: Locator
  readonly reference: Locator
  readonly checklist: Locator
  readonly subProcessors: Locator
  readonly addSubProcessorButton: Locator
  readonly archiveButton: Locator
  readonly restoreButton: Locator
  readonly usedBy: Locator

  constructor(page: Page) {
    super(page)
    this.identity = this.main.getByRole('group', { name: 'Om databehandleren', exact: true })
    this.name = this.identity.getByLabel('Navn på databehandleren')
    this.orgNumber = this.identity.getByLabel('Organisasjonsnummer eller utenlandsk id')
    this.country = this.identity.getByLabel('Land', { exact: true })
    this.services = this.identity.getByLabel('Tjenester', { exact: true })
    this.contact = this.main.getByRole('group', { name: 'Kontaktperson hos databehandleren' })
    this.agreement = this.main.getByRole('group', { name: 'Databehandleravtale', exact: true })
    this.signedOn = this.agreement.getByLabel('Signert dato')
    this.reference = this.agreement.getByLabel('Dokumentreferanse')
    this.checklist = this.main.getByRole('group', { name: 'Avtalen inneholder (art. 28 nr. 3)' })
    this.subProcessors = this.main.getByRole('group', { name: 'Underdatabehandlere', exact: true })
    this.addSubProcessorButton = this.main.getByRole('button', { name: 'Legg til underdatabehandler' })
    this.archiveButton = this.main.getByRole('button', { name: 'Arkiver', exact: true })
    this.restoreButton = this.main.getByRole('button', { name: 'Gjenopprett', exact: true })
    this.usedBy = this.main.getByRole('region', { name: 'Behandlingsaktiviteter som bruker databehandleren' })
  }

  async addService(text: string): Promise<void> {
    await this.services.fill(text)
    await this.services.press('Enter')
  }

  subProcessor(n: number): Locator {
    return this.main.getByRole('group', { name: `Underdatabehandler ${n}`, exact: true })
  }

  async addSubProcessor(name: string, country: string, service: string): Promise<Locator> {
    const before = await this.subProcessors.getByRole('group').count()
    await this.addSubProcessorButton.click()
    const row = this.subProcessor(before + 1)
    await row.getByLabel('Navn', { exact: true }).fill(name)
    await row.getByLabel('Land', { exact: true }).selectOption(country)
    await row.getByLabel('Tjeneste', { exact: true }).fill(service)
    return row
  }
}

export class TransferEditor extends EditorPage {
  readonly recipient: Locator
  readonly recipientName: Locator
  readonly country: Locator
  readonly mechanism: Locator
  readonly sccModule: Locator
  readonly dpfCheckedOn: Locator
  readonly derogation: Locator
  readonly tiaDate: Locator
  readonly fallback: Locator
  readonly notes: Locator
  readonly linked: Locator
  readonly archiveButton: Locator
  readonly restoreButton: Locator

  constructor(page: Page) {
    super(page)
    const m = this.main
    this.recipient = m.getByLabel('Mottaker', { exact: true })
    this.recipientName = m.getByLabel('Navn på mottakeren')
    this.country = m.getByLabel('Mottakerland')
    this.mechanism = m.getByLabel('Overføringsgrunnlag', { exact: true })
    this.sccModule = m.getByLabel('Modul i standardavtalene')
    this.dpfCheckedOn = m.getByLabel('Sertifiseringen sist kontrollert')
    this.derogation = m.getByLabel('Unntak etter art. 49')
    this.tiaDate = m.getByLabel('Vurdering av overføringen (TIA)')
    this.fallback = m.getByLabel('Reservegrunnlag')
    this.notes = m.getByLabel('Merknader')
    this.linked = m.getByRole('group', { name: 'Behandlingsaktiviteter med denne overføringen' })
    this.archiveButton = m.getByRole('button', { name: 'Arkiver', exact: true })
    this.restoreButton = m.getByRole('button', { name: 'Gjenopprett', exact: true })
  }

  /** The texts of the mechanisms the select offers. */
  async mechanismChoices(): Promise<string[]> {
    return this.mechanism.getByRole('option').allInnerTexts()
  }
}

export class OrganizationPage extends EditorPage {
  readonly name: Locator
  readonly orgNumber: Locator
  readonly noDpo: Locator
  readonly dpoName: Locator
  readonly nynorsk: Locator

  constructor(page: Page) {
    super(page)
    this.name = this.main.getByLabel('Navn på virksomheten')
    this.orgNumber = this.main.getByLabel('Organisasjonsnummer')
    this.noDpo = this.main.getByRole('checkbox', { name: 'Virksomheten har ikke personvernombud' })
    this.dpoName = this.main.getByLabel('Navn på personvernombudet')
    this.nynorsk = this.main.getByRole('radio', { name: 'Nynorsk' })
  }

  async goto(): Promise<void> {
    await navLink(this.page, 'Virksomheten').click()
    await expect(this.main.getByRole('heading', { name: 'Virksomheten', level: 1 })).toBeVisible()
  }
}

export class ChangeLogPage {
  readonly heading: Locator
  readonly filter: Locator
  readonly entries: Locator
  readonly count: Locator

  constructor(readonly page: Page) {
    const main = page.getByRole('main')
    this.heading = main.getByRole('heading', { name: 'Endringslogg', level: 1 })
    this.filter = main.getByLabel('Vis endringer i')
    this.entries = main.getByRole('list', { name: 'Endringer' }).getByRole('listitem')
    this.count = main.getByRole('status')
  }

  async goto(): Promise<void> {
    await navLink(this.page, 'Endringslogg').click()
    await expect(this.heading).toBeVisible()
  }
}
