/**
 * The transfer register (issue 4): only current mechanisms for a new transfer, the rules
 * of arts. 45–46 on save (SCC module, DPF check date and fallback), linking activities,
 * an imported transfer on an invalidated mechanism, and deleting with confirmation.
 */
import { writeFile } from 'node:fs/promises'
import { sampleWorkbench } from '../../resources/sample-company'
import { expect, test } from './fixtures'
import { alertDialog } from './pages/dialogs'
import { TransferEditor, TransfersPage } from './pages/register-pages'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const TOTAL = sample.transfers.length
const activity = [...sample.activities].sort((a, b) => a.name.localeCompare(b.name, 'nb'))[0]!

test('a new transfer offers only valid mechanisms and is checked against arts. 45 and 46 on save', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const register = new TransfersPage(page)
  await register.goto()
  await register.expectCount(TOTAL, TOTAL)

  await register.newLink.click()
  const editor = new TransferEditor(page)
  await expect(editor.heading).toHaveText('Ny overføring')

  // Invalidated mechanisms cannot be chosen for a new transfer: they are not in the list.
  const choices = await editor.mechanismChoices()
  expect(choices).toHaveLength(5)
  expect(choices.join('\n')).not.toMatch(/Privacy Shield|Safe Harbor|2010\/87|2004\/915|2001\/497/)
  expect(choices).toContain('Standard personvernbestemmelser (EU) 2021/914, art. 46 nr. 2 bokstav c')

  // Every ISO 3166-1 country can be chosen (issue 12), the Isle of Man by a name no one misreads.
  await expect(editor.country.getByRole('option')).toHaveCount(250)
  for (const name of ['Mexico', 'De forente arabiske emirater', 'Malaysia', 'Chile', 'Isle of Man']) {
    await expect(editor.country.getByRole('option', { name, exact: true })).toHaveCount(1)
  }

  // SCCs without a module.
  await expect(editor.recipient).toHaveValue(':other')
  await editor.recipientName.fill('Kundedialog Ltd')
  await editor.country.selectOption('IN')
  await expect(editor.mechanism).toHaveValue('scc-2021')
  await editor.save()
  await expect(editor.sccModule).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.sccModule).toHaveAccessibleDescription(/Art\. 46 nr\. 2 bokstav c: velg hvilken modul i standardavtalene/)
  await expect(editor.errorSummary).toContainText('velg hvilken modul')
  await expect(page).toHaveURL(/#\/transfers\/new$/)

  // The DPF: only for the United States, with the check date and a fallback.
  await editor.mechanism.selectOption('eu-us-dpf')
  await expect(editor.sccModule).toBeHidden()
  await expect(editor.country).toHaveAccessibleDescription(/gjelder bare mottakere i USA/)
  await editor.country.selectOption('US')
  await expect(editor.dpfCheckedOn).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.dpfCheckedOn).toHaveAccessibleDescription(/Art\. 45: skriv når det sist ble kontrollert/)
  await expect(editor.fallback).toHaveAccessibleDescription(/Registrer et reservegrunnlag/)
  await editor.save()
  await expect(page).toHaveURL(/#\/transfers\/new$/)
  await expect(editor.errorSummary).toContainText('sertifisert på listen')

  await editor.dpfCheckedOn.fill('2026-10-01')
  await editor.fallback.selectOption('scc-2021')
  await expect(editor.dpfCheckedOn).not.toHaveAttribute('aria-invalid', 'true')
  // With SCCs as the fallback, the module can be recorded.
  await editor.sccModule.selectOption('1')
  await editor.linked.getByRole('checkbox', { name: activity.name, exact: true }).check()
  await editor.save()

  await expect(editor.status).toHaveText('Overføringen er opprettet.')
  await expect(editor.heading).toHaveText('Overføring til Kundedialog Ltd (USA)')
  await expect(page).toHaveURL(/#\/transfers\/[0-9a-f-]{36}$/)
  await expect(editor.linked.getByRole('checkbox', { name: activity.name, exact: true })).toBeChecked()

  await page.getByRole('link', { name: 'Tilbake til overføringene' }).click()
  await register.expectCount(TOTAL + 1, TOTAL + 1)
  await expect(register.row('Kundedialog Ltd').getByRole('cell')).toHaveText([
    'Kundedialog Ltd',
    'USA',
    'EU–US Data Privacy Framework',
    'Modul 1',
    '01.10.2026',
    '',
    'Standard personvernbestemmelser (EU) 2021/914',
    new RegExp(activity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  ])
})

test('a processor from the register can be the recipient, and a transfer is archived, not deleted', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  const register = new TransfersPage(page)
  await register.goto()
  await register.newLink.click()
  const editor = new TransferEditor(page)

  const relaywell = sample.processors.find((p) => p.id === 'proc-relaywell')!
  await editor.recipient.selectOption({ label: relaywell.name })
  await expect(editor.recipientName).toBeHidden()
  await expect(editor.country).toHaveValue(relaywell.country)
  await editor.mechanism.selectOption('derogation')
  await editor.save()
  await expect(editor.derogation).toHaveAccessibleDescription(/velg hvilket unntak/)
  await editor.derogation.selectOption('legal-claims')
  await editor.save()
  await expect(editor.status).toHaveText('Overføringen er opprettet.')
  await expect(editor.history).toContainText('Opprettet')

  // Editing shows in the history, field by field.
  await editor.notes.fill('Bare ved tvister om kundeforholdet.')
  await editor.save()
  await expect(editor.status).toHaveText('Endringene er lagret.')
  await expect(editor.historyRow('Merknader')).toHaveText(/Merknader\s*\(tomt\)\s*Bare ved tvister om kundeforholdet\./)

  await editor.archiveButton.click()
  const confirm = alertDialog(page, 'Arkivere overføringen?')
  await confirm.getByRole('button', { name: 'Avbryt' }).click()
  await expect(editor.archiveButton).toBeVisible()
  await editor.archiveButton.click()
  await confirm.getByRole('button', { name: 'Arkiver' }).click()
  await expect(editor.restoreButton).toBeVisible()
  // The history stays whole: the archiving is one more entry in it.
  await expect(editor.history.getByRole('listitem').first()).toContainText('Arkivert')

  await page.getByRole('link', { name: 'Tilbake til overføringene' }).click()
  await register.expectCount(TOTAL, TOTAL)
  await register.showArchived.check()
  await register.expectCount(TOTAL + 1, TOTAL + 1)
  const row = register.rows.filter({ hasText: 'Relaywell Inc.' }).filter({ hasText: 'Arkivert' })
  await row.getByRole('link', { name: 'Relaywell Inc.' }).click()
  await editor.restoreButton.click()
  await expect(editor.archiveButton).toBeVisible()
})

