import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  isAllowedRequest,
  isAppFileUrl,
  isAppUrl,
  isDevServerUrl,
  isInside,
  parseDevServerUrl,
} from './trusted-url'

const root = '/opt/Ombud/resources/app.asar/out/renderer'
const index = pathToFileURL(`${root}/index.html`).href
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

describe('isAppFileUrl / isAppUrl', () => {
  it('accepts the renderer files', () => {
    expect(isAppFileUrl(index, root)).toBe(true)
    expect(isAppUrl(`${index}#/activities`, root, null)).toBe(true)
    expect(isAppUrl(pathToFileURL(`${root}/assets/index-abc.js`).href, root, null)).toBe(true)
    expect(isAppUrl(pathToFileURL(`${root}/assets/æøå font.woff2`).href, root, null)).toBe(true)
  })

  it.each([
    ['file outside the app root', 'file:///etc/passwd'],
    ['the main bundle next to the renderer', pathToFileURL(`${root}/../main/index.js`).href],
    ['path traversal with ../', `file://${root}/../../../../../etc/passwd`],
    ['path traversal with %2e%2e', `file://${root}/%2e%2e/%2e%2e/main/index.js`],
    ['path traversal with mixed .%2E', `file://${root}/.%2E/main/index.js`],
    ['encoded slash', `file://${root}/..%2f..%2fmain/index.js`],
    ['backslash traversal', `file://${root}/..\\..\\main\\index.js`],
    ['prefix look-alike directory', `file://${root}-evil/index.html`],
    ['UNC host', `file://evil-server${root}/index.html`],
    ['http on loopback when not in dev', 'http://127.0.0.1:5173/'],
    ['localhost when not in dev', 'http://localhost:5173/index.html'],
    ['remote https', 'https://example.com/'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['javascript URL', 'javascript:alert(1)'],
    ['blob URL', 'blob:file:///1234'],
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
    expect(isAllowedRequest('blob:file:///0b1c', root, null)).toBe(true)
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
    `file://${root}/%2e%2e/main/index.js`,
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
