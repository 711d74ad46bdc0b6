import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openAttachmentRequestSchema } from '../../../shared/ipc'
import { createAttachmentOpener } from './attachments'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'ombud-att-test-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('attachment:open', () => {
  it('writes the file to a new private folder and hands that path to the OS', async () => {
    const opened: string[] = []
    const open = createAttachmentOpener({ fs, tempDir: () => dir, openPath: (p) => (opened.push(p), Promise.resolve('')) })
    await open({ fileName: 'avtale.pdf', data: new Uint8Array([0x25, 0x50, 0x44, 0x46]) })
    expect(opened).toHaveLength(1)
    expect(dirname(dirname(opened[0]!))).toBe(dir)
    expect([...(await fs.readFile(opened[0]!))]).toEqual([0x25, 0x50, 0x44, 0x46])
  })

  it('says so in Norwegian when the OS has no program for the file', async () => {
    const open = createAttachmentOpener({ fs, tempDir: () => dir, openPath: () => Promise.resolve('No application') })
    await expect(open({ fileName: 'bilde.png', data: new Uint8Array([1]) })).rejects.toThrow('Maskinen fant ikke et program som kan åpne «bilde.png».')
  })

  it('accepts only attachment kinds and plain file names', () => {
    const data = new Uint8Array([1])
    expect(openAttachmentRequestSchema.safeParse({ fileName: 'avtale.pdf', data }).success).toBe(true)
    expect(openAttachmentRequestSchema.safeParse({ fileName: 'run.exe', data }).success).toBe(false)
    expect(openAttachmentRequestSchema.safeParse({ fileName: '../avtale.pdf', data }).success).toBe(false)
    expect(openAttachmentRequestSchema.safeParse({ fileName: 'side.html', data }).success).toBe(false)
    expect(openAttachmentRequestSchema.safeParse({ fileName: 'tom.pdf', data: new Uint8Array() }).success).toBe(false)
  })
})
