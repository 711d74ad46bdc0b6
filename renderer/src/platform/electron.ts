import type { FileFilter, MenuCommand, OmbudApi, OpenedFile, SaveResult } from '../../../shared/ipc'
import type { FileData, FileOptions, FolderFile, Platform } from './index'

/** `window.ombud` when running inside Ombud's Electron window, else undefined. */
export function findOmbudApi(): OmbudApi | undefined {
  return typeof window === 'undefined' ? undefined : window.ombud
}

/**
 * The preload already reduces errors from main to their Norwegian message, so they are
 * passed on as they are.
 */
export function createElectronPlatform(api: OmbudApi): Platform {
  return {
    kind: 'electron',
    saveFile(suggestedName: string, data: FileData, filters: FileFilter[], options?: FileOptions): Promise<SaveResult> {
      return api.saveFile({ suggestedName, filters, data, ...(options?.large ? { large: true as const } : {}) })
    },
    openFile(filters: FileFilter[], options?: FileOptions): Promise<OpenedFile | null> {
      return api.openFile({ filters, ...(options?.large ? { large: true as const } : {}) })
    },
    saveFolder(suggestedName: string, files: FolderFile[]): Promise<SaveResult> {
      return api.saveFolder({ suggestedName, files })
    },
    async openAttachment(fileName: string, data: Uint8Array): Promise<void> {
      await api.openAttachment({ fileName, data })
    },
    onMenuCommand(listener: (command: MenuCommand) => void): () => void {
      return api.onMenuCommand(listener)
    },
  }
}
