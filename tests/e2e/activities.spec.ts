/**
 * The record of processing activities (issue 4): the table with chosen columns, filters
 * and keyboard, and the editor with every art. 30 field, its rules, its actions and its
 * history.
 */
import { writeFile } from 'node:fs/promises'
import { sampleWorkbench } from '../../resources/sample-company'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { ActivityEditor } from './pages/activity-editor'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const TOTAL = sample.activities.length
const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })
const byName = [...sample.activities].sort((a, b) => collator.compare(a.name, b.name))

/** Today in the browser's time zone (Europe/Oslo, see playwright.config.mts), as dd.mm.yyyy. */
function todayNorwegian(): string {
  return new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date())
}

function todayIso(): string {
  const [d, m, y] = todayNorwegian().split('.')
  return `${y}-${m}-${d}`
}

test('a new activity with every art. 30 field is saved as active and shows in the table', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.newButton.click()
  const editor = new ActivityEditor(page)
  await editor.expectOpen('Ny behandlingsaktivitet')
  // A new activity starts in its name, ready to be typed over.
  await expect(editor.field('Navn på behandlingsaktiviteten')).toBeFocused()
  await expect(editor.badge).toHaveText(/^Utkast – mangler \d+ opplysninger$/)

  await editor.field('Navn på behandlingsaktiviteten').fill('Ladeabonnement for elbil')
  await editor.field('Beskrivelse').fill('Abonnement på lading av elbil hjemme, med fakturering.')
  await editor.field('Ansvarlig avdeling').fill('Mobilitet')
  await editor.field('Funksjonsområde').fill('Kundeservice')
  await editor.addTags('Systemer', 'Ladeportalen')
  await editor.field('Felles behandlingsansvarlig').fill('Ladenett Norge AS')
  await editor.addTags('Formål', 'Levere og fakturere lading', 'Feilsøke ladeboksen')
  await editor.checkbox('Avtale (art. 6 nr. 1 bokstav b)').check()
  await editor.checkbox('Rettslig forpliktelse (art. 6 nr. 1 bokstav c)').check()
  await editor.field('Lovhjemmel (art. 6 nr. 1 bokstav c)').fill('bokføringsloven § 13')
  await editor.field('Krav om å gi opplysningene').selectOption('contractual')
  await editor
    .field('Konsekvens av å ikke gi opplysningene')
    .fill('Uten opplysningene kan vi ikke levere abonnementet.')
  await editor.addTags('Kategorier av registrerte', 'Kunder med ladeabonnement')
  await editor.checkbox('Gjelder personer utenfor virksomheten').check()
  await editor.addTags('Kategorier av personopplysninger', 'Navn', 'Ladehistorikk')
  await editor.addTags('Særlige kategorier personopplysninger (art. 9)', 'Helseopplysninger')
  await editor.checkbox('Uttrykkelig samtykke (art. 9 nr. 2 bokstav a)').check()
  await editor.field('Hjemmel for de særlige kategoriene').fill('Samtykke ved bestilling')
  await editor.form.getByRole('button', { name: 'Legg til kilde' }).click()
  await editor.field('Kilde nr. 1: type').selectOption('public-register')
  await editor.field('Kilde nr. 1: navn').fill('Elhub')
  await editor.addTags('Mottakere', 'Ladenett Norge AS')
  await editor.form.getByLabel('Søk etter databehandler').fill('skyhall')
  await editor.checkbox('Skyhall Drift AS').check()

  // A processor registered inline, with the same rules as the processor register.
  await editor.form.getByRole('button', { name: 'Ny databehandler …' }).click()
  const processor = editor.processorDialog()
  await expect(processor.dialog).toBeVisible()
  await processor.field('Navn på databehandleren').fill('Ladedrift AS')
  await processor.field('Organisasjonsnummer eller utenlandsk id').fill('123 456 789')
  await processor.saveButton.click()
  await expect(
    processor.field('Organisasjonsnummer eller utenlandsk id'),
  ).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/)
  await processor.field('Organisasjonsnummer eller utenlandsk id').fill('321 654 983')
  await processor.field('Signert dato').fill('2026-01-15')
  await processor.saveButton.click()
  await expect(processor.dialog).toBeHidden()
  await expect(editor.checkbox('Ladedrift AS')).toBeChecked()

  // A transfer registered inline, with the same rules as the transfer register.
  await editor.form.getByRole('button', { name: 'Ny overføring …' }).click()
  const transfer = editor.transferDialog()
  await expect(transfer.dialog).toBeVisible()
  await transfer.field('Navn på mottakeren').fill('Ladeskyen Ltd')
  await transfer.field('Mottakerland').selectOption('IN')
  await transfer.field('Modul i standardavtalene').selectOption('2')
  await transfer.field('Vurdering av overføringen (TIA)').fill('2026-10-01')
  await transfer.saveButton.click()
  await expect(transfer.dialog).toBeHidden()
  await expect(editor.group('Overføringer til tredjeland')).toContainText(
    'Ladeskyen Ltd – India – Standard personvernbestemmelser (EU) 2021/914',
  )

  await editor.field('Lagringstid').fill('5 år etter utløpet av regnskapsåret')
  await editor.field('Grunnlag for lagringstiden').fill('bokføringsloven § 13')
  await editor.addTags('Sikkerhetstiltak', 'Tilgangsstyring', 'Kryptert lagring')
  await editor.checkbox('Behandlingen omfatter automatiserte avgjørelser (art. 22)').check()
  await editor.checkbox('Behandlingen omfatter profilering (art. 4 nr. 4)').check()
  await editor.field('Logikken i de automatiserte avgjørelsene').fill('Pris etter tidspunkt.')
  await editor.field('Betydning og konsekvenser for den registrerte').fill('Prisen kan bli høyere.')
  await editor.field('Vurdering av personvernkonsekvenser (DPIA)').selectOption('yes')
  await editor.field('DPIA gjennomført dato').fill('2026-09-15')
  await editor.field('Status').selectOption('active')
  // Complete, but a draft until it is saved as active.
  await expect(editor.badge).toHaveText('Utkast')
  await editor.saveExpecting('Endringene er lagret.')
  await expect(editor.badge).toHaveText('Aktiv')
  await expect(editor.heading).toHaveText('Ladeabonnement for elbil')

  // In the table, with more columns shown.
  await editor.backLink.click()
  await activities.expectCount(TOTAL + 1, TOTAL + 1)
  const chooser = await activities.openColumnChooser()
  for (const name of ['Tredjeland', 'Databehandlere', 'Kilder', 'Lagringstid', 'DPIA', 'Rolle']) {
    await chooser.column(name).check()
  }
  await chooser.apply()
  await activities.search.fill('ladeabonnement')
  await activities.expectCount(1, TOTAL + 1)
  const row = activities.row('Ladeabonnement for elbil')
  await expect(row).toBeVisible()
  const cell = async (column: string) => (await activities.columnTexts(column))[0]
  expect(await cell('Avdeling')).toBe('Mobilitet')
  expect(await cell('Formål')).toBe('Levere og fakturere lading; Feilsøke ladeboksen')
  expect(await cell('Behandlingsgrunnlag')).toBe('Avtale, Rettslig forpliktelse')
  expect(await cell('Status')).toBe('Aktiv')
  expect(await cell('Tredjeland')).toBe('India')
  expect(await cell('Databehandlere')).toBe('Skyhall Drift AS; Ladedrift AS')
  expect(await cell('Kilder')).toBe('Elhub (offentlig register)')
  expect(await cell('Lagringstid')).toBe(
    '5 år etter utløpet av regnskapsåret – bokføringsloven § 13',
  )
  expect(await cell('DPIA')).toBe('Gjennomført 15.09.2026')
  expect(await cell('Rolle')).toBe('Behandlingsansvarlig')
  // The search box reaches the text of every field, also those not shown.
  await activities.search.fill('ladeportalen helseopplysninger')
  await expect(activities.row('Ladeabonnement for elbil')).toBeVisible()
  await activities.expectCount(1, TOTAL + 1)
})

