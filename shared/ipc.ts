/**
 * The IPC contract between the renderer (through the preload's `window.ombud`) and the
 * main process: channel names, request and response types, and a zod schema for every
 * request payload. Main validates each payload against these schemas before acting,
 * because a compromised renderer must not be able to steer file writes.
 */
import { z } from 'zod'

/** Largest file Ombud reads or writes in one go (100 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
/**
 * Largest workbench file (a ZIP container with attachments, shared/files/workbench-container.ts):
 * allowed past MAX_FILE_BYTES, like an audit pack with its attachments, asked for with `large: true`.
 */
export const MAX_WORKBENCH_FILE_BYTES = 1200 * 1024 * 1024
/** Largest total size of the files written by one `file:save-folder` call. */
export const MAX_FOLDER_BYTES = 250 * 1024 * 1024
/** Most files one `file:save-folder` call may write. */
export const MAX_FOLDER_FILES = 200
/** Longest file or folder name, in characters and in UTF-8 bytes (common file-system limit). */
export const MAX_NAME_LENGTH = 255
const MAX_FILTERS = 20
const MAX_EXTENSIONS = 20

// Device names Windows refuses as file names, with or without an extension.
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i
// Characters that are path separators or invalid on Windows, plus control characters.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[/\\<>:"|?*\u0000-\u001f\u007f]/

/**
 * Why `name` cannot be used as a single file or folder name on Windows, macOS and Linux,
 * or `null` when it can. The rules are the intersection of the three platforms, so a name
 * accepted here never escapes the chosen folder and never fails on another machine.
 */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Navnet er tomt.'
  if (name.length > MAX_NAME_LENGTH || new TextEncoder().encode(name).length > MAX_NAME_LENGTH) {
    return `Navnet er for langt (mer enn ${MAX_NAME_LENGTH} tegn).`
  }
  if (FORBIDDEN_CHARS.test(name)) {
    return 'Navnet kan ikke inneholde skråstrek, omvendt skråstrek, kontrolltegn eller tegnene < > : " | ? *.'
  }
  if (name !== name.trim()) return 'Navnet kan ikke begynne eller slutte med mellomrom.'
  if (name.endsWith('.')) return 'Navnet kan ikke slutte med punktum.'
  if (WINDOWS_RESERVED.test(name)) return `«${name}» er et reservert navn i Windows.`
  return null
}

/**
 * Size of `data` in bytes once written (strings as UTF-8). Counts without allocating,
 * so checking a 100 MB string does not first copy it.
 */
export function byteLength(data: string | Uint8Array): number {
  if (typeof data !== 'string') return data.byteLength
  let bytes = 0
  for (let i = 0; i < data.length; i++) {
    const unit = data.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < data.length) {
      const next = data.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3 // the rest of the BMP, and lone surrogates (written as U+FFFD)
  }
  return bytes
}

function tooLarge(data: string | Uint8Array, limit = MAX_FILE_BYTES): boolean {
  // A UTF-16 code unit is at least one UTF-8 byte: the length alone often decides.
  if (typeof data === 'string' && data.length > limit) return true
  return byteLength(data) > limit
}

const fileNameSchema = z.string().superRefine((value, ctx) => {
  const problem = fileNameProblem(value)
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem })
})

/** File contents: text (written as UTF-8) or bytes, at most {@link MAX_FILE_BYTES}. */
export const fileDataSchema = z
  // z.custom, not z.instanceof: the latter types the bytes as Uint8Array<ArrayBuffer>, and
  // callers hold the wider Uint8Array (e.g. Node Buffers or views of any buffer).
  .union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array)], {
    error: 'Innholdet må være tekst eller bytes (Uint8Array).',
  })
  .refine((data) => !tooLarge(data), { error: 'Filen er større enn 100 MB.' })

/** A file-type filter in a save or open dialog; extensions without the dot, or `*`. */
export const fileFilterSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  extensions: z
    .array(
      z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, {
        error: 'Filendelsen må være bokstaver og tall uten punktum, eller *.',
      }),
    )
    .min(1)
    .max(MAX_EXTENSIONS),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

const filtersSchema = z.array(fileFilterSchema).max(MAX_FILTERS)

/** File contents of any size up to the workbench limit; the request's `large` decides the limit. */
const largeFileDataSchema = z
  .union([z.string(), z.custom<Uint8Array>((value) => value instanceof Uint8Array)], {
    error: 'Innholdet må være tekst eller bytes (Uint8Array).',
  })
  .refine((data) => !tooLarge(data, MAX_WORKBENCH_FILE_BYTES), { error: 'Filen er større enn 1 200 MB.' })

export const saveFileRequestSchema = z
  .strictObject({
    suggestedName: fileNameSchema,
    filters: filtersSchema,
    data: largeFileDataSchema,
    /** A workbench file or an audit pack (ZIP), which may be up to MAX_WORKBENCH_FILE_BYTES; other files stop at MAX_FILE_BYTES. */
    large: z.literal(true).optional(),
  })
  .refine((request) => request.large === true || !tooLarge(request.data), { error: 'Filen er større enn 100 MB.', path: ['data'] })
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
  /** A workbench file, which may be up to MAX_WORKBENCH_FILE_BYTES; other files stop at MAX_FILE_BYTES. */
  large: z.literal(true).optional(),
})
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>

