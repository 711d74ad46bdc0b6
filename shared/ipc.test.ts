import { describe, expect, it } from 'vitest'
import {
  MAX_FILE_BYTES,
  byteLength,
  fileNameProblem,
  ipcRequestSchemas,
  menuCommandSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  saveFolderRequestSchema,
} from './ipc'

const docx = [{ name: 'Word-dokument', extensions: ['docx'] }]

describe('fileNameProblem', () => {
  it.each([
    'Personvernerklæring 2026.docx',
    'protokoll.xlsx',
    'Tilsynspakke – Kraftselskapet AS',
    '.ombud.json',
    'æøå ÆØÅ.txt',
  ])('accepts %s', (name) => {
    expect(fileNameProblem(name)).toBeNull()
  })

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['../x.docx', 'traversal with slash'],
    ['..', 'dot-dot'],
    ['.', 'dot'],
    ['a/b.docx', 'slash'],
    ['a\\b.docx', 'backslash'],
    ['C:x.docx', 'drive colon'],
    ['a\u0000b', 'NUL'],
    ['a\nb', 'newline'],
    ['what?.docx', 'question mark'],
    ['a*.docx', 'star'],
    ['name.', 'trailing dot'],
    ['name ', 'trailing space'],
    [' name', 'leading space'],
    ['CON', 'reserved'],
    ['nul.txt', 'reserved with extension'],
    ['LPT1.docx', 'reserved printer'],
    ['a'.repeat(256), 'too many characters'],
    ['ø'.repeat(128), 'too many UTF-8 bytes'],
  ])('rejects %j (%s)', (name) => {
    expect(fileNameProblem(name)).toEqual(expect.any(String))
  })
})

describe('byteLength', () => {
  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const text of ['', 'abc', 'æøå', '€', '😀', 'a\ud800b', '\udc00', 'x😀yø']) {
      expect(byteLength(text)).toBe(new TextEncoder().encode(text).length)
    }
  })

  it('counts bytes of a Uint8Array', () => {
    expect(byteLength(new Uint8Array(7))).toBe(7)
  })
})

describe('file:save schema', () => {
  const good = { suggestedName: 'erklæring.docx', filters: docx, data: new Uint8Array([1, 2]) }

  it('accepts bytes and text', () => {
    expect(saveFileRequestSchema.safeParse(good).success).toBe(true)
    expect(saveFileRequestSchema.safeParse({ ...good, data: 'tekst' }).success).toBe(true)
    expect(saveFileRequestSchema.safeParse({ ...good, filters: [] }).success).toBe(true)
  })

  it.each([
    ['missing data', { suggestedName: 'a.docx', filters: docx }],
    ['missing name', { filters: docx, data: 'x' }],
    ['number as data', { ...good, data: 42 }],
    ['array as data', { ...good, data: [1, 2, 3] }],
    ['ArrayBuffer as data', { ...good, data: new ArrayBuffer(2) }],
    ['path in name', { ...good, suggestedName: '/etc/passwd' }],
    ['traversal in name', { ...good, suggestedName: '..\\..\\evil.exe' }],
    ['long name', { ...good, suggestedName: `${'a'.repeat(300)}.docx` }],
    ['extra key', { ...good, path: '/tmp/x' }],
    ['dotted extension', { ...good, filters: [{ name: 'Word', extensions: ['.docx'] }] }],
    ['extension with slash', { ...good, filters: [{ name: 'Word', extensions: ['a/b'] }] }],
    ['filter without extensions', { ...good, filters: [{ name: 'Word', extensions: [] }] }],
    ['null', null],
    ['string', 'a.docx'],
  ])('rejects %s', (_label, payload) => {
    expect(saveFileRequestSchema.safeParse(payload).success).toBe(false)
  })

  it('rejects data over 100 MB, as bytes and as text', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1)
    expect(saveFileRequestSchema.safeParse({ ...good, data: bytes }).success).toBe(false)
    expect(
      saveFileRequestSchema.safeParse({ ...good, data: new Uint8Array(MAX_FILE_BYTES) }).success,
    ).toBe(true)
    // 40 million 'ø' are 80 million bytes (under), 60 million are 120 million bytes (over).
    expect(saveFileRequestSchema.safeParse({ ...good, data: 'ø'.repeat(40_000_000) }).success).toBe(
      true,
    )
    const result = saveFileRequestSchema.safeParse({ ...good, data: 'ø'.repeat(60_000_000) })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Filen er større enn 100 MB.')
  })
})

