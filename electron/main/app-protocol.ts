/**
 * The app's own privileged scheme. The renderer is served from `app://ombud/` instead of
 * file:// (Electron's security checklist, item 18): a page on file:// may read any file
 * the user can, while this handler serves only the built renderer's files, each with its
 * MIME type and the CSP header. Electron is only imported for types, so the handler is
 * tested with plain Requests.
 */
import type { CustomScheme } from 'electron'
import { extname } from 'node:path'
import { t } from './strings'
import { APP_SCHEME, appFilePath } from './trusted-url'

/**
 * Registered before `ready`. `standard` gives the scheme an origin (relative URLs,
 * IndexedDB, 'self' in the CSP); `secure` makes it a secure context like https;
 * `supportFetchAPI` lets the renderer fetch its own files; `corsEnabled` is needed because
 * module scripts and module workers, which Vite emits, are fetched in CORS mode (same
 * origin, so no other origin gains access); `codeCache` keeps start-up fast.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    codeCache: true,
  },
}

/**
 * The MIME type of every kind of file the built renderer contains. A file of any other
 * kind is not served: it cannot be one of the app's own, and an unknown type would leave
 * Chromium guessing.
 */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // Hunspell dictionaries, should the app ship any (see the spell-checker set-up in index.ts).
  '.bdic': 'application/octet-stream',
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer (`out/renderer`). */
  appRoot: string
  /** Reads a file; `node:fs/promises` readFile (which also reads inside app.asar). */
  readFile: (path: string) => Promise<Uint8Array>
  /** The Content-Security-Policy sent with every response. */
  contentSecurityPolicy: string
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}

function refusal(status: 404 | 405, headers: Record<string, string>): Response {
  const text = status === 404 ? t.protocol.notFound : t.protocol.notAllowed
  return new Response(text, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/**
 * The handler for `protocol.handle(APP_SCHEME, …)`: GET and HEAD of a file inside
 * `appRoot` with a known type, answered with that type, the CSP, `nosniff` and no caching
 * (an update must never mix old and new files). Everything else is 404 (or 405 for other
 * methods), without saying why.
 */
export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: Request) => Promise<Response> {
  const headers = {
    'Content-Security-Policy': deps.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  }
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, headers)
    const path = appFilePath(request.url, deps.appRoot)
    if (path === null) return refusal(404, headers)
    const type = MIME_TYPES[extname(path).toLowerCase()]
    if (type === undefined) return refusal(404, headers)
    let body: Uint8Array
    try {
      body = await deps.readFile(path)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refusal(404, headers)
      throw error
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...headers, 'Content-Type': type, 'Content-Length': String(body.byteLength) },
    })
  }
}
