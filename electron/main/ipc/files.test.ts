import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MAX_FILE_BYTES } from '../../../shared/ipc'
import { TargetExistsError } from './atomic-write'
import {
  FileOperationError,
  createFileHandlers,
  readErrorMessage,
  registerFileHandlers,
  writeErrorMessage,
  type FileDialogs,
} from './files'
import type { Handle } from './handle'

vi.mock('electron', () => {
  throw new Error('files.ts must not load electron at runtime')
})

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'ombud-files-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

function fakeDialogs(answer: { save?: string; open?: string }) {
  const saveOptions: SaveDialogOptions[] = []
  const openOptions: OpenDialogOptions[] = []
  const dialogs: FileDialogs = {
    showSaveDialog: async (options) => {
      saveOptions.push(options)
      return answer.save === undefined
        ? { canceled: true, filePath: '' }
        : { canceled: false, filePath: answer.save }
    },
    showOpenDialog: async (options) => {
      openOptions.push(options)
      return answer.open === undefined
        ? { canceled: true, filePaths: [] }
        : { canceled: false, filePaths: [answer.open] }
    },
  }
  return { dialogs, saveOptions, openOptions }
}

const filters = [{ name: 'Word-dokument', extensions: ['docx'] }]
const bytes = new Uint8Array([80, 75, 3, 4, 20])

describe('save', () => {
  it('asks in Norwegian, starting in the documents folder, and writes the file', async () => {
    const target = join(dir, 'valgt.docx')
    const { dialogs, saveOptions } = fakeDialogs({ save: target })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => '/home/ola/Dokumenter' })
    await expect(
      handlers.save({ suggestedName: 'erklæring.docx', filters, data: bytes }),
    ).resolves.toEqual({ saved: true, path: target })
    expect(new Uint8Array(await fs.readFile(target))).toEqual(bytes)
    expect(saveOptions[0]).toMatchObject({
      title: 'Lagre fil',
      buttonLabel: 'Lagre',
      defaultPath: '/home/ola/Dokumenter/erklæring.docx',
      filters,
    })
  })

  it('writes nothing when the user cancels', async () => {
    const { dialogs } = fakeDialogs({})
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    await expect(handlers.save({ suggestedName: 'a.docx', filters, data: 'x' })).resolves.toEqual({
      saved: false,
    })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('rejects with a Norwegian message naming the file when writing fails', async () => {
    const { dialogs } = fakeDialogs({ save: join(dir, 'borte', 'rapport.docx') })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    const saving = handlers.save({ suggestedName: 'rapport.docx', filters, data: 'x' })
    await expect(saving).rejects.toThrow(FileOperationError)
    await expect(saving).rejects.toThrow('Mappen du valgte for «rapport.docx», finnes ikke lenger.')
  })
})

describe('open', () => {
  it('returns the file name and bytes as a plain Uint8Array', async () => {
    const path = join(dir, 'arbeidsbok.ombud.json')
    await fs.writeFile(path, '{"format":"ombud"}')
    const { dialogs, openOptions } = fakeDialogs({ open: path })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    const opened = await handlers.open({ filters: [{ name: 'Arbeidsbok', extensions: ['json'] }] })
    expect(opened?.name).toBe('arbeidsbok.ombud.json')
    expect(new TextDecoder().decode(opened?.data)).toBe('{"format":"ombud"}')
    expect(opened?.data.constructor).toBe(Uint8Array)
    expect(opened?.data.buffer.byteLength).toBe(opened?.data.byteLength)
    expect(openOptions[0]).toMatchObject({
      title: 'Åpne fil',
      buttonLabel: 'Åpne',
      properties: ['openFile'],
    })
  })

  it('returns null when the user cancels', async () => {
    const { dialogs } = fakeDialogs({})
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    await expect(handlers.open({ filters: [] })).resolves.toBeNull()
  })

  it('refuses a file over 100 MB with a Norwegian message', async () => {
    const path = join(dir, 'diger.xlsx')
    const handle = await fs.open(path, 'w')
    await handle.truncate(MAX_FILE_BYTES + 1) // sparse: no 100 MB actually written
    await handle.close()
    const { dialogs } = fakeDialogs({ open: path })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    await expect(handlers.open({ filters: [] })).rejects.toThrow(
      '«diger.xlsx» er for stor til å åpnes. Ombud kan åpne filer på opptil 100 MB.',
    )
  })

  it('accepts a file of exactly 100 MB', async () => {
    const path = join(dir, 'stor.xlsx')
    const handle = await fs.open(path, 'w')
    await handle.truncate(MAX_FILE_BYTES)
    await handle.close()
    const { dialogs } = fakeDialogs({ open: path })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    const opened = await handlers.open({ filters: [] })
    expect(opened?.data.byteLength).toBe(MAX_FILE_BYTES)
  })

  it('opens a 200 MB workbench when asked for a large file, and still refuses it otherwise', async () => {
    const path = join(dir, 'arbeidsbok.ombud.json')
    const handle = await fs.open(path, 'w')
    await handle.truncate(200 * 1024 * 1024)
    await handle.close()
    const { dialogs } = fakeDialogs({ open: path })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    await expect(handlers.open({ filters: [] })).rejects.toThrow('Ombud kan åpne filer på opptil 100 MB.')
    const opened = await handlers.open({ filters: [], large: true })
    expect(opened?.data.byteLength).toBe(200 * 1024 * 1024)
  })

  it('refuses folders and missing files', async () => {
    const handlersFor = (open: string) =>
      createFileHandlers({ dialogs: fakeDialogs({ open }).dialogs, fs, defaultDir: () => dir })
    await fs.mkdir(join(dir, 'mappe'))
    await expect(handlersFor(join(dir, 'mappe')).open({ filters: [] })).rejects.toThrow(
      /«mappe» er (ikke en vanlig fil|en mappe, ikke en fil)\./,
    )
    await expect(handlersFor(join(dir, 'borte.json')).open({ filters: [] })).rejects.toThrow(
      '«borte.json» finnes ikke lenger.',
    )
  })
})

