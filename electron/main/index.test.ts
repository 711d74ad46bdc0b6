import type { MenuItemConstructorOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWebPreferences } from './security'

type Listener = (...args: unknown[]) => unknown

const mock = vi.hoisted(() => {
  const state = {
    lock: true,
    userDataDir: '',
    isPackaged: true,
    platform: 'linux',
    appListeners: new Map<string, Listener>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    menuTemplate: [] as unknown[],
    sessionHandlers: {} as Record<string, unknown>,
  }

  class FakeWindow {
    readonly options: Record<string, unknown>
    readonly listeners = new Map<string, Listener>()
    readonly webContents = { send: vi.fn() }
    loadURL = vi.fn(() => Promise.resolve())
    isMinimized = vi.fn(() => true)
    restore = vi.fn()
    show = vi.fn()
    focus = vi.fn()
    constructor(options: Record<string, unknown>) {
      this.options = options
      state.windows.push(this)
    }
    once(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    static getAllWindows = () => state.windows
    static getFocusedWindow = () => null
  }

  const electron = {
    app: {
      setName: vi.fn(),
      enableSandbox: vi.fn(),
      commandLine: {
        appendSwitch: vi.fn(),
        getSwitchValue: vi.fn((name: string) =>
          name === 'user-data-dir' ? state.userDataDir : '',
        ),
      },
      setPath: vi.fn(),
      getAppPath: () => '/opt/Ombud/resources/app.asar',
      get isPackaged() {
        return state.isPackaged
      },
      requestSingleInstanceLock: vi.fn(() => state.lock),
      quit: vi.fn(),
      on: vi.fn((event: string, listener: Listener) => state.appListeners.set(event, listener)),
      whenReady: () => Promise.resolve(),
      getVersion: () => '0.1.0',
      getPath: () => '/home/ola/Dokumenter',
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
      showErrorBox: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => {
        state.privilegedSchemes = schemes
      }),
      handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler),
      ),
    },
    ipcMain: { handle: vi.fn((channel: string, l: Listener) => state.ipcHandlers.set(channel, l)) },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => {
        state.menuTemplate = template
        return { template }
      }),
      setApplicationMenu: vi.fn(),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: unknown) => (state.sessionHandlers.request = h),
        setPermissionCheckHandler: (h: unknown) => (state.sessionHandlers.check = h),
        setDevicePermissionHandler: (h: unknown) => (state.sessionHandlers.device = h),
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
        webRequest: {
          onBeforeRequest: (h: unknown) => (state.sessionHandlers.beforeRequest = h),
          onHeadersReceived: (h: unknown) => (state.sessionHandlers.headers = h),
        },
      },
    },
  }
  return { state, electron, FakeWindow }
})

vi.mock('electron', () => mock.electron)

const appPath = '/opt/Ombud/resources/app.asar'
const originalPlatform = process.platform

async function startMain(
  options: { lock?: boolean; isPackaged?: boolean; devUrl?: string; userDataDir?: string } = {},
) {
  mock.state.lock = options.lock ?? true
  mock.state.userDataDir = options.userDataDir ?? ''
  mock.state.isPackaged = options.isPackaged ?? true
  if (options.devUrl === undefined) delete process.env['ELECTRON_RENDERER_URL']
  else process.env['ELECTRON_RENDERER_URL'] = options.devUrl
  vi.resetModules()
  await import('./index')
  await new Promise((resolve) => setImmediate(resolve))
}

beforeEach(() => {
  mock.state.appListeners.clear()
  mock.state.ipcHandlers.clear()
  mock.state.windows.length = 0
  mock.state.menuTemplate = []
  mock.state.privilegedSchemes = []
  mock.state.protocolHandlers.clear()
  mock.state.sessionHandlers = {}
  vi.clearAllMocks()
})

afterEach(() => {
  delete process.env['ELECTRON_RENDERER_URL']
  Object.defineProperty(process, 'platform', { value: originalPlatform })
})

