/**
 * Editing without friction (issue 12): a new activity is stored only when saved; a field's
 * message goes as soon as the field is right, in every editor; the activity form has an
 * index of its parts; Ctrl+S saves in every editor.
 */
import type { Locator, Page } from '@playwright/test'
import { sampleWorkbench } from '../../resources/sample-company'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { ActivityEditor } from './pages/activity-editor'
import { PolicyPage } from './pages/policy-page'
import {
  ChangeLogPage,
  OrganizationPage,
  ProcessorEditor,
  ProcessorsPage,
  TransferEditor,
  TransfersPage,
} from './pages/register-pages'

const sample = sampleWorkbench()
const TOTAL = sample.activities.length

/** Presses Tab until `target` has the focus; returns how many presses it took (at most `limit`). */
async function tabUntil(page: Page, target: Locator, limit: number): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) {
      return presses
    }
  }
  throw new Error(`Ikke nådd etter ${limit} trykk på Tab`)
}

test('«Ny behandlingsaktivitet» stores nothing until the first save', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.newButton.click()
  const editor = new ActivityEditor(page)
  await editor.expectOpen('Ny behandlingsaktivitet')
  await expect(editor.meta).toHaveText('Ikke lagret ennå')
  // Nothing to link or to show the history of before it exists.
  await expect(editor.historyTab).toHaveCount(0)

  // Leaving the untouched form asks nothing and leaves nothing behind.
  await editor.backLink.click()
  await activities.expectCount(TOTAL, TOTAL)
  const log = new ChangeLogPage(page)
  await log.goto()
  await log.filter.selectOption({ label: 'Behandlingsaktiviteter' })
  await expect(log.entries).toHaveCount(0)

  // The first save creates it, once; the editor stays as it was, under the new id.
  await activities.goto()
  await activities.newButton.click()
  await editor.field('Navn på behandlingsaktiviteten').fill('Strømstøtte til husholdninger')
  await editor.save()
  await expect(editor.statusLine).toHaveText(/^Utkastet er lagret\./)
  await expect(page).toHaveURL(/#\/activities\/(?!new$)[^/]+$/)
  await expect(editor.heading).toHaveText('Strømstøtte til husholdninger')
  await expect(editor.saveButton).toBeFocused()
  await expect(editor.historyTab).toBeVisible()
  await editor.field('Ansvarlig avdeling').fill('Kundeservice')
  await editor.saveExpecting(/^Utkastet er lagret\./)

  await editor.backLink.click()
  await activities.expectCount(TOTAL + 1, TOTAL + 1)
  await log.goto()
  await log.filter.selectOption({ label: 'Behandlingsaktiviteter' })
  await expect(log.entries).toHaveCount(2)
  await expect(log.entries.last()).toContainText('Opprettet')
  await expect(log.entries.first()).toContainText('Endret')
})

test('a field’s message goes as soon as the field is right, in every editor', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)

  // The activity: what the store refuses goes as soon as the field changes.
  const editor = await activities.open('Kundeundersøkelser')
  const name = editor.field('Navn på behandlingsaktiviteten')
  await name.fill('   ')
  await editor.save()
  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await name.fill('Kundeundersøkelser og markedsanalyse')
  await expect(name).not.toHaveAttribute('aria-invalid')
  await expect(editor.problems).toHaveCount(0)
  await editor.saveExpecting('Endringene er lagret.')

  // A processor.
  const processors = new ProcessorsPage(page)
  await processors.goto()
  await processors.newLink.click()
  const processor = new ProcessorEditor(page)
  await processor.save()
  await expect(processor.name).toHaveAttribute('aria-invalid', 'true')
  await expect(processor.name).toBeFocused()
  await processor.name.fill('Kortsupport Norge AS')
  await expect(processor.name).not.toHaveAttribute('aria-invalid')
  await expect(processor.errorSummary).not.toContainText('Kortsupport')
  await expect(processor.errorSummary).toBeEmpty()

  // The organisation.
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('link', { name: 'Virksomheten', exact: true })
    .click()
  await processor.leaveDialog().getByRole('button', { name: 'Forkast endringene' }).click()
  const organization = new OrganizationPage(page)
  await expect(organization.name).toBeVisible()
  await organization.name.fill('')
  await organization.save()
  await expect(organization.name).toHaveAttribute('aria-invalid', 'true')
  await organization.name.fill('Eksempel Energi AS')
  await expect(organization.name).not.toHaveAttribute('aria-invalid')
  await expect(organization.errorSummary).toBeEmpty()

  // A clause of the policy.
  const policy = new PolicyPage(page)
  await policy.goto()
  await policy.newClauseButton.click()
  const clause = policy.newClauseDialog()
  await clause.dialog.getByRole('button', { name: 'Lagre avsnittet' }).click()
  const title = clause.field('Tittel på bokmål')
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await title.fill('Strømstøtte')
  await expect(title).not.toHaveAttribute('aria-invalid')
  await expect(clause.field('Tekst på bokmål')).toHaveAttribute('aria-invalid', 'true')
})

