import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  appFilePath,
  isAllowedRequest,
  isAppUrl,
  isDevServerUrl,
  isInside,
  parseDevServerUrl,
} from './trusted-url'

const root = '/opt/Ombud/resources/app.asar/out/renderer'
const index = 'app://ombud/index.html'
const dev = 'http://localhost:5173/'

describe('parseDevServerUrl', () => {
  it('accepts http on loopback', () => {
    expect(parseDevServerUrl('http://localhost:5173')).toBe('http://localhost:5173/')
    expect(parseDevServerUrl('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173/')
    expect(parseDevServerUrl('http://[::1]:5173')).toBe('http://[::1]:5173/')
  })

  it.each([
    undefined,
    '',
    'not a url',
    'https://example.com',
    'http://example.com:5173',
    'http://localhost.example.com:5173',
    'http://127.0.0.1.nip.io:5173',
    'http://user:pw@localhost:5173',
    'file:///etc/passwd',
    'javascript:alert(1)',
  ])('ignores %j', (raw) => {
    expect(parseDevServerUrl(raw)).toBeNull()
  })
})

describe('isInside', () => {
  it('accepts the root and paths below it', () => {
    expect(isInside(root, root)).toBe(true)
    expect(isInside(root, `${root}/assets/a.js`)).toBe(true)
    expect(isInside(root, `${root}/..data/x`)).toBe(true)
  })

  it('rejects siblings, parents and prefix look-alikes', () => {
    expect(isInside(root, '/opt/Ombud/resources/app.asar/out/main/index.js')).toBe(false)
    expect(isInside(root, `${root}/../preload/index.js`)).toBe(false)
    expect(isInside(root, `${root}-evil/index.html`)).toBe(false)
    expect(isInside(root, '/etc/passwd')).toBe(false)
  })
})

describe('appFilePath / isAppUrl', () => {
  it('accepts the renderer files on the app scheme', () => {
    expect(appFilePath(index, root)).toBe(`${root}/index.html`)
    expect(appFilePath('app://ombud/', root)).toBe(`${root}/index.html`)
    expect(appFilePath('app://ombud/index.html?x=1#/policy', root)).toBe(`${root}/index.html`)
    expect(appFilePath('app://OMBUD/assets/a.js', root)).toBe(`${root}/assets/a.js`)
    expect(appFilePath('app://ombud/assets/%C3%A6%C3%B8%C3%A5%20font.woff2', root)).toBe(
      `${root}/assets/æøå font.woff2`,
    )
    // `..` that stays inside the root is collapsed by the URL parser, as a browser does.
    expect(appFilePath('app://ombud/assets/../index.html', root)).toBe(`${root}/index.html`)
    expect(appFilePath('app://ombud/assets/..', root)).toBe(`${root}/index.html`)
    expect(isAppUrl(`${index}#/activities`, root, null)).toBe(true)
    expect(isAppUrl('app://ombud/assets/index-abc.js', root, null)).toBe(true)
  })

  it.each([
    'app://ombud/../../../../../etc/passwd',
    'app://ombud/../main/index.js',
    'app://ombud/%2e%2e/%2e%2e/main/index.js',
    'app://ombud/.%2E/main/index.js',
  ])('keeps the dot segments of %s inside the root, as a browser does', (url) => {
    const path = appFilePath(url, root)
    expect(path).not.toBeNull()
    expect(path!.startsWith(`${root}/`)).toBe(true)
    expect(path).not.toContain('..')
  })

  it.each([
    ['the app as a file:// URL', pathToFileURL(`${root}/index.html`).href],
    ['file outside the app root', 'file:///etc/passwd'],
    ['another host on the scheme', 'app://evil/index.html'],
    ['user info', 'app://x@ombud/index.html'],
    ['a port', 'app://ombud:80/index.html'],
    ['encoded slash', 'app://ombud/..%2f..%2fmain/index.js'],
    ['encoded backslash', 'app://ombud/..%5c..%5cmain/index.js'],
    ['backslash traversal', 'app://ombud/..\\..\\main\\index.js'],
    ['encoded NUL', 'app://ombud/index.html%00.png'],
    ['malformed encoding', 'app://ombud/%E0%A4%A'],
    ['an empty segment', 'app://ombud/assets//a.js'],
    ['http on loopback when not in dev', 'http://127.0.0.1:5173/'],
    ['localhost when not in dev', 'http://localhost:5173/index.html'],
    ['remote https', 'https://example.com/'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript URL', 'javascript:alert(1)'],
    ['blob URL', 'blob:app://ombud/1234'],
    ['about:blank', 'about:blank'],
    ['devtools', 'devtools://devtools/bundled/devtools_app.html'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('rejects %s', (_label, url) => {
    expect(isAppUrl(url, root, null)).toBe(false)
  })

  it('accepts the dev server only in dev, and only its own host and port', () => {
    expect(isAppUrl('http://localhost:5173/', root, dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', root, dev)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', root, dev)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', root, dev)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', root, dev)).toBe(false)
    expect(isAppUrl('http://user@localhost:5173/', root, dev)).toBe(false)
    // The HMR websocket is a request, not a page.
    expect(isAppUrl('ws://localhost:5173/', root, dev)).toBe(false)
  })
})

describe('isDevServerUrl', () => {
  it('admits http and the HMR websocket of the dev server', () => {
    expect(isDevServerUrl('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isDevServerUrl('ws://localhost:5173/?token=x', dev)).toBe(true)
    expect(isDevServerUrl('wss://localhost:5173/', dev)).toBe(false)
    expect(isDevServerUrl('http://localhost:5173/', null)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('admits own files, devtools and in-memory resources', () => {
    expect(isAllowedRequest(index, root, null)).toBe(true)
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', root, null)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', root, null)).toBe(true)
    expect(isAllowedRequest('app://ombud/assets/a.css', root, null)).toBe(true)
    expect(isAllowedRequest('blob:app://ombud/0b1c', root, null)).toBe(true)
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', root, dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', root, dev)).toBe(true)
  })

  it.each([
    'https://example.com/tracker.js',
    'http://127.0.0.1:5173/',
    'http://localhost:5173/',
    'ws://localhost:5173/',
    'wss://example.com/',
    'ftp://example.com/',
    'file:///etc/passwd',
    pathToFileURL(`${root}/index.html`).href,
    'app://ombud/..%2f..%2fmain/index.js',
    'app://other/index.html',
    'chrome://gpu',
    'https://redirector.gvt1.com/edgedl/chrome/dict/nb-NO-3-0.bdic',
  ])('cancels %s outside dev', (url) => {
    expect(isAllowedRequest(url, root, null)).toBe(false)
  })

  it('cancels other hosts even in dev', () => {
    expect(isAllowedRequest('http://localhost:8080/', root, dev)).toBe(false)
    expect(isAllowedRequest('https://example.com/', root, dev)).toBe(false)
  })
})
