/**
 * The plain web build has no file system: saving is a download, opening is a file input.
 * Nothing here talks to a server; blobs stay in the page.
 */
import {
  MAX_FILE_BYTES,
  MAX_WORKBENCH_FILE_BYTES,
  type FileFilter,
  type OpenedFile,
  type SaveResult,
} from '../../../shared/ipc'
import type { FileData, FileOptions, FolderFile, Platform } from './index'

// The download starts asynchronously after the click; revoking at once can cancel it in
// some browsers, so the object URL is released a little later.
const REVOKE_AFTER_MS = 60_000

function download(name: string, data: FileData): void {
  const type = name.endsWith('.json') ? 'application/json' : 'application/octet-stream'
  // A copy into a fresh ArrayBuffer: a Uint8Array may be a view on a larger or shared buffer.
  const part: BlobPart = typeof data === 'string' ? data : data.slice()
  const url = URL.createObjectURL(new Blob([part], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
}

/** The `accept` attribute for a file input, e.g. ".json,.docx"; empty when anything goes. */
export function acceptAttribute(filters: FileFilter[]): string {
  const extensions = filters.flatMap((f) => f.extensions)
  if (extensions.length === 0 || extensions.includes('*')) return ''
  return [...new Set(extensions.map((e) => `.${e.toLowerCase()}`))].join(',')
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 })
}

function pickFile(filters: FileFilter[], limit: number): Promise<OpenedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.hidden = true
    const accept = acceptAttribute(filters)
    if (accept) input.accept = accept
    const done = () => input.remove()
    input.addEventListener('cancel', () => {
      done()
      resolve(null)
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      done()
      if (!file) {
        resolve(null)
        return
      }
      if (file.size > limit) {
        reject(
          new Error(
            `«${file.name}» er for stor (${megabytes(file.size)} MB). Ombud kan åpne filer på opptil ${megabytes(limit)} MB.`,
          ),
        )
        return
      }
      file.arrayBuffer().then(
        (buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }),
        () => reject(new Error(`Ombud kunne ikke lese «${file.name}».`)),
      )
    })
    document.body.append(input)
    input.click()
  })
}

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    async saveFile(suggestedName: string, data: FileData): Promise<SaveResult> {
      download(suggestedName, data)
      // The browser decides where the file goes and does not tell the page.
      return { saved: true }
    },
    openFile(filters: FileFilter[], options?: FileOptions): Promise<OpenedFile | null> {
      return pickFile(filters, options?.large ? MAX_WORKBENCH_FILE_BYTES : MAX_FILE_BYTES)
    },
    async saveFolder(suggestedName: string, files: FolderFile[]): Promise<SaveResult> {
      // No folders on the web: one download per file, grouped by a common prefix.
      for (const file of files) download(`${suggestedName} – ${file.name}`, file.data)
      return { saved: true }
    },
    async openAttachment(fileName: string, data: Uint8Array): Promise<void> {
      download(fileName, data)
    },
    onMenuCommand(): () => void {
      return () => {}
    },
  }
}