function folderKey(name: string): string {
  // Windows and macOS compare names case-insensitively, and macOS also ignores normalisation.
  return name.normalize('NFC').toLowerCase()
}

export const saveFolderRequestSchema = z
  .strictObject({
    suggestedName: fileNameSchema,
    files: z
      .array(z.strictObject({ name: fileNameSchema, data: fileDataSchema }))
      .min(1)
      .max(MAX_FOLDER_FILES),
  })
  .refine(
    (request) => new Set(request.files.map((f) => folderKey(f.name))).size === request.files.length,
    {
      error: 'To filer i mappen har samme navn.',
      path: ['files'],
    },
  )
  .refine(
    // Each file is at most 100 MB here (checked above), so the sum cannot overflow.
    (request) => request.files.reduce((sum, f) => sum + byteLength(f.data), 0) <= MAX_FOLDER_BYTES,
    { error: 'Filene er til sammen større enn 250 MB.', path: ['files'] },
  )
export type SaveFolderRequest = z.infer<typeof saveFolderRequestSchema>

/**
 * An attachment to hand to the operating system: main writes it to a new private folder
 * under the system's temporary folder and asks the OS to open it with the program chosen
 * for its kind. Only the kinds Ombud accepts as attachments may pass, by extension.
 */
export const ATTACHMENT_OPEN_EXTENSIONS = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg'] as const
export const openAttachmentRequestSchema = z.strictObject({
  fileName: fileNameSchema.refine(
    (name) => (ATTACHMENT_OPEN_EXTENSIONS as readonly string[]).includes(/\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''),
    { error: 'Bare PDF, Word, Excel og bilder kan åpnes.' },
  ),
  data: z.custom<Uint8Array>((value) => value instanceof Uint8Array).refine((d) => d.byteLength > 0 && d.byteLength <= MAX_FILE_BYTES, {
    error: 'Vedlegget er tomt eller større enn 100 MB.',
  }),
})
export type OpenAttachmentRequest = z.infer<typeof openAttachmentRequestSchema>

/** Result of a save: `saved` is false when the user cancelled the dialog. */
export interface SaveResult {
  saved: boolean
  /** Absolute path of the written file or folder, when saved. */
  path?: string
}

/** A file the user picked in the open dialog; `name` is the file name without folders. */
export interface OpenedFile {
  name: string
  /** Backed by a plain ArrayBuffer, so it can go straight into a Blob or a decoder. */
  data: Uint8Array<ArrayBuffer>
}

export interface AppInfo {
  name: string
  version: string
}

/** Channel → request and response of every `ipcRenderer.invoke` call. */
export interface IpcContract {
  'file:save': { request: SaveFileRequest; response: SaveResult }
  /** Resolves to `null` when the user cancels; rejects with a Norwegian message for files over 100 MB. */
  'file:open': { request: OpenFileRequest; response: OpenedFile | null }
  /** Writes all files into a new folder at once: either the whole folder appears or nothing. */
  'file:save-folder': { request: SaveFolderRequest; response: SaveResult }
  'app:info': { request: undefined; response: AppInfo }
  /** Hands an attachment to the operating system to open; resolves when the OS has been asked. */
  'attachment:open': { request: OpenAttachmentRequest; response: undefined }
}

export type IpcChannel = keyof IpcContract
export type IpcRequest<C extends IpcChannel> = IpcContract[C]['request']
export type IpcResponse<C extends IpcChannel> = IpcContract[C]['response']

/** The schema main validates each channel's payload with. */
export const ipcRequestSchemas = {
  'file:save': saveFileRequestSchema,
  'file:open': openFileRequestSchema,
  'file:save-folder': saveFolderRequestSchema,
  'app:info': z.undefined(),
  'attachment:open': openAttachmentRequestSchema,
} as const satisfies { [C in IpcChannel]: z.ZodType<IpcRequest<C>> }

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['new-workbench', 'open-workbench', 'save-copy'] as const
export const menuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Main → renderer events: channel → payload. */
export interface IpcEvents {
  'menu:command': MenuCommand
}
export type IpcEventChannel = keyof IpcEvents

/** What the preload exposes as `window.ombud`. Absent in the plain web build. */
export interface OmbudApi {
  /** Shows a save dialog and writes `data` atomically; `{ saved: false }` when cancelled. */
  saveFile(request: SaveFileRequest): Promise<SaveResult>
  /** Shows an open dialog and reads the chosen file; `null` when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  /** Asks for the name of a new folder and writes all `files` into it atomically. */
  saveFolder(request: SaveFolderRequest): Promise<SaveResult>
  appInfo(): Promise<AppInfo>
  /** Opens an attachment in the program the operating system uses for its kind. */
  openAttachment(request: OpenAttachmentRequest): Promise<undefined>
  /** Subscribes to the application menu; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}
