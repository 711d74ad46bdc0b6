import type { Page } from '@playwright/test'

/** A path on disk, or a file made in the test. */
export type FileInput = string | { name: string; mimeType: string; buffer: Buffer }

/** Clicks something that opens the file picker and answers it with `file`. */
export async function pickFile(
  page: Page,
  open: () => Promise<void>,
  file: FileInput,
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await open()
  await (await chooser).setFiles(file)
}
