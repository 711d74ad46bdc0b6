/**
 * The privacy policy (issue 5): the clause library and its links to the record, review
 * flags that follow changes to activities, versions, and the .docx exports, clean and
 * with Word's tracked changes against the last published version.
 */
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import type { Download } from '@playwright/test'
import { sampleWorkbench } from '../../resources/sample-company'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { ActivityEditor } from './pages/activity-editor'
import { PolicyPage } from './pages/policy-page'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const ACTIVITY = sample.activities.find((a) => a.id === 'act-kundeavtale')!
const CLAUSE = 'Strømstøtte og kompensasjon'
const CLAUSE_NN = 'Straumstøtte og kompensasjon'

/** The text of word/document.xml of a downloaded .docx. */
async function documentXml(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(await download.path()))
  const xml = await zip.file('word/document.xml')?.async('string')
  expect(xml, 'word/document.xml').toBeDefined()
  return xml!
}

/** The text of every `w:t` (or `w:delText`) inside the tracked insertions (or deletions). */
function trackedText(xml: string, kind: 'ins' | 'del'): string {
  const textTag = kind === 'ins' ? 'w:t' : 'w:delText'
  let out = ''
  for (const [, body] of xml.matchAll(
    new RegExp(`<w:${kind}\\b[^>]*>([\\s\\S]*?)</w:${kind}>`, 'g'),
  )) {
    for (const [, text] of body!.matchAll(
      new RegExp(`<${textTag}\\b[^>]*>([^<]*)</${textTag}>`, 'g'),
    ))
      out += text
  }
  return out
}

/** Opens the activity from the clause's link, changes its retention period and saves. */
async function changeRetention(policy: PolicyPage, period: string): Promise<void> {
  const clause = await policy.openClause(CLAUSE)
  await clause.getByRole('link', { name: ACTIVITY.name, exact: true }).first().click()
  const editor = new ActivityEditor(policy.page)
  await editor.expectOpen(ACTIVITY.name)
  await editor.field('Lagringstid').fill(period)
  await editor.saveExpecting('Endringene er lagret.')
}

