/**
 * The test fixture every spec uses. Each test already runs in a fresh browser context
 * (so a fresh, empty IndexedDB); on top of that, every request of every page is checked:
 * Ombud never talks to the network, so anything not served by the local preview server
 * (or a blob:/data: URL made in the page) fails the test.
 */
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'

const LOCAL_SCHEMES = new Set(['blob:', 'data:', 'about:'])

export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url)
  return LOCAL_SCHEMES.has(parsed.protocol) || parsed.hostname === '127.0.0.1'
}

function guard(context: BrowserContext, outside: string[]): void {
  context.on('request', (request) => {
    if (!isLocalRequest(request.url())) outside.push(request.url())
  })
}

interface Fixtures {
  /** URLs requested outside 127.0.0.1, by any page of the test. Must stay empty. */
  outsideRequests: string[]
  /** Opens a page in a new browser context: another machine, with its own empty database. */
  newIsolatedPage: () => Promise<Page>
}

export const test = base.extend<Fixtures>({
  outsideRequests: [
    async ({ context }, use) => {
      const outside: string[] = []
      guard(context, outside)
      await use(outside)
      expect(outside, 'forespørsler som forlot 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
  newIsolatedPage: async ({ browser, outsideRequests }, use) => {
    const contexts: BrowserContext[] = []
    await use(async () => {
      const context = await browser.newContext()
      contexts.push(context)
      guard(context, outsideRequests)
      return context.newPage()
    })
    for (const context of contexts) await context.close()
  },
})

export { expect }
