import { expect, type Locator, type Page } from '@playwright/test'

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

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Behandlingsaktiviteter', level: 1 })
    this.search = page.getByRole('searchbox', { name: 'Søk i behandlingsaktivitetene' })
    this.count = page.getByRole('main').getByRole('status')
    this.table = page.getByRole('table', { name: 'Behandlingsaktiviteter' })
    this.scroller = page.getByRole('region', { name: 'Behandlingsaktiviteter' })
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') })
  }

  async expectCount(shown: number, total: number): Promise<void> {
    await expect(this.count).toHaveText(`${shown} av ${total} behandlingsaktiviteter`)
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('cell', { name, exact: true }) })
  }

  /** The text of each column of the first rendered row. */
  async firstRowCells(): Promise<string[]> {
    return this.rows.first().getByRole('cell').allInnerTexts()
  }
}
