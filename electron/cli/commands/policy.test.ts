import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { informsViaPolicy } from '../../../shared/model/activity-view'
import type { PolicyVersion } from '../../../shared/model/clause'
import { serializeWorkbench, type Workbench } from '../../../shared/model/workbench'
import { composePolicy } from '../../../shared/policy/compose'
import { newestPublished } from '../../../shared/policy/dates'
import { hashPolicyDoc } from '../../../shared/policy/hash'
import { CommandError, UsageError } from '../cli-io'
import { policyCommand } from './policy'

const NOW = '2026-11-23T14:00:00.000Z'
const root = resolve(__dirname, '../../..')
const dir = mkdtempSync(join(tmpdir(), 'ombud-policy-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeWorkbench(name: string, wb: Workbench): string {
  const file = join(dir, name)
  writeFileSync(file, serializeWorkbench(wb))
  return file
}

async function version(wb: Workbench, id: string, lang: 'nb' | 'nn', publishedOn: string | null): Promise<PolicyVersion> {
  const doc = composePolicy(wb, lang, { updated: publishedOn ?? '2026-01-01' })
  return {
    id,
    lang,
    status: publishedOn ? 'published' : 'draft',
    createdAt: `${publishedOn ?? '2026-06-01'}T10:00:00.000Z`,
    publishedOn,
    hash: await hashPolicyDoc(doc),
    note: '',
    doc,
  }
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file))
  return zip.file('word/document.xml')!.async('string')
}

/** Runs policyCommand and returns its exit code and what it printed. */
async function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  try {
    const code = await policyCommand(args)
    return { code, stdout: write.mock.calls.map((c) => String(c[0])).join('') }
  } finally {
    write.mockRestore()
  }
}

