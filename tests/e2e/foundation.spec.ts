/**
 * The foundation of the UI (issue 3): first start, the sample company, persistence across
 * reloads, the workbench file out and back in, and what a broken file does.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { sampleWorkbench } from '../../resources/sample-company'
import { openWorkbenchFile } from '../../shared/files/workbench-container'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { alertDialog } from './pages/dialogs'
import { OrganizationForm } from './pages/organization-form'
import { StartPage } from './pages/start-page'
import { WorkbenchPage } from './pages/workbench-page'

const sample = sampleWorkbench()
const SAMPLE_NAME = sample.organization!.name
const SAMPLE_COUNT = sample.activities.length
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
const firstByName = [...sample.activities].sort((a, b) => collator.compare(a.name, b.name))[0]!

/**
 * A saved workbench without the moment it was exported, for comparing two exports. The
 * sample has attached files, so the file is the ZIP container; its `workbench.json` is read.
 */
async function withoutExportTime(file: string): Promise<Record<string, unknown>> {
  const { workbench } = await openWorkbenchFile(await readFile(file))
  const { exportedAt: _exportedAt, ...rest } = workbench
  return rest
}

test('the page declares a strict Content Security Policy that blocks inline scripts', async ({
  page,
}) => {
  await new StartPage(page).goto()
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(csp).toContain("default-src 'self'")
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
  await expect(page).toHaveTitle('Ombud')
  // page.evaluate itself is not subject to the CSP; the script element it adds is.
  // (A string, because the Node-side tsconfig has no DOM types.)
  const executed = await page.evaluate(`(() => {
    const script = document.createElement('script')
    script.textContent = 'document.body.dataset.inline = "ran"'
    document.head.append(script)
    return document.body.dataset.inline === 'ran'
  })()`)
  expect(executed).toBe(false)
})

test('the sample company loads, survives a reload, and travels through a workbench file', async ({
  page,
  newIsolatedPage,
}, testInfo) => {
  expect(SAMPLE_COUNT).toBeGreaterThanOrEqual(15)
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()

  const workbench = new WorkbenchPage(page)
  const activities = new ActivitiesPage(page)
  await workbench.expectOrganization(SAMPLE_NAME)
  await expect(activities.heading).toBeVisible()
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)
  await expect(activities.table).toHaveAttribute('aria-rowcount', String(SAMPLE_COUNT + 1))
  // Sorted by name, with Norwegian collation; the list is virtualised, yet a screenful is rendered.
  await expect(activities.rows.first().getByRole('cell').first()).toHaveText(firstByName.name)
  expect(await activities.rows.count()).toBeGreaterThanOrEqual(Math.min(SAMPLE_COUNT, 10))
  await expect(
    workbench.navigation.getByRole('link', { name: 'Behandlingsaktiviteter' }),
  ).toHaveAttribute('aria-current', 'page')

  // Search narrows the list and the count says so.
  const target = sample.activities[sample.activities.length - 1]!
  await activities.search.fill(target.name)
  await expect(activities.row(target.name)).toBeVisible()
  await expect(activities.count).toHaveText(
    new RegExp(`^\\d+ av ${SAMPLE_COUNT} behandlingsaktiviteter$`),
  )
  await activities.search.fill('ingenting-passer-til-dette')
  await activities.expectCount(0, SAMPLE_COUNT)
  await expect(activities.table).toContainText('Ingen behandlingsaktiviteter passer til søket.')
  await activities.search.fill('')
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // IndexedDB keeps it all across a reload.
  await page.reload()
  await workbench.expectOrganization(SAMPLE_NAME)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // Save a copy: in the web build a download named after the company and the date.
  const download = await workbench.saveCopy()
  expect(download.suggestedFilename()).toMatch(
    /^Eksempel Energi AS \d{4}-\d{2}-\d{2}\.ombud\.json$/,
  )
  const file = testInfo.outputPath('kopi.ombud.json')
  await download.saveAs(file)
  await expect(workbench.status).toHaveText(
    `Kopien er lastet ned som «${download.suggestedFilename()}».`,
  )
  const doc = (await openWorkbenchFile(await readFile(file))).workbench
  expect(doc.attachments).toHaveLength(2)
  expect(doc.format).toBe('ombud-workbench')
  expect(doc.version).toBe(1)
  expect(doc.activities.map((a) => a.id).sort()).toEqual(sample.activities.map((a) => a.id).sort())

  // Another machine: a fresh context with an empty database opens the file from the start screen.
  const other = await newIsolatedPage()
  const otherStart = new StartPage(other)
  await otherStart.goto()
  await otherStart.open(file)
  const otherWorkbench = new WorkbenchPage(other)
  const otherActivities = new ActivitiesPage(other)
  await otherWorkbench.expectOrganization(SAMPLE_NAME)
  // Read at once: the message goes by itself after a while.
  await expect(otherWorkbench.status).toHaveText('Arbeidsboken «kopi.ombud.json» er åpnet.')
  await otherActivities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)
  expect(await otherActivities.firstRowCells()).toEqual(await activities.firstRowCells())

  // And saving it again there gives the same workbench, record for record, and one more
  // change-log entry: the opening of the file, which replaced the log that was there.
  const again = await otherWorkbench.saveCopy()
  const againFile = testInfo.outputPath('kopi-igjen.ombud.json')
  await again.saveAs(againFile)
  const { changes: againChanges, ...againRest } = (await withoutExportTime(againFile)) as {
    changes: Array<{ action: string; after: { file: string } }>
  }
  const { changes: exportedChanges, ...exportedRest } = (await withoutExportTime(file)) as {
    changes: unknown[]
  }
  expect(againRest).toEqual(exportedRest)
  expect(againChanges.slice(0, -1)).toEqual(exportedChanges)
  expect(againChanges.at(-1)).toMatchObject({ action: 'open', after: { file: 'kopi.ombud.json' } })
})

