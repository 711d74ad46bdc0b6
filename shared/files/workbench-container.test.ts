import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { onePagePdf } from '../../resources/sample-registers'
import type { Attachment } from '../model/attachment'
import { serializeWorkbench, toWorkbench, WorkbenchError, type Workbench } from '../model/workbench'
import { crc32 } from '../registers/png'
import { buildZip } from './test-bombs'
import {
  concatBytes,
  containerParts,
  isPlainJsonWorkbench,
  readWorkbenchFile,
  sha256Hex,
  verifyAttachmentHashes,
  workbenchFileParts,
} from './workbench-container'

const NOW = '2026-04-01T08:00:00.000Z'
const V1 = readFileSync(join(__dirname, '../../tests/fixtures/workbench-v1.ombud.json'))

async function meta(id: string, bytes: Uint8Array, over: Partial<Attachment> = {}): Promise<Attachment> {
  return {
    id,
    owner: { table: 'organization', recordId: null },
    purpose: 'routine',
    title: `Rutine ${id}`,
    fileName: `${id}.pdf`,
    mediaType: 'application/pdf',
    size: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    crc32: crc32(bytes),
    addedBy: 'Kari',
    createdAt: NOW,
    updatedAt: NOW,
    ...over,
  }
}

function emptyWorkbench(over: Partial<Workbench> = {}): Workbench {
  return {
    ...toWorkbench({ organization: null, activities: [], processors: [], transfers: [], sources: [], clauses: [], policyVersions: [], changes: [] }, NOW),
    ...over,
  }
}

function write(wb: Workbench, bytes: Map<string, Uint8Array>): Uint8Array {
  return concatBytes(workbenchFileParts(wb, (sha) => bytes.get(sha)!))
}

function messageOf(f: () => unknown): string {
  try {
    f()
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    return (error as Error).message
  }
  throw new Error('expected a WorkbenchError')
}

describe('the workbench file container', () => {
  it('writes a workbench without attachments as plain JSON, as before', () => {
    const wb = emptyWorkbench()
    const file = write(wb, new Map())
    expect(new TextDecoder().decode(file)).toBe(serializeWorkbench(wb))
    expect(isPlainJsonWorkbench(file)).toBe(true)
  })

  it('still opens a plain JSON workbench of format version 1, with empty registers', () => {
    const { workbench, attachmentBytes } = readWorkbenchFile(V1)
    expect(workbench.activities.length).toBeGreaterThan(0)
    expect(workbench.breaches).toEqual([])
    expect(workbench.attachments).toEqual([])
    expect(attachmentBytes.size).toBe(0)
  })

  it('round-trips attachments: the same records, the same bytes, one entry per distinct file', async () => {
    const a = onePagePdf('Avtale A', ['Signert 1. mars'])
    const b = onePagePdf('Avtale B', ['Signert 2. mars'])
    const attachments = [await meta('att-a', a), await meta('att-b', b), await meta('att-a2', a, { title: 'Samme fil igjen' })]
    const wb = emptyWorkbench({ attachments })
    const bytes = new Map([
      [attachments[0]!.sha256, a],
      [attachments[1]!.sha256, b],
    ])
    const file = write(wb, bytes)
    expect(isPlainJsonWorkbench(file)).toBe(false)
    expect([...file.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04])
    const read = readWorkbenchFile(file)
    expect(read.workbench).toEqual(wb)
    expect(read.attachmentBytes.size).toBe(2)
    expect([...read.attachmentBytes.get(attachments[0]!.sha256)!]).toEqual([...a])
    expect([...read.attachmentBytes.get(attachments[1]!.sha256)!]).toEqual([...b])
    await verifyAttachmentHashes(read)
    // Writing the same workbench again gives the same file.
    expect([...write(wb, bytes)]).toEqual([...file])
  })

  it('refuses a container whose attachment is missing, damaged or extra, naming the attachment', async () => {
    const a = onePagePdf('Avtale A', ['Signert'])
    const m = await meta('att-a', a)
    const wb = emptyWorkbench({ attachments: [m] })
    const json = new TextEncoder().encode(serializeWorkbench(wb))
    const jsonEntry = { name: 'workbench.json', size: json.length, crc32: crc32(json), data: json }
    const only = concatBytes(containerParts([jsonEntry]))
    expect(messageOf(() => readWorkbenchFile(only))).toBe('Vedlegg «Rutine att-a»: filen «att-a.pdf» mangler i arbeidsboken.')

    const damaged = new Uint8Array(a)
    damaged[20] = damaged[20]! ^ 0xff
    const bad = concatBytes(containerParts([jsonEntry, { name: `attachments/${m.sha256}`, size: damaged.length, crc32: crc32(a), data: damaged }]))
    expect(messageOf(() => readWorkbenchFile(bad))).toContain('er skadet')

    const extra = concatBytes(
      containerParts([jsonEntry, { name: `attachments/${m.sha256}`, size: a.length, crc32: crc32(a), data: a }, { name: `attachments/${'0'.repeat(64)}`, size: 1, crc32: crc32(new Uint8Array(1)), data: new Uint8Array(1) }]),
    )
    expect(messageOf(() => readWorkbenchFile(extra))).toContain('som ikke hører til noe vedlegg')

    const unknown = concatBytes(containerParts([jsonEntry, { name: '../evil.sh', size: 1, crc32: crc32(new Uint8Array(1)), data: new Uint8Array(1) }]))
    expect(messageOf(() => readWorkbenchFile(unknown))).toBe('Arbeidsboken har en del Ombud ikke kjenner: «../evil.sh».')
  })

  it('finds bytes that do not match their hash even when the CRC-32 was forged to match', async () => {
    const a = onePagePdf('Avtale A', ['Signert'])
    const other = onePagePdf('Avtale B', ['Noe annet'])
    const m = await meta('att-a', a)
    const forged = { ...m, size: other.length, crc32: crc32(other) }
    const file = write(emptyWorkbench({ attachments: [forged] }), new Map([[m.sha256, other]]))
    const read = readWorkbenchFile(file)
    await expect(verifyAttachmentHashes(read)).rejects.toThrow('innholdet stemmer ikke med kontrollsummen')
  })

  it('refuses a compressed bomb before unpacking it, and what is not a workbench at all', () => {
    const bomb = buildZip({ 'workbench.json': { head: '{"a":[', row: () => '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",', count: 2_400_000, tail: '""]}' } }, { understate: true })
    expect(bomb.byteLength).toBeLessThan(10 * 1024 * 1024)
    expect(messageOf(() => readWorkbenchFile(bomb))).toMatch(/større enn en arbeidsbok kan ha|til sammen større/)
    expect(messageOf(() => readWorkbenchFile(onePagePdf('PDF', ['ikke en arbeidsbok'])))).toBe(
      'Filen er ikke en Ombud-arbeidsbok: den er verken JSON eller en arbeidsbok med vedlegg.',
    )
    expect(messageOf(() => readWorkbenchFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatch(/ikke en Ombud-arbeidsbok|skadet/)
  })
})
