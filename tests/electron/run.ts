/**
 * `npm run test:electron`: builds the app and runs the Playwright `_electron` suite
 * (playwright.electron.config.mts). Where Electron cannot run, it says why in one line and
 * exits 0, so `npm test` stays green on machines without the binary. Arguments are passed
 * on to Playwright (e.g. a spec file or `--workers=1`).
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { findElectronBinary } from './electron-binary'

const root = resolve(__dirname, '../..')
const binary = findElectronBinary(root)
if ('skip' in binary) {
  console.log(`test:electron skipped: ${binary.skip}`)
  process.exit(0)
}

function run(command: string, args: string[]): number {
  // npx is a .cmd script on Windows, which Node starts only through a shell.
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  })
  return result.status ?? 1
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
const built = run(npx, ['electron-vite', 'build'])
if (built !== 0) process.exit(built)
process.exit(
  run(npx, [
    'playwright',
    'test',
    '-c',
    'playwright.electron.config.mts',
    ...process.argv.slice(2),
  ]),
)