test('filters narrow the list, and any column sorts in Norwegian order', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  const count = (predicate: (a: (typeof sample.activities)[number]) => boolean) =>
    sample.activities.filter((a) => a.status !== 'archived' && predicate(a)).length

  await activities.filter('Behandlingsgrunnlag').selectOption({ label: 'Samtykke' })
  const consent = count((a) => a.purposes.some((p) => p.basis === 'consent'))
  await activities.expectCount(consent, TOTAL)
  await activities.filter('Avdeling').selectOption('Marked')
  await activities.expectCount(
    count((a) => a.owner === 'Marked' && a.purposes.some((p) => p.basis === 'consent')),
    TOTAL,
  )
  await activities.filters.getByRole('button', { name: 'Nullstill filtrene' }).click()
  await activities.expectCount(TOTAL, TOTAL)

  await activities.filter('Overføring til tredjeland').selectOption({ label: 'Med overføring' })
  await activities.expectCount(
    count((a) => a.transferIds.length > 0),
    TOTAL,
  )
  await activities.filter('Overføring til tredjeland').selectOption({ label: 'Alle' })

  await activities.filter('DPIA').selectOption({ label: 'Nødvendig, ikke gjennomført' })
  const missingDpia = sample.activities.filter(
    (a) => a.dpia.needed === 'yes' && a.dpia.doneOn === null,
  )
  await activities.expectCount(missingDpia.length, TOTAL)
  await expect(activities.row(missingDpia[0]!.name)).toBeVisible()
  await activities.filter('DPIA').selectOption({ label: 'Alle' })

  await activities.overdueFilter.check()
  const [y, m, d] = todayIso().split('-')
  const cutoff = `${Number(y) - 1}-${m}-${m === '02' && d === '29' ? '28' : d}`
  const overdue = count((a) => a.lastReviewed === null || a.lastReviewed < cutoff)
  expect(overdue).toBeGreaterThan(0)
  await activities.expectCount(overdue, TOTAL)
  await activities.overdueFilter.uncheck()

  await activities.filter('Status').selectOption({ label: 'Utkast' })
  await activities.expectCount(
    count((a) => a.status === 'draft'),
    TOTAL,
  )
  await activities.filter('Status').selectOption({ label: 'Aktive og utkast' })
  await activities.expectCount(TOTAL, TOTAL)

  // Sorting: by department, ascending then descending (the name breaks ties).
  await activities.sortBy('Avdeling')
  await expect(activities.columnHeader('Avdeling')).toHaveAttribute('aria-sort', 'ascending')
  const owners = [...new Set(sample.activities.map((a) => a.owner))].sort(collator.compare)
  expect((await activities.columnTexts('Avdeling'))[0]).toBe(owners[0])
  await activities.sortBy('Avdeling')
  await expect(activities.columnHeader('Avdeling')).toHaveAttribute('aria-sort', 'descending')
  expect((await activities.columnTexts('Avdeling'))[0]).toBe(owners[owners.length - 1])
  const descending = await activities.columnTexts('Avdeling')
  for (let i = 1; i < descending.length; i++) {
    expect(collator.compare(descending[i - 1]!, descending[i]!)).toBeGreaterThanOrEqual(0)
  }
  // By the last review: never reviewed first.
  await activities.sortBy('Sist gjennomgått')
  expect((await activities.columnTexts('Sist gjennomgått'))[0]).toBe('Ikke gjennomgått')
})

