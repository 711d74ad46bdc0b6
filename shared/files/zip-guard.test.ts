import { Deflate, zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { concat } from './test-bombs'
import { checkZip, listZip, ZipLimitError, type ZipLimits, type ZipProblem } from './zip-guard'

const LIMITS: ZipLimits = { maxEntries: 100, maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000 }

function problemOf(fn: () => unknown): ZipProblem {
  try {
    fn()
  } catch (e) {
    if (e instanceof ZipLimitError) return e.problem
    throw e
  }
  throw new Error('expected a ZipLimitError')
}

/** Offset of the central directory entry of the first file. */
function centralOffset(zip: Uint8Array): number {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let i = zip.length - 22; i >= 0; i--) if (dv.getUint32(i, true) === 0x06054b50) return dv.getUint32(i + 16, true)
  throw new Error('no end record')
}

/** Deflates `mb` megabytes of zeros without holding them in memory. */
function deflatedZeros(mb: number, level: 1 | 9 = 9): Uint8Array {
  const parts: Uint8Array[] = []
  const d = new Deflate({ level }, (chunk) => parts.push(chunk))
  const zeros = new Uint8Array(1024 * 1024)
  for (let i = 0; i < mb; i++) d.push(zeros, i === mb - 1)
  return concat(parts)
}

/** A one-entry zip around raw deflate data, declaring `declared` as the uncompressed size. */
function zipAround(name: string, data: Uint8Array, declared: number): Uint8Array {
  const n = strToU8(name)
  const local = new Uint8Array(30 + n.length)
  const lv = new DataView(local.buffer)
  lv.setUint32(0, 0x04034b50, true)
  lv.setUint16(4, 20, true)
  lv.setUint16(8, 8, true)
  lv.setUint32(18, data.length, true)
  lv.setUint32(22, declared, true)
  lv.setUint16(26, n.length, true)
  local.set(n, 30)
  const central = new Uint8Array(46 + n.length)
  const cv = new DataView(central.buffer)
  cv.setUint32(0, 0x02014b50, true)
  cv.setUint16(10, 8, true)
  cv.setUint32(20, data.length, true)
  cv.setUint32(24, declared, true)
  cv.setUint16(28, n.length, true)
  cv.setUint32(42, 0, true)
  central.set(n, 46)
  const end = new Uint8Array(22)
  const ev = new DataView(end.buffer)
  ev.setUint32(0, 0x06054b50, true)
  ev.setUint16(8, 1, true)
  ev.setUint16(10, 1, true)
  ev.setUint32(12, central.length, true)
  ev.setUint32(16, local.length + data.length, true)
  const out = new Uint8Array(local.length + data.length + central.length + end.length)
  out.set(local, 0)
  out.set(data, local.length)
  out.set(central, local.length + data.length)
  out.set(end, local.length + data.length + central.length)
  return out
}

