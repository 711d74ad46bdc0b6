/**
 * axe on every main screen and dialog (issue 12.23): zero violations allowed.
 */
import { sampleWorkbench } from '../../resources/sample-company'
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { StartPage } from './pages/start-page'

const sample = sampleWorkbench()
const SCREENS = [
  'activities',
  'processors',
  'transfers',
  'policy',
  'audit',
  'organization',
  'history',
  'import-export',
  `activities/${sample.activities[0]!.id}`,
  'activities/new',
  `processors/${sample.processors[0]!.id}`,
  'processors/new',
  `transfers/${sample.transfers[0]!.id}`,
  'transfers/new',
]

test('the start screen has no axe violations', async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await expectNoAxeViolations(page, 'startsiden')
})

test('every main screen and editor has no axe violations', async ({ page }) => {
  test.setTimeout(480_000)
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  for (const screen of SCREENS) {
    await page.goto(`/#/${screen}`)
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByText('Laster …')).toHaveCount(0)
    await expectNoAxeViolations(page, `#/${screen}`)
  }
})

test('the dialogs have no axe violations', async ({ page }) => {
  test.setTimeout(300_000)
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
  await page.goto('/#/activities')
  await page.getByRole('button', { name: 'Velg kolonner …' }).click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoAxeViolations(page, 'Velg kolonner')
  await page.keyboard.press('Escape')

  await page.goto(`/#/activities/${sample.activities[0]!.id}`)
  for (const [button, dialog] of [
    ['Ny overføring …', 'Ny overføring til tredjeland'],
    ['Ny databehandler …', 'Ny databehandler'],
  ] as const) {
    await page.getByRole('button', { name: button }).click()
    const open = page.getByRole('dialog', { name: dialog })
    await expect(open).toBeVisible()
    await expectNoAxeViolations(page, dialog)
    await open.getByRole('button', { name: 'Avbryt' }).click()
    await expect(open).toBeHidden()
  }

  await page.goto(`/#/processors/${sample.processors[0]!.id}`)
  await page.getByRole('main').getByRole('button', { name: 'Arkiver', exact: true }).click()
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await expectNoAxeViolations(page, 'Arkivere databehandleren?')
})
