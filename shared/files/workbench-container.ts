/**
 * The workbench file with its attachments: a ZIP container holding `workbench.json` (the
 * JSON document of shared/model/workbench.ts) and one stored entry `attachments/<sha256>`
 * per attached file. Why a ZIP, why stored entries and why the bytes are named by their
 * hash is explained in shared/model/attachment.ts.
 *
 * A workbench without attachments is written as plain JSON, as before, so that a file
 * made today still opens in an Ombud that knows nothing of attachments; a file whose first
 * byte (after white space or a byte-order mark) is `{` is read as such. Anything else must
 * be a ZIP container, and its central directory is checked against the limits by the zip
 * guard before any entry is read. The entries are handed out as views of the file's bytes
 * (`subarray`), never copied, so opening a 200 MB workbench needs the file in memory once.
 */
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENTS_TOTAL_BYTES } from '../model/attachment'
import { MAX_WORKBENCH_BYTES, parseWorkbench, serializeWorkbench, verifyPublishedVersions, WorkbenchError, type Workbench } from '../model/workbench'
import { crc32 } from '../registers/png'
import { checkZip, ZipLimitError, type ZipEntryInfo } from './zip-guard'

export const CONTAINER_JSON_ENTRY = 'workbench.json'
const ATTACHMENT_ENTRY = /^attachments\/([0-9a-f]{64})$/

/** The largest workbench file: the JSON document and every attachment, with room for the ZIP's own headers. */
export const MAX_CONTAINER_BYTES = MAX_WORKBENCH_BYTES + MAX_ATTACHMENTS_TOTAL_BYTES + (MAX_ATTACHMENTS + 1) * 256

const LIMITS = {
  maxEntries: MAX_ATTACHMENTS + 1,
  maxEntryBytes: Math.max(MAX_WORKBENCH_BYTES, MAX_ATTACHMENT_BYTES),
  maxTotalBytes: MAX_WORKBENCH_BYTES + MAX_ATTACHMENTS_TOTAL_BYTES,
}

/** A workbench as read from a file: the records, and the bytes of each attachment by its SHA-256. */
export interface WorkbenchFileContents {
  workbench: Workbench
  /** Views of the file's bytes, one per distinct attached file. */
  attachmentBytes: Map<string, Uint8Array>
}

/** Whether `bytes` is a workbench of plain JSON (no attachments), by its first significant byte. */
export function isPlainJsonWorkbench(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++
  return bytes[i] === 0x7b
}

function zipMessage(error: ZipLimitError): string {
  const p = error.problem
  switch (p.kind) {
    case 'not-zip':
      return 'Filen er ikke en Ombud-arbeidsbok: den er verken JSON eller en arbeidsbok med vedlegg.'
    case 'corrupt':
      return 'Arbeidsboken er skadet eller avkortet: innholdsfortegnelsen i filen kan ikke leses.'
    case 'unsupported':
      return 'Arbeidsboken er pakket på en måte Ombud ikke bruker (kryptert, ZIP64 eller ukjent komprimering).'
    case 'too-many-entries':
      return `Arbeidsboken har ${p.count.toLocaleString('nb-NO')} deler; høyst ${p.limit.toLocaleString('nb-NO')} er tillatt.`
    case 'entry-too-large':
      return `Delen «${p.entry}» i arbeidsboken er større enn en arbeidsbok kan ha.`
    case 'total-too-large':
      return 'Vedleggene i arbeidsboken er til sammen større enn Ombud tillater.'
  }
}

/**
 * Reads a workbench file, plain JSON or a container, checking everything before anything
 * is returned: the ZIP's directory against the limits, each entry's name, the JSON
 * document completely (parseWorkbench), and that every attachment's bytes are there with
 * the size and CRC-32 its metadata gives. The SHA-256 of each entry is checked by
 * `verifyAttachmentHashes`, which is asynchronous. Throws WorkbenchError with a Norwegian
 * message.
 */
