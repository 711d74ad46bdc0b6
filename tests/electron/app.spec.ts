/**
 * The desktop app itself (issue 13, item 12): the real main process, preload and renderer
 * in Electron, with the native file dialogs stubbed in the main process. The same page
 * objects as the web suite drive the interface.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { sampleWorkbench } from '../../resources/sample-company'
import { ActivitiesPage } from '../e2e/pages/activities-page'
import { StartPage } from '../e2e/pages/start-page'
import { WorkbenchPage } from '../e2e/pages/workbench-page'
import { APP_ORIGIN, expect, stubOpenDialog, stubSaveDialog, test } from './fixtures'

const sample = sampleWorkbench()
const SAMPLE_NAME = sample.organization!.name
const SAMPLE_COUNT = sample.activities.length

test('starts on the start screen, served from app://ombud/ in one locked-down window', async ({
  electronApp,
  window,
}) => {
  await expect(new StartPage(window).heading).toBeVisible()
  expect(window.url()).toBe(`${APP_ORIGIN}/index.html`)
  await expect(window).toHaveTitle('Ombud')
  expect(electronApp.windows()).toHaveLength(1)
  // The preload exposes window.ombud and nothing of Node.
  const exposed = await window.evaluate(
    `[typeof window.ombud, typeof window.require, typeof window.process]`,
  )
  expect(exposed).toEqual(['object', 'undefined', 'undefined'])
})

test('loads the sample company', async ({ window }) => {
  const start = new StartPage(window)
  await start.loadSample()
  await new WorkbenchPage(window).expectOrganization(SAMPLE_NAME)
  await new ActivitiesPage(window).expectCount(SAMPLE_COUNT, SAMPLE_COUNT)
})

test('saves a workbench through the save dialog and opens it again through the open dialog', async ({
  electronApp,
  window,
}, testInfo) => {
  const start = new StartPage(window)
  const workbench = new WorkbenchPage(window)
  const activities = new ActivitiesPage(window)
  await start.loadSample()
  await workbench.expectOrganization(SAMPLE_NAME)

  const file = testInfo.outputPath('eksempel.ombud.json')
  await stubSaveDialog(electronApp, file)
  await workbench.saveCopyButton.click()
  await expect.poll(() => existsSync(file)).toBe(true)
  const saved = JSON.parse(await readFile(file, 'utf8')) as {
    organization: { name: string }
    activities: unknown[]
  }
  expect(saved.organization.name).toBe(SAMPLE_NAME)
  expect(saved.activities).toHaveLength(SAMPLE_COUNT)
  // Written atomically: no unfinished copy left beside it.
  expect((await readdir(dirname(file))).filter((name) => name.includes('.ombud-lagres-'))).toEqual(
    [],
  )

  // Empty the workbench, then open the saved file from the start screen.
  await workbench.newButton.click()
  await workbench
    .newWorkbenchDialog()
    .getByRole('button', { name: 'Slett og start på nytt' })
    .click()
  await expect(start.heading).toBeVisible()
  await stubOpenDialog(electronApp, file)
  await start.openButton.click()
  await workbench.expectOrganization(SAMPLE_NAME)
  await activities.expectCount(SAMPLE_COUNT, SAMPLE_COUNT)
})

test('refuses navigation away from the app', async ({ electronApp, window }) => {
  await expect(new StartPage(window).heading).toBeVisible()
  // Record, in the main process, that the navigation was asked for (and so decided on).
  await electronApp.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]!.webContents
    const asked: string[] = []
    ;(globalThis as { navigationsAsked?: string[] }).navigationsAsked = asked
    contents.on('will-navigate', (event) => asked.push(event.url))
  })
  await window.evaluate(`location.href = 'https://example.com/'`)
  await expect
    .poll(() =>
      electronApp.evaluate(
        () => (globalThis as { navigationsAsked?: string[] }).navigationsAsked ?? [],
      ),
    )
    .toEqual(['https://example.com/'])
  expect(window.url()).toBe(`${APP_ORIGIN}/index.html`)
  await expect(new StartPage(window).heading).toBeVisible()
})

test('refuses window.open, to the web and to the app itself', async ({ electronApp, window }) => {
  await expect(new StartPage(window).heading).toBeVisible()
  const opened = await window.evaluate(`[
    window.open('https://example.com/') === null,
    window.open('${APP_ORIGIN}/index.html') === null,
  ]`)
  expect(opened).toEqual([true, true])
  expect(electronApp.windows()).toHaveLength(1)
})

test('makes no request outside the app, and cannot', async ({ window, outsideRequests }) => {
  const start = new StartPage(window)
  await start.loadSample()
  await new WorkbenchPage(window).expectOrganization(SAMPLE_NAME)
  // A request the page tries anyway is refused (by the CSP and by the session).
  const fetched = await window.evaluate(`fetch('https://example.com/').then(
    () => 'svar',
    () => 'avvist',
  )`)
  expect(fetched).toBe('avvist')
  // What the app itself asked for while starting and loading the sample was its own.
  expect(outsideRequests).toEqual([])
})