test('the chosen columns, their order, width and the sort are kept after a reload', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  expect(await activities.columnNames()).toEqual([
    'Navn',
    'Personvernerklæringen',
    'Avdeling',
    'Formål',
    'Behandlingsgrunnlag',
    'Status',
    'Sist gjennomgått',
  ])
  const chooser = await activities.openColumnChooser()
  await expect(chooser.column('Navn')).toBeDisabled()
  await chooser.column('Systemer').check()
  await chooser.column('Tredjeland').check()
  await chooser.column('Formål').uncheck()
  await chooser.moveUp('Status')
  await chooser.moveUp('Status')
  // The move button keeps the focus, so the keyboard can go on moving the same column.
  await expect(chooser.dialog.getByRole('button', { name: 'Flytt «Status» opp' })).toBeFocused()
  await chooser.apply()
  const chosen = [
    'Navn',
    'Personvernerklæringen',
    'Avdeling',
    'Status',
    'Behandlingsgrunnlag',
    'Sist gjennomgått',
    'Systemer',
    'Tredjeland',
  ]
  expect(await activities.columnNames()).toEqual(chosen)

  // Drag the right edge of «Avdeling» 120 pixels wider.
  const header = activities.columnHeader('Avdeling')
  const before = (await header.boundingBox())!.width
  const edge = (await activities.columnEdge('Avdeling').boundingBox())!
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2)
  await page.mouse.down()
  await page.mouse.move(edge.x + edge.width / 2 + 60, edge.y + edge.height / 2, { steps: 4 })
  await page.mouse.move(edge.x + edge.width / 2 + 120, edge.y + edge.height / 2, { steps: 4 })
  await page.mouse.up()
  await expect.poll(async () => (await header.boundingBox())!.width).toBeGreaterThan(before + 100)
  const widened = (await header.boundingBox())!.width
  // And with the keyboard: the focused edge moves with the arrow keys.
  await activities.columnEdge('Behandlingsgrunnlag').focus()
  await page.keyboard.press('ArrowLeft')
  await expect(activities.columnEdge('Behandlingsgrunnlag')).toHaveAttribute('aria-valuenow', '160')

  await activities.sortBy('Avdeling')
  await activities.sortBy('Avdeling')
  await expect(activities.columnHeader('Avdeling')).toHaveAttribute('aria-sort', 'descending')

  await page.reload()
  await activities.expectCount(TOTAL, TOTAL)
  expect(await activities.columnNames()).toEqual(chosen)
  await expect(activities.columnHeader('Avdeling')).toHaveAttribute('aria-sort', 'descending')
  expect(Math.abs((await header.boundingBox())!.width - widened)).toBeLessThan(2)
  await expect(activities.columnEdge('Behandlingsgrunnlag')).toHaveAttribute('aria-valuenow', '160')
})

