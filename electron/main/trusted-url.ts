/**
 * Pure predicates deciding which URLs belong to the app. Kept free of `electron` so that
 * the tricky cases (traversal, encodings, look-alike hosts) are unit-tested directly.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * The electron-vite dev server URL from `ELECTRON_RENDERER_URL`, normalised to its origin,
 * or `null` unless it is plain http on a loopback address. A dev URL pointing anywhere
 * else is ignored, so a stray environment variable cannot make the app load a remote page.
 */
export function parseDevServerUrl(raw: string | undefined | null): string | null {
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null
  if (url.username !== '' || url.password !== '') return null
  return url.href
}

/** Whether `path` is `root` itself or lies inside it (after resolving `..`). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(resolve(root), resolve(path))
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The app's own privileged scheme: the renderer is served from `app://ombud/`, never file://. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'ombud'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * The file inside `appRoot` (the built renderer) that an `app://ombud/…` URL names, or
 * `null` when the URL is not the app's or could name something outside it. The query and
 * fragment are ignored; `/` is `index.html`. Dot segments are collapsed by the URL parser
 * as a browser does, never above the root (`app://ombud/../x` is `app://ombud/x`).
 * Refused: other schemes and hosts, user info,
 * encoded separators (`%2F`, `%5C`), backslashes, NUL, `.`/`..` segments left after
 * parsing, and malformed percent-encoding.
 */
export function appFilePath(url: string, appRoot: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  // Chromium lower-cases the host of a standard scheme; Node's URL keeps it as written.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return null
  if (parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return null
  const rawSegments = parsed.pathname.split('/').slice(1)
  if (rawSegments.length === 1 && rawSegments[0] === '') rawSegments[0] = 'index.html'
  const segments: string[] = []
  for (const raw of rawSegments) {
    let segment: string
    try {
      segment = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (segment === '' || segment === '.' || segment === '..') return null
    if (/[/\\\0]/.test(segment)) return null
    segments.push(segment)
  }
  const path = resolve(appRoot, ...segments)
  // `new URL` already collapsed `..` and `%2e%2e` segments; isInside catches what is left.
  return isInside(appRoot, path) && path !== resolve(appRoot) ? path : null
}

/** Whether `url` is served by the dev server `devUrl` (same host and port; http or its HMR websocket). */
export function isDevServerUrl(url: string, devUrl: string | null): boolean {
  if (devUrl === null) return false
  let parsed: URL
  let dev: URL
  try {
    parsed = new URL(url)
    dev = new URL(devUrl)
  } catch {
    return false
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'ws:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  return parsed.hostname === dev.hostname && parsed.port === dev.port
}

/**
 * Whether a page or frame at `url` is the app itself: a file of the built renderer on the
 * app's scheme, or in development a page of the dev server. Used for IPC senders.
 */
export function isAppUrl(url: string, appRoot: string, devUrl: string | null): boolean {
  if (appFilePath(url, appRoot) !== null) return true
  return isDevServerUrl(url, devUrl) && url.startsWith('http:')
}

/**
 * Whether the network layer may serve `url`. Beyond the app's own files this admits
 * DevTools and in-memory `data:`/`blob:` resources (images, fonts and object URLs the app
 * creates itself; they never leave the machine and the CSP limits where they may appear).
 */
export function isAllowedRequest(url: string, appRoot: string, devUrl: string | null): boolean {
  if (appFilePath(url, appRoot) !== null || isDevServerUrl(url, devUrl)) return true
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === 'devtools:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:'
  )
}
