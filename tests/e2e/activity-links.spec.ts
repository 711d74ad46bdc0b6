/**
 * The record and the privacy policy seen from the activities (issues 4 and 5): the clauses
 * that describe an activity, linking it to a custom clause from its editor, and the
 * «ikke omtalt i personvernerklæringen» flag in the table, its filter and the editor. Also
 * the Excel buttons in the table's toolbar.
 */
import { sampleWorkbench } from '../../resources/sample-company'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { PolicyPage } from './pages/policy-page'

const sample = sampleWorkbench()
const TOTAL = sample.activities.length
const CLAUSE = 'Strømstøtte og kompensasjon'

/** A custom clause, written in the policy section and linked to no activity. */
async function newCustomClause(policy: PolicyPage): Promise<void> {
  await policy.goto()
  await policy.newClauseButton.click()
  const dialog = policy.newClauseDialog()
  await dialog.field('Tittel på bokmål').fill(CLAUSE)
  await dialog.field('Tittel på nynorsk').fill('Straumstøtte og kompensasjon')
  await dialog
    .field('Tekst på bokmål')
    .fill('Vi bruker måleverdiene dine til å beregne strømstøtte.')
  await dialog
    .field('Tekst på nynorsk')
    .fill('Vi brukar måleverdiane dine til å rekne ut straumstøtte.')
  await dialog.save()
  await expect(policy.tags(CLAUSE)).toHaveText([
    'Egendefinert',
    'Ingen koblede behandlingsaktiviteter',
  ])
}

test('the editor lists the clauses that describe an activity and links it to a custom clause', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  const policy = new PolicyPage(page)
  await newCustomClause(policy)

  await activities.goto()
  const name = 'Kundeavtale og strømleveranse'
  const editor = await activities.open(name)
  // Described by the policy: no warning.
  await expect(editor.undisclosedWarning).toHaveCount(0)
  await editor.policyTab.click()
  await expect(editor.policyTab).toHaveAttribute('aria-selected', 'true')
  const purposes = editor.linkedClauses.filter({ hasText: 'Hva vi bruker opplysningene til' })
  await expect(purposes).toContainText('etter regelen')
  // By their rules only: nothing to unlink.
  await expect(editor.policyLinks.getByRole('button', { name: /^Fjern koblingen/ })).toHaveCount(0)

  await editor.policyLinks.getByLabel('Koble til avsnitt').selectOption({ label: CLAUSE })
  await editor.policyLinks.getByRole('button', { name: 'Koble til', exact: true }).click()
  const custom = editor.linkedClauses.filter({ hasText: CLAUSE })
  await expect(custom).toContainText('koblet for hånd')
  await expect(custom.getByRole('link', { name: CLAUSE })).toHaveAttribute('href', /^#\/policy\//)
  // The link is stored: the policy section shows it on the clause.
  await policy.goto()
  await expect(policy.tags(CLAUSE)).toContainText(['1 koblet behandlingsaktivitet'])
  const clause = await policy.openClause(CLAUSE)
  await clause.getByRole('link', { name, exact: true }).click()
  await editor.expectOpen(name)

  // And it can be undone from the activity's side too.
  await editor.policyTab.click()
  await editor.policyLinks
    .getByRole('button', { name: `Fjern koblingen til avsnittet «${CLAUSE}»` })
    .click()
  await expect(editor.linkedClauses.filter({ hasText: CLAUSE })).toHaveCount(0)
  // The arrow keys move between the three tabs.
  await editor.policyTab.focus()
  await page.keyboard.press('ArrowRight')
  await expect(editor.historyTab).toBeFocused()
  await expect(editor.historyTab).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowRight')
  await expect(editor.detailsTab).toHaveAttribute('aria-selected', 'true')
})

test('the «Personvernerklæringen» column names the clauses that describe each activity of the sample', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  // Every active activity about people outside the company is described: by the purposes
  // clause at least, and by the clauses its legal basis and sources call for.
  await expect(
    await activities.cell('Kredittvurdering ved nye avtaler', 'Personvernerklæringen'),
  ).toHaveText(
    /^6 avsnitt: «Hva vi bruker opplysningene til», «Når vi bygger på berettiget interesse», «Opplysninger vi får fra andre», /,
  )
  await expect(
    await activities.cell('Markedsføring på e-post og SMS', 'Personvernerklæringen'),
  ).toContainText('«Du kan trekke tilbake samtykket ditt»')
  // The others say why the policy leaves them out.
  await expect(
    await activities.cell('Personaladministrasjon og lønn', 'Personvernerklæringen'),
  ).toHaveText('Ikke med (de registrerte informeres på annen måte)')
  // No row is left blank, so an empty filter means what it says.
  for (const text of await activities.columnTexts('Personvernerklæringen'))
    expect(text.trim()).not.toBe('')
  const pilot = sample.activities.find((a) => a.status === 'draft')!.name
  await activities.search.fill(pilot)
  await expect(await activities.cell(pilot, 'Personvernerklæringen')).toHaveText(
    'Ikke med (utkast)',
  )
  await activities.search.fill('')
  await activities.undisclosedFilter.check()
  await activities.expectCount(0, TOTAL)
})

