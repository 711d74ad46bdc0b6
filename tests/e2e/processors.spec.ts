/**
 * The processor register (issue 4): create a processor with a signed agreement, the
 * art. 28(3) checklist and a sub-processor outside the EEA; see it in the register; edit
 * it and read the change in its history; validation at the field; the unsaved-changes
 * guard; archiving.
 */
import { sampleWorkbench } from '../../resources/sample-company'
import { expect, test } from './fixtures'
import { ProcessorEditor, ProcessorsPage } from './pages/register-pages'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const ACTIVE = sample.processors.filter((p) => p.status === 'active').length

test.beforeEach(async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
})

test('a new processor with a signed agreement and a sub-processor in India appears in the register', async ({ page }) => {
  const register = new ProcessorsPage(page)
  await register.goto()
  await register.expectCount(ACTIVE, ACTIVE)

  await register.newLink.click()
  const editor = new ProcessorEditor(page)
  await expect(editor.heading).toHaveText('Ny databehandler')
  await editor.name.fill('Kortsupport Norge AS')
  await editor.orgNumber.fill('315 246 717')
  await expect(editor.country).toHaveValue('NO')
  await editor.addService('Kundestøtte på telefon')
  await editor.addService('Chat på nettstedet')
  await expect(editor.identity.getByRole('list', { name: 'Tjenester som er lagt til' }).getByRole('listitem')).toHaveText([
    /Kundestøtte på telefon/,
    /Chat på nettstedet/,
  ])
  await editor.contact.getByLabel('Navn', { exact: true }).fill('Lise Berg')
  await editor.contact.getByLabel('E-post', { exact: true }).fill('lise@kortsupport.example')

  await editor.signedOn.fill('2025-09-01')
  await editor.reference.fill('DBA-2025-017')
  const items = editor.checklist.getByRole('checkbox')
  await expect(items).toHaveCount(8)
  await expect(editor.checklist).toContainText('0 av 8')
  for (const item of await items.all()) await item.check()
  await expect(editor.checklist).toContainText('8 av 8')

  const sub = await editor.addSubProcessor('Kortsupport India Pvt Ltd', 'IN', 'Brukerstøtte utenfor kontortid')
  await expect(sub).toContainText('utenfor EØS')
  await expect(editor.status).toHaveText('Endringer som ikke er lagret')

  await editor.save()
  await expect(editor.heading).toHaveText('Kortsupport Norge AS')
  await expect(editor.status).toHaveText('Databehandleren er opprettet.')
  await expect(page).toHaveURL(/#\/processors\/[0-9a-f-]{36}$/)
  await expect(editor.subProcessor(1).getByLabel('Land', { exact: true })).toHaveValue('IN')
  await expect(editor.usedBy).toContainText('Ingen behandlingsaktiviteter bruker denne databehandleren ennå.')
  await expect(editor.history.getByRole('listitem')).toHaveCount(1)
  await expect(editor.history).toContainText('Opprettet')

  // In the register: agreement signed, the checklist complete, no activities yet.
  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await register.expectCount(ACTIVE + 1, ACTIVE + 1)
  await register.search.fill('kortsupport')
  await register.expectCount(1, ACTIVE + 1)
  const row = register.row('Kortsupport Norge AS')
  await expect(row.getByRole('cell')).toHaveText(['Kortsupport Norge AS', 'Norge', 'Kundestøtte på telefon; Chat på nettstedet', 'Signert 01.09.2025', '8 av 8', '0 aktiviteter'])
  // Searching finds it by its sub-processor's country too.
  await register.search.fill('india kortsupport')
  await register.expectCount(1, ACTIVE + 1)

  // Edit: the history lists the changed field with the value before and after.
  await register.open('Kortsupport Norge AS')
  await expect(editor.heading).toHaveText('Kortsupport Norge AS')
  // «opprettet» was said once, when it was created; not again.
  await expect(editor.status).toHaveText('')
  await editor.reference.fill('DBA-2025-018')
  await editor.checklist.getByRole('checkbox', { name: /Gir tilgang til informasjon og tillater revisjoner/ }).uncheck()
  await editor.save()
  await expect(editor.status).toHaveText('Endringene er lagret.')
  await expect(editor.history.getByRole('listitem')).toHaveCount(2)
  await expect(editor.history.getByRole('listitem').first()).toContainText('Endret')
  await expect(editor.historyRow('Databehandleravtale › dokumentreferanse')).toHaveText(
    /Databehandleravtale › dokumentreferanse\s*DBA-2025-017\s*DBA-2025-018/,
  )
  await expect(editor.historyRow('Databehandleravtale › sjekkliste art. 28 › Gir tilgang')).toContainText(/Ja\s*\(tomt\)/)

  // Reloading keeps it (IndexedDB), and the checklist now reads 7 of 8 in the register.
  await page.reload()
  await expect(editor.reference).toHaveValue('DBA-2025-018')
  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await expect(register.row('Kortsupport Norge AS').getByRole('cell').nth(4)).toHaveText('7 av 8')
})

test('errors are shown at the field: the editor’s own checks and the store’s validation', async ({ page }) => {
  const register = new ProcessorsPage(page)
  await register.goto()
  await register.newLink.click()
  const editor = new ProcessorEditor(page)

  await editor.addSubProcessor('', 'US', 'Skylagring')
  await editor.save()
  await expect(editor.name).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.name).toHaveAccessibleDescription(/Skriv navnet på databehandleren\./)
  await expect(editor.subProcessor(1).getByLabel('Navn', { exact: true })).toHaveAccessibleDescription(
    'Skriv navnet på underdatabehandler 1.',
  )
  await expect(editor.errorSummary).toContainText('Kan ikke lagre før dette er rettet:')
  await expect(page).toHaveURL(/#\/processors\/new$/)

  // The e-mail address is checked by the store (zod); its message lands at the field too.
  await editor.name.fill('Skyfri Lagring AS')
  await editor.subProcessor(1).getByLabel('Navn', { exact: true }).fill('Cloudharbor Inc.')
  const email = editor.contact.getByLabel('E-post', { exact: true })
  await email.fill('ikke-en-adresse')
  await editor.save()
  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription('Kontaktperson › e-post er ikke en gyldig e-postadresse.')
  await expect(editor.name).not.toHaveAttribute('aria-invalid', 'true')

  await email.fill('drift@skyfri.example')
  await editor.save()
  await expect(editor.status).toHaveText('Databehandleren er opprettet.')
  // No agreement yet: the register says so.
  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await expect(register.row('Skyfri Lagring AS').getByRole('cell').nth(3)).toHaveText('Mangler avtale')
})

test('a Norwegian org.nr must have a valid check digit; a foreign id is free; a future signing date is refused at once', async ({ page }) => {
  const register = new ProcessorsPage(page)
  await register.goto()
  await register.newLink.click()
  const editor = new ProcessorEditor(page)
  await editor.name.fill('Nordlys Data AS')
  await editor.orgNumber.fill('123 456 789')
  // Refused as it is typed, before any save: an agreement cannot be signed in the future.
  await editor.signedOn.fill('2099-06-01')
  await expect(editor.signedOn).toHaveAccessibleDescription(/Datoen kan ikke være senere enn i dag\./)
  await editor.save()
  await expect(editor.orgNumber).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/)
  await expect(page).toHaveURL(/#\/processors\/new$/)

  await editor.signedOn.fill('2025-06-01')
  await expect(editor.signedOn).not.toHaveAttribute('aria-invalid', 'true')
  // The same number is a free identifier for a processor established abroad.
  await editor.country.selectOption('US')
  await editor.save()
  await expect(editor.status).toHaveText('Databehandleren er opprettet.')
})

test('unsaved changes are not lost by leaving the editor, by a link or by Back', async ({ page }) => {
  const register = new ProcessorsPage(page)
  await register.goto()
  const target = sample.processors.find((p) => p.status === 'active')!
  await register.open(target.name)
  const editor = new ProcessorEditor(page)
  await expect(editor.name).toHaveValue(target.name)
  await editor.name.fill(`${target.name} (endret)`)

  // A link in the navigation asks first; staying keeps the edit.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Overføringer' }).click()
  const dialog = editor.leaveDialog()
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Bli på siden' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Bli på siden' }).click()
  await expect(dialog).toBeHidden()
  await expect(editor.name).toHaveValue(`${target.name} (endret)`)
  await expect(page).toHaveURL(new RegExp(`#/processors/${target.id}$`))

  // Back in the browser asks too. (Not page.goBack(): it waits for a navigation that the
  // guard holds back.)
  await page.evaluate('history.back()')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Bli på siden' }).click()
  await expect(editor.name).toHaveValue(`${target.name} (endret)`)
  await expect(page).toHaveURL(new RegExp(`#/processors/${target.id}$`))

  // Discarding leaves, and the record is as it was.
  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await dialog.getByRole('button', { name: 'Forkast endringene' }).click()
  await expect(register.heading).toBeVisible()
  await expect(register.row(target.name)).toBeVisible()

  // Without changes, nothing is asked.
  await register.open(target.name)
  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await expect(register.heading).toBeVisible()
})

