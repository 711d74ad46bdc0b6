import { existsSync } from 'node:fs'
import { chromium, defineConfig } from '@playwright/test'

// OMBUD_E2E_PORT lets several checkouts run their suites side by side on one machine.
const PORT = Number(process.env.OMBUD_E2E_PORT ?? 4173)
const BASE_URL = `http://127.0.0.1:${PORT}`

/**
 * The Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the browser
 * `npx playwright install chromium` downloads. Tests never download a browser themselves.
 */
function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', chromium.executablePath()]
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate
  }
  throw new Error(
    'Fant ingen Chromium: installer med `apt-get install chromium` eller sett CHROMIUM_PATH',
  )
}

// Chromium without the services that phone home, so a test run makes no outside requests.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  // The machines have two cores, shared with the web server.
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  // Generous, so a loaded machine does not fail a test that would pass: the audit pack and
  // the .docx writers take seconds on a busy two-core machine. A test that hangs still fails.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  use: {
    baseURL: BASE_URL,
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    // Serves the web build in out/web; `npm run build:web` must have run first (see global-setup).
    command: `npx vite preview --config vite.web.config.mts --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
