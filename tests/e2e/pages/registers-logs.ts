/**
 * Page objects for the registers of issue 10: DPIA (screening and the document), the breach
 * log, the request log and the routines. Found by role and label, as a user would.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** The left-hand navigation. */
function navLink(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true })
}

/** «DPIA»: the list of activities, and one activity's screening and DPIA. */
export class DpiaPage {
  readonly main: Locator
  readonly screening: Locator
  readonly screeningResult: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.screening = this.main.getByRole('region', { name: 'Forhåndsvurdering: trengs en DPIA?' })
    this.screeningResult = this.screening.getByRole('status').filter({ hasText: 'Resultat:' })
  }

  async gotoActivity(name: string): Promise<void> {
    await navLink(this.page, 'DPIA').click()
    await expect(this.main.getByRole('heading', { name: 'Vurdering av personvernkonsekvenser (DPIA)', level: 1 })).toBeVisible()
    await this.main.getByRole('link', { name, exact: true }).click()
    await expect(this.main.getByRole('heading', { name, level: 1 })).toBeVisible()
  }

  /** Ticks WP248 criteria, says who screened, and saves the screening. */
  async screen(criteria: readonly string[], by: string): Promise<void> {
    const wp248 = this.screening.getByRole('group', { name: 'Kriteriene i WP248 (to eller flere gir plikt til DPIA)' })
    for (const c of criteria) await wp248.getByRole('checkbox', { name: c, exact: true }).check()
    await this.screening.getByLabel('Vurdert av (navn og rolle)').fill(by)
    await this.screening.getByRole('button', { name: 'Lagre forhåndsvurderingen' }).click()
    await expect(this.screening.getByRole('status').filter({ hasText: 'Forhåndsvurderingen er lagret.' })).toBeVisible()
  }

  /** The DPIA section of a series, by its title. */
  dpia(title: string): Locator {
    return this.main.getByRole('region', { name: title })
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true })
  }

  /** Fills a text field only if the prefill from the record left it empty. */
  async fillIfEmpty(scope: Locator, label: string, text: string): Promise<void> {
    const f = this.field(scope, label)
    if ((await f.inputValue()).trim() === '') await f.fill(text)
  }
}

/** «Avvik»: the breach log and its editor. */
export class BreachesPage {
  readonly main: Locator
  readonly clock: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.clock = this.main.getByRole('status', { name: '72-timersfristen' })
  }

  async goto(): Promise<void> {
    await navLink(this.page, 'Avvik').click()
    await expect(this.main.getByRole('heading', { name: 'Avvikslogg', level: 1 })).toBeVisible()
  }

  row(title: string): Locator {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) })
  }
}

/** «Henvendelser»: the request log and its editor. */
export class RequestsPage {
  readonly main: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
  }

  async goto(): Promise<void> {
    await navLink(this.page, 'Henvendelser').click()
    await expect(this.main.getByRole('heading', { name: 'Henvendelser fra de registrerte', level: 1 })).toBeVisible()
  }

  row(reference: string): Locator {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('link', { name: reference, exact: true }) })
  }
}

/** «Rutiner»: one row per kind of routine, and the page of one kind. */
export class RoutinesPage {
  readonly main: Locator
  readonly table: Locator

  constructor(readonly page: Page) {
    this.main = page.getByRole('main')
    this.table = this.main.getByRole('table')
  }

  async goto(): Promise<void> {
    await navLink(this.page, 'Rutiner').click()
    await expect(this.main.getByRole('heading', { name: 'Rutiner', level: 1 })).toBeVisible()
  }

  /** The overview's row of a kind, e.g. «Sletting». */
  row(kind: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name: kind, exact: true }) })
  }

  async openKind(kind: string): Promise<void> {
    await this.row(kind).getByRole('link', { name: kind, exact: true }).click()
    await expect(this.main.getByRole('heading', { name: kind, level: 1 })).toBeVisible()
  }

  /** The editor of a routine, by its title. */
  editor(title: string): Locator {
    return this.main.getByRole('region', { name: title })
  }
}