describe('main process', () => {
  it('quits at once when another instance holds the lock', async () => {
    await startMain({ lock: false })
    expect(mock.electron.app.quit).toHaveBeenCalledOnce()
    expect(mock.state.windows).toHaveLength(0)
    expect(mock.state.ipcHandlers.size).toBe(0)
  })

  it('keeps its data and its single-instance lock in the folder --user-data-dir names', async () => {
    await startMain()
    expect(mock.electron.app.setPath).not.toHaveBeenCalled()
    await startMain({ userDataDir: '/tmp/ombud-test-1' })
    const { setPath, requestSingleInstanceLock } = mock.electron.app
    expect(setPath).toHaveBeenCalledExactlyOnceWith('userData', '/tmp/ombud-test-1')
    // Before the lock is taken: the lock lives in the userData folder.
    expect(setPath.mock.invocationCallOrder[0]).toBeLessThan(
      requestSingleInstanceLock.mock.invocationCallOrder.at(-1)!,
    )
  })

  it('opens one sandboxed window on the built renderer', async () => {
    await startMain()
    expect(mock.electron.app.enableSandbox).toHaveBeenCalledOnce()
    expect(mock.electron.app.setName).toHaveBeenCalledWith('Ombud')
    expect(mock.state.windows).toHaveLength(1)
    const window = mock.state.windows[0]
    expect(window?.options.webPreferences).toEqual(
      createWebPreferences(`${appPath}/out/preload/index.js`),
    )
    expect(window?.loadURL).toHaveBeenCalledExactlyOnceWith('app://ombud/index.html')
    // Shown only when painted, to avoid a white flash.
    expect(window?.options.show).toBe(false)
    window?.listeners.get('ready-to-show')?.()
    expect(window?.show).toHaveBeenCalled()
  })

  it('registers the app scheme as privileged before ready and serves it from out/renderer', async () => {
    await startMain()
    expect(mock.state.privilegedSchemes).toEqual([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ])
    expect([...mock.state.protocolHandlers.keys()]).toEqual(['app'])
    // The handler reads below the app path; a traversal is refused without reading.
    const serve = mock.state.protocolHandlers.get('app')!
    const refused = await serve(new Request('app://ombud/..%2fmain/index.js'))
    expect(refused.status).toBe(404)
    expect(
      mock.electron.session.defaultSession.setSpellCheckerDictionaryDownloadURL,
    ).toHaveBeenCalledWith('app://ombud/dictionaries/')
  })

  it('locks down the default session and every new webContents', async () => {
    await startMain()
    const callback = vi.fn()
    ;(mock.state.sessionHandlers.request as Listener)({}, 'media', callback, {})
    expect(callback).toHaveBeenCalledWith(false)
    const cancel = vi.fn()
    ;(mock.state.sessionHandlers.beforeRequest as Listener)({ url: 'https://example.com/' }, cancel)
    expect(cancel).toHaveBeenCalledWith({ cancel: true })
    expect(mock.state.appListeners.has('web-contents-created')).toBe(true)
    expect(mock.state.appListeners.has('session-created')).toBe(true)
  })

  it('registers the IPC channels, answering app:info to the app only', async () => {
    await startMain()
    expect([...mock.state.ipcHandlers.keys()].sort()).toEqual(
      ['app:info', 'attachment:open', 'file:open', 'file:save', 'file:save-folder'].sort(),
    )
    const info = mock.state.ipcHandlers.get('app:info')
    const appFrame = { url: 'app://ombud/index.html', parent: null }
    await expect(info?.({ senderFrame: appFrame })).resolves.toEqual({
      name: 'Ombud',
      version: '0.1.0',
    })
    const remoteFrame = { url: 'https://example.com/', parent: null }
    await expect(info?.({ senderFrame: remoteFrame })).rejects.toThrow(/kom ikke fra Ombud/)
  })

  it('sends menu commands to the window', async () => {
    await startMain()
    const fil = (mock.state.menuTemplate as MenuItemConstructorOptions[]).find(
      (m) => m.label === 'Fil',
    )
    const save = (fil?.submenu as MenuItemConstructorOptions[]).find(
      (i) => i.label === 'Lagre kopi som…',
    )
    ;(save?.click as Listener)()
    expect(mock.state.windows[0]?.webContents.send).toHaveBeenCalledWith(
      'menu:command',
      'save-copy',
    )
  })

  it('shows a release menu when packaged and a developer menu otherwise', async () => {
    await startMain()
    const vis = (mock.state.menuTemplate as MenuItemConstructorOptions[]).find(
      (m) => m.label === 'Vis',
    )
    expect((vis?.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'reload')).toBe(
      false,
    )
    await startMain({ isPackaged: false })
    const devVis = (mock.state.menuTemplate as MenuItemConstructorOptions[]).find(
      (m) => m.label === 'Vis',
    )
    expect((devVis?.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'reload')).toBe(
      true,
    )
  })

  it('focuses the existing window when a second instance starts', async () => {
    await startMain()
    mock.state.appListeners.get('second-instance')?.()
    const window = mock.state.windows[0]
    expect(window?.restore).toHaveBeenCalled()
    expect(window?.focus).toHaveBeenCalled()
    expect(mock.state.windows).toHaveLength(1)
  })

  it('quits when the last window closes, except on macOS', async () => {
    await startMain()
    Object.defineProperty(process, 'platform', { value: 'linux' })
    mock.state.appListeners.get('window-all-closed')?.()
    expect(mock.electron.app.quit).toHaveBeenCalledOnce()
    Object.defineProperty(process, 'platform', { value: 'darwin' })
    mock.state.appListeners.get('window-all-closed')?.()
    expect(mock.electron.app.quit).toHaveBeenCalledOnce()
  })

  it('loads the dev server in development', async () => {
    await startMain({ isPackaged: false, devUrl: 'http://localhost:5173' })
    expect(mock.state.windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('http://localhost:5173/')
  })

  it('ignores a dev URL when packaged, or when it is not loopback', async () => {
    await startMain({ isPackaged: true, devUrl: 'http://localhost:5173' })
    expect(mock.state.windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://ombud/index.html')
    mock.state.windows.length = 0
    await startMain({ isPackaged: false, devUrl: 'https://evil.example/' })
    expect(mock.state.windows[0]?.loadURL).toHaveBeenCalledExactlyOnceWith('app://ombud/index.html')
  })
})