test('an activity the policy does not describe is flagged in the table, the filter and the editor', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  await expect(activities.columnHeader('Personvernerklæringen')).toBeVisible()
  const policy = new PolicyPage(page)
  await newCustomClause(policy)

  // Edited standard texts name only the activities that existed when they were written;
  // an activity made afterwards that only these clauses would name is then described by none.
  for (const title of ['Hva vi bruker opplysningene til', 'Må du gi oss opplysningene?']) {
    const clause = await policy.openClause(title)
    await clause.getByRole('button', { name: 'Rediger teksten …' }).click()
    const textEditor = page.getByRole('dialog', { name: `Rediger «${title}»` })
    await textEditor
      .getByLabel('Tekst på bokmål', { exact: true })
      .fill('Vi beskriver behandlingene våre her.')
    await textEditor.getByRole('button', { name: 'Lagre avsnittet' }).click()
    await expect(textEditor).toBeHidden()
  }

  await activities.goto()
  await activities.expectCount(TOTAL, TOTAL)
  await activities.undisclosedFilter.check()
  await activities.expectCount(0, TOTAL)
  await activities.undisclosedFilter.uncheck()

  const source = sample.activities.find((a) => a.id === 'act-personvernhenvendelser')!
  const editor = await activities.open(source.name)
  await expect(editor.undisclosedWarning).toHaveCount(0)
  await editor.duplicateButton.click()
  const copy = `${source.name} (kopi)`
  await editor.expectOpen(copy)
  // A draft is not in the policy's scope yet.
  await expect(editor.undisclosedWarning).toHaveCount(0)
  await editor.field('Status').selectOption({ label: 'Aktiv' })
  await editor.saveExpecting('Endringene er lagret.')
  await expect(editor.undisclosedWarning).toBeVisible()

  // In the table: the flag in its column, and the filter finds exactly this one.
  await editor.backLink.click()
  await activities.search.fill(source.name)
  await activities.expectCount(2, TOTAL + 1)
  // Right after the name, so the flag is seen without scrolling sideways.
  expect((await activities.columnNames()).indexOf('Personvernerklæringen')).toBe(1)
  await expect(await activities.cell(copy, 'Personvernerklæringen')).toHaveText('Ikke omtalt')
  // The original was there when the clauses were edited: they still describe it.
  await expect(await activities.cell(source.name, 'Personvernerklæringen')).toContainText(
    '«Hva vi bruker opplysningene til»',
  )
  await activities.search.fill('')
  await activities.undisclosedFilter.check()
  await activities.expectCount(1, TOTAL + 1)
  await expect(activities.rows).toHaveCount(1)
  await expect(activities.row(copy)).toBeVisible()
  // Sorting by the column brings the flagged activities first.
  await activities.undisclosedFilter.uncheck()
  await activities.sortBy('Personvernerklæringen')
  await expect(activities.rows.first().getByRole('cell').first()).toHaveText(copy)

  // The editor's warning leads to the links; linking a clause by hand clears the flag.
  await activities.row(copy).getByRole('link', { name: copy, exact: true }).click()
  await editor.expectOpen(copy)
  await editor.undisclosedWarning
    .getByRole('button', { name: 'Se koblingene til personvernerklæringen' })
    .click()
  await expect(editor.policyTab).toHaveAttribute('aria-selected', 'true')
  await expect(editor.policyLinks).toContainText('Ikke omtalt i personvernerklæringen.')
  await editor.policyLinks.getByLabel('Koble til avsnitt').selectOption({ label: CLAUSE })
  await editor.policyLinks.getByRole('button', { name: 'Koble til', exact: true }).click()
  await expect(editor.linkedClauses.filter({ hasText: CLAUSE })).toContainText('koblet for hånd')
  await editor.detailsTab.click()
  await expect(editor.undisclosedWarning).toHaveCount(0)
  await editor.backLink.click()
  await activities.undisclosedFilter.check()
  await activities.expectCount(0, TOTAL + 1)
})

test('the Excel buttons are in the toolbar, and their message does not take the count’s place', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  const download = page.waitForEvent('download')
  await activities.excelGroup.getByRole('button', { name: 'Eksporter til Excel' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Protokoll Eksempel Energi AS \d{4}-\d{2}-\d{2}\.xlsx$/)
  await expect(activities.excelGroup.locator('[aria-live="polite"]')).toHaveText(
    `Protokollen er lastet ned som «${file.suggestedFilename()}».`,
  )
  // The page's one status is still the row count.
  await activities.expectCount(TOTAL, TOTAL)
  await expect(
    activities.excelGroup.getByRole('button', { name: 'Importer fra Excel …' }),
  ).toBeVisible()
})
