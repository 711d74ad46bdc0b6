/**
 * Where the Electron binary is, or why the `_electron` suite cannot run here. Never
 * `require('electron')`: that starts a download when the binary is missing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type ElectronBinary = { path: string } | { skip: string }

export function findElectronBinary(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): ElectronBinary {
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const dist = env['ELECTRON_OVERRIDE_DIST_PATH'] || join(root, 'node_modules', 'electron', 'dist')
  const path = join(dist, relative || 'electron')
  if (!existsSync(path)) {
    return {
      skip: `no Electron binary at ${path} (installed with ELECTRON_SKIP_BINARY_DOWNLOAD?)`,
    }
  }
  if (platform === 'linux' && !env['DISPLAY'] && !env['WAYLAND_DISPLAY']) {
    return { skip: 'no display for Electron (run it under xvfb-run)' }
  }
  return { path }
}
