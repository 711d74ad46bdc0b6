// electron-builder's afterPack hook (see electron.builder.yml): sets Electron's fuses in
// the packaged binary (Electron's security checklist, item 19). Plain JavaScript because
// electron-builder imports hooks with Node's own loader; types are in after-pack.d.mts.
// It runs after the app is copied in and before signing, so the signature covers the
// flipped fuses. Only the packaged app is affected: `npm start` and the `_electron` tests
// use the unfused binary in node_modules.
import { join } from 'node:path'
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses'

// electron-builder's Arch enum (builder-util): arm64 = 3, universal = 4.
const ARM64 = 3
const UNIVERSAL = 4

/** The fuses of the packaged app, for the given platform and architecture. */
export function fuseConfig(platform, arch) {
  return {
    version: FuseVersion.V1,
    // Apple silicon refuses to run a binary whose ad-hoc signature no longer matches.
    resetAdHocDarwinSignature: platform === 'darwin' && (arch === ARM64 || arch === UNIVERSAL),
    // ELECTRON_RUN_AS_NODE would turn Ombud into a plain Node.js for any local program.
    [FuseV1Options.RunAsNode]: false,
    // Cookies on disk are encrypted with the OS keychain (the app sets none, but Chromium might).
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS could preload code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    // --inspect and friends would open a debugger into the main process.
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar is checked against the hash electron-builder embeds (macOS and Windows;
    // Electron has no such check on Linux).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only app.asar is loaded, never a loose app/ folder placed beside it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The renderer comes from app://ombud/, so file:// keeps no extra privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    // Not set: LoadBrowserProcessSpecificV8Snapshot (off by default; Ombud ships no snapshot).
    // strictlyRequireAllFuses is left off because a newer Electron may add fuses that
    // @electron/fuses does not know yet, and the build must not break on an upgrade.
  }
}

/** The Electron executable electron-builder produced in `appOutDir`. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    default:
      return join(appOutDir, packager.executableName)
  }
}

/** Sets the fuses; fails the build when they cannot be set. */
export async function afterPack(context) {
  await flipFuses(
    electronBinaryPath(context),
    fuseConfig(context.electronPlatformName, context.arch),
  )
}

export default afterPack