test('an archived processor leaves the register until «Vis arkiverte», and can be restored', async ({ page }) => {
  const register = new ProcessorsPage(page)
  await register.goto()
  const target = sample.processors.find((p) => p.status === 'active')!
  const using = sample.activities.filter((a) => a.processorIds.includes(target.id))
  await register.open(target.name)
  const editor = new ProcessorEditor(page)
  // The activities that use it link to their editor.
  for (const a of using) {
    await expect(editor.usedBy.getByRole('link', { name: a.name, exact: true })).toHaveAttribute('href', `#/activities/${a.id}`)
  }

  await editor.archiveButton.click()
  const confirm = page.getByRole('alertdialog', { name: 'Arkivere databehandleren?' })
  await confirm.getByRole('button', { name: 'Arkiver' }).click()
  await expect(editor.restoreButton).toBeVisible()
  await expect(editor.history.getByRole('listitem').first()).toContainText('Arkivert')

  await page.getByRole('link', { name: 'Tilbake til databehandlerne' }).click()
  await register.expectCount(ACTIVE - 1, ACTIVE - 1)
  await expect(register.row(target.name)).toHaveCount(0)
  await register.showArchived.check()
  await register.expectCount(ACTIVE, ACTIVE)
  await expect(register.rows.filter({ hasText: target.name })).toContainText('Arkivert')

  await register.rows.filter({ hasText: target.name }).getByRole('link', { name: target.name }).click()
  await editor.restoreButton.click()
  await expect(editor.archiveButton).toBeVisible()
})