test('editing an activity: save, mark reviewed today, duplicate, and the history shows the edit', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  const name = 'Kundeundersøkelser'
  const original = sample.activities.find((a) => a.name === name)!
  const editor = await activities.open(name)
  await expect(editor.badge).toHaveText('Aktiv')

  await editor.field('Ansvarlig avdeling').fill('Kundeinnsikt')
  await expect(editor.statusLine).toHaveText('Endringer som ikke er lagret')
  await editor.saveExpecting('Endringene er lagret.')
  // Saving again without changes writes nothing.
  await editor.saveExpecting('Det er ingen endringer å lagre.')

  await editor.markReviewedButton.click()
  await expect(editor.statusLine).toHaveText(`Merket som gjennomgått ${todayNorwegian()}.`)
  await expect(editor.meta).toContainText(`Sist gjennomgått ${todayNorwegian()}`)

  await editor.historyTab.click()
  await expect(editor.historyTab).toHaveAttribute('aria-selected', 'true')
  const history = page.getByRole('list', { name: 'Endringer' })
  const ownerChange = history
    .getByRole('table')
    .filter({ hasText: 'Kundeinnsikt' })
    .filter({ hasText: original.owner })
  await expect(ownerChange).toHaveCount(1)
  await expect(ownerChange.getByRole('rowheader')).toHaveText([/avdeling/i])
  await expect(history.getByRole('listitem').first()).toContainText('Endret')
  await editor.detailsTab.click()

  await editor.backLink.click()
  await activities.search.fill(name)
  await expect(await activities.cell(name, 'Avdeling')).toHaveText('Kundeinnsikt')
  await expect(await activities.cell(name, 'Sist gjennomgått')).toHaveText(todayNorwegian())

  const again = await activities.open(name)
  await again.duplicateButton.click()
  await again.expectOpen(`${name} (kopi)`)
  await expect(again.field('Ansvarlig avdeling')).toHaveValue('Kundeinnsikt')
  await expect(again.badge).toHaveText('Utkast')
  await expect(again.meta).toContainText('Aldri gjennomgått')
})

