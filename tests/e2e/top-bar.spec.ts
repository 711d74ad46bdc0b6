/**
 * The top bar's message (issue 12, item 22): it says what a workbench action did, can be
 * closed with the mouse or the keyboard, and goes by itself after a while, but not while
 * the pointer or the focus is on it. The page's clock is the test's, so nothing waits for
 * real time.
 */
import { expectNoAxeViolations } from './axe'
import { expect, test } from './fixtures'
import { ActivitiesPage } from './pages/activities-page'
import { WorkbenchPage } from './pages/workbench-page'

/** STATUS_SHOWN_MS in renderer/src/app/top-bar.tsx, and a second to spare. */
const PAST_ITS_TIME = 16_000

test('the top bar message closes with its button and goes by itself, but not while in use', async ({
  page,
}) => {
  await page.clock.install()
  await ActivitiesPage.withSample(page)
  const workbench = new WorkbenchPage(page)
  const close = page.getByRole('banner').getByRole('button', { name: 'Lukk meldingen' })
  await expect(close).toHaveCount(0)

  const download = await workbench.saveCopy()
  const saved = `Kopien er lastet ned som «${download.suggestedFilename()}».`
  await expect(workbench.status).toHaveText(saved)
  await expectNoAxeViolations(page, 'toppfeltet med en melding')
  // Reached with the keyboard: it comes right before «Lagre kopi som …».
  await workbench.saveCopyButton.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(close).toBeFocused()
  // While the focus is on it, it stays.
  await page.clock.fastForward(PAST_ITS_TIME)
  await expect(workbench.status).toHaveText(saved)
  await page.keyboard.press('Enter')
  await expect(workbench.status).toHaveText('')
  await expect(close).toHaveCount(0)
  // The focus goes on to the next control rather than to nowhere.
  await expect(workbench.saveCopyButton).toBeFocused()

  // Left alone, it goes by itself.
  await workbench.saveCopy()
  await expect(workbench.status).toHaveText(saved)
  await page.getByRole('heading', { name: 'Behandlingsaktiviteter', level: 1 }).hover()
  await page.clock.fastForward(PAST_ITS_TIME)
  await expect(workbench.status).toHaveText('')
  await expect(close).toHaveCount(0)

  // The pointer on it keeps it, and closing it by mouse works too.
  await workbench.saveCopy()
  await expect(workbench.status).toHaveText(saved)
  await workbench.status.hover()
  await page.clock.fastForward(PAST_ITS_TIME)
  await expect(workbench.status).toHaveText(saved)
  await close.click()
  await expect(workbench.status).toHaveText('')
})