test('the activity form has an index of its parts: Lagringstid is a few key presses away', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  const editor = await activities.open('Kundeundersøkelser')
  await expect(editor.heading).toBeFocused()

  // From the heading, Tab reaches the index, and the index the retention period.
  const retention = editor.sectionLink('Lagring og sikkerhet')
  const presses = await tabUntil(page, retention, 15)
  await page.keyboard.press('Enter')
  await expect(editor.field('Lagringstid')).toBeFocused()
  await expect(editor.field('Lagringstid')).toBeInViewport()
  expect(presses + 1).toBeLessThanOrEqual(12)

  // Every entry leads into its part of the form.
  const titles = await editor.sectionIndex.getByRole('button').allInnerTexts()
  expect(titles).toEqual([
    'Om behandlingen',
    'Formål og behandlingsgrunnlag',
    'Registrerte og personopplysninger',
    'Mottakere, databehandlere og overføringer',
    'Lagring og sikkerhet',
    'Automatiserte avgjørelser og personvernkonsekvenser',
  ])
  for (const title of titles) {
    await editor.sectionLink(title).click()
    const part = editor.group(new RegExp(`^${title}$`))
    await expect(part).toBeInViewport()
    expect(
      await part.evaluate((element) => element.contains(element.ownerDocument.activeElement)),
    ).toBe(true)
  }
})

test('Ctrl+S saves in every editor, and the editors say so next to «Lagre»', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)

  // An activity, wherever the focus is.
  const editor = await activities.open('Kundeundersøkelser')
  await expect(editor.saveShortcut).toBeVisible()
  await expect(editor.saveButton).toHaveAttribute('aria-keyshortcuts', 'Control+S')
  await editor.field('Ansvarlig avdeling').fill('Kundeinnsikt')
  await page.keyboard.press('Control+s')
  await expect(editor.statusLine).toHaveText('Endringene er lagret.')
  // Not while a question is open on top of the editor.
  await editor.field('Ansvarlig avdeling').fill('Marked')
  await editor.archiveButton.click()
  const archive = editor.confirmDialog('Arkivere behandlingsaktiviteten?')
  await expect(archive).toBeVisible()
  await page.keyboard.press('Control+s')
  await archive.getByRole('button', { name: 'Avbryt' }).click()
  await expect(editor.statusLine).toHaveText('Endringer som ikke er lagret')
  await editor.heading.focus()
  await page.keyboard.press('Control+s')
  await expect(editor.statusLine).toHaveText('Endringene er lagret.')

  // A processor.
  const processors = new ProcessorsPage(page)
  await processors.goto()
  await processors.open(sample.processors[0]!.name)
  const processor = new ProcessorEditor(page)
  await expect(processor.main.getByText('Ctrl+S', { exact: true })).toBeVisible()
  await processor.reference.fill('DBA-2026-001')
  await page.keyboard.press('Control+s')
  await expect(processor.status).toHaveText('Endringene er lagret.')

  // A transfer.
  const transfers = new TransfersPage(page)
  await transfers.goto()
  await transfers.rows.first().getByRole('link').first().click()
  const transfer = new TransferEditor(page)
  await transfer.notes.fill('Kontrollert på nytt.')
  await page.keyboard.press('Control+s')
  await expect(transfer.status).toHaveText('Endringene er lagret.')

  // The organisation.
  const organization = new OrganizationPage(page)
  await organization.goto()
  await organization.name.fill('Eksempel Energi Vest AS')
  await page.keyboard.press('Control+s')
  await expect(organization.status).toHaveText('Opplysningene om virksomheten er lagret.')

  // A clause: the dialog saves and closes.
  const policy = new PolicyPage(page)
  await policy.goto()
  await policy.newClauseButton.click()
  const clause = policy.newClauseDialog()
  await clause.field('Tittel på bokmål').fill('Strømstøtte')
  await clause.field('Tekst på bokmål').fill('Vi beregner strømstøtten ut fra måleverdiene.')
  await expect(clause.dialog.getByText('Ctrl+S', { exact: true })).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect(clause.dialog).toBeHidden()
  await expect(policy.clauseToggle('Strømstøtte')).toBeVisible()
})
