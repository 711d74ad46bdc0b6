/**
 * Checks a zip container (.docx, .xlsx) against size limits before any reader unpacks it.
 *
 * Readers such as mammoth and exceljs unpack every entry into memory first and look at
 * sizes afterwards, so a 1 MB file that inflates to gigabytes (a "zip bomb") would freeze
 * the page and exhaust memory before any limit of theirs applies. This guard reads the
 * zip's central directory and refuses entries whose declared size passes a limit; it then
 * inflates every entry in small chunks with a running count and stops as soon as the
 * actual size passes the limit, whatever the directory claimed. Nothing inflated is kept:
 * the memory used is one chunk at a time. Only a file that passes is handed to a reader.
 *
 * ZIP64 and encrypted entries are refused: no .docx or .xlsx within these limits needs them.
 * So is anything that would let a reader see other entries than the guard checked: a gap
 * between the central directory and its end record (JSZip, which exceljs and mammoth use,
 * then shifts every offset), more directory records than the end record counts (JSZip reads
 * them all), and an Info-ZIP Unicode path, which JSZip uses instead of the entry's name.
 *
 * A reader that must also limit what is inside the entries (rows, cells) passes `inspect`:
 * it sees every entry's inflated bytes, one chunk at a time, and throws to stop.
 */
import { Inflate } from 'fflate'

export interface ZipLimits {
  /** Most entries in the archive. */
  maxEntries: number
  /** Most uncompressed bytes of any one entry. */
  maxEntryBytes: number
  /** Most uncompressed bytes of all entries together. */
  maxTotalBytes: number
}

/** What a zip was refused for; the reader turns it into its own Norwegian message. */
export type ZipProblem =
  | { kind: 'not-zip' }
  | { kind: 'corrupt' }
  | { kind: 'unsupported' }
  | { kind: 'too-many-entries'; count: number; limit: number }
  | { kind: 'entry-too-large'; entry: string; limit: number }
  | { kind: 'total-too-large'; limit: number }

export class ZipLimitError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(`zip refused: ${problem.kind}`)
    this.name = 'ZipLimitError'
  }
}

/** One entry as the central directory describes it. */
export interface ZipEntryInfo {
  name: string
  method: number
  compressedSize: number
  uncompressedSize: number
  localHeaderOffset: number
}

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_SIGNATURE = 0x02014b50
const LOCAL_SIGNATURE = 0x04034b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
/** Info-ZIP Unicode Path extra field. */
const UNICODE_PATH_FIELD = 0x7075
const EOCD_MIN = 22
/** The end record sits within the last 22 bytes plus a comment of at most 65 535 bytes. */
const EOCD_SEARCH = EOCD_MIN + 0xffff
/** Compressed bytes fed to the inflater at a time; deflate expands at most ~1 032×, so one push yields at most ~16 MB. */
const CHUNK = 16 * 1024

/** Receives an entry's inflated bytes in order; `final` marks the last chunk. Throws to stop the check. */
export type EntrySink = (chunk: Uint8Array, final: boolean) => void

export interface CheckOptions {
  /** Called before an entry is inflated; the sink it returns sees the entry's bytes. */
  inspect?: (entry: ZipEntryInfo) => EntrySink | undefined
}

/**
 * The entries as the zip's central directory lists them, without inflating anything:
 * for a reader that wants to know what a file is before checking it. Throws
 * ZipLimitError for what is not a zip, a damaged directory or too many entries.
 */
export function listZip(bytes: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  return readCentralDirectory(bytes, limits)
}