describe('large files (the workbench with attachments)', () => {
  it('lets a save marked large pass 100 MB, up to the workbench limit', () => {
    const good = { suggestedName: 'arbeidsbok.ombud.json', filters: [], data: new Uint8Array([1]) }
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1)
    expect(saveFileRequestSchema.safeParse({ ...good, data: bytes, large: true }).success).toBe(true)
    expect(saveFileRequestSchema.safeParse({ ...good, data: bytes, large: false }).success).toBe(false)
    expect(openFileRequestSchema.safeParse({ filters: [], large: true }).success).toBe(true)
    expect(openFileRequestSchema.safeParse({ filters: [], large: 'yes' }).success).toBe(false)
  })
})

describe('file:open schema', () => {
  it('accepts filters and nothing else', () => {
    expect(openFileRequestSchema.safeParse({ filters: docx }).success).toBe(true)
    expect(openFileRequestSchema.safeParse({ filters: docx, path: '/etc/passwd' }).success).toBe(
      false,
    )
    expect(openFileRequestSchema.safeParse({}).success).toBe(false)
    expect(openFileRequestSchema.safeParse(undefined).success).toBe(false)
  })
})

describe('file:save-folder schema', () => {
  const good = {
    suggestedName: 'Tilsynspakke 2026-11-23',
    files: [
      { name: 'protokoll.xlsx', data: new Uint8Array([1]) },
      { name: 'erklæring.docx', data: 'tekst' },
    ],
  }

  it('accepts a good request', () => {
    expect(saveFolderRequestSchema.safeParse(good).success).toBe(true)
  })

  it.each([
    ['no files', { ...good, files: [] }],
    ['files not an array', { ...good, files: 'x' }],
    ['bad folder name', { ...good, suggestedName: '../ut' }],
    ['bad file name', { ...good, files: [{ name: '../x', data: 'x' }] }],
    ['file name with separator', { ...good, files: [{ name: 'sub/x.txt', data: 'x' }] }],
    ['missing data', { ...good, files: [{ name: 'x.txt' }] }],
    [
      'duplicate names differing in case',
      {
        ...good,
        files: [
          { name: 'A.txt', data: 'x' },
          { name: 'a.txt', data: 'y' },
        ],
      },
    ],
    ['extra key', { ...good, overwrite: true }],
  ])('rejects %s', (_label, payload) => {
    expect(saveFolderRequestSchema.safeParse(payload).success).toBe(false)
  })

  it('rejects more than 250 MB in total', () => {
    const big = new Uint8Array(90 * 1024 * 1024)
    const files = ['a', 'b', 'c'].map((name) => ({ name, data: big }))
    const result = saveFolderRequestSchema.safeParse({ suggestedName: 'pakke', files })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Filene er til sammen større enn 250 MB.')
    expect(
      saveFolderRequestSchema.safeParse({ suggestedName: 'pakke', files: files.slice(0, 2) })
        .success,
    ).toBe(true)
  })
})

describe('app:info and menu commands', () => {
  it('app:info takes no payload', () => {
    expect(ipcRequestSchemas['app:info'].safeParse(undefined).success).toBe(true)
    expect(ipcRequestSchemas['app:info'].safeParse({}).success).toBe(false)
  })

  it('knows the three menu commands', () => {
    expect(menuCommandSchema.options).toEqual(['new-workbench', 'open-workbench', 'save-copy'])
  })
})
