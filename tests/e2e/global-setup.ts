import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The tests run against the built web page; a missing build is a setup mistake, not a test failure. */
export default function globalSetup(): void {
  const index = resolve(__dirname, '../../out/web/index.html')
  if (!existsSync(index)) {
    throw new Error(
      `Fant ikke den bygde nettversjonen (${index}). Kjør \`npm run build:web\` før \`npx playwright test\`.`,
    )
  }
}