test('a broken file shows a Norwegian error and leaves the workbench as it was', async ({
  page,
}, testInfo) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const workbench = new WorkbenchPage(page)
  const activities = new ActivitiesPage(page)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // Not JSON at all (a file cut off halfway).
  await workbench.open({
    name: 'avkortet.ombud.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "ombud-workbench", "version": 1, "activities": [', 'utf8'),
  })
  const error = workbench.openErrorDialog()
  await expect(error).toBeVisible()
  await expect(error).toContainText('Filen er ikke gyldig JSON.')
  await expect(error.getByRole('button', { name: 'OK' })).toBeFocused()
  await error.getByRole('button', { name: 'OK' }).click()
  await expect(error).toBeHidden()
  await workbench.expectOrganization(SAMPLE_NAME)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // Valid JSON with one bad field: the message names the record and the field.
  const broken = structuredClone(sample) as unknown as {
    activities: Array<{ name: string; legalBases: Array<{ basis: string }> }>
  }
  const victim = broken.activities.findIndex((a) => a.legalBases.length > 0)
  broken.activities[victim]!.legalBases[0]!.basis = 'magefølelse'
  const brokenFile = testInfo.outputPath('feil-felt.ombud.json')
  await writeFile(brokenFile, JSON.stringify(broken))
  await workbench.open(brokenFile)
  await expect(error).toBeVisible()
  await expect(error).toContainText('behandlingsgrunnlag')
  await expect(error).toContainText(broken.activities[victim]!.name)
  await page.keyboard.press('Escape')
  await expect(error).toBeHidden()
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)
})