export function readWorkbenchFile(bytes: Uint8Array): WorkbenchFileContents {
  if (isPlainJsonWorkbench(bytes)) return { workbench: parseWorkbench(bytes), attachmentBytes: new Map() }
  if (bytes.byteLength > MAX_CONTAINER_BYTES) {
    throw new WorkbenchError(`Filen er for stor (${Math.round(bytes.byteLength / 1024 / 1024)} MB) til å være en Ombud-arbeidsbok.`)
  }
  let entries: ZipEntryInfo[]
  try {
    entries = checkZip(bytes, LIMITS)
  } catch (error) {
    if (error instanceof ZipLimitError) throw new WorkbenchError(zipMessage(error))
    throw error
  }
  let json: Uint8Array | null = null
  const attachmentBytes = new Map<string, Uint8Array>()
  for (const e of entries) {
    if (e.method !== 0) throw new WorkbenchError(`Delen «${e.name}» i arbeidsboken er komprimert; Ombud lagrer alle deler ukomprimert.`)
    const data = entryData(bytes, e)
    if (e.name === CONTAINER_JSON_ENTRY) {
      if (json !== null) throw new WorkbenchError('Arbeidsboken har mer enn én «workbench.json».')
      json = data
      continue
    }
    const hash = ATTACHMENT_ENTRY.exec(e.name)?.[1]
    if (hash === undefined) throw new WorkbenchError(`Arbeidsboken har en del Ombud ikke kjenner: «${e.name}».`)
    if (attachmentBytes.has(hash)) throw new WorkbenchError(`Vedlegget «${hash}» forekommer mer enn én gang i arbeidsboken.`)
    attachmentBytes.set(hash, data)
  }
  if (json === null) throw new WorkbenchError('Arbeidsboken mangler «workbench.json».')
  const workbench = parseWorkbench(json)
  const problems: string[] = []
  const used = new Set<string>()
  for (const a of workbench.attachments) {
    used.add(a.sha256)
    const data = attachmentBytes.get(a.sha256)
    if (data === undefined) problems.push(`Vedlegg «${a.title}»: filen «${a.fileName}» mangler i arbeidsboken.`)
    else if (data.byteLength !== a.size || crc32(data) !== a.crc32) problems.push(`Vedlegg «${a.title}»: filen «${a.fileName}» er skadet (størrelse eller kontrollsum stemmer ikke).`)
  }
  for (const hash of attachmentBytes.keys()) {
    if (!used.has(hash)) problems.push(`Arbeidsboken har en fil («attachments/${hash}») som ikke hører til noe vedlegg.`)
  }
  if (problems.length > 0) throw new WorkbenchError(problems.slice(0, 3).join(' '), problems)
  return { workbench, attachmentBytes }
}

/** The bytes of a stored entry, as a view of the file. */
function entryData(bytes: Uint8Array, e: ZipEntryInfo): Uint8Array {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const h = e.localHeaderOffset
  const start = h + 30 + dv.getUint16(h + 26, true) + dv.getUint16(h + 28, true)
  return bytes.subarray(start, start + e.compressedSize)
}

/** SHA-256 of `bytes` as lower-case hex (Web Crypto: the browser, a worker and Node alike). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Throws WorkbenchError when an entry's bytes do not have the SHA-256 its name gives. */
export async function verifyAttachmentHashes(contents: WorkbenchFileContents): Promise<void> {
  for (const [hash, data] of contents.attachmentBytes) {
    if ((await sha256Hex(data)) !== hash) {
      const a = contents.workbench.attachments.find((x) => x.sha256 === hash)
      throw new WorkbenchError(`Vedlegg «${a?.title ?? hash}»: innholdet stemmer ikke med kontrollsummen. Filen er skadet.`)
    }
  }
}

/**
 * Opens a workbench file (plain JSON or a container) the one way the app and the CLI do:
 * everything readWorkbenchFile checks, then each attachment's SHA-256 and each published
 * policy version's hash. Throws WorkbenchError with a Norwegian message.
 */
export async function openWorkbenchFile(bytes: Uint8Array): Promise<WorkbenchFileContents> {
  const contents = readWorkbenchFile(bytes)
  await verifyAttachmentHashes(contents)
  await verifyPublishedVersions(contents.workbench)
  return contents
}

/** One entry to write: its name, its bytes (or what stands for them) with their size and CRC-32. */
export interface ContainerEntry<T> {
  name: string
  size: number
  crc32: number
  data: T
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
/** General-purpose flag bit 11: the entry's name is UTF-8 (APPNOTE 4.4.4). */
const UTF8_NAME = 0x0800

/** A `YYYY-MM-DD` date as a ZIP (MS-DOS) date. */
function dosDate(day: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) throw new RangeError(`Ugyldig dato: «${day}»`)
  return ((Number(m[1]) - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3])
}

