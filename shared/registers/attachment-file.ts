/**
 * The check of a file the user wants to attach, before anything is stored: its kind (by
 * extension and by its first bytes, which must agree) and its size, with a Norwegian
 * message that says what is accepted when it is refused.
 */
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, type AttachmentMediaType } from '../model/attachment'

export type AttachmentCheck = { ok: true; mediaType: AttachmentMediaType } | { ok: false; message: string }

const ACCEPTED = 'Ombud tar imot PDF, Word (.docx), Excel (.xlsx) og bilder (PNG og JPEG).'

/** How each kind of file starts. .docx and .xlsx are ZIP containers. */
const SIGNATURES: Record<AttachmentMediaType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [0x50, 0x4b, 0x03, 0x04],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [0x50, 0x4b, 0x03, 0x04],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
}

const KIND_NAMES: Record<AttachmentMediaType, string> = {
  'application/pdf': 'en PDF-fil',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'et Word-dokument',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'et Excel-ark',
  'image/png': 'et PNG-bilde',
  'image/jpeg': 'et JPEG-bilde',
}

/** "31,2 MB": a size as a Norwegian reader writes it. */
export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`
}

/**
 * Whether a file may be attached. `head` is the file's first bytes (at least 8 when the
 * file has them); the whole file is not needed.
 */
export function checkAttachmentFile(name: string, size: number, head: Uint8Array): AttachmentCheck {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  const mediaType = (Object.keys(ATTACHMENT_TYPES) as AttachmentMediaType[]).find((t) => (ATTACHMENT_TYPES[t] as readonly string[]).includes(extension))
  if (!mediaType) return { ok: false, message: `«${name}» kan ikke legges ved. ${ACCEPTED}` }
  if (size === 0) return { ok: false, message: `«${name}» er tom.` }
  if (size > MAX_ATTACHMENT_BYTES) {
    return { ok: false, message: `«${name}» er ${formatMegabytes(size)}. Et vedlegg kan være høyst ${String(MAX_ATTACHMENT_BYTES / (1024 * 1024))} MB.` }
  }
  const signature = SIGNATURES[mediaType]
  if (head.length < signature.length || signature.some((b, i) => head[i] !== b)) {
    return { ok: false, message: `«${name}» er ikke ${KIND_NAMES[mediaType]}: innholdet stemmer ikke med filtypen.` }
  }
  return { ok: true, mediaType }
}
