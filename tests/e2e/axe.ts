/**
 * The accessibility check every spec uses: axe-core (WCAG 2.0–2.2 A and AA rules and
 * axe's best practices) on the page as it is, zero violations allowed. The failure lists
 * each rule with the elements it found, so the message says what to fix.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact ?? 'ukjent'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found, `axe på ${what}`).toEqual([])
}
