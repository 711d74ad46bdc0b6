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
import { t } from '../strings'

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
  if (error instanceof TargetExistsError) return t.writeErrors.exists(name)
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return t.writeErrors.accessDenied(name)
    case 'EBUSY':
      return t.writeErrors.busy(name)
    case 'ENOSPC':
    case 'EDQUOT':
      return t.writeErrors.noSpace(name)
    case 'EROFS':
      return t.writeErrors.readOnly(name)
    case 'ENOENT':
    case 'ENOTDIR':
      return t.writeErrors.folderGone(name)
    case 'ENAMETOOLONG':
      return t.writeErrors.pathTooLong(name)
    case 'EEXIST':
    case 'ENOTEMPTY':
      return t.writeErrors.exists(name)
    default:
      return t.writeErrors.other(name, errorCode(error))
  }
}

/** Turns a file-system error while reading into a Norwegian message naming the file. */
export function readErrorMessage(error: unknown, name: string): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return t.readErrors.accessDenied(name)
    case 'ENOENT':
      return t.readErrors.gone(name)
    case 'EISDIR':
      return t.readErrors.isFolder(name)
    default:
      return t.readErrors.other(name, errorCode(error))
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
    if (!stat.isFile()) throw new FileOperationError(t.readErrors.notRegularFile(name))
    const tooLarge = new FileOperationError(t.readErrors.tooLarge(name, megabytes(limit)))
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
      title: t.dialogs.saveTitle,
      buttonLabel: t.dialogs.saveButton,
      nameFieldLabel: t.dialogs.fileNameLabel,
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
      title: t.dialogs.openTitle,
      buttonLabel: t.dialogs.openButton,
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
      title: t.dialogs.saveFolderTitle,
      buttonLabel: t.dialogs.saveButton,
      nameFieldLabel: t.dialogs.folderNameLabel,
      message: t.dialogs.saveFolderMessage,
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
