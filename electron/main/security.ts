/**
 * The lockdown of every window and session: the renderer is treated as untrusted, may
 * show only the app's own files, may not navigate, open windows, use device permissions
 * or reach the network. Electron is only imported for types, so the handlers are tested
 * against fakes.
 */
import type { App, Session, WebContents, WebPreferences } from 'electron'
import { isAllowedRequest } from './trusted-url'

/** Where the app's own code lives: the built renderer folder and, in development, the dev server. */
export interface TrustedOrigins {
  /** Absolute path of `out/renderer`, served as app://ombud/. */
  appRoot: string
  /** Origin of the electron-vite dev server, or `null` outside development. */
  devUrl: string | null
}

/** The webPreferences of every window. Frozen so no code path can loosen them later. */
export function createWebPreferences(preloadPath: string): Readonly<WebPreferences> {
  return Object.freeze({
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
    // A middle click on a link would ask for a new window (denied anyway): not even that.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
    preload: preloadPath,
  } satisfies WebPreferences)
}

const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]

/** The Content-Security-Policy of the packaged app. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ')

/**
 * The policy sent with responses. In development the dev server injects an inline module
 * script (the React Fast Refresh preamble), so script-src admits inline scripts there only.
 */
export function contentSecurityPolicy(dev: boolean): string {
  if (!dev) return CONTENT_SECURITY_POLICY
  return CSP_DIRECTIVES.map((d) =>
    d.startsWith('script-src') ? "script-src 'self' 'unsafe-inline'" : d,
  ).join('; ')
}

/** Returns `headers` with any Content-Security-Policy (in any letter case) replaced by `policy`. */
export function withCspHeader(
  headers: Record<string, string[]> | undefined,
  policy: string,
): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  // electronegativity takes this header name for a policy it must parse and reports "may
  // not be valid": `policy` is a variable, the CSP itself is the strict one above (pinned
  // by security.test.ts), so the finding is wrong.
  result['Content-Security-Policy'] = [policy] // eng-disable CSP_GLOBAL_CHECK
  return result
}

type SecurableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

/**
 * Denies navigation, redirects, new windows and <webview> for one webContents. The app is a
 * single page that changes views without navigating, so there is nothing to allow.
 * Reloads and the initial `loadURL` do not pass through these events.
 */
export function secureWebContents(contents: SecurableWebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

type SecurableSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'webRequest'
>

/**
 * Locks a session down: every permission is refused, every request outside the app's own
 * files (app://ombud/, or the dev server) is cancelled, and every response carries the
 * CSP header. The app scheme's handler sets the same header itself, and the renderer's
 * CSP meta tag applies as well.
 */
export function secureSession(session: SecurableSession, trusted: TrustedOrigins): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, trusted.appRoot, trusted.devUrl) })
  })
  const policy = contentSecurityPolicy(trusted.devUrl !== null)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders, policy) })
  })
}

/**
 * Applies the lockdown to every webContents and session the app ever creates, including
 * DevTools and any created by a library, not only the main window's.
 */
export function installSecurity(app: Pick<App, 'on'>, trusted: TrustedOrigins): void {
  app.on('web-contents-created', (_event, contents) => secureWebContents(contents))
  app.on('session-created', (session) => secureSession(session, trusted))
}
