/**
 * File handlers: native save/open dialogs with Norwegian labels, atomic writes, and a
 * size-limited read. Only paths the user picked in a dialog are ever touched; the
 * renderer supplies names and contents, never paths.
 */
import type * as nodeFs from 'node:fs/promises'
import { basename, join } from 'node:path'
import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron'
import {
  MAX_FILE_BYTES,
  MAX_WORKBENCH_FILE_BYTES,
  type OpenFileRequest,
  type OpenedFile,
  type SaveFileRequest,
  type SaveFolderRequest,
  type SaveResult,
} from '../../../shared/ipc'
import { TargetExistsError, writeFileAtomic, writeFolderAtomic } from './atomic-write'
import type { Handle } from './handle'

/** The native dialogs, already bound to the parent window by the caller. */
export interface FileDialogs {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>
}

export interface FileHandlerDeps {
  dialogs: FileDialogs
  fs: typeof nodeFs
  /** Folder the dialogs start in (the user's documents folder). */
  defaultDir: () => string
}

/** A failed file operation, with a message meant for the user. */
export class FileOperationError extends Error {}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String(error.code)
    : undefined
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })
}

/** Turns a file-system error while writing into a Norwegian message naming the file. */
export function writeErrorMessage(error: unknown, name: string): string {
  if (error instanceof TargetExistsError) {
    return `Det finnes allerede en fil eller mappe som heter «${name}». Velg et annet navn.`
  }
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return `Ombud fikk ikke lagre «${name}». Mappen kan være skrivebeskyttet, eller filen kan være åpen i et annet program.`
    case 'EBUSY':
      return `«${name}» er i bruk av et annet program. Lukk den der og prøv igjen.`
    case 'ENOSPC':
    case 'EDQUOT':
      return `Det er ikke nok ledig plass til å lagre «${name}».`
    case 'EROFS':
      return `«${name}» kan ikke lagres her fordi stedet er skrivebeskyttet.`
    case 'ENOENT':
    case 'ENOTDIR':
      return `Mappen du valgte for «${name}», finnes ikke lenger.`
    case 'ENAMETOOLONG':
      return `Stien til «${name}» er for lang. Velg en kortere mappe eller et kortere navn.`
    case 'EEXIST':
    case 'ENOTEMPTY':
      return `Det finnes allerede en fil eller mappe som heter «${name}». Velg et annet navn.`
    default:
      return `Ombud kunne ikke lagre «${name}»${errorCode(error) ? ` (${errorCode(error)})` : ''}.`
  }
}

/** Turns a file-system error while reading into a Norwegian message naming the file. */
export function readErrorMessage(error: unknown, name: string): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return `Ombud har ikke tilgang til å lese «${name}».`
    case 'ENOENT':
      return `«${name}» finnes ikke lenger.`
    case 'EISDIR':
      return `«${name}» er en mappe, ikke en fil.`
    default:
      return `Ombud kunne ikke åpne «${name}»${errorCode(error) ? ` (${errorCode(error)})` : ''}.`
  }
}

/**
 * Reads the file at `path`, refusing anything that is not a regular file or is larger than
 * {@link MAX_FILE_BYTES}. The size is checked on the open handle and again after reading,
 * so a file that grows in between cannot slip through.
 */
export async function readFileLimited(
  fs: typeof nodeFs,
  path: string,
  limit: number = MAX_FILE_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const name = basename(path)
  let handle: nodeFs.FileHandle
  try {
    handle = await fs.open(path, 'r')
  } catch (error) {
    throw new FileOperationError(readErrorMessage(error, name), { cause: error })
  }
  try {
    const stat = await handle.stat()
    if (!stat.isFile()) throw new FileOperationError(`«${name}» er ikke en vanlig fil.`)
    const tooLarge = new FileOperationError(
      `«${name}» er for stor til å åpnes. Ombud kan åpne filer på opptil ${megabytes(limit)} MB.`,
    )
    if (stat.size > limit) throw tooLarge
    const data = await handle.readFile()
    if (data.byteLength > limit) throw tooLarge
    // IPC clones the whole backing ArrayBuffer of a view; copy when the Buffer is a slice of a
    // larger (pooled) one, so no unrelated memory travels to the renderer.
    return data.byteOffset === 0 && data.buffer.byteLength === data.byteLength
      ? new Uint8Array(data.buffer, 0, data.byteLength)
      : new Uint8Array(data)
  } catch (error) {
    if (error instanceof FileOperationError) throw error
    throw new FileOperationError(readErrorMessage(error, name), { cause: error })
  } finally {
    await handle.close()
  }
}

/** The three file handlers, independent of IPC so they can be tested with fake dialogs. */
export function createFileHandlers(deps: FileHandlerDeps) {
  const { dialogs, fs, defaultDir } = deps

  async function save(request: SaveFileRequest): Promise<SaveResult> {
    const choice = await dialogs.showSaveDialog({
      title: 'Lagre fil',
      buttonLabel: 'Lagre',
      nameFieldLabel: 'Filnavn:',
      defaultPath: join(defaultDir(), request.suggestedName),
      filters: request.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    try {
      await writeFileAtomic(fs, choice.filePath, request.data)
    } catch (error) {
      throw new FileOperationError(writeErrorMessage(error, basename(choice.filePath)), {
        cause: error,
      })
    }
    return { saved: true, path: choice.filePath }
  }

  async function open(request: OpenFileRequest): Promise<OpenedFile | null> {
    const choice = await dialogs.showOpenDialog({
      title: 'Åpne fil',
      buttonLabel: 'Åpne',
      defaultPath: defaultDir(),
      filters: request.filters,
      properties: ['openFile'],
    })
    const path = choice.filePaths[0]
    if (choice.canceled || path === undefined) return null
    const limit = request.large ? MAX_WORKBENCH_FILE_BYTES : MAX_FILE_BYTES
    return { name: basename(path), data: await readFileLimited(fs, path, limit) }
  }

  async function saveFolder(request: SaveFolderRequest): Promise<SaveResult> {
    const choice = await dialogs.showSaveDialog({
      title: 'Lagre i ny mappe',
      buttonLabel: 'Lagre',
      nameFieldLabel: 'Mappenavn:',
      message: 'Velg hvor den nye mappen skal ligge, og hva den skal hete.',
      defaultPath: join(defaultDir(), request.suggestedName),
      properties: ['createDirectory'],
    })
    if (choice.canceled || !choice.filePath) return { saved: false }
    try {
      await writeFolderAtomic(fs, choice.filePath, request.files)
    } catch (error) {
      throw new FileOperationError(writeErrorMessage(error, basename(choice.filePath)), {
        cause: error,
      })
    }
    return { saved: true, path: choice.filePath }
  }

  return { save, open, saveFolder }
}

/** Registers `file:save`, `file:open` and `file:save-folder`. */
export function registerFileHandlers(handle: Handle, deps: FileHandlerDeps): void {
  const handlers = createFileHandlers(deps)
  handle('file:save', (request) => handlers.save(request))
  handle('file:open', (request) => handlers.open(request))
  handle('file:save-folder', (request) => handlers.saveFolder(request))
}
