/**
 * Opening an attachment: the bytes come from the renderer (the attachment store), are
 * written to a new private folder under the system's temporary folder, and the operating
 * system opens the file with the program chosen for its kind. Ombud never renders an
 * attached file in its own window. The payload is validated by `handle` (its kind by
 * extension, its size); the name is a single file name, so it cannot leave the folder.
 */
import type * as nodeFs from 'node:fs/promises'
import { join } from 'node:path'
import type { OpenAttachmentRequest } from '../../../shared/ipc'
import { FileOperationError, writeErrorMessage } from './files'
import type { Handle } from './handle'
import { t } from '../strings'

export interface AttachmentOpenerDeps {
  fs: typeof nodeFs
  /** The system's temporary folder. */
  tempDir: () => string
  /** Asks the OS to open a file; resolves to an error message, empty when it worked (Electron's shell.openPath). */
  openPath: (path: string) => Promise<string>
}

/** Writes the attachment to a new private folder and hands it to the OS. */
export function createAttachmentOpener(deps: AttachmentOpenerDeps) {
  return async function openAttachment(request: OpenAttachmentRequest): Promise<undefined> {
    let path: string
    try {
      const dir = await deps.fs.mkdtemp(join(deps.tempDir(), 'ombud-vedlegg-'))
      path = join(dir, request.fileName)
      await deps.fs.writeFile(path, request.data, { mode: 0o600, flag: 'wx' })
    } catch (error) {
      throw new FileOperationError(writeErrorMessage(error, request.fileName), { cause: error })
    }
    const problem = await deps.openPath(path)
    if (problem !== '') throw new FileOperationError(t.attachments.noProgram(request.fileName))
    return undefined
  }
}

export function registerAttachmentHandlers(handle: Handle, deps: AttachmentOpenerDeps): void {
  const open = createAttachmentOpener(deps)
  handle('attachment:open', (request) => open(request))
}