test('opening a file over a workbench asks first, and cancelling keeps the workbench', async ({
  page,
}, testInfo) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const workbench = new WorkbenchPage(page)
  const activities = new ActivitiesPage(page)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  // The same company with nothing recorded yet.
  const bare = {
    ...sample,
    activities: [],
    processors: [],
    transfers: [],
    clauses: [],
    policyVersions: [],
    changes: [],
  }
  const file = testInfo.outputPath('liten.ombud.json')
  await writeFile(file, JSON.stringify(bare))

  await workbench.open(file)
  const confirm = workbench.replaceDialog()
  await expect(confirm).toBeVisible()
  await expect(confirm).toContainText('«liten.ombud.json» erstatter alt')
  // Destructive: focus starts on the safe choice.
  await expect(confirm.getByRole('button', { name: 'Avbryt' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Avbryt' }).click()
  await expect(confirm).toBeHidden()
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)

  await workbench.open(file)
  await confirm.getByRole('button', { name: 'Erstatt' }).click()
  await activities.expectCount(0, 0)
  await expect(activities.table).toContainText(
    'Arbeidsboken har ingen behandlingsaktiviteter ennå.',
  )
  await workbench.expectOrganization(SAMPLE_NAME)
})

test('an empty workbench starts with the organisation, checking the organisation number', async ({
  page,
}) => {
  const start = new StartPage(page)
  await start.goto()
  await start.startEmpty()
  const form = new OrganizationForm(page)
  await expect(form.name).toBeFocused()

  // Straight from a half-filled field to the button: the click must not be lost.
  await form.orgNumber.fill('12345')
  await form.submit()
  await expect(form.name).toHaveAccessibleDescription('Skriv navnet på virksomheten.')
  await expect(form.name).toHaveAttribute('aria-invalid', 'true')
  await expect(form.name).toBeFocused()
  await expect(form.orgNumber).toHaveAccessibleDescription(/må ha ni siffer/)

  await form.name.fill('Fjordkraft Prøve AS')
  await form.orgNumber.fill('999 888 772')
  await expect(form.orgNumber).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/)
  await form.submit()
  await expect(form.orgNumber).toBeFocused()
  await expect(form.orgNumber).toHaveAttribute('aria-invalid', 'true')
  await form.orgNumber.fill('999888771')
  await form.orgNumber.blur()
  await expect(form.orgNumber).toHaveValue('999 888 771')
  await form.submit()

  const workbench = new WorkbenchPage(page)
  const activities = new ActivitiesPage(page)
  await workbench.expectOrganization('Fjordkraft Prøve AS')
  await activities.expectCount(0, 0)
  await page.reload()
  await workbench.expectOrganization('Fjordkraft Prøve AS')
})

test('«Ny arbeidsbok» empties the workbench only after confirmation', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const workbench = new WorkbenchPage(page)
  await workbench.expectOrganization(SAMPLE_NAME)

  await workbench.newButton.click()
  const confirm = workbench.newWorkbenchDialog()
  await expect(confirm).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  await workbench.expectOrganization(SAMPLE_NAME)

  await workbench.newButton.click()
  await confirm.getByRole('button', { name: 'Slett og start på nytt' }).click()
  await expect(start.heading).toBeVisible()
  await page.reload()
  await expect(start.heading).toBeVisible()
  await expect(alertDialog(page, 'Starte en ny arbeidsbok?')).toHaveCount(0)
})

test('a long record is virtualised: few rows in the DOM, all reachable by scrolling', async ({
  page,
}, testInfo) => {
  const TOTAL = 2_000
  const template = sample.activities[0]!
  const many = Array.from({ length: TOTAL }, (_, i) => ({
    ...template,
    id: `generert-${i + 1}`,
    name: `Aktivitet ${String(i + 1).padStart(4, '0')}`,
    processorIds: [],
    transferIds: [],
  }))
  const file = testInfo.outputPath('stor.ombud.json')
  await writeFile(
    file,
    JSON.stringify({
      ...sample,
      activities: many,
      processors: [],
      transfers: [],
      clauses: [],
      policyVersions: [],
      changes: [],
    }),
  )

  const start = new StartPage(page)
  await start.goto()
  await start.open(file)
  const activities = new ActivitiesPage(page)
  await activities.expectCount(TOTAL, TOTAL)
  await expect(activities.table).toHaveAttribute('aria-rowcount', String(TOTAL + 1))
  await expect(activities.row('Aktivitet 0001')).toBeVisible()
  expect(await activities.rows.count()).toBeLessThan(100)

  // The scrolling region is reachable by keyboard; End goes to the last row.
  await activities.scroller.focus()
  await page.keyboard.press('End')
  await expect(activities.row('Aktivitet 2000')).toBeVisible()
  await expect(activities.row('Aktivitet 0001')).toHaveCount(0)
  await expect(activities.row('Aktivitet 2000')).toHaveAttribute('aria-rowindex', String(TOTAL + 1))
})