test('the rules of art. 30 block saving an active activity, with the message at each field', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.newButton.click()
  const editor = new ActivityEditor(page)
  await editor.expectOpen('Ny behandlingsaktivitet')
  await editor.field('Navn på behandlingsaktiviteten').fill('Regeltest')
  await editor.field('Status').selectOption('active')
  await editor.save()

  await expect(editor.problems).toContainText('Kan ikke lagre som aktiv før dette er rettet:')
  // The focus goes to the first problem.
  await expect(editor.field('Formål')).toBeFocused()
  await expect(editor.field('Formål')).toHaveAccessibleDescription(/Art\. 30 nr\. 1 bokstav b/)
  await expect(editor.group('Behandlingsgrunnlag (art. 6 nr. 1)')).toContainText(
    'Art. 6 nr. 1: velg minst ett behandlingsgrunnlag.',
  )
  await expect(editor.field('Kategorier av registrerte')).toHaveAccessibleDescription(
    /Art\. 30 nr\. 1 bokstav c: skriv hvilke kategorier registrerte/,
  )
  await expect(editor.field('Kategorier av personopplysninger')).toHaveAccessibleDescription(
    /Art\. 30 nr\. 1 bokstav c: skriv hvilke kategorier personopplysninger/,
  )
  // Retention missing.
  await expect(editor.field('Lagringstid')).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.field('Lagringstid')).toHaveAccessibleDescription(
    /Art\. 30 nr\. 1 bokstav f og art\. 13 nr\. 2 bokstav a: skriv hvor lenge/,
  )
  await expect(editor.field('Grunnlag for lagringstiden')).toHaveAccessibleDescription(
    /Art\. 13 nr\. 2 bokstav a: skriv hva lagringstiden bygger på/,
  )

  // 6(1)(f) without the interest, 6(1)(c) and (e) without the law.
  await editor.checkbox('Berettiget interesse (art. 6 nr. 1 bokstav f)').check()
  await expect(editor.field('Den berettigede interessen')).toHaveAccessibleDescription(
    /Art\. 6 nr\. 1 bokstav f: skriv hvilken berettiget interesse/,
  )
  await editor.checkbox('Rettslig forpliktelse (art. 6 nr. 1 bokstav c)').check()
  await expect(editor.field('Lovhjemmel (art. 6 nr. 1 bokstav c)')).toHaveAccessibleDescription(
    /Art\. 6 nr\. 1 bokstav c og nr\. 3: skriv hvilken lov/,
  )
  await editor
    .checkbox('Allmennhetens interesse eller offentlig myndighet (art. 6 nr. 1 bokstav e)')
    .check()
  await expect(editor.field('Lovhjemmel (art. 6 nr. 1 bokstav e)')).toHaveAccessibleDescription(
    /Art\. 6 nr\. 1 bokstav e og nr\. 3: skriv hvilken lov/,
  )
  await expect(editor.group('Behandlingsgrunnlag (art. 6 nr. 1)')).not.toContainText(
    'velg minst ett behandlingsgrunnlag',
  )

  // Special categories without an art. 9 exception; art. 10 without the law.
  await editor.addTags('Særlige kategorier personopplysninger (art. 9)', 'Helseopplysninger')
  await expect(editor.group('Grunnlag etter art. 9 nr. 2')).toContainText(
    'Art. 9 nr. 2: særlige kategorier personopplysninger kan bare behandles med et unntak',
  )
  await editor.checkbox('Opplysninger om straffedommer og lovovertredelser (art. 10)').check()
  await expect(
    editor.field('Hjemmel for opplysninger om straffedommer'),
  ).toHaveAccessibleDescription(/Art\. 10:/)
  // A source from a third party without its name; automated decisions without logic.
  await editor.form.getByRole('button', { name: 'Legg til kilde' }).click()
  await expect(editor.field('Kilde nr. 1: navn')).toHaveAccessibleDescription(
    /Art\. 14 nr\. 2 bokstav f: skriv hvor opplysningene kommer fra/,
  )
  await editor.checkbox('Behandlingen omfatter automatiserte avgjørelser (art. 22)').check()
  await expect(
    editor.field('Logikken i de automatiserte avgjørelsene'),
  ).toHaveAccessibleDescription(/Art\. 13 nr\. 2 bokstav f: beskriv logikken/)
  // As processor for another company: who the controller is.
  await editor.field('Virksomhetens rolle').selectOption('processor')
  await expect(editor.field('Behandlingsansvarlig vi behandler for')).toHaveAccessibleDescription(
    /Art\. 30 nr\. 2 bokstav a: skriv hvilken behandlingsansvarlig/,
  )
  await editor.field('Virksomhetens rolle').selectOption('controller')

  // Fixing a field takes its message away at once.
  await editor.field('Lovhjemmel (art. 6 nr. 1 bokstav c)').fill('bokføringsloven § 13')
  await expect(editor.field('Lovhjemmel (art. 6 nr. 1 bokstav c)')).not.toHaveAttribute(
    'aria-invalid',
    'true',
  )

  // Still refused: nothing was stored as active.
  await editor.save()
  await expect(editor.problems).toContainText('Kan ikke lagre som aktiv')
  await expect(editor.statusLine).toHaveText('Endringer som ikke er lagret')

  // A transfer through the inline dialog: the transfer rules apply there.
  await editor.form.getByRole('button', { name: 'Ny overføring …' }).click()
  const transfer = editor.transferDialog()
  await transfer.saveButton.click()
  await expect(transfer.field('Navn på mottakeren')).toHaveAccessibleDescription(
    /Velg en databehandler eller skriv navnet på mottakeren/,
  )
  await expect(transfer.field('Mottakerland')).toHaveAccessibleDescription(/Velg landet/)
  // Standard clauses without the module.
  await expect(transfer.field('Modul i standardavtalene')).toHaveAccessibleDescription(
    /Art\. 46 nr\. 2 bokstav c: velg hvilken modul/,
  )
  await transfer.field('Navn på mottakeren').fill('Skymåleren Inc.')
  await transfer.field('Mottakerland').selectOption('US')
  // The Data Privacy Framework without the check date and the fallback.
  await transfer.field('Overføringsgrunnlag').selectOption('eu-us-dpf')
  await transfer.saveButton.click()
  await expect(transfer.field('Sertifiseringen sist kontrollert')).toHaveAccessibleDescription(
    /Art\. 45: skriv når det sist ble kontrollert/,
  )
  await expect(transfer.field('Reservegrunnlag')).toHaveAccessibleDescription(
    /Registrer et reservegrunnlag/,
  )
  await expect(transfer.dialog).toBeVisible()
  await transfer.field('Sertifiseringen sist kontrollert').fill('2026-11-01')
  await transfer.field('Reservegrunnlag').selectOption('scc-2021')
  await transfer.field('Modul i standardavtalene').selectOption('2')
  await transfer.saveButton.click()
  await expect(transfer.dialog).toBeHidden()
  await expect(editor.group('Overføringer til tredjeland')).toContainText(
    'Skymåleren Inc. – USA – EU–US Data Privacy Framework',
  )
})

