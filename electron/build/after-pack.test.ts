import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// electron-builder's own Arch enum (from its util package), so the hook's numbers cannot drift.
import { Arch } from 'builder-util/out/arch'
import type * as FusesModule from '@electron/fuses'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// The real @electron/fuses edits an Electron binary; here it records what it is asked.
const fuses = vi.hoisted(() => ({ flipFuses: vi.fn(async () => 1) }))
vi.mock('@electron/fuses', async (importOriginal) => ({
  ...(await importOriginal<typeof FusesModule>()),
  flipFuses: fuses.flipFuses,
}))

const { afterPack, electronBinaryPath, fuseConfig } = await import('./after-pack.mjs')
const { FuseV1Options, FuseVersion } = await import('@electron/fuses')

beforeEach(() => fuses.flipFuses.mockClear())

const packager = { appInfo: { productFilename: 'Ombud' }, executableName: 'ombud' }

describe('the afterPack hook', () => {
  it('sets the fuses of the checklist on the packaged binary', async () => {
    await afterPack({
      appOutDir: '/b/linux-unpacked',
      electronPlatformName: 'linux',
      arch: Arch.x64,
      packager,
    })
    expect(fuses.flipFuses).toHaveBeenCalledExactlyOnceWith('/b/linux-unpacked/ombud', {
      version: FuseVersion.V1,
      resetAdHocDarwinSignature: false,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    })
  })

  it('fails the build when the fuses cannot be set', async () => {
    fuses.flipFuses.mockRejectedValueOnce(new Error('not an Electron binary'))
    await expect(
      afterPack({ appOutDir: '/b', electronPlatformName: 'win32', arch: Arch.x64, packager }),
    ).rejects.toThrow('not an Electron binary')
  })

  it.each([
    ['linux', '/b/ombud'],
    ['win32', '/b/Ombud.exe'],
    ['darwin', '/b/Ombud.app'],
    ['mas', '/b/Ombud.app'],
  ])('finds the %s binary', (platform, path) => {
    expect(
      electronBinaryPath({
        appOutDir: '/b',
        electronPlatformName: platform,
        arch: Arch.x64,
        packager,
      }),
    ).toBe(path)
  })

  it('re-signs ad hoc only for Apple silicon', () => {
    expect(fuseConfig('darwin', Arch.arm64).resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfig('darwin', Arch.universal).resetAdHocDarwinSignature).toBe(true)
    expect(fuseConfig('darwin', Arch.x64).resetAdHocDarwinSignature).toBe(false)
    expect(fuseConfig('win32', Arch.arm64).resetAdHocDarwinSignature).toBe(false)
  })

  it('is the afterPack hook of electron.builder.yml, with an asar to check', () => {
    const yml = readFileSync(join(__dirname, '../../electron.builder.yml'), 'utf8')
    expect(yml).toMatch(/^afterPack: \.\/electron\/build\/after-pack\.mjs$/m)
    expect(yml).toMatch(/^asar: true$/m)
    // The hook sets the fuses; electron-builder's own electronFuses would set them twice.
    expect(yml).not.toMatch(/^electronFuses:/m)
  })
})
