import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { main, scan } from './electronegativity'

// A tiny "app" with the mistakes electronegativity exists to catch.
const INSECURE_MAIN = `import { app, BrowserWindow } from 'electron'
app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false },
  })
  void window.loadURL('https://example.com/')
})
`
const INSECURE_TEST = `// A test quoting bad code on purpose is not scanned.
new BrowserWindow({ webPreferences: { nodeIntegration: true } })
`

let root: string
beforeAll(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'ombud-eng-'))
  await fs.mkdir(join(root, 'app'))
  await fs.writeFile(join(root, 'app', 'main.ts'), INSECURE_MAIN)
  await fs.writeFile(join(root, 'app', 'main.test.ts'), INSECURE_TEST)
})
afterAll(() => fs.rm(root, { recursive: true, force: true }))

describe('lint:electron (electronegativity)', () => {
  it('fails on findings, naming each with its file and line', async () => {
    const errors: string[] = []
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line))
    const code = await main(root, ['app'])
    vi.restoreAllMocks()
    expect(code).toBe(1)
    const output = errors.join('\n')
    expect(output).toMatch(/CONTEXT_ISOLATION_JS_CHECK {2}app\/main\.ts:4/)
    expect(output).toMatch(/SANDBOX_JS_CHECK {2}app\/main\.ts:4/)
    // Global checks about the whole app: no navigation limits, no CSP.
    expect(output).toContain('LIMIT_NAVIGATION_GLOBAL_CHECK')
    expect(output).toContain('CSP_GLOBAL_CHECK')
    expect(output).not.toContain('main.test.ts')
  })

  it('accepts a finding only where the code says eng-disable', async () => {
    const disabled = INSECURE_MAIN.replace(
      'sandbox: false },',
      'sandbox: false }, // eng-disable CONTEXT_ISOLATION_JS_CHECK',
    )
    await fs.mkdir(join(root, 'disabled'))
    await fs.writeFile(join(root, 'disabled', 'main.ts'), disabled)
    const findings = await scan(root, ['disabled'])
    expect(findings.map((f) => f.id)).not.toContain('CONTEXT_ISOLATION_JS_CHECK')
    expect(findings.map((f) => f.id)).toContain('SANDBOX_JS_CHECK')
  })
})