test('transfers that break the rules block an active activity that links them', async ({
  page,
}, testInfo) => {
  const wb = structuredClone(sample)
  const us = wb.transfers.find((t) => t.id === 'tr-relaywell-us')!
  us.mechanism = 'privacy-shield'
  us.sccModule = null
  wb.transfers.find((t) => t.id === 'tr-relaywell-in')!.sccModule = null
  const file = testInfo.outputPath('ugyldige-overforinger.ombud.json')
  await writeFile(file, JSON.stringify(wb))
  const start = new StartPage(page)
  await start.goto()
  await start.open(file)
  const activities = new ActivitiesPage(page)
  await activities.expectCount(TOTAL, TOTAL)

  const linked = wb.activities.find((a) => a.transferIds.includes('tr-relaywell-us'))!
  const editor = await activities.open(linked.name)
  await editor.save()
  const group = editor.group('Overføringer til tredjeland')
  await expect(group).toContainText('bygger på Privacy Shield, som ikke lenger er gyldig')
  await expect(group).toContainText('bygger på standardavtalene, men modulen er ikke valgt')
  await expect(editor.problems).toContainText('Kan ikke lagre som aktiv')
  // Removing the links lets it be saved.
  await group
    .getByRole('button', { name: 'Fjern koblingen til overføringen til Relaywell Inc.' })
    .click()
  await group
    .getByRole('button', {
      name: 'Fjern koblingen til overføringen til Relaywell Technologies Pvt. Ltd.',
    })
    .click()
  await editor.saveExpecting('Endringene er lagret.')
})

test('a draft may be saved incomplete and is marked in the editor and the table', async ({
  page,
}) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.newButton.click()
  const editor = new ActivityEditor(page)
  await editor.expectOpen('Ny behandlingsaktivitet')
  await editor.field('Navn på behandlingsaktiviteten').fill('Halvferdig utkast')
  await editor.addTags('Formål', 'Prøve ut en ny tjeneste')
  await editor.saveExpecting(
    'Utkastet er lagret. Det mangler 5 opplysninger før det kan settes til aktiv.',
  )
  await expect(editor.badge).toHaveText('Utkast – mangler 5 opplysninger')
  // The list of what is missing is there, but it is not an error.
  await expect(editor.problems).toHaveCount(0)
  await expect(editor.form).toContainText(
    'Utkastet mangler 5 opplysninger før det kan settes til aktiv:',
  )
  await editor.addTags('Kategorier av registrerte', 'Kunder')
  await expect(editor.badge).toHaveText('Utkast – mangler 4 opplysninger')

  // What the store itself refuses (a record without a name) is shown at the field too.
  const nameField = editor.field('Navn på behandlingsaktiviteten')
  await nameField.fill('  ')
  await editor.save()
  await expect(editor.problems).toContainText('Kan ikke lagre før dette er rettet:')
  await expect(nameField).toHaveAttribute('aria-invalid', 'true')
  await expect(nameField).toHaveAccessibleDescription(/Navn må fylles ut\./)
  await expect(nameField).toBeFocused()
  await nameField.fill('Halvferdig utkast')
  await editor.save()
  await expect(editor.statusLine).toHaveText(/mangler 4 opplysninger/)

  await editor.backLink.click()
  await activities.search.fill('halvferdig')
  await expect(await activities.cell('Halvferdig utkast', 'Status')).toHaveText(
    'Utkast – mangler 4 opplysninger',
  )
})

