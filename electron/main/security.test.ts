import { pathToFileURL } from 'node:url'
import type { App, Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  createWebPreferences,
  installSecurity,
  secureSession,
  secureWebContents,
  withCspHeader,
} from './security'

// security.ts imports electron for types only; the mock proves no runtime use sneaks in.
vi.mock('electron', () => {
  throw new Error('security.ts must not load electron at runtime')
})

type Listener = (...args: unknown[]) => unknown

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>()
  let openHandler: Listener | undefined
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener])
      return contents
    },
    setWindowOpenHandler(handler: Listener) {
      openHandler = handler
    },
  }
  const emit = (event: string, ...args: unknown[]) => {
    const preventDefault = vi.fn()
    const registered = listeners.get(event) ?? []
    for (const listener of registered) listener({ preventDefault }, ...args)
    return { preventDefault, count: registered.length }
  }
  return {
    contents: contents as unknown as WebContents,
    emit,
    openWindow: (url: string) => openHandler?.({ url, frameName: '', features: '' }),
  }
}

function fakeSession() {
  const handlers: Record<string, Listener> = {}
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    webRequest: {
      onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h),
      onHeadersReceived: (h: Listener) => (handlers.headers = h),
    },
  }
  return { session: session as unknown as Session, handlers }
}

const root = '/opt/Ombud/resources/app.asar/out/renderer'
const index = 'app://ombud/index.html'

describe('createWebPreferences', () => {
  const prefs = createWebPreferences('/app/out/preload/index.js')

  it('has the locked-down values', () => {
    expect(prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      preload: '/app/out/preload/index.js',
    })
  })

  it('is frozen', () => {
    expect(Object.isFrozen(prefs)).toBe(true)
    expect(() => {
      ;(prefs as { sandbox: boolean }).sandbox = false
    }).toThrow(TypeError)
    expect(prefs.sandbox).toBe(true)
  })
})

describe('CSP', () => {
  it('has the strict policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
    expect(contentSecurityPolicy(false)).toBe(CONTENT_SECURITY_POLICY)
  })

  it('relaxes only script-src, and only in dev', () => {
    expect(contentSecurityPolicy(true)).toBe(
      CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'"),
    )
  })

  it('replaces a CSP header in any letter case', () => {
    const headers = withCspHeader(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      'x',
    )
    expect(headers).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': ['x'] })
    expect(withCspHeader(undefined, 'x')).toEqual({ 'Content-Security-Policy': ['x'] })
  })
})

describe('secureWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])(
    'prevents %s, even to the app itself',
    (event) => {
      const fake = fakeWebContents()
      secureWebContents(fake.contents)
      for (const url of [index, 'https://example.com/', 'file:///etc/passwd']) {
        const { preventDefault, count } = fake.emit(event, url)
        expect(count).toBe(1)
        expect(preventDefault).toHaveBeenCalledOnce()
      }
    },
  )

  it('denies every window.open', () => {
    const fake = fakeWebContents()
    secureWebContents(fake.contents)
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' })
    expect(fake.openWindow(index)).toEqual({ action: 'deny' })
  })
})

describe('secureSession', () => {
  it('refuses every permission request and check', () => {
    const { session, handlers } = fakeSession()
    secureSession(session, { appRoot: root, devUrl: null })
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn()
      handlers.request?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(handlers.check?.({}, permission, 'app://ombud', {})).toBe(false)
    }
    expect(handlers.device?.({ deviceType: 'usb', origin: 'app://ombud' })).toBe(false)
  })

  function requestDecision(url: string, devUrl: string | null): boolean {
    const { session, handlers } = fakeSession()
    secureSession(session, { appRoot: root, devUrl })
    const callback = vi.fn()
    handlers.beforeRequest?.({ url }, callback)
    expect(callback).toHaveBeenCalledOnce()
    return (callback.mock.calls[0]?.[0] as { cancel: boolean }).cancel
  }

  it('lets the app load its own files', () => {
    expect(requestDecision(index, null)).toBe(false)
    expect(requestDecision('app://ombud/assets/a.js', null)).toBe(false)
    expect(requestDecision('devtools://devtools/bundled/devtools_app.html', null)).toBe(false)
  })

  it.each([
    'https://example.com/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    pathToFileURL(`${root}/index.html`).href,
    'app://ombud/..%2fmain/index.js',
    'ws://localhost:5173/',
  ])('cancels %s', (url) => {
    expect(requestDecision(url, null)).toBe(true)
  })

  it('lets the dev server through only in dev', () => {
    expect(requestDecision('http://localhost:5173/@vite/client', 'http://localhost:5173/')).toBe(
      false,
    )
    expect(requestDecision('http://localhost:5173/@vite/client', null)).toBe(true)
    expect(requestDecision('https://example.com/', 'http://localhost:5173/')).toBe(true)
  })

  it('adds the CSP header to responses', () => {
    const { session, handlers } = fakeSession()
    secureSession(session, { appRoot: root, devUrl: null })
    const callback = vi.fn()
    handlers.headers?.(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      callback,
    )
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    })
  })
})

describe('installSecurity', () => {
  it('secures every webContents and session the app creates', () => {
    const appListeners = new Map<string, Listener>()
    const app = { on: (event: string, l: Listener) => appListeners.set(event, l) }
    installSecurity(app as unknown as App, { appRoot: root, devUrl: null })

    const fake = fakeWebContents()
    appListeners.get('web-contents-created')?.({}, fake.contents)
    expect(fake.emit('will-navigate', 'https://example.com/').preventDefault).toHaveBeenCalled()
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' })

    const { session, handlers } = fakeSession()
    appListeners.get('session-created')?.(session)
    const callback = vi.fn()
    handlers.beforeRequest?.({ url: 'https://example.com/' }, callback)
    expect(callback).toHaveBeenCalledWith({ cancel: true })
  })
})