test('a custom clause follows its activity: review flags, versions and tracked-changes export', async ({
  page,
}) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  await expect(new ActivitiesPage(page).heading).toBeVisible()

  const policy = new PolicyPage(page)
  await policy.goto()
  await expect(page).toHaveURL(/#\/policy$/)
  // Every standard clause is in the library; the record's activities are all described.
  await expect(policy.clauseToggle('Hva vi bruker opplysningene til')).toBeVisible()
  await expect(
    page.getByRole('heading', { name: /ikke omtalt i personvernerklæringen/ }),
  ).toHaveCount(0)
  await expect(policy.previewHeading('Hvem er behandlingsansvarlig?')).toBeVisible()

  // The purposes clause may not be hidden, and says why; the cookies clause may.
  const purposes = await policy.openClause('Hva vi bruker opplysningene til')
  const purposesHide = purposes.getByRole('checkbox', {
    name: 'Skjul avsnittet i personvernerklæringen',
  })
  await expect(purposesHide).toBeDisabled()
  await expect(purposesHide).toHaveAccessibleDescription(
    /personvernforordningen krever disse opplysningene/,
  )
  await expect(
    purposes.getByRole('listitem').filter({ hasText: ACTIVITY.name }).first(),
  ).toBeVisible()

  // A custom clause, linked by hand to one activity, placed after the purposes.
  await policy.newClauseButton.click()
  const dialog = policy.newClauseDialog()
  await dialog.field('Tittel på bokmål').fill(CLAUSE)
  await dialog.field('Tittel på nynorsk').fill(CLAUSE_NN)
  await dialog
    .field('Tekst på bokmål')
    .fill(
      'Vi bruker måleverdiene dine til å beregne strømstøtte.\n\n- Støtten trekkes fra på fakturaen\n- Beregningen gjøres hver måned',
    )
  await dialog
    .field('Tekst på nynorsk')
    .fill(
      'Vi brukar måleverdiane dine til å rekne ut straumstøtte.\n\n- Støtta vert trekt frå på fakturaen\n- Utrekninga vert gjord kvar månad',
    )
  await dialog
    .field('Plassering i erklæringen')
    .selectOption({ label: 'Etter «Hva vi bruker opplysningene til»' })
  await dialog.pickActivity(ACTIVITY.name)
  await dialog.save()

  await expect(policy.clauseToggle(CLAUSE)).toHaveAttribute('aria-expanded', 'true')
  await expect(policy.tags(CLAUSE)).toHaveText(['Egendefinert', '1 koblet behandlingsaktivitet'])
  const titles = await policy.clauseTitles()
  expect(titles.indexOf(CLAUSE)).toBe(titles.indexOf('Hva vi bruker opplysningene til') + 1)
  await expect(policy.previewHeading(CLAUSE)).toBeVisible()
  await expect(
    policy.document.getByRole('listitem').filter({ hasText: 'Støtten trekkes fra på fakturaen' }),
  ).toBeVisible()

  // Moving it down and back up.
  const custom = policy.clause(CLAUSE)
  await custom.getByRole('button', { name: 'Flytt ned' }).click()
  await expect
    .poll(async () => (await policy.clauseTitles()).indexOf(CLAUSE))
    .toBe(titles.indexOf(CLAUSE) + 1)
  await custom.getByRole('button', { name: 'Flytt opp' }).click()
  await expect
    .poll(async () => (await policy.clauseTitles()).indexOf(CLAUSE))
    .toBe(titles.indexOf(CLAUSE))

  // Clicking a block of the preview selects its clause in the library.
  await policy.previewHeading('Klage til Datatilsynet').click()
  await expect(policy.clauseToggle('Klage til Datatilsynet')).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(policy.clauseToggle('Klage til Datatilsynet')).toBeFocused()

  // Tracked changes need a published version of the language first.
  await expect(policy.exportTrackedButton).toBeDisabled()
  await expect(policy.exportTrackedButton).toHaveAccessibleDescription(
    /krever en publisert versjon på bokmål/,
  )
  await expect(policy.showChanges).toBeDisabled()
  await policy.storeVersion('published', 'Første versjon med strømstøtte')
  await expect(policy.versionStatus).toHaveText(/^Versjonen er publisert \d{2}\.\d{2}\.\d{4}\.$/)
  const published = policy.versionTable
    .getByRole('row')
    .filter({ hasText: 'Første versjon med strømstøtte' })
  await expect(published).toContainText('Publisert')
  await expect(published).toContainText('Bokmål')
  await expect(published.getByRole('cell').nth(4)).toHaveText(/^[0-9a-f]{10}$/)
  await expect(policy.exportTrackedButton).toBeEnabled()

  // Changing the activity flags the clause, naming the activity.
  await changeRetention(policy, 'Så lenge kundeforholdet varer og 5 år etter at det er avsluttet')
  await policy.goto()
  await expect(policy.tags(CLAUSE)).toContainText(['Må gjennomgås'])
  await expect(
    policy.clause(CLAUSE).getByRole('listitem').filter({ hasText: ACTIVITY.name }).first(),
  ).toContainText(/endret \d{2}\.\d{2}\.\d{4} kl\. \d{2}\.\d{2}/)
  const custom2 = await policy.openClause(CLAUSE)
  await custom2.getByRole('button', { name: 'Merk som gjennomgått' }).click()
  await expect(policy.tags(CLAUSE)).toHaveText(['Egendefinert', '1 koblet behandlingsaktivitet'])

  // Changed again, and exported with tracked changes against the published version.
  await changeRetention(policy, 'Så lenge kundeforholdet varer og 10 år etter at det er avsluttet')
  await policy.goto()
  await expect(policy.tags(CLAUSE)).toContainText(['Må gjennomgås'])

  await policy.showChanges.check()
  await expect(
    policy.document.getByRole('insertion').filter({ hasText: '10' }).first(),
  ).toBeVisible()
  await expect(policy.document.getByRole('deletion').filter({ hasText: '3' }).first()).toBeVisible()

  const tracked = await policy.download(policy.exportTrackedButton)
  expect(tracked.suggestedFilename()).toMatch(
    /^Personvernerklæring Eksempel Energi AS \d{4}-\d{2}-\d{2} med sporede endringer\.docx$/,
  )
  const trackedXml = await documentXml(tracked)
  expect(trackedXml).toContain('<w:ins ')
  expect(trackedXml).toContain('<w:del ')
  expect(trackedText(trackedXml, 'ins')).toContain('10')
  expect(trackedText(trackedXml, 'del')).toContain('3')
  expect(trackedXml).toContain('w:author="Kari Nordmann"')
  // The custom clause did not change: it is plain text in the tracked document.
  expect(trackedText(trackedXml, 'ins')).not.toContain('Støtten trekkes fra')
  expect(trackedXml).toContain('Støtten trekkes fra på fakturaen')

  const clean = await policy.download(policy.exportCurrentButton)
  expect(clean.suggestedFilename()).toMatch(
    /^Personvernerklæring Eksempel Energi AS \d{4}-\d{2}-\d{2}\.docx$/,
  )
  const cleanXml = await documentXml(clean)
  expect(cleanXml).not.toContain('<w:ins ')
  expect(cleanXml).not.toContain('<w:del ')
  expect(cleanXml).toContain('10 år etter at det er avsluttet')

  // The published version itself downloads with its own text.
  const old = await policy.download(published.getByRole('button', { name: /^Last ned publisert/ }))
  expect(await documentXml(old)).toContain('3 år etter at det er avsluttet')

  // Nynorsk: the headings, the custom clause's own nynorsk title, and no published nynorsk version yet.
  await policy.showChanges.uncheck()
  await policy.chooseLanguage('Nynorsk')
  await expect(policy.previewHeading('Kven er behandlingsansvarleg?')).toBeVisible()
  await expect(policy.previewHeading('Kva vi brukar opplysningane til')).toBeVisible()
  await expect(policy.previewHeading(CLAUSE_NN)).toBeVisible()
  await expect(policy.previewHeading('Hvem er behandlingsansvarlig?')).toHaveCount(0)
  await expect(policy.exportTrackedButton).toBeDisabled()
  const nynorsk = await policy.download(policy.exportCurrentButton)
  expect(nynorsk.suggestedFilename()).toMatch(/ nynorsk\.docx$/)
})

