import type { Locator, Page } from '@playwright/test'

/** The app's modal dialogs: confirmations and messages are both `alertdialog`s, named by their title. */
export function alertDialog(page: Page, title: string): Locator {
  return page.getByRole('alertdialog', { name: title })
}
