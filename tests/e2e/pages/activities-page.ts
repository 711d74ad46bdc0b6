import { expect, type Locator, type Page } from '@playwright/test'
import { sampleWorkbench } from '../../../resources/sample-company'
import { ActivityEditor } from './activity-editor'
import { StartPage } from './start-page'

const withoutSoftHyphens = (text: string) => text.replaceAll('\u00ad', '')

/** How many activities the sample company has. */
export const SAMPLE_ACTIVITIES = sampleWorkbench().activities.length

/** The list of processing activities. */
export class ActivitiesPage {
  readonly heading: Locator
  readonly search: Locator
  readonly count: Locator
  readonly table: Locator
  /** The scrolling region around the table (keyboard-focusable). */
  readonly scroller: Locator
  /** The data rows currently rendered (the list is virtualised: not all rows are in the DOM). */
  readonly rows: Locator
  readonly newButton: Locator
  readonly chooseColumnsButton: Locator
  readonly filters: Locator
  readonly overdueFilter: Locator
  readonly undisclosedFilter: Locator
  /** «Eksporter til Excel» and «Importer fra Excel …» in the toolbar. */
  readonly excelGroup: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Behandlingsaktiviteter', level: 1 })
    this.search = page.getByRole('searchbox', { name: 'Søk i behandlingsaktivitetene' })
    this.count = page.getByRole('main').getByRole('status')
    this.table = page.getByRole('table', { name: 'Behandlingsaktiviteter' })
    this.scroller = page.getByRole('region', { name: 'Behandlingsaktiviteter' })
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') })
    this.newButton = page.getByRole('button', { name: 'Ny behandlingsaktivitet' })
    this.chooseColumnsButton = page.getByRole('button', { name: 'Velg kolonner …' })
    this.filters = page.getByRole('group', { name: 'Filtre' })
    this.overdueFilter = this.filters.getByRole('checkbox', {
      name: 'Ikke gjennomgått på 12 måneder',
    })
    this.undisclosedFilter = this.filters.getByRole('checkbox', {
      name: 'Ikke omtalt i personvernerklæringen',
    })
    this.excelGroup = page.getByRole('main').getByRole('group', { name: 'Protokollen i Excel' })
  }

  /** Starts with the sample company and waits until its whole record is listed. */
  static async withSample(page: Page): Promise<ActivitiesPage> {
    const start = new StartPage(page)
    await start.goto()
    await start.loadSample()
    const activities = new ActivitiesPage(page)
    await activities.expectCount(SAMPLE_ACTIVITIES, SAMPLE_ACTIVITIES)
    return activities
  }

  /** Finds an activity with the search box and opens it. */
  async open(name: string): Promise<ActivityEditor> {
    await this.search.fill(name)
    await this.row(name).getByRole('link', { name, exact: true }).click()
    const editor = new ActivityEditor(this.page)
    await editor.expectOpen(name)
    return editor
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(`${shown} av ${total} behandlingsaktiviteter`)
  }

  /** Opens the section from the navigation. */
  async goto(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Behandlingsaktiviteter', exact: true })
      .click()
    await expect(this.heading).toBeVisible()
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name, exact: true }) })
  }

  /**
   * The text of each column of the first rendered row. Without the soft hyphens the cells
   * show in words too long for their column: they are only where a line may break.
   */
  async firstRowCells(): Promise<string[]> {
    const texts = await this.rows.first().getByRole('cell').allInnerTexts()
    return texts.map(withoutSoftHyphens)
  }

  /** A filter's select, by its label («Status», «Behandlingsgrunnlag», «Avdeling» …). */
  filter(label: string): Locator {
    return this.filters.getByLabel(label, { exact: true })
  }

  /** The names of the columns shown, left to right. */
  async columnNames(): Promise<string[]> {
    const texts = await this.table.getByRole('columnheader').allInnerTexts()
    return texts.map((text) =>
      text
        .replace(/[▲▼]/g, '')
        .replace(/\((sortert stigende|sortert synkende)\)/, '')
        .trim(),
    )
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole('columnheader', {
      name: new RegExp(`^${name}( \\(sortert (stigende|synkende)\\))?$`),
    })
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole('button').click()
  }

  /** The draggable edge of a column header. */
  columnEdge(name: string): Locator {
    return this.table.getByRole('separator', { name: `Bredden på kolonnen «${name}»` })
  }

  /** The cell of the row named `name` in the column `column` (as the headers are now). */
  async cell(name: string, column: string): Promise<Locator> {
    const index = (await this.columnNames()).indexOf(column)
    if (index < 0) throw new Error(`Kolonnen «${column}» vises ikke`)
    return this.row(name).getByRole('cell').nth(index)
  }

  /** The text of one column, for every rendered row (without soft hyphens). */
  async columnTexts(name: string): Promise<string[]> {
    const names = await this.columnNames()
    const index = names.indexOf(name)
    if (index < 0) throw new Error(`Kolonnen «${name}» vises ikke`)
    const rows = await this.rows.all()
    return Promise.all(
      rows.map(async (r) => withoutSoftHyphens(await r.getByRole('cell').nth(index).innerText())),
    )
  }

  async openColumnChooser(): Promise<ColumnChooser> {
    await this.chooseColumnsButton.click()
    const chooser = new ColumnChooser(this.page)
    await expect(chooser.dialog).toBeVisible()
    return chooser
  }
}

/** «Velg kolonner»: a checkbox and move buttons per column. */
export class ColumnChooser {
  readonly dialog: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Velg kolonner' })
  }

  column(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true })
  }

  async moveUp(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Flytt «${name}» opp` }).click()
  }

  async moveDown(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Flytt «${name}» ned` }).click()
  }

  async apply(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Bruk' }).click()
    await expect(this.dialog).toBeHidden()
  }
}