test('hiding an optional clause takes it out of the preview; a draft can be saved and deleted', async ({
  page,
}) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  await expect(new ActivitiesPage(page).heading).toBeVisible()
  const policy = new PolicyPage(page)
  await policy.goto()

  const title = 'Endringer i personvernerklæringen'
  await expect(policy.previewHeading(title)).toBeVisible()
  const clause = await policy.openClause(title)
  await clause.getByRole('checkbox', { name: 'Skjul avsnittet i personvernerklæringen' }).check()
  await expect(policy.tags(title)).toContainText(['Skjult'])
  await expect(policy.previewHeading(title)).toHaveCount(0)
  await clause.getByRole('checkbox', { name: 'Skjul avsnittet i personvernerklæringen' }).uncheck()
  await expect(policy.previewHeading(title)).toBeVisible()

  // Editing a standard text marks it «Redigert»; resetting brings the library text back.
  await clause.getByRole('button', { name: 'Rediger teksten …' }).click()
  const editor = page.getByRole('dialog', { name: `Rediger «${title}»` })
  await expect(editor.getByLabel('Tekst på bokmål', { exact: true })).not.toHaveValue('')
  await editor
    .getByLabel('Tekst på bokmål', { exact: true })
    .fill('Vi varsler om vesentlige endringer på nettstedet.')
  await editor.getByRole('button', { name: 'Lagre avsnittet' }).click()
  await expect(editor).toBeHidden()
  await expect(policy.tags(title)).toContainText(['Redigert'])
  await expect(
    policy.document.getByText('Vi varsler om vesentlige endringer på nettstedet.'),
  ).toBeVisible()
  await clause.getByRole('button', { name: 'Tilbakestill til standardteksten' }).click()
  await policy
    .confirmDialog('Tilbakestille til standardteksten?')
    .getByRole('button', { name: 'Tilbakestill' })
    .click()
  await expect(policy.tags(title)).not.toContainText(['Redigert'])
  await expect(
    policy.document.getByText('Vi varsler om vesentlige endringer på nettstedet.'),
  ).toHaveCount(0)

  await policy.storeVersion('draft', 'Til gjennomlesing')
  await expect(policy.versionStatus).toHaveText('Utkastet er lagret.')
  const row = policy.versionTable.getByRole('row').filter({ hasText: 'Til gjennomlesing' })
  await expect(row).toContainText('Utkast')
  const draft = await policy.download(row.getByRole('button', { name: /^Last ned utkast/ }))
  expect(draft.suggestedFilename()).toMatch(
    /^Personvernerklæring Eksempel Energi AS \d{4}-\d{2}-\d{2} utkast\.docx$/,
  )
  await row.getByRole('button', { name: /^Slett utkast/ }).click()
  await policy.confirmDialog('Slette utkastet?').getByRole('button', { name: 'Slett' }).click()
  await expect(policy.versions.getByText('Ingen versjoner er lagret ennå.')).toBeVisible()
})

