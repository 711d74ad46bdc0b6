/**
 * Heavy work in the background (issue 13): the audit pack and the Excel export run in a Web
 * Worker behind a progress bar with «Avbryt». Cancelling leaves nothing downloaded, and the
 * interface thread stays free while the pack is built.
 *
 * No timing is asserted. To cancel while the work is surely under way, the worker's script
 * is held back (page.route) until «Avbryt» has been pressed; what was downloaded is then
 * counted by running the same action to its end.
 */
import type { Download, Page, Route } from '@playwright/test'
import { expect, test } from './fixtures'
import { AuditPage } from './pages/audit-page'
import { ImportExportPage } from './pages/import-export-page'
import { StartPage } from './pages/start-page'

const WORKER_SCRIPT = /\/assets\/heavy\.worker-[\w-]+\.js$/
const CANCELLED = 'Arbeidet ble avbrutt. Ingenting ble lagret.'

/** Holds the worker's script back until `release()`; `requested` resolves when it was asked for. */
async function holdWorker(page: Page) {
  let hit: (route: Route) => void = () => {}
  const requested = new Promise<Route>((resolve) => (hit = resolve))
  await page.route(WORKER_SCRIPT, (route) => hit(route))
  return {
    requested,
    release: async () => {
      await page.unroute(WORKER_SCRIPT)
      // The worker was terminated: its request may be gone with it.
      await (await requested).continue().catch(() => {})
    },
  }
}

function collectDownloads(page: Page): Download[] {
  const downloads: Download[] = []
  page.on('download', (d) => downloads.push(d))
  return downloads
}

test.beforeEach(async ({ page }) => {
  const start = new StartPage(page)
  await start.goto()
  await start.loadSample()
})

test('the audit pack shows its progress, and «Avbryt» stops it with nothing downloaded', async ({ page }) => {
  const audit = new AuditPage(page)
  await audit.goto()
  const downloads = collectDownloads(page)
  const held = await holdWorker(page)

  await audit.buildPackButton.click()
  const bar = audit.main.getByRole('progressbar', { name: 'Lager tilsynspakken …' })
  await expect(bar).toBeVisible()
  await expect(bar).toHaveAttribute('aria-valuenow', /^\d+$/)
  await held.requested
  await audit.main.getByRole('button', { name: 'Avbryt', exact: true }).click()
  await expect(audit.main.getByRole('status').filter({ hasText: CANCELLED })).toBeVisible()
  await expect(bar).toBeHidden()
  await held.release()

  // Made again to its end: exactly one pack arrives, none of the cancelled one.
  await audit.buildPack()
  expect(downloads).toHaveLength(1)
})

test('the Excel export shows its progress, and «Avbryt» stops it with nothing downloaded', async ({ page }) => {
  const io = new ImportExportPage(page)
  await io.goto()
  const downloads = collectDownloads(page)
  const held = await holdWorker(page)

  await io.exportButton.click()
  const bar = io.excelGroup.getByRole('progressbar', { name: 'Lager protokollen som Excel-fil …' })
  await expect(bar).toBeVisible()
  await held.requested
  await io.excelGroup.getByRole('button', { name: 'Avbryt', exact: true }).click()
  await expect(io.excelMessage).toHaveText(CANCELLED)
  await expect(bar).toBeHidden()
  await held.release()

  const download = await io.exportExcel()
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  await expect(io.excelMessage).toContainText('lastet ned')
  expect(downloads).toHaveLength(1)
})

test('the audit pack is built in a worker: no long task on the interface thread takes the pack’s time', async ({
  page,
}) => {
  // The sample is stored (the app shows its menu) before the page is loaded again.
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible()
  // Long tasks of the interface thread, from the first script on (Chromium's Long Tasks API).
  await page.addInitScript(() => {
    const seen: Array<{ start: number; duration: number }> = []
    ;(window as unknown as { __longTasks: typeof seen }).__longTasks = seen
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
  await page.reload()
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))

  const audit = new AuditPage(page)
  await audit.goto()
  await audit.buildPack()

  expect(workers.some((url) => WORKER_SCRIPT.test(url))).toBe(true)
  const { task, longTasks } = await page.evaluate(() => {
    const [m] = performance.getEntriesByName('ombud-oppgave:audit-pack', 'measure')
    return {
      task: m ? { start: m.startTime, duration: m.duration } : null,
      longTasks: (window as unknown as { __longTasks: Array<{ start: number; duration: number }> })
        .__longTasks,
    }
  })
  expect(task).not.toBeNull()
  const during = longTasks.filter((l) => l.start < task!.start + task!.duration && l.start + l.duration > task!.start)
  // Run on the interface thread, the pack would be one long task as long as the task itself.
  // In the worker, what the interface thread does meanwhile (copying the input, painting)
  // takes a small part of it, however loaded the machine is.
  const longest = Math.max(0, ...during.map((l) => l.duration))
  expect(longest).toBeLessThan(task!.duration / 2)
})