/**
 * Throws ZipLimitError unless `bytes` is a zip whose every entry, declared and actual,
 * stays within `limits`. Returns the entries (for a reader that wants their names).
 * An error thrown by a sink of `options.inspect` stops the check and is thrown as it is.
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits, options: CheckOptions = {}): ZipEntryInfo[] {
  const entries = readCentralDirectory(bytes, limits)
  let declaredTotal = 0
  for (const e of entries) {
    if (e.uncompressedSize > limits.maxEntryBytes) {
      throw new ZipLimitError({ kind: 'entry-too-large', entry: e.name, limit: limits.maxEntryBytes })
    }
    declaredTotal += e.uncompressedSize
    if (declaredTotal > limits.maxTotalBytes) throw new ZipLimitError({ kind: 'total-too-large', limit: limits.maxTotalBytes })
  }
  let actualTotal = 0
  for (const e of entries) actualTotal = inflateCounting(bytes, e, limits, actualTotal, options.inspect?.(e))
  return entries
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): ZipEntryInfo[] {
  if (bytes.length < EOCD_MIN || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new ZipLimitError({ kind: 'not-zip' })
  const dv = view(bytes)
  let eocd = -1
  for (let i = bytes.length - EOCD_MIN; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (dv.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new ZipLimitError({ kind: 'corrupt' })
  const count = dv.getUint16(eocd + 10, true)
  const dirSize = dv.getUint32(eocd + 12, true)
  const dirOffset = dv.getUint32(eocd + 16, true)
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) throw new ZipLimitError({ kind: 'unsupported' })
  if (count > limits.maxEntries) throw new ZipLimitError({ kind: 'too-many-entries', count, limit: limits.maxEntries })
  if (dirOffset + dirSize !== eocd) {
    const zip64 = eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIGNATURE
    throw new ZipLimitError({ kind: zip64 ? 'unsupported' : 'corrupt' })
  }
  const entries: ZipEntryInfo[] = []
  const names = new TextDecoder('utf-8', { fatal: false })
  let p = dirOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || dv.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new ZipLimitError({ kind: 'corrupt' })
    const flags = dv.getUint16(p + 8, true)
    const method = dv.getUint16(p + 10, true)
    const compressedSize = dv.getUint32(p + 20, true)
    const uncompressedSize = dv.getUint32(p + 24, true)
    const nameLength = dv.getUint16(p + 28, true)
    const extraLength = dv.getUint16(p + 30, true)
    const commentLength = dv.getUint16(p + 32, true)
    const localHeaderOffset = dv.getUint32(p + 42, true)
    if (p + 46 + nameLength > eocd) throw new ZipLimitError({ kind: 'corrupt' })
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength))
    if (flags & 0x1) throw new ZipLimitError({ kind: 'unsupported' }) // encrypted
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ZipLimitError({ kind: 'unsupported' })
    }
    if (method !== 0 && method !== 8) throw new ZipLimitError({ kind: 'unsupported' })
    if (p + 46 + nameLength + extraLength > eocd) throw new ZipLimitError({ kind: 'corrupt' })
    if (hasExtraField(dv, p + 46 + nameLength, extraLength, UNICODE_PATH_FIELD)) throw new ZipLimitError({ kind: 'unsupported' })
    entries.push({ name, method, compressedSize, uncompressedSize, localHeaderOffset })
    p += 46 + nameLength + extraLength + commentLength
  }
  // The directory must end where the end record says: a reader that reads records until
  // their signature stops would otherwise see records the guard did not check.
  if (p !== eocd) throw new ZipLimitError({ kind: 'corrupt' })
  return entries
}

function hasExtraField(dv: DataView, start: number, length: number, id: number): boolean {
  for (let p = start; p + 4 <= start + length; p += 4 + dv.getUint16(p + 2, true)) {
    if (dv.getUint16(p, true) === id) return true
  }
  return false
}

/** Inflates one entry, counting (and handing its bytes to `sink`); returns the running total of all entries so far. */
function inflateCounting(
  bytes: Uint8Array,
  e: ZipEntryInfo,
  limits: ZipLimits,
  totalBefore: number,
  sink: EntrySink | undefined,
): number {
  const dv = view(bytes)
  const h = e.localHeaderOffset
  if (h + 30 > bytes.length || dv.getUint32(h, true) !== LOCAL_SIGNATURE) throw new ZipLimitError({ kind: 'corrupt' })
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true)
  const end = start + e.compressedSize
  if (end > bytes.length) throw new ZipLimitError({ kind: 'corrupt' })
  const data = bytes.subarray(start, end)
  if (e.method === 0) {
    if (data.length > limits.maxEntryBytes) throw new ZipLimitError({ kind: 'entry-too-large', entry: e.name, limit: limits.maxEntryBytes })
    const total = totalBefore + data.length
    if (total > limits.maxTotalBytes) throw new ZipLimitError({ kind: 'total-too-large', limit: limits.maxTotalBytes })
    sink?.(data, true)
    return total
  }
  let size = 0
  let over: ZipProblem | null = null
  // An error of the sink, kept apart so that it is not taken for damaged data.
  let stopped: { error: unknown } | null = null
  const inflater = new Inflate((chunk, final) => {
    if (over !== null || stopped !== null) return
    size += chunk.length
    if (size > limits.maxEntryBytes) over = { kind: 'entry-too-large', entry: e.name, limit: limits.maxEntryBytes }
    else if (totalBefore + size > limits.maxTotalBytes) over = { kind: 'total-too-large', limit: limits.maxTotalBytes }
    else if (sink) {
      try {
        sink(chunk, final)
      } catch (error) {
        stopped = { error }
      }
    }
  })
  try {
    for (let i = 0; i < data.length && over === null && stopped === null; i += CHUNK) {
      inflater.push(data.subarray(i, Math.min(i + CHUNK, data.length)), i + CHUNK >= data.length)
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true)
  } catch {
    if (over === null && stopped === null) throw new ZipLimitError({ kind: 'corrupt' })
  }
  if (stopped !== null) throw (stopped as { error: unknown }).error
  if (over !== null) throw new ZipLimitError(over)
  return totalBefore + size
}