describe('cli policy', () => {
  it('writes the policy as .docx in the organisation’s language, atomically', async () => {
    const file = writeWorkbench('sample.ombud.json', sampleWorkbench(NOW))
    const sub = mkdtempSync(join(dir, 'out-'))
    const out = join(sub, 'erklaering.docx')
    const r = await run('--workbench', file, '--out', out, '--updated', '2026-11-23')
    expect(r).toEqual({ code: 0, stdout: `Skrev personvernerklæringen på bokmål til ${out}\n` })
    expect(readdirSync(sub)).toEqual(['erklaering.docx'])
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(out) })
    // The company's name is held together by non-breaking spaces in the title.
    expect(html.replace(/\u00a0/g, ' ')).toContain('Personvernerklæring for Eksempel Energi AS')
    expect(html).toContain('Sist oppdatert 23. november 2026')
    expect(await documentXml(out)).toContain('<w:lang w:val="nb-NO"/>')
  })

  it('dates the policy by its last change of content, not by the day it is written', async () => {
    const file = writeWorkbench('dated.ombud.json', sampleWorkbench(NOW))
    const out = join(dir, 'dated.docx')
    expect((await run('--workbench', file, '--out', out)).code).toBe(0)
    const { value: html } = await mammoth.convertToHtml({ buffer: readFileSync(out) })
    // «Henvendelser om personvernrettigheter» was last changed 20 days before NOW; the
    // draft pilot, changed later, is not in the policy.
    expect(html).toContain('Sist oppdatert 3. november 2026')
    expect(html).toContain('Datoen øverst viser når erklæringen sist ble endret eller publisert.')
  })

  it('writes nynorsk with --lang nn', async () => {
    const file = writeWorkbench('sample-nn.ombud.json', sampleWorkbench(NOW))
    const out = join(dir, 'nn.docx')
    expect((await run('--workbench', file, '--lang', 'nn', '--out', out)).code).toBe(0)
    const xml = await documentXml(out)
    expect(xml).toContain('<w:lang w:val="nn-NO"/>')
    expect(xml).toContain('Kva vi brukar opplysningane til')
  })

  it('with --tracked shows the changes since the newest published version of that language', async () => {
    const wb = sampleWorkbench(NOW)
    const old = structuredClone(wb)
    const target = wb.activities.find((a) => a.status === 'active' && informsViaPolicy(a))!
    old.activities = old.activities.map((a) => (a.id === target.id ? { ...a, retention: a.retention.map((r, i) => (i === 0 ? { ...r, period: { nb: 'Ti år', nn: 'Ti år' } } : r)) } : a))
    wb.policyVersions = [
      await version(wb, 'v-old', 'nb', '2025-01-01'),
      await version(old, 'v-new', 'nb', '2026-01-01'),
      await version(wb, 'v-draft', 'nb', null),
      await version(wb, 'v-nn', 'nn', '2026-02-01'),
    ]
    expect(newestPublished(wb.policyVersions, 'nb')?.id).toBe('v-new')
    expect(newestPublished(wb.policyVersions, 'nn')?.id).toBe('v-nn')
    const file = writeWorkbench('tracked.ombud.json', wb)
    const out = join(dir, 'tracked.docx')
    const r = await run('--workbench', file, '--tracked', '--out', out)
    expect(r.stdout).toBe(`Skrev personvernerklæringen på bokmål med sporede endringer mot versjonen publisert 2026-01-01 til ${out}\n`)
    const xml = await documentXml(out)
    const deleted = [...xml.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map((m) => m[1])
    const inserted = [...xml.matchAll(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1])
    // The date under the title moves from the publication date, marked as a change.
    expect(deleted[0]).toBe('1. januar 2026')
    expect(inserted[0]).toBe('3. november 2026')
    // Otherwise only the retention period of that one activity differs.
    expect(deleted.slice(1).join('')).toMatch(/^Ti\b/)
    expect(inserted.length).toBeGreaterThan(1)
    expect(target.retention[0]!.period.nb.startsWith(inserted[1]!.trim())).toBe(true)
  })

  it('refuses --tracked when no version of that language is published', async () => {
    const wb = sampleWorkbench(NOW)
    wb.policyVersions = [await version(wb, 'v-nb', 'nb', '2026-01-01'), await version(wb, 'v-draft', 'nn', null)]
    const file = writeWorkbench('none.ombud.json', wb)
    const out = join(dir, 'none.docx')
    await expect(run('--workbench', file, '--lang', 'nn', '--tracked', '--out', out)).rejects.toThrow(CommandError)
    await expect(run('--workbench', file, '--lang', 'nn', '--tracked', '--out', out)).rejects.toThrow(/ingen publisert versjon .* på nynorsk/)
    expect(readdirSync(dir)).not.toContain('none.docx')
  })

  it('rejects bad usage', async () => {
    const file = writeWorkbench('usage.ombud.json', sampleWorkbench(NOW))
    await expect(run('--workbench', file)).rejects.toThrow(UsageError)
    await expect(run('--workbench', file, '--out', join(dir, 'x.pdf'))).rejects.toThrow(/\.docx/)
    await expect(run('--workbench', file, '--lang', 'en', '--out', join(dir, 'x.docx'))).rejects.toThrow(/nb eller nn/)
    await expect(run('--workbench', file, '--updated', '23.11.2026', '--out', join(dir, 'x.docx'))).rejects.toThrow(/ÅÅÅÅ-MM-DD/)
    await expect(run('--workbench', join(dir, 'finnes-ikke.json'), '--out', join(dir, 'x.docx'))).rejects.toThrow(/finner ikke/)
    writeFileSync(join(dir, 'broken.json'), '{"format":"ombud-workbench"')
    await expect(run('--workbench', join(dir, 'broken.json'), '--out', join(dir, 'x.docx'))).rejects.toThrow(UsageError)
  })

  it('runs through the real CLI entry with the documented exit codes', () => {
    const cli = (...args: string[]) => {
      const r = spawnSync(join(root, 'node_modules/.bin/tsx'), ['electron/cli/index.ts', ...args], { cwd: root, encoding: 'utf8' })
      return { code: r.status, stdout: r.stdout, stderr: r.stderr }
    }
    const file = writeWorkbench('entry.ombud.json', sampleWorkbench(NOW))
    const none = cli('policy', '--workbench', file, '--tracked', '--out', join(dir, 'entry.docx'))
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/^ombud: arbeidsboken har ingen publisert versjon av personvernerklæringen på bokmål/)
    expect(cli('policy', '--workbench', file).code).toBe(2)
  })
})
