/**
 * The fixture of the `_electron` suite. Every test starts the real app (out/main/index.js)
 * in a fresh user-data folder of its own, passed as Chromium's --user-data-dir: its own
 * IndexedDB and its own single-instance lock, so tests and workers never collide (the
 * same idea as Actual's desktop e2e fixtures). Every request of every window is checked:
 * an answered request for anything but the app's own app://ombud/ files or an in-memory
 * data:/blob: resource fails the test. Without an Electron binary (or a display) every test is skipped
 * with the reason.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  _electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { findElectronBinary } from './electron-binary'

export const ROOT = resolve(__dirname, '../..')
export const APP_ORIGIN = 'app://ombud'
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'devtools:'])

/** Whether the app may make this request: its own files or an in-memory resource. */
export function isOwnRequest(url: string): boolean {
  const parsed = new URL(url)
  return parsed.origin === APP_ORIGIN || LOCAL_SCHEMES.has(parsed.protocol)
}

interface Fixtures {
  /** A fresh, empty folder for this test's Electron userData. */
  userDataDir: string
  /** Requests outside the app that were answered. Must stay empty. */
  outsideRequests: string[]
  electronApp: ElectronApplication
  /** The app's one window, once its page has loaded. */
  window: Page
}

const binary = findElectronBinary(ROOT)

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a pattern
  userDataDir: async ({}, use, testInfo) => {
    const dir = await mkdtemp(join(tmpdir(), `ombud-electron-w${testInfo.workerIndex}-`))
    await use(dir)
    await rm(dir, { recursive: true, force: true })
  },
  // eslint-disable-next-line no-empty-pattern -- as above
  outsideRequests: async ({}, use) => {
    await use([])
  },
  electronApp: async ({ userDataDir, outsideRequests }, use) => {
    test.skip('skip' in binary, 'skip' in binary ? binary.skip : '')
    if (!('path' in binary)) return
    const env = { ...process.env }
    // The app must load its own files, not a dev server, and run as Electron, not Node.
    delete env['ELECTRON_RENDERER_URL']
    delete env['ELECTRON_RUN_AS_NODE']
    const app = await _electron.launch({
      executablePath: binary.path,
      args: [ROOT, `--user-data-dir=${userDataDir}`],
      cwd: ROOT,
      env: env as Record<string, string>,
    })
    // The session cancels every request that is not the app's own; what must never
    // happen is an answer from outside. (A test that tries a request on purpose sees it
    // refused, and a refused request is no answer.)
    app.context().on('requestfinished', (request) => {
      if (!isOwnRequest(request.url())) outsideRequests.push(request.url())
    })
    await use(app)
    await app.close()
    expect(outsideRequests, 'forespørsler utenfor app://ombud/').toEqual([])
  },
  window: async ({ electronApp }, use) => {
    const window = await electronApp.firstWindow()
    await window.waitForLoadState('domcontentloaded')
    await use(window)
  },
})

/** Makes the next native save dialog answer `filePath`, as if the user had picked it. */
export async function stubSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath: path })
  }, filePath)
}

/** Makes the next native open dialog answer `filePath`. */
export async function stubOpenDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, path) => {
    dialog.showOpenDialog = () => Promise.resolve({ canceled: false, filePaths: [path] })
  }, filePath)
}

export { expect }
