import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { APP_SCHEME_DEFINITION, createAppProtocolHandler, MIME_TYPES } from './app-protocol'
import { CONTENT_SECURITY_POLICY } from './security'

// app-protocol.ts imports electron for types only; the mock proves no runtime use sneaks in.
vi.mock('electron', () => {
  throw new Error('app-protocol.ts must not load electron at runtime')
})

let base: string
let root: string
beforeAll(async () => {
  // out/main/index.js beside out/renderer: what a traversal would be after.
  base = await fs.mkdtemp(join(tmpdir(), 'ombud-protocol-'))
  root = join(base, 'out', 'renderer')
  await fs.mkdir(join(root, 'assets'), { recursive: true })
  await fs.mkdir(join(base, 'out', 'main'), { recursive: true })
  await fs.writeFile(join(root, 'index.html'), '<!doctype html><title>Ombud</title>')
  await fs.writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)')
  await fs.writeFile(join(root, 'assets', 'index-abc.css'), 'body{}')
  await fs.writeFile(join(root, 'assets', 'logo.svg'), '<svg/>')
  await fs.writeFile(join(root, 'assets', 'æøå.woff2'), new Uint8Array([1, 2, 3]))
  await fs.writeFile(join(root, 'assets', 'notes.exe'), 'MZ')
  await fs.writeFile(join(base, 'out', 'main', 'index.js'), 'secret main code')
})
afterAll(() => fs.rm(base, { recursive: true, force: true }))

function serve(url: string, init?: RequestInit) {
  const readFile = vi.fn((path: string) => fs.readFile(path))
  const handler = createAppProtocolHandler({
    appRoot: root,
    readFile,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  })
  return { response: handler(new Request(url, init)), readFile }
}

describe('the app:// protocol handler', () => {
  it.each([
    ['app://ombud/index.html', 'text/html; charset=utf-8', '<!doctype html><title>Ombud</title>'],
    ['app://ombud/', 'text/html; charset=utf-8', '<!doctype html><title>Ombud</title>'],
    [
      'app://ombud/index.html?v=1#/policy',
      'text/html; charset=utf-8',
      '<!doctype html><title>Ombud</title>',
    ],
    ['app://ombud/assets/index-abc.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://ombud/assets/index-abc.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://ombud/assets/logo.svg', 'image/svg+xml', '<svg/>'],
  ])('serves %s as %s with the CSP', async (url, type, body) => {
    const response = await serve(url).response
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toBe(type)
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(await response.text()).toBe(body)
  })

  it('serves a binary file with a non-ASCII name', async () => {
    const response = await serve('app://ombud/assets/%C3%A6%C3%B8%C3%A5.woff2').response
    expect(response.headers.get('Content-Type')).toBe('font/woff2')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]))
  })

  it('answers HEAD without a body', async () => {
    const response = await serve('app://ombud/index.html', { method: 'HEAD' }).response
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Length')).toBe('35')
    expect(await response.text()).toBe('')
  })

  it.each([
    'app://ombud/../main/index.js',
    'app://ombud/../../out/main/index.js',
    'app://ombud/%2e%2e/main/index.js',
    'app://ombud/.%2E/main/index.js',
  ])('keeps %s inside the renderer folder (dot segments stop at the root)', async (url) => {
    const { response, readFile } = serve(url)
    const result = await response
    expect(result.status).toBe(404)
    expect(await result.text()).not.toContain('secret')
    for (const [path] of readFile.mock.calls) expect(path.startsWith(`${root}/`)).toBe(true)
  })

  it.each([
    'app://ombud/..%2fmain%2findex.js',
    'app://ombud/..%5cmain%5cindex.js',
    'app://ombud/..\\main\\index.js',
    'app://ombud/assets/..%2f..%2f..%2fmain/index.js',
    'app://ombud/index.html%00.js',
    'app://evil/index.html',
    'app://ombud:1234/index.html',
  ])('refuses %s without reading anything', async (url) => {
    const { response, readFile } = serve(url)
    const result = await response
    expect(result.status).toBe(404)
    expect(result.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(await result.text()).not.toContain('secret')
    expect(readFile).not.toHaveBeenCalled()
  })

  it.each(['app://ombud/finnes-ikke.html', 'app://ombud/assets/', 'app://ombud/assets.js'])(
    'answers 404 for %s, which is no file of the app',
    async (url) => {
      expect((await serve(url).response).status).toBe(404)
    },
  )

  it('does not serve a file of an unknown type, even inside the app', async () => {
    const { response, readFile } = serve('app://ombud/assets/notes.exe')
    expect((await response).status).toBe(404)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('refuses methods other than GET and HEAD', async () => {
    const { response, readFile } = serve('app://ombud/index.html', { method: 'POST', body: 'x' })
    expect((await response).status).toBe(405)
    expect(readFile).not.toHaveBeenCalled()
  })

  it('passes on an unexpected read error instead of pretending the file is missing', async () => {
    const handler = createAppProtocolHandler({
      appRoot: root,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    })
    await expect(handler(new Request('app://ombud/index.html'))).rejects.toThrow('EIO')
  })

  it('has a type for every extension Vite emits into out/renderer', () => {
    for (const ext of ['.html', '.js', '.css', '.svg', '.png', '.woff2', '.json']) {
      expect(MIME_TYPES[ext]).toBeDefined()
    }
  })

  it('registers the scheme as a standard, secure origin that can fetch its own files', () => {
    expect(APP_SCHEME_DEFINITION).toEqual({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    })
  })
})
