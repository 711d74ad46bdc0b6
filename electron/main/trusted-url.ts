/**
 * Pure predicates deciding which URLs belong to the app. Kept free of `electron` so that
 * the tricky cases (traversal, encodings, look-alike hosts) are unit-tested directly.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

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

/** Whether `url` is a local `file:` URL of a file inside `appRoot` (the built renderer). */
export function isAppFileUrl(url: string, appRoot: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // A host would mean a UNC share (file://server/share) on Windows: never ours.
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false
  let path: string
  try {
    // Decodes %xx; throws on encoded separators (%2F, and %5C on Windows), which we refuse.
    path = fileURLToPath(parsed)
  } catch {
    return false
  }
  // `new URL` already collapsed `..` and `%2e%2e` segments; isInside catches what is left.
  return isInside(appRoot, path)
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
 * Whether a page or frame at `url` is the app itself: a file of the built renderer, or in
 * development a page of the dev server. Used for navigation targets and IPC senders.
 */
export function isAppUrl(url: string, appRoot: string, devUrl: string | null): boolean {
  if (isAppFileUrl(url, appRoot)) return true
  return isDevServerUrl(url, devUrl) && url.startsWith('http:')
}

/**
 * Whether the network layer may serve `url`. Beyond the app's own files this admits
 * DevTools and in-memory `data:`/`blob:` resources (images, fonts and object URLs the app
 * creates itself; they never leave the machine and the CSP limits where they may appear).
 */
export function isAllowedRequest(url: string, appRoot: string, devUrl: string | null): boolean {
  if (isAppFileUrl(url, appRoot) || isDevServerUrl(url, devUrl)) return true
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