test('an activity no clause describes is listed at the top, with a link to it', async ({
  page,
}) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  await expect(new ActivitiesPage(page).heading).toBeVisible()
  const policy = new PolicyPage(page)
  await policy.goto()
  const warning = page.getByRole('region', { name: /ikke omtalt i personvernerklæringen$/ })
  await expect(warning).toHaveCount(0)

  // Edited standard texts name only the activities that existed when they were written.
  const source = sample.activities.find((a) => a.id === 'act-personvernhenvendelser')!
  for (const title of ['Hva vi bruker opplysningene til', 'Må du gi oss opplysningene?']) {
    const clause = await policy.openClause(title)
    await clause.getByRole('button', { name: 'Rediger teksten …' }).click()
    const editor = page.getByRole('dialog', { name: `Rediger «${title}»` })
    await editor
      .getByLabel('Tekst på bokmål', { exact: true })
      .fill('Vi beskriver behandlingene våre her.')
    await editor.getByRole('button', { name: 'Lagre avsnittet' }).click()
    await expect(editor).toBeHidden()
    await expect(policy.tags(title)).toContainText(['Redigert'])
  }
  await expect(warning).toHaveCount(0)

  // A new active activity (a copy of one, made active) is then described by no clause.
  const purposes = await policy.openClause('Hva vi bruker opplysningene til')
  await purposes.getByRole('link', { name: source.name, exact: true }).click()
  const activity = new ActivityEditor(page)
  await activity.expectOpen(source.name)
  await activity.duplicateButton.click()
  const copyName = `${source.name} (kopi)`
  await activity.expectOpen(copyName)
  await activity.field('Status').selectOption({ label: 'Aktiv' })
  await activity.saveExpecting('Endringene er lagret.')

  await policy.goto()
  await expect(warning).toBeVisible()
  await expect(warning.getByRole('heading')).toHaveText(
    '1 behandlingsaktivitet er ikke omtalt i personvernerklæringen',
  )
  const link = warning.getByRole('link', { name: copyName })
  await expect(link).toHaveAttribute('href', /^#\/activities\/[^/]+$/)

  // Back to the standard text, the purposes clause names every activity again.
  const edited = await policy.openClause('Hva vi bruker opplysningene til')
  await edited.getByRole('button', { name: 'Tilbakestill til standardteksten' }).click()
  await policy
    .confirmDialog('Tilbakestille til standardteksten?')
    .getByRole('button', { name: 'Tilbakestill' })
    .click()
  await expect(warning).toHaveCount(0)
  // It lists the copy again (by its rule), and asks to be read again: the copy is new since the review.
  await expect(
    policy
      .clause('Hva vi bruker opplysningene til')
      .getByRole('listitem')
      .filter({ hasText: copyName }),
  ).toHaveCount(2)
  await expect(policy.tags('Hva vi bruker opplysningene til')).toContainText(['Må gjennomgås'])
})

test('where a block of the preview comes from is shown beside the document, never over its text', async ({
  page,
}) => {
  await ActivitiesPage.withSample(page)
  const policy = new PolicyPage(page)
  await policy.goto()
  const title = 'Hva vi bruker opplysningene til'
  const from = `Fra avsnittet «${title}».`
  const line = policy.preview.getByText(from).filter({ visible: true })
  await expect(line).toHaveCount(0)

  const heading = policy.document.getByRole('heading', { name: title })
  await heading.scrollIntoViewIfNeeded()
  const still = (await policy.document.boundingBox())!
  await heading.hover()
  await expect(line).toBeVisible()
  // Nothing moves under the pointer when the line appears.
  expect((await policy.document.boundingBox())!.y).toBe(still.y)
  // Outside the document: it covers neither the heading it explains nor the text around it.
  const doc = (await policy.document.boundingBox())!
  const shown = (await line.boundingBox())!
  expect(shown.y + shown.height <= doc.y || shown.y >= doc.y + doc.height).toBe(true)
  // And in the window, where the pointer is.
  await expect(line).toBeInViewport()
  await expect(line).toContainText('Klikk eller trykk Enter for å velge avsnittet.')
  await expectNoAxeViolations(page, 'forhåndsvisningen med kildelinjen')

  // With the keyboard the same, and screen readers get it as the block's description.
  await page.mouse.move(0, 0)
  await expect(line).toHaveCount(0)
  const block = heading.locator('..')
  await block.focus()
  await expect(line).toBeVisible()
  await expect(block).toHaveAccessibleDescription(
    /^Fra avsnittet «Hva vi bruker opplysningene til»\./,
  )
})
