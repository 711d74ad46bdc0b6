/**
 * An attached file (vedlegg): a signed processor agreement, SCCs or a transfer impact
 * assessment, a balancing test, a DPIA appendix, a breach's documentation, a routine.
 * This record is the file's metadata; the bytes are kept apart from it.
 *
 * How the bytes travel (ARCHITECTURE):
 *
 * - The workbench stays one file, and that file becomes a ZIP container: the entry
 *   `workbench.json` is the JSON document the `.ombud.json` file holds today (every record,
 *   these metadata rows included, never bytes), and each attachment is one more entry,
 *   `attachments/<sha256>`, named by its content hash so that one file attached twice is
 *   stored once and every entry can be checked against its metadata. A file that starts
 *   with `{` is a workbench without attachments from before, and still opens.
 * - Why a ZIP and not base64 inside the JSON: a ZIP has its directory at the end, so a
 *   reader finds each entry's offset without reading any bytes, and `Blob.slice()` of the
 *   opened File hands an attachment to IndexedDB as a Blob without copying it into memory.
 *   Opening a 200 MB workbench reads the directory (kilobytes) and `workbench.json`
 *   (megabytes), validates all of it, then copies the entries one by one in a Web Worker:
 *   memory stays near the largest attachment, never the file. Base64 in the JSON would grow
 *   the file by a third and need all of it as one string for JSON.parse (V8 refuses strings
 *   past ~512 MB, and the parsed copy comes on top), so a large workbench would not open.
 *   A sidecar folder would break "one file" the first time a user mails the workbench.
 * - Entries are stored, not deflated: PDF, .docx, .xlsx, PNG and JPEG are compressed
 *   already. Stored entries keep offsets equal to bytes (slicing works) and cost no CPU.
 *   ZIP needs each entry's CRC-32; it is computed once when the file is attached and kept
 *   here, so saving is a concatenation of Blobs that the main process streams to disk with
 *   its atomic write.
 * - The limits (MAX_ATTACHMENT_BYTES a file, MAX_ATTACHMENTS_TOTAL_BYTES in all) keep the
 *   container within plain ZIP (no ZIP64), and the zip guard of shared/files checks the
 *   directory against them before any entry is read.
 * - In IndexedDB the metadata is a table like any other (change log, snapshots, useTable);
 *   the bytes live in their own table keyed by sha256, so no table read ever loads them.
 * - Opening an attachment hands the bytes to the operating system (Electron) or downloads
 *   them (web); Ombud never renders an attached file in its own page.
 */
import { z } from 'zod'
import { id, isoDateTime, requiredShort, shortText } from './common'

/** The largest file that can be attached. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
/** The most bytes of all attachments of a workbench together (well inside plain ZIP's 4 GB). */
export const MAX_ATTACHMENTS_TOTAL_BYTES = 1024 * 1024 * 1024
/** The most attachments a workbench holds. */
export const MAX_ATTACHMENTS = 10_000

/** The kinds of file accepted, by media type, with the file-name extensions each may have. */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
} as const satisfies Record<string, readonly string[]>
export type AttachmentMediaType = keyof typeof ATTACHMENT_TYPES
export const ATTACHMENT_MEDIA_TYPES = Object.keys(ATTACHMENT_TYPES) as [AttachmentMediaType, ...AttachmentMediaType[]]

/** What a file is attached to. `recordId` is null for the organisation itself. */
export const ATTACHMENT_OWNERS = ['organization', 'activities', 'processors', 'transfers', 'breaches', 'dpias', 'routines'] as const
export type AttachmentOwner = (typeof ATTACHMENT_OWNERS)[number]

/** What the file is, so the audit pack can pick "the signed agreements" or "the TIAs". */
export const ATTACHMENT_PURPOSES = [
  'signed-agreement',
  'scc',
  'tia',
  'balancing-test',
  'dpia-appendix',
  'breach-documentation',
  'routine',
  'other',
] as const
export type AttachmentPurpose = (typeof ATTACHMENT_PURPOSES)[number]

/** A file name with no folder part and no control characters, as the user's system gave it. */
const fileName = requiredShort
  .max(255)
  .refine((name) => ![...name].some((ch) => ch === '/' || ch === '\\' || ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) && name !== '.' && name !== '..', {
    error: 'kan ikke inneholde mappenavn eller kontrolltegn',
  })

export const attachment = z
  .strictObject({
    id,
    owner: z.strictObject({ table: z.enum(ATTACHMENT_OWNERS), recordId: id.nullable() }),
    purpose: z.enum(ATTACHMENT_PURPOSES),
    /** What the document is, e.g. "Signert databehandleravtale". */
    title: requiredShort,
    fileName,
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
    size: z.int().min(1).max(MAX_ATTACHMENT_BYTES),
    /** SHA-256 of the bytes, lower-case hex: the key of the bytes and their check. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'må være en SHA-256-sum (64 tegn 0–9 og a–f)' }),
    /** CRC-32 of the bytes, which the ZIP container needs for the entry. */
    crc32: z.int().min(0).max(0xffff_ffff),
    /** Who attached it. */
    addedBy: shortText,
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .refine((a) => (a.owner.table === 'organization') === (a.owner.recordId === null), {
    error: 'må høre til virksomheten eller til én bestemt post',
    path: ['owner', 'recordId'],
  })
export type Attachment = z.infer<typeof attachment>

/** Norwegian names of the fields, for messages that name the field. */
export const ATTACHMENT_FIELD_LABELS: Record<string, string> = {
  owner: 'hører til',
  table: 'type post',
  recordId: 'post',
  purpose: 'type dokument',
  title: 'tittel',
  fileName: 'filnavn',
  mediaType: 'filtype',
  size: 'størrelse',
  sha256: 'kontrollsum (SHA-256)',
  crc32: 'kontrollsum (CRC-32)',
  addedBy: 'lagt ved av',
}
