import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  TargetExistsError,
  writeFileAtomic,
  writeFolderAtomic,
  type AtomicFileHandle,
  type AtomicFs,
} from './atomic-write'

type Step = 'open' | 'write' | 'sync' | 'rename' | 'mkdir'

function diskError(code: string): Error {
  return Object.assign(new Error(`simulated ${code}`), { code })
}

/**
 * The real file system, except that `failAt` throws at the given step. A failing write
 * first writes half the data, like a disk that fills up midway. `failOnCall` picks which
 * call of that step fails (1-based), so a later file in a folder can be the one that breaks.
 */
function faultyFs(failAt: Step, failOnCall = 1, alsoFailCleanup = false) {
  const opened: string[] = []
  const counts: Record<Step, number> = { open: 0, write: 0, sync: 0, rename: 0, mkdir: 0 }
  const trip = (step: Step, code: string) => {
    counts[step] += 1
    if (step === failAt && counts[step] === failOnCall) throw diskError(code)
  }
  const faulty: AtomicFs = {
    async open(path, flags, mode) {
      // Directory syncs open with 'r'; only file creations count as "open".
      if (flags !== 'r') trip('open', 'EACCES')
      const handle = await fs.open(path, flags, mode)
      if (flags !== 'r') opened.push(path)
      const wrapped: AtomicFileHandle = {
        async writeFile(data) {
          if (failAt === 'write' && counts.write + 1 === failOnCall) {
            counts.write += 1
            const half =
              typeof data === 'string'
                ? data.slice(0, data.length / 2)
                : data.subarray(0, data.length / 2)
            await handle.writeFile(half)
            throw diskError('ENOSPC')
          }
          counts.write += 1
          await handle.writeFile(data)
        },
        async sync() {
          if (flags !== 'r') trip('sync', 'EIO')
          await handle.sync()
        },
        close: () => handle.close(),
      }
      return wrapped
    },
    async rename(from, to) {
      trip('rename', 'EPERM')
      await fs.rename(from, to)
    },
    async rm(path, options) {
      if (alsoFailCleanup) throw diskError('EBUSY')
      await fs.rm(path, options)
    },
    stat: (path) => fs.stat(path),
    lstat: (path) => fs.lstat(path),
    async mkdir(path) {
      trip('mkdir', 'EACCES')
      return fs.mkdir(path)
    },
  }
  return { faulty, opened }
}

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'ombud-atomic-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

const OLD = 'den gamle, hele filen'
const NEW = new TextEncoder().encode('den nye filen, som aldri ble ferdig skrevet '.repeat(100))