describe('saveFolder', () => {
  const files = [
    { name: 'protokoll.xlsx', data: bytes },
    { name: 'les-meg.txt', data: 'Tilsynspakke' },
  ]

  it('writes every file into the new folder the user named', async () => {
    const target = join(dir, 'Tilsyn 2026')
    const { dialogs, saveOptions } = fakeDialogs({ save: target })
    const handlers = createFileHandlers({ dialogs, fs, defaultDir: () => dir })
    await expect(handlers.saveFolder({ suggestedName: 'Tilsynspakke', files })).resolves.toEqual({
      saved: true,
      path: target,
    })
    expect((await fs.readdir(target)).sort()).toEqual(['les-meg.txt', 'protokoll.xlsx'])
    expect(saveOptions[0]).toMatchObject({
      title: 'Lagre i ny mappe',
      defaultPath: join(dir, 'Tilsynspakke'),
    })
  })

  it('does nothing when cancelled', async () => {
    const handlers = createFileHandlers({
      dialogs: fakeDialogs({}).dialogs,
      fs,
      defaultDir: () => dir,
    })
    await expect(handlers.saveFolder({ suggestedName: 'x', files })).resolves.toEqual({
      saved: false,
    })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('refuses to replace an existing folder, in Norwegian', async () => {
    const target = join(dir, 'Finnes')
    await fs.mkdir(target)
    const handlers = createFileHandlers({
      dialogs: fakeDialogs({ save: target }).dialogs,
      fs,
      defaultDir: () => dir,
    })
    await expect(handlers.saveFolder({ suggestedName: 'Finnes', files })).rejects.toThrow(
      'Det finnes allerede en fil eller mappe som heter «Finnes». Velg et annet navn.',
    )
    expect(await fs.readdir(target)).toEqual([])
  })
})

describe('error messages', () => {
  const coded = (code: string) => Object.assign(new Error(code), { code })

  it('explains write errors in Norwegian', () => {
    expect(writeErrorMessage(coded('EBUSY'), 'a.docx')).toBe(
      '«a.docx» er i bruk av et annet program. Lukk den der og prøv igjen.',
    )
    expect(writeErrorMessage(coded('EPERM'), 'a.docx')).toMatch(/åpen i et annet program/)
    expect(writeErrorMessage(coded('ENOSPC'), 'a.docx')).toBe(
      'Det er ikke nok ledig plass til å lagre «a.docx».',
    )
    expect(writeErrorMessage(new TargetExistsError('x'), 'Pakke')).toMatch(/finnes allerede/)
    expect(writeErrorMessage(coded('EWHAT'), 'a.docx')).toBe(
      'Ombud kunne ikke lagre «a.docx» (EWHAT).',
    )
    expect(writeErrorMessage(new Error('x'), 'a.docx')).toBe('Ombud kunne ikke lagre «a.docx».')
  })

  it('explains read errors in Norwegian', () => {
    expect(readErrorMessage(coded('EACCES'), 'a.json')).toBe(
      'Ombud har ikke tilgang til å lese «a.json».',
    )
  })
})

describe('registerFileHandlers', () => {
  it('registers the three file channels', () => {
    const channels: string[] = []
    const handle = ((channel: string) => channels.push(channel)) as unknown as Handle
    registerFileHandlers(handle, { dialogs: fakeDialogs({}).dialogs, fs, defaultDir: () => dir })
    expect(channels).toEqual(['file:save', 'file:open', 'file:save-folder'])
  })
})