test('archive and restore, each after a confirmation', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  const name = 'Rekruttering'
  const editor = await activities.open(name)

  await editor.archiveButton.click()
  const archiveDialog = editor.confirmDialog('Arkivere behandlingsaktiviteten?')
  await archiveDialog.getByRole('button', { name: 'Avbryt' }).click()
  await expect(editor.badge).toHaveText('Aktiv')
  await editor.archiveButton.click()
  await archiveDialog.getByRole('button', { name: 'Arkiver' }).click()
  await expect(editor.badge).toHaveText('Arkivert')
  await expect(editor.statusLine).toHaveText('Behandlingsaktiviteten er arkivert.')
  await expect(editor.form).toContainText('Behandlingsaktiviteten er arkivert.')

  // Out of the list by default; the status filter brings it back.
  await editor.backLink.click()
  await activities.search.fill('')
  await activities.expectCount(TOTAL - 1, TOTAL)
  await expect(activities.row(name)).toHaveCount(0)
  await activities.filter('Status').selectOption({ label: 'Arkiverte' })
  await activities.expectCount(1, TOTAL)
  await activities.row(name).getByRole('link', { name }).click()
  await editor.expectOpen(name)

  await editor.restoreButton.click()
  await editor
    .confirmDialog('Gjenopprette behandlingsaktiviteten?')
    .getByRole('button', { name: 'Gjenopprett' })
    .click()
  await expect(editor.badge).toHaveText('Aktiv')
  await expect(editor.statusLine).toHaveText('Behandlingsaktiviteten er gjenopprettet.')
  await editor.historyTab.click()
  await expect(page.getByRole('list', { name: 'Endringer' }).getByRole('listitem')).toContainText([
    'Gjenopprettet',
    'Arkivert',
  ])
})

test('leaving with unsaved changes asks first', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  const name = byName[3]!.name
  const editor = await activities.open(name)
  const url = page.url()
  await editor.field('Beskrivelse').fill('En endring som ikke er lagret.')

  await editor.backLink.click()
  await expect(editor.leaveDialog()).toBeVisible()
  await editor.leaveDialog().getByRole('button', { name: 'Bli på siden' }).click()
  await expect(editor.leaveDialog()).toBeHidden()
  expect(page.url()).toBe(url)
  await expect(editor.field('Beskrivelse')).toHaveValue('En endring som ikke er lagret.')

  // The browser's Back button asks too.
  // (A string, because the Node-side tsconfig has no DOM types.)
  await page.evaluate('history.back()')
  await expect(editor.leaveDialog()).toBeVisible()
  await expect(editor.heading).toHaveText(name)
  await editor.leaveDialog().getByRole('button', { name: 'Forkast endringene' }).click()
  await expect(activities.heading).toBeVisible()

  // Nothing was saved.
  const again = await activities.open(name)
  await expect(again.field('Beskrivelse')).not.toHaveValue('En endring som ikke er lagret.')
  // Unchanged, it leaves without a question.
  await again.backLink.click()
  await expect(activities.heading).toBeVisible()
})

test('the keyboard moves through the rows and Enter opens one', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.scroller.focus()
  await page.keyboard.press('ArrowDown')
  const first = activities.row(byName[0]!.name)
  await expect(first).toHaveAttribute('aria-selected', 'true')
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const third = activities.row(byName[2]!.name)
  await expect(third).toHaveAttribute('aria-selected', 'true')
  await expect(first).toHaveAttribute('aria-selected', 'false')
  await page.keyboard.press('ArrowUp')
  await expect(activities.row(byName[1]!.name)).toBeFocused()
  await page.keyboard.press('End')
  await expect(activities.row(byName[TOTAL - 1]!.name)).toBeFocused()
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  const editor = new ActivityEditor(page)
  await editor.expectOpen(byName[1]!.name)
  await expect(editor.heading).toBeFocused()

  // Back in the list, the row just opened is selected and has the focus.
  await editor.backLink.click()
  const second = activities.row(byName[1]!.name)
  await expect(second).toHaveAttribute('aria-selected', 'true')
  await expect(second).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(third).toBeFocused()
})

test('the name stays in view when the table scrolls sideways, and the keys are named under it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 })
  const activities = await ActivitiesPage.withSample(page)
  const hint = 'Piltastene ↑ ↓ velger en rad, og Enter åpner den.'
  await expect(page.getByText(hint, { exact: true })).toBeVisible()
  await expect(activities.scroller).toHaveAccessibleDescription(hint)
  const chooser = await activities.openColumnChooser()
  // The name is fixed first: it cannot be moved.
  await expect(chooser.dialog.getByRole('button', { name: 'Flytt «Navn» ned' })).toHaveCount(0)
  for (const name of ['Beskrivelse', 'Systemer', 'Tredjeland', 'Databehandlere', 'Lagringstid']) {
    await chooser.column(name).check()
  }
  await chooser.apply()

  await activities.scroller.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const selected = activities.row(byName[1]!.name)
  await expect(selected).toBeFocused()
  // Scrolled all the way to the right, as the arrow keys of the browser or a trackpad do.
  await activities.scroller.evaluate((box) => (box.scrollLeft = box.scrollWidth))
  await expect
    .poll(() => activities.scroller.evaluate((box) => box.scrollLeft))
    .toBeGreaterThan(500)
  await page.keyboard.press('ArrowDown')
  const third = activities.row(byName[2]!.name)
  await expect(third).toBeFocused()

  const box = (await activities.scroller.boundingBox())!
  for (const cell of [third.getByRole('cell').first(), activities.columnHeader('Navn')]) {
    const at = (await cell.boundingBox())!
    expect(at.x).toBeGreaterThanOrEqual(box.x - 1)
    expect(at.x + at.width).toBeLessThanOrEqual(box.x + box.width)
    // On top: what is seen at its middle is the name, not a column scrolled under it.
    const seen = await cell.evaluate(
      (element, [x, y]) => {
        const top = document.elementFromPoint(x!, y!)
        return top !== null && element.contains(top)
      },
      [at.x + at.width / 2, at.y + at.height / 2],
    )
    expect(seen).toBe(true)
  }
  await expect(third.getByRole('cell').first()).toHaveText(byName[2]!.name)
  await expectNoAxeViolations(page, 'tabellen rullet sidelengs med en valgt rad')
})

