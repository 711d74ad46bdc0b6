import { pathToFileURL } from 'node:url'
import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '../../../shared/ipc'
import { createHandle, IpcRejectedError } from './handle'

vi.mock('electron', () => {
  throw new Error('handle.ts must not load electron at runtime')
})

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

const root = '/opt/Ombud/resources/app.asar/out/renderer'
const appPage = 'app://ombud/index.html#/policy'

function setup(devUrl: string | null = null) {
  const listeners = new Map<string, Listener>()
  const ipcMain = { handle: (channel: string, l: Listener) => listeners.set(channel, l) }
  const handle = createHandle(ipcMain, { appRoot: root, devUrl })
  const save = vi.fn(async () => ({ saved: true, path: '/home/u/a.docx' }))
  const info = vi.fn(() => ({ name: 'Ombud', version: '0.1.0' }))
  handle('file:save', save)
  handle('app:info', info)
  const callWithEvent = (channel: string, event: object, ...args: unknown[]) => {
    const listener = listeners.get(channel)
    if (!listener) throw new Error(`no handler for ${channel}`)
    return listener(event as IpcMainInvokeEvent, ...args)
  }
  const call = (channel: string, frame: unknown, ...args: unknown[]) =>
    callWithEvent(channel, { senderFrame: frame }, ...args)
  return { call, callWithEvent, save, info }
}

const trustedFrame = { url: appPage, parent: null }
const good = {
  suggestedName: 'erklæring.docx',
  filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
  data: new Uint8Array([80, 75, 3, 4]),
}

describe('handle', () => {
  it('passes a valid payload from the app to the handler', async () => {
    const { call, save, info } = setup()
    await expect(call('file:save', trustedFrame, good)).resolves.toEqual({
      saved: true,
      path: '/home/u/a.docx',
    })
    expect(save).toHaveBeenCalledOnce()
    expect(save.mock.calls[0]).toEqual([good, expect.anything()])
    await expect(call('app:info', trustedFrame)).resolves.toEqual({
      name: 'Ombud',
      version: '0.1.0',
    })
    expect(info).toHaveBeenCalledOnce()
  })

  it.each([
    ['no payload', undefined],
    ['null', null],
    ['a string', 'erklæring.docx'],
    ['data of the wrong type', { ...good, data: 12 }],
    ['data as a plain array', { ...good, data: [1, 2] }],
    ['missing filters', { suggestedName: good.suggestedName, data: good.data }],
    ['missing name', { filters: good.filters, data: good.data }],
    ['a name with a path', { ...good, suggestedName: '../../.bashrc' }],
    ['an absolute path as name', { ...good, suggestedName: '/etc/passwd' }],
    ['a too long name', { ...good, suggestedName: `${'x'.repeat(256)}.docx` }],
    ['an unknown key', { ...good, targetPath: '/etc/passwd' }],
    ['too much data', { ...good, data: new Uint8Array(MAX_FILE_BYTES + 1) }],
  ])('rejects %s without calling the handler', async (_label, payload) => {
    const { call, save } = setup()
    await expect(call('file:save', trustedFrame, payload)).rejects.toThrow(IpcRejectedError)
    expect(save).not.toHaveBeenCalled()
  })

  it('names the bad field in Norwegian', async () => {
    const { call } = setup()
    await expect(
      call('file:save', trustedFrame, { ...good, suggestedName: 'a/b' }),
    ).rejects.toThrow(
      /^Ugyldig forespørsel «file:save»: suggestedName: Navnet kan ikke inneholde skråstrek/,
    )
  })

  it('rejects extra arguments', async () => {
    const { call, save, info } = setup()
    await expect(call('file:save', trustedFrame, good, '/etc/passwd')).rejects.toThrow(
      /for mange argumenter/,
    )
    await expect(call('app:info', trustedFrame, { sneaky: true })).rejects.toThrow(IpcRejectedError)
    expect(save).not.toHaveBeenCalled()
    expect(info).not.toHaveBeenCalled()
  })

  it.each([
    ['no sender frame', null],
    ['a remote page', { url: 'https://example.com/', parent: null }],
    ['a file outside the app', { url: 'file:///tmp/evil.html', parent: null }],
    ['a traversal out of the app', { url: 'app://ombud/..%2f..%2fevil.html', parent: null }],
    ['the app as a file:// page', { url: pathToFileURL(`${root}/index.html`).href, parent: null }],
    ['another host on the app scheme', { url: 'app://evil/index.html', parent: null }],
    ['a subframe of the app', { url: appPage, parent: trustedFrame }],
    ['a data: page', { url: 'data:text/html,hi', parent: null }],
    ['the dev server when not in dev', { url: 'http://localhost:5173/', parent: null }],
  ])('rejects a call from %s', async (_label, frame) => {
    const { call, save, info } = setup()
    await expect(call('file:save', frame, good)).rejects.toThrow(/kom ikke fra Ombud/)
    await expect(call('app:info', frame)).rejects.toThrow(IpcRejectedError)
    expect(save).not.toHaveBeenCalled()
    expect(info).not.toHaveBeenCalled()
  })

  it('rejects when the sender frame was disposed', async () => {
    const { call, callWithEvent, info } = setup()
    const disposedFrame = {
      get url(): string {
        throw new Error('Render frame was disposed')
      },
      parent: null,
    }
    await expect(call('app:info', disposedFrame)).rejects.toThrow(IpcRejectedError)
    const disposedEvent = Object.defineProperty({}, 'senderFrame', {
      get() {
        throw new Error('Render frame was disposed')
      },
    })
    await expect(callWithEvent('app:info', disposedEvent)).rejects.toThrow(IpcRejectedError)
    expect(info).not.toHaveBeenCalled()
  })

  it('accepts the dev server page in dev', async () => {
    const { call, info } = setup('http://localhost:5173/')
    await expect(
      call('app:info', { url: 'http://localhost:5173/', parent: null }),
    ).resolves.toEqual({ name: 'Ombud', version: '0.1.0' })
    expect(info).toHaveBeenCalledOnce()
  })
})