describe('checkZip', () => {
  it('accepts a zip within the limits and lists its entries', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:document/>'.repeat(1000)), 'a.txt': strToU8('hei') })
    const entries = checkZip(zip, LIMITS)
    expect(entries.map((e) => e.name).sort()).toEqual(['a.txt', 'word/document.xml'])
    expect(entries.find((e) => e.name === 'a.txt')!.uncompressedSize).toBe(3)
  })

  it('accepts stored (uncompressed) entries within the limits', () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(5000) }, { level: 0 })
    expect(checkZip(zip, LIMITS)).toHaveLength(1)
  })

  it('refuses what is not a zip', () => {
    expect(problemOf(() => checkZip(strToU8('Dette er ren tekst, ikke et Word-dokument.'), LIMITS))).toEqual({ kind: 'not-zip' })
    expect(problemOf(() => checkZip(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), LIMITS))).toEqual({ kind: 'not-zip' })
  })

  it('refuses a zip cut short', () => {
    const zip = zipSync({ 'a.txt': strToU8('hei'.repeat(100)) })
    expect(problemOf(() => checkZip(zip.subarray(0, zip.length - 30), LIMITS)).kind).toBe('corrupt')
  })

  it('refuses an entry whose declared size passes the limit, before inflating anything', () => {
    const zip = zipSync({ 'big.xml': strToU8('x') })
    const copy = zip.slice()
    new DataView(copy.buffer).setUint32(centralOffset(copy) + 24, LIMITS.maxEntryBytes + 1, true)
    expect(problemOf(() => checkZip(copy, LIMITS))).toEqual({ kind: 'entry-too-large', entry: 'big.xml', limit: LIMITS.maxEntryBytes })
  })

  it('refuses an entry that inflates past the limit although its directory claims a small size', () => {
    const zip = zipAround('word/document.xml', deflatedZeros(5), 100)
    expect(problemOf(() => checkZip(zip, LIMITS))).toEqual({
      kind: 'entry-too-large',
      entry: 'word/document.xml',
      limit: LIMITS.maxEntryBytes,
    })
  })

  it('refuses entries that together pass the total limit', () => {
    const part = new Uint8Array(900_000)
    const zip = zipSync({ a: part, b: part, c: part })
    expect(problemOf(() => checkZip(zip, LIMITS))).toEqual({ kind: 'total-too-large', limit: LIMITS.maxTotalBytes })
  })

  it('refuses too many entries', () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 101; i++) files[`f${i}.txt`] = strToU8('x')
    expect(problemOf(() => checkZip(zipSync(files), LIMITS))).toEqual({ kind: 'too-many-entries', count: 101, limit: 100 })
  })

  it('refuses encrypted entries and unknown compression methods', () => {
    const zip = zipSync({ 'a.txt': strToU8('hei') })
    const encrypted = zip.slice()
    new DataView(encrypted.buffer).setUint16(centralOffset(encrypted) + 8, 1, true)
    expect(problemOf(() => checkZip(encrypted, LIMITS))).toEqual({ kind: 'unsupported' })
    const bzip = zip.slice()
    new DataView(bzip.buffer).setUint16(centralOffset(bzip) + 10, 12, true)
    expect(problemOf(() => checkZip(bzip, LIMITS))).toEqual({ kind: 'unsupported' })
  })

  it('refuses a bomb at the limit, without inflating the rest or keeping what it inflated', () => {
    // 120 MB of zeros deflate to well under 1 MB; inflating all of it would hold the whole in
    // memory, but the guard stops at the entry limit and keeps nothing.
    const zip = zipAround('xl/sharedStrings.xml', deflatedZeros(120, 1), 1000)
    expect(zip.length).toBeLessThan(2_000_000)
    const limits = { maxEntries: 10, maxEntryBytes: 50 * 1024 * 1024, maxTotalBytes: 100 * 1024 * 1024 }
    const heapBefore = process.memoryUsage().heapUsed
    expect(problemOf(() => checkZip(zip, limits)).kind).toBe('entry-too-large')
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * 1024 * 1024)
  })

  it('lists the entries from the directory alone, without inflating them', () => {
    const zip = zipAround('xl/sharedStrings.xml', deflatedZeros(120, 1), 1000)
    expect(listZip(zip, LIMITS).map((e) => e.name)).toEqual(['xl/sharedStrings.xml'])
  })

  it('refuses a gap between the directory and its end record (JSZip would then read another directory)', () => {
    const zip = zipSync({ 'a.txt': strToU8('hei') })
    const dir = centralOffset(zip)
    const eocd = zip.length - 22
    // A copy with 46 spare bytes before the end record: the directory no longer ends where the end record is.
    const gapped = new Uint8Array(zip.length + 46)
    gapped.set(zip.subarray(0, eocd), 0)
    gapped.set(zip.subarray(eocd), eocd + 46)
    expect(new DataView(gapped.buffer).getUint32(dir, true)).toBe(0x02014b50)
    expect(problemOf(() => checkZip(gapped, LIMITS))).toEqual({ kind: 'corrupt' })
  })

  it('refuses more directory records than the end record counts (JSZip reads them all)', () => {
    const zip = zipSync({ 'a.txt': strToU8('hei'), 'b.txt': strToU8('hallo') })
    const counted = zip.slice()
    const end = new DataView(counted.buffer, counted.length - 22)
    end.setUint16(8, 1, true)
    end.setUint16(10, 1, true)
    expect(problemOf(() => checkZip(counted, LIMITS))).toEqual({ kind: 'corrupt' })
  })

  it('refuses an Info-ZIP Unicode path, which JSZip reads instead of the name the guard checked', () => {
    const name = strToU8('a.txt')
    const upath = strToU8('xl/worksheets/sheet1.xml')
    const extra = new Uint8Array(4 + 5 + upath.length)
    const ev = new DataView(extra.buffer)
    ev.setUint16(0, 0x7075, true)
    ev.setUint16(2, 5 + upath.length, true)
    extra[4] = 1
    extra.set(upath, 9)
    const zip = zipSync({ 'a.txt': [strToU8('hei'), { level: 0 }] })
    // Rebuild the directory record with the extra field.
    const dir = centralOffset(zip)
    const record = zip.subarray(dir, dir + 46 + name.length)
    const withExtra = new Uint8Array(record.length + extra.length)
    withExtra.set(record)
    withExtra.set(extra, record.length)
    new DataView(withExtra.buffer).setUint16(30, extra.length, true)
    const end = zip.slice(zip.length - 22)
    new DataView(end.buffer).setUint32(12, withExtra.length, true)
    const out = new Uint8Array(dir + withExtra.length + 22)
    out.set(zip.subarray(0, dir))
    out.set(withExtra, dir)
    out.set(end, dir + withExtra.length)
    expect(problemOf(() => checkZip(out, LIMITS))).toEqual({ kind: 'unsupported' })
  })

  it('hands each entry’s inflated bytes to the inspector, and stops at the inspector’s error', () => {
    const text = 'Behandlingsaktivitet;'.repeat(20_000)
    const zip = zipSync({ 'a.xml': strToU8(text), 'b.bin': [new Uint8Array(100).fill(7), { level: 0 }] })
    const seen = new Map<string, Uint8Array[]>()
    const finals: string[] = []
    checkZip(zip, LIMITS, {
      inspect: (entry) => (chunk, final) => {
        seen.set(entry.name, [...(seen.get(entry.name) ?? []), chunk.slice()])
        if (final) finals.push(entry.name)
      },
    })
    expect(finals.sort()).toEqual(['a.xml', 'b.bin'])
    const joined = (name: string) => Buffer.concat(seen.get(name)!).toString('utf8')
    expect(joined('a.xml')).toBe(text)
    expect(Buffer.concat(seen.get('b.bin')!)).toEqual(Buffer.alloc(100, 7))
    class Stop extends Error {}
    expect(() =>
      checkZip(zip, LIMITS, {
        inspect: () => () => {
          throw new Stop('nok')
        },
      }),
    ).toThrow(Stop)
  })
})