test('a long word in a narrow cell breaks between syllables, with a hyphen', async ({ page }) => {
  const activities = await ActivitiesPage.withSample(page)
  await activities.search.fill('Produktutvikling')
  const name = sample.activities.find((a) => a.owner === 'Produktutvikling')!.name
  const cell = await activities.cell(name, 'Avdeling')
  // The default width of «Avdeling» is narrower than the word.
  // The word is on more than one line, and each line but the last ends at a soft hyphen
  // (shown as «-»), between two syllables.
  await expect
    .poll(() =>
      cell.evaluate((td) => {
        const text = td.querySelector('.virtual-table__cell')!.firstChild as Text
        const content = text.data
        const range = document.createRange()
        const tops: number[] = []
        for (let i = 0; i < content.length; i++) {
          range.setStart(text, i)
          range.setEnd(text, i + 1)
          // At a line end a range may have an empty box on the line before: the last
          // box with a width is where the letter is drawn.
          const rect = [...range.getClientRects()].filter((r) => r.width > 0).at(-1)
          if (rect) tops.push(Math.round(rect.top))
          else tops.push(tops.at(-1) ?? 0)
        }
        const breaks = tops.flatMap((top, i) => (i > 0 && top > tops[i - 1]! ? [i] : []))
        return breaks.map((i) => content.slice(0, i))
      }),
    )
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Pro(\u00ad\p{L}+)*\u00ad$/u)]))
  const lines = await cell.evaluate((td) => td.getBoundingClientRect().height)
  expect(lines).toBeGreaterThan(30)
  // What is copied is the word itself.
  await expect(cell).toHaveText(/^Pro\u00addukt/)
  expect((await cell.textContent())!.replaceAll('\u00ad', '')).toBe('Produktutvikling')
})

test('5 000 activities: search, filter and sort keep up, and few rows are in the DOM', async ({
  page,
}, testInfo) => {
  const MANY = 5_000
  const template = sample.activities.find((a) => a.transferIds.length === 0)!
  const many = Array.from({ length: MANY }, (_, i) => ({
    ...template,
    id: `mange-${i + 1}`,
    name: `Aktivitet ${String(i + 1).padStart(4, '0')}`,
    owner: i % 10 === 0 ? 'Tiendedelen' : template.owner,
    purposes: [...template.purposes, `Formål nummer ${i + 1}`],
    processorIds: [],
    transferIds: [],
  }))
  const file = testInfo.outputPath('mange.ombud.json')
  await writeFile(
    file,
    JSON.stringify({
      ...sample,
      activities: many,
      transfers: [],
      changes: [],
      clauses: [],
      policyVersions: [],
    }),
  )
  const start = new StartPage(page)
  await start.goto()
  await start.open(file)
  const activities = new ActivitiesPage(page)
  await activities.expectCount(MANY, MANY)
  expect(await activities.rows.count()).toBeLessThan(100)

  await activities.search.pressSequentially('nummer 4321')
  await activities.expectCount(1, MANY)
  await expect(activities.row('Aktivitet 4321')).toBeVisible()
  await activities.search.fill('')
  await activities.filter('Avdeling').selectOption('Tiendedelen')
  await activities.expectCount(MANY / 10, MANY)
  await activities.sortBy('Navn')
  await expect(activities.rows.first().getByRole('cell').first()).toHaveText('Aktivitet 4991')
  await activities.scroller.focus()
  await page.keyboard.press('End')
  await expect(activities.row('Aktivitet 0001')).toBeFocused()
})
