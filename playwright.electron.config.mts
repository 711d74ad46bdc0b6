import { defineConfig } from '@playwright/test'

/**
 * The `_electron` suite: the real app (out/, built by `npm run test:electron`) in the
 * Electron binary from node_modules. Separate from playwright.config.mts, whose testDir
 * (tests/e2e) does not include these specs. Each test starts its own app with its own
 * user-data folder, so workers never share a database or a single-instance lock.
 */
export default defineConfig({
  testDir: 'tests/electron',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: process.env.CI ? 2 : 1,
  retries: process.env.CI ? 1 : 0,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
})