test('an imported transfer on Privacy Shield is flagged and must get a valid mechanism before it is saved', async ({ page }, testInfo) => {
  const old = structuredClone(sample)
  const target = old.transfers.find((t) => t.id === 'tr-relaywell-us')!
  target.mechanism = 'privacy-shield'
  target.sccModule = null
  const file = testInfo.outputPath('gammel.ombud.json')
  await writeFile(file, JSON.stringify(old))

  const start = new StartPage(page)
  await start.goto()
  await start.open(file)
  const register = new TransfersPage(page)
  await register.goto()
  const row = register.row(target.recipient).filter({ hasText: 'USA' })
  await expect(row).toContainText('ugyldig grunnlag')
  await expect(row).toContainText('Kjent ugyldig av EU-domstolen 16. juli 2020 (C-311/18, «Schrems II»).')
  await register.search.fill('ugyldig')
  await register.expectCount(1, TOTAL)

  await row.getByRole('link', { name: target.recipient }).click()
  const editor = new TransferEditor(page)
  await expect(editor.mechanism).toHaveValue('privacy-shield')
  await expect(editor.main).toContainText('ugyldig grunnlag')
  await expect(editor.mechanism).toHaveAccessibleDescription(/Privacy Shield er ikke lenger et gyldig overføringsgrunnlag/)

  // Another change alone cannot be saved while the mechanism is invalid.
  await editor.notes.fill('Gjennomgått på nytt.')
  await editor.save()
  await expect(editor.mechanism).toHaveAttribute('aria-invalid', 'true')
  await expect(editor.status).toHaveText('Endringer som ikke er lagret')

  // Once a valid mechanism is chosen, the outdated one is gone from the list for good.
  await editor.mechanism.selectOption('scc-2021')
  await editor.sccModule.selectOption('2')
  expect(await editor.mechanismChoices()).not.toContain('Privacy Shield (ugyldig)')
  await editor.save()
  await expect(editor.status).toHaveText('Endringene er lagret.')
  await expect(editor.historyRow('Overføringsgrunnlag')).toHaveText(
    /Overføringsgrunnlag\s*Privacy Shield\s*Standard personvernbestemmelser \(EU\) 2021\/914/,
  )
})
