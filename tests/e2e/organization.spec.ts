/**
 * «Virksomheten» (issue 4): the organisation number is checked with a Norwegian message,
 * a valid change is saved and shown in the top bar, «no DPO» survives a reload, and the
 * change is in «Endringslogg».
 */
import { sampleWorkbench } from '../../resources/sample-company'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { ChangeLogPage, OrganizationPage, ProcessorEditor, ProcessorsPage } from './pages/register-pages'
import { StartPage } from './pages/start-page'
import { WorkbenchPage } from './pages/workbench-page'

const sample = sampleWorkbench()
const org = sample.organization!

test('the organisation number is checked, and a valid change reaches the top bar and the change log', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const workbench = new WorkbenchPage(page)
  await workbench.expectOrganization(org.name)

  const form = new OrganizationPage(page)
  await form.goto()
  await expect(form.name).toHaveValue(org.name)
  await expect(form.orgNumber).toHaveValue('315 246 806')
  await expect(form.dpoName).toHaveValue(org.dpo!.name)

  // A wrong check digit: a Norwegian message at the field, and nothing saved.
  await form.orgNumber.fill('315 246 718')
  await form.save()
  await expect(form.orgNumber).toHaveAttribute('aria-invalid', 'true')
  await expect(form.orgNumber).toHaveAccessibleDescription(
    /Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke\. Sjekk at sifrene er riktige\./,
  )
  await expect(form.errorSummary).toContainText('kontrollsifferet stemmer ikke')
  await expect(page.getByRole('banner')).toContainText('315 246 806')
  await form.orgNumber.fill('31524')
  await form.save()
  await expect(form.orgNumber).toHaveAccessibleDescription(/Organisasjonsnummeret må ha ni siffer\./)

  // A valid number and a new name: saved, and the top bar follows.
  await form.orgNumber.fill('315246717')
  await form.name.fill('Eksempel Energi Nord AS')
  await form.save()
  await expect(form.status).toHaveText('Opplysningene om virksomheten er lagret.')
  await expect(form.orgNumber).toHaveValue('315 246 717')
  await expect(form.orgNumber).not.toHaveAttribute('aria-invalid', 'true')
  await workbench.expectOrganization('Eksempel Energi Nord AS')
  await expect(page.getByRole('banner')).toContainText('315 246 717')

  // No DPO: the fields go, and the choice is stored.
  await form.noDpo.check()
  await expect(form.dpoName).toBeHidden()
  await form.nynorsk.check()
  await form.save()
  await expect(form.status).toHaveText('Opplysningene om virksomheten er lagret.')
  await page.reload()
  await expect(form.noDpo).toBeChecked()
  await expect(form.nynorsk).toBeChecked()
  await expect(form.name).toHaveValue('Eksempel Energi Nord AS')

  // The change log has both saves, newest first, each linking to the page.
  const log = new ChangeLogPage(page)
  await log.goto()
  await log.filter.selectOption({ label: 'Virksomheten' })
  await expect(log.entries).toHaveCount(2)
  const newest = log.entries.first()
  await expect(newest).toContainText('Endret')
  await expect(newest.getByRole('link', { name: 'Eksempel Energi Nord AS' })).toHaveAttribute('href', '#/organization')
  await newest.getByText(/^Endret: /).click()
  await expect(newest.getByRole('row', { name: /^Personvernombud/ })).toContainText(org.dpo!.name)
  await expect(newest.getByRole('row', { name: /^Dokumentspråk/ })).toHaveText(/Bokmål\s*Nynorsk/)
  const older = log.entries.nth(1)
  await older.getByText(/^Endret: /).click()
  await expect(older.getByRole('row', { name: /^Navn/ })).toHaveText(/Eksempel Energi AS\s*Eksempel Energi Nord AS/)
  await expect(older.getByRole('row', { name: /^Organisasjonsnummer/ })).toHaveText(/315 246 806\s*315 246 717/)
})

test('the change log covers the whole workbench, with a filter by kind of record', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const form = new OrganizationPage(page)
  await form.goto()
  await form.name.fill('Eksempel Energi Sør AS')
  await form.save()
  await expect(form.status).toHaveText('Opplysningene om virksomheten er lagret.')

  const log = new ChangeLogPage(page)
  await log.goto()
  await expect(log.entries.first()).toContainText('Eksempel Energi Sør AS')
  await log.filter.selectOption({ label: 'Databehandlere' })
  await expect(log.entries).toHaveCount(0)
  await expect(page.getByRole('main')).toContainText('Ingen endringer er registrert.')
  await log.filter.selectOption({ label: 'Hele arbeidsboken' })
  await expect(log.entries.first()).toContainText('Virksomheten')
})

test('the user is asked for a name once a change is made without one, and it is recorded on every change after', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const form = new OrganizationPage(page)
  await form.goto()
  const prompt = page.getByRole('region', { name: 'Navnet ditt i endringsloggen' })
  await expect(prompt).toBeHidden()

  // A change without a name is saved as always; then a quiet prompt offers the field.
  await form.name.fill('Eksempel Energi Sør AS')
  await form.save()
  await expect(form.status).toHaveText('Opplysningene om virksomheten er lagret.')
  await expect(prompt).toBeVisible()
  await expectNoAxeViolations(page, 'the prompt for the user name')
  await prompt.getByRole('link', { name: 'Skriv inn navnet ditt' }).click()
  const userName = form.main.getByLabel('Navnet ditt', { exact: true })
  await expect(userName).toBeFocused()
  await userName.fill('Kari Nordmann')
  await form.save()
  await expect(form.status).toHaveText('Navnet ditt er lagret. Endringene du gjør fra nå av, føres med det.')
  await expect(prompt).toBeHidden()

  // The next changes carry the name: the organisation, and a processor in its own history.
  await form.name.fill('Eksempel Energi Vest AS')
  await form.save()
  await expect(form.status).toHaveText('Opplysningene om virksomheten er lagret.')
  const register = new ProcessorsPage(page)
  await register.goto()
  await register.open('Skyhall Drift AS')
  const editor = new ProcessorEditor(page)
  await editor.reference.fill('DBA-2026-001')
  await editor.save()
  await expect(editor.status).toHaveText('Endringene er lagret.')
  await expect(editor.history.getByRole('listitem').first()).toContainText('av Kari Nordmann')

  const log = new ChangeLogPage(page)
  await log.goto()
  await expect(log.entries.nth(0)).toContainText('av Kari Nordmann')
  await expect(log.entries.nth(1)).toContainText('Eksempel Energi Vest AS')
  await expect(log.entries.nth(1)).toContainText('av Kari Nordmann')
  // The change made before the name was given stays without one.
  await expect(log.entries.nth(2)).not.toContainText('Kari Nordmann')

  // The name is remembered on this machine.
  await page.reload()
  await form.goto()
  await expect(userName).toHaveValue('Kari Nordmann')
})
