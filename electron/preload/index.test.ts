import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { OmbudApi } from '../../shared/ipc'
import { remoteErrorMessage } from './remote-error'

const electron = vi.hoisted(() => {
  type Listener = (event: unknown, ...args: unknown[]) => void
  const listeners = new Map<string, Set<Listener>>()
  return {
    listeners,
    exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
    invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set())
      listeners.get(channel)?.add(listener)
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener)
    }),
    emit(channel: string, ...args: unknown[]) {
      for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, ...args)
    },
  }
})

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: {
    invoke: electron.invoke,
    on: electron.on,
    removeListener: electron.removeListener,
  },
}))

async function loadApi(): Promise<OmbudApi> {
  await import('./index')
  const call = electron.exposeInMainWorld.mock.calls[0]
  if (!call) throw new Error('nothing exposed')
  return call[1] as OmbudApi
}

beforeEach(() => {
  electron.invoke.mockReset()
})

describe('preload', () => {
  it("exposes only 'ombud', with exactly the typed functions", async () => {
    const api = await loadApi()
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe('ombud')
    expect(Object.keys(api).sort()).toEqual(
      ['appInfo', 'onMenuCommand', 'openAttachment', 'openFile', 'saveFile', 'saveFolder'].sort(),
    )
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('invokes the matching channel with the request', async () => {
    const api = await loadApi()
    const request = { suggestedName: 'a.docx', filters: [], data: new Uint8Array([1]) }
    electron.invoke.mockResolvedValueOnce({ saved: true, path: '/x/a.docx' })
    await expect(api.saveFile(request)).resolves.toEqual({ saved: true, path: '/x/a.docx' })
    expect(electron.invoke).toHaveBeenLastCalledWith('file:save', request)

    electron.invoke.mockResolvedValueOnce(null)
    await expect(api.openFile({ filters: [] })).resolves.toBeNull()
    expect(electron.invoke).toHaveBeenLastCalledWith('file:open', { filters: [] })

    const folder = { suggestedName: 'pakke', files: [{ name: 'a.txt', data: 'x' }] }
    electron.invoke.mockResolvedValueOnce({ saved: false })
    await api.saveFolder(folder)
    expect(electron.invoke).toHaveBeenLastCalledWith('file:save-folder', folder)

    electron.invoke.mockResolvedValueOnce({ name: 'Ombud', version: '0.1.0' })
    await expect(api.appInfo()).resolves.toEqual({ name: 'Ombud', version: '0.1.0' })
    expect(electron.invoke).toHaveBeenLastCalledWith('app:info', undefined)
  })

  it("hands on main's Norwegian message without Electron's wrapping", async () => {
    const api = await loadApi()
    electron.invoke.mockRejectedValueOnce(
      new Error(
        "Error invoking remote method 'file:open': Error: «a.xlsx» er for stor til å åpnes. Ombud kan åpne filer på opptil 100 MB.",
      ),
    )
    await expect(api.openFile({ filters: [] })).rejects.toThrow(
      /^«a\.xlsx» er for stor til å åpnes\. Ombud kan åpne filer på opptil 100 MB\.$/,
    )
  })

  it('passes menu commands to the listener, without the IPC event, until unsubscribed', async () => {
    const api = await loadApi()
    const listener = vi.fn()
    const unsubscribe = api.onMenuCommand(listener)
    electron.emit('menu:command', 'save-copy')
    expect(listener).toHaveBeenCalledExactlyOnceWith('save-copy')

    electron.emit('menu:command', 'format-disk')
    electron.emit('menu:command', { command: 'new-workbench' })
    electron.emit('menu:command', 'toString')
    expect(listener).toHaveBeenCalledOnce()

    unsubscribe()
    electron.emit('menu:command', 'new-workbench')
    expect(listener).toHaveBeenCalledOnce()
    expect(electron.listeners.get('menu:command')?.size).toBe(0)
  })
})

describe('remoteErrorMessage', () => {
  it('strips the invoke prefix and the error class name', () => {
    expect(
      remoteErrorMessage(new Error("Error invoking remote method 'x:y': TypeError: feil")),
    ).toBe('feil')
    expect(remoteErrorMessage(new Error('Ingen prefiks.'))).toBe('Ingen prefiks.')
    expect(remoteErrorMessage('tekst')).toBe('tekst')
  })
})
