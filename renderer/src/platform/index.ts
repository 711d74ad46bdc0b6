/**
 * The one door from the renderer to the outside world. In Electron it goes through the
 * preload's `window.ombud`; in the plain web build it uses downloads and a file input.
 * Features call `getPlatform()` (or the app's platform context) and never touch
 * `window.ombud` themselves.
 */
import type {
  FileFilter,
  MenuCommand,
  OpenedFile,
  SaveFileRequest,
  SaveResult,
} from '../../../shared/ipc'
import { createElectronPlatform, findOmbudApi } from './electron'
import { createWebPlatform } from './web'

export type { FileFilter, MenuCommand, OpenedFile, SaveResult }

/** File contents: text (written as UTF-8) or bytes. */
export type FileData = SaveFileRequest['data']

export interface FolderFile {
  name: string
  data: FileData
}

export interface FileOptions {
  /** A workbench file or an audit pack, which may be up to MAX_WORKBENCH_FILE_BYTES (other files stop at MAX_FILE_BYTES). */
  large?: boolean
}

export interface Platform {
  readonly kind: 'electron' | 'web'
  /**
   * Saves one file. In Electron the user picks the place in a dialog (`saved: false` when
   * cancelled); on the web the browser downloads it under `suggestedName`.
   */
  saveFile(suggestedName: string, data: FileData, filters: FileFilter[], options?: FileOptions): Promise<SaveResult>
  /** Lets the user pick one file; `null` when cancelled. Rejects with a Norwegian message. */
  openFile(filters: FileFilter[], options?: FileOptions): Promise<OpenedFile | null>
  /**
   * Saves several files together. Electron writes them into one new folder atomically; the
   * web build downloads them one by one (prefixed with the folder name).
   */
  saveFolder(suggestedName: string, files: FolderFile[]): Promise<SaveResult>
  /**
   * Opens an attachment outside Ombud: Electron hands it to the operating system, the web
   * build downloads it. It is never rendered in the app's own page.
   */
  openAttachment(fileName: string, data: Uint8Array): Promise<void>
  /** Subscribes to the application menu (a no-op on the web); returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

let current: Platform | null = null

/** The platform of this page: Electron when the preload exposed `window.ombud`, else web. */
export function getPlatform(): Platform {
  if (current === null) {
    const api = findOmbudApi()
    current = api ? createElectronPlatform(api) : createWebPlatform()
  }
  return current
}