describe('writeFileAtomic', () => {
  it('creates a new file, leaving no temp file', async () => {
    const target = join(dir, 'erklæring.docx')
    await writeFileAtomic(fs, target, NEW)
    expect(new Uint8Array(await fs.readFile(target))).toEqual(NEW)
    expect(await fs.readdir(dir)).toEqual(['erklæring.docx'])
  })

  it('writes text as UTF-8', async () => {
    const target = join(dir, 'a.json')
    await writeFileAtomic(fs, target, '{"navn":"Æøå"}')
    expect(await fs.readFile(target, 'utf8')).toBe('{"navn":"Æøå"}')
  })

  it('replaces an existing file and keeps its permissions', async () => {
    const target = join(dir, 'a.docx')
    await fs.writeFile(target, OLD)
    await fs.chmod(target, 0o640)
    await writeFileAtomic(fs, target, NEW)
    expect(new Uint8Array(await fs.readFile(target))).toEqual(NEW)
    expect((await fs.stat(target)).mode & 0o777).toBe(0o640)
    expect(await fs.readdir(dir)).toEqual(['a.docx'])
  })

  it('writes the temp file in the target folder', async () => {
    const { faulty, opened } = faultyFs('rename', 99)
    const target = join(dir, 'a.docx')
    await writeFileAtomic(faulty, target, NEW)
    expect(opened).toHaveLength(1)
    expect(dirname(opened[0] ?? '')).toBe(dir)
    expect(opened[0]).not.toBe(target)
  })

  it.each<Step>(['open', 'write', 'sync', 'rename'])(
    'keeps the old file intact and removes the temp file when %s fails',
    async (step) => {
      const target = join(dir, 'a.docx')
      await fs.writeFile(target, OLD)
      const { faulty } = faultyFs(step)
      await expect(writeFileAtomic(faulty, target, NEW)).rejects.toMatchObject({
        message: expect.stringMatching(/^simulated/),
      })
      expect(await fs.readFile(target, 'utf8')).toBe(OLD)
      expect(await fs.readdir(dir)).toEqual(['a.docx'])
    },
  )

  it('leaves no file at all when a new file fails', async () => {
    const { faulty } = faultyFs('write')
    await expect(writeFileAtomic(faulty, join(dir, 'ny.docx'), NEW)).rejects.toThrow('ENOSPC')
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('reports the original error when cleaning up fails too', async () => {
    const target = join(dir, 'a.docx')
    await fs.writeFile(target, OLD)
    const { faulty } = faultyFs('sync', 1, true)
    await expect(writeFileAtomic(faulty, target, NEW)).rejects.toMatchObject({ code: 'EIO' })
    expect(await fs.readFile(target, 'utf8')).toBe(OLD)
  })

  it('fails when the folder does not exist', async () => {
    await expect(writeFileAtomic(fs, join(dir, 'borte', 'a.docx'), NEW)).rejects.toMatchObject({
      code: 'ENOENT',
    })
    expect(await fs.readdir(dir)).toEqual([])
  })
})

describe('writeFolderAtomic', () => {
  const files = [
    { name: 'protokoll.xlsx', data: new Uint8Array([1, 2, 3]) },
    { name: 'erklæring.docx', data: NEW },
    { name: 'funn.json', data: '{"funn":[]}' },
  ]

  it('creates the folder with every file, leaving no temp folder', async () => {
    const target = join(dir, 'Tilsynspakke')
    await writeFolderAtomic(fs, target, files)
    expect(await fs.readdir(dir)).toEqual(['Tilsynspakke'])
    expect((await fs.readdir(target)).sort()).toEqual(
      ['erklæring.docx', 'funn.json', 'protokoll.xlsx'].sort(),
    )
    expect(new Uint8Array(await fs.readFile(join(target, 'erklæring.docx')))).toEqual(NEW)
    expect(await fs.readFile(join(target, 'funn.json'), 'utf8')).toBe('{"funn":[]}')
    // Created with mkdir's default mode (less umask), not mkdtemp's private 0700.
    expect((await fs.stat(target)).mode & 0o777).not.toBe(0o700)
  })

  it.each<[Step, number]>([
    ['mkdir', 1],
    ['open', 2],
    ['write', 2],
    ['write', 3],
    ['sync', 3],
    ['rename', 1],
  ])('leaves nothing behind when %s no. %i fails', async (step, nth) => {
    const { faulty } = faultyFs(step, nth)
    await expect(writeFolderAtomic(faulty, join(dir, 'Tilsynspakke'), files)).rejects.toThrow(
      /^simulated/,
    )
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('never replaces an existing folder or file', async () => {
    const target = join(dir, 'Tilsynspakke')
    await fs.mkdir(target)
    await fs.writeFile(join(target, 'viktig.txt'), OLD)
    await expect(writeFolderAtomic(fs, target, files)).rejects.toThrow(TargetExistsError)
    expect(await fs.readdir(target)).toEqual(['viktig.txt'])
    expect(await fs.readdir(dir)).toEqual(['Tilsynspakke'])

    const file = join(dir, 'fil')
    await fs.writeFile(file, OLD)
    await expect(writeFolderAtomic(fs, file, files)).rejects.toMatchObject({ code: 'EEXIST' })
    expect(await fs.readFile(file, 'utf8')).toBe(OLD)
  })

  it.each(['../utenfor.txt', 'under/fil.txt', '..', '.'])(
    'refuses the file name %j before touching the disk',
    async (name) => {
      await expect(
        writeFolderAtomic(fs, join(dir, 'pakke'), [{ name, data: 'x' }]),
      ).rejects.toThrow(/Ugyldig filnavn/)
      expect(await fs.readdir(dir)).toEqual([])
      await expect(fs.access(join(dir, '..', 'utenfor.txt'))).rejects.toThrow()
    },
  )
})