/**
 * The parts of a ZIP container, in order: headers as bytes, and each entry's `data` as it
 * was given (bytes, or a Blob the caller concatenates without copying). Entries are stored.
 * A name that is not ASCII is marked as UTF-8, so «æøå» unpack right on every system. The
 * dates are fixed (1980-01-01, so writing the same workbench twice gives the same file)
 * unless `opts.date` gives the day (`YYYY-MM-DD`) to stamp on every entry.
 */
export function containerParts<T>(entries: ReadonlyArray<ContainerEntry<T>>, opts: { date?: string } = {}): Array<Uint8Array | T> {
  const date = opts.date === undefined ? DOS_DATE_1980_01_01 : dosDate(opts.date)
  if (entries.length >= 0xffff) throw new WorkbenchError('Arbeidsboken har for mange vedlegg til å lagres.')
  const encoder = new TextEncoder()
  const parts: Array<Uint8Array | T> = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = encoder.encode(e.name)
    const flags = name.length === e.name.length ? 0 : UTF8_NAME
    const local = new Uint8Array(30 + name.length)
    const l = new DataView(local.buffer)
    l.setUint32(0, 0x04034b50, true)
    l.setUint16(4, 10, true)
    l.setUint16(6, flags, true)
    l.setUint16(8, 0, true)
    l.setUint16(10, 0, true)
    l.setUint16(12, date, true)
    l.setUint32(14, e.crc32, true)
    l.setUint32(18, e.size, true)
    l.setUint32(22, e.size, true)
    l.setUint16(26, name.length, true)
    l.setUint16(28, 0, true)
    local.set(name, 30)
    const cd = new Uint8Array(46 + name.length)
    const c = new DataView(cd.buffer)
    c.setUint32(0, 0x02014b50, true)
    // A UTF-8 name is made by «Unix» (host 3) with mode 0644: Info-ZIP's unzip reads names of
    // MS-DOS entries (host 0) as code page 437 even when flagged UTF-8, and mangles «æøå».
    c.setUint16(4, flags === 0 ? 20 : 0x0314, true)
    c.setUint16(6, 10, true)
    c.setUint16(8, flags, true)
    c.setUint16(12, 0, true)
    c.setUint16(14, date, true)
    c.setUint32(16, e.crc32, true)
    c.setUint32(20, e.size, true)
    c.setUint32(24, e.size, true)
    c.setUint16(28, name.length, true)
    if (flags !== 0) c.setUint32(38, 0o100644 * 0x10000, true)
    c.setUint32(42, offset, true)
    cd.set(name, 46)
    central.push(cd)
    parts.push(local, e.data)
    offset += local.length + e.size
    if (offset > 0xfffffffe) throw new WorkbenchError('Arbeidsboken er for stor til å lagres (over 4 GB).')
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0)
  const end = new Uint8Array(22)
  const v = new DataView(end.buffer)
  v.setUint32(0, 0x06054b50, true)
  v.setUint16(8, entries.length, true)
  v.setUint16(10, entries.length, true)
  v.setUint32(12, dirSize, true)
  v.setUint32(16, offset, true)
  parts.push(...central, end)
  return parts
}

/**
 * The workbench file's parts: plain JSON when there are no attachments, else the ZIP
 * container with `workbench.json` first and the distinct attachments by hash.
 * `bytesOf(sha256)` gives each attachment's bytes (or a Blob); it is called once per hash.
 */
export function workbenchFileParts<T>(wb: Workbench, bytesOf: (sha256: string) => T): Array<Uint8Array | T> {
  const json = new TextEncoder().encode(serializeWorkbench(wb))
  if (wb.attachments.length === 0) return [json]
  const entries: Array<ContainerEntry<Uint8Array | T>> = [{ name: CONTAINER_JSON_ENTRY, size: json.length, crc32: crc32(json), data: json }]
  const seen = new Set<string>()
  for (const a of [...wb.attachments].sort((x, y) => (x.sha256 < y.sha256 ? -1 : x.sha256 > y.sha256 ? 1 : 0))) {
    if (seen.has(a.sha256)) continue
    seen.add(a.sha256)
    entries.push({ name: `attachments/${a.sha256}`, size: a.size, crc32: a.crc32, data: bytesOf(a.sha256) })
  }
  return containerParts(entries)
}

/** Joins parts that are all bytes into one array (the CLI and tests; the app joins Blobs). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}
