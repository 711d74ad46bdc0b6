import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  isLeftoverOf,
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
    readdir: (path) => fs.readdir(path),
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

const TEMP = /^a\.docx\.ombud-lagres-[0-9a-f]{8}\.tmp$/

describe('leftovers of crashed writes', () => {
  /** A write that crashes after creating its temporary copy: the cleanup never runs. */
  async function crashedWrite(target: string): Promise<string> {
    const { faulty } = faultyFs('rename', 1, true)
    await expect(writeFileAtomic(faulty, target, NEW)).rejects.toThrow(/^simulated/)
    const left = (await fs.readdir(dirname(target))).filter((n) => n.endsWith('.tmp'))
    expect(left).toHaveLength(1)
    return left[0]!
  }

  it('names the unfinished copy visibly after the target, as Ombud’s', async () => {
    const name = await crashedWrite(join(dir, 'a.docx'))
    expect(name).toMatch(TEMP)
    expect(name.startsWith('.')).toBe(false)
  })

  it('removes the leftovers of the same target on the next write, and nothing else', async () => {
    const target = join(dir, 'a.docx')
    await fs.writeFile(target, OLD)
    const crashed = await crashedWrite(target)
    const others = [
      'a.docx.tmp', // the user's own file
      'a.docx.ombud-lagres-xyz.tmp', // not our pattern
      'a.docx.ombud-lagres-1234abcd.tmp.bak',
      'b.docx.ombud-lagres-1234abcd.tmp', // another target's leftover
      '.b.docx.1234abcd.tmp',
      'xa.docx.ombud-lagres-1234abcd.tmp',
    ]
    for (const name of others) await fs.writeFile(join(dir, name), 'behold')
    // The hidden name of earlier versions, as a file and as a folder with content.
    await fs.writeFile(join(dir, '.a.docx.0f1e2d3c.tmp'), 'gammel')
    await fs.mkdir(join(dir, 'a.docx.ombud-lagres-99aabbcc.tmp'))
    await fs.writeFile(join(dir, 'a.docx.ombud-lagres-99aabbcc.tmp', 'x'), 'halv')
    expect(await fs.readdir(dir)).toContain(crashed)

    await writeFileAtomic(fs, target, NEW)
    expect((await fs.readdir(dir)).sort()).toEqual(['a.docx', ...others].sort())
    expect(new Uint8Array(await fs.readFile(target))).toEqual(NEW)
  })

  it('removes a crashed folder write’s temporary folder on the next write', async () => {
    const target = join(dir, 'Tilsynspakke')
    const { faulty } = faultyFs('write', 2, true)
    const files = [
      { name: 'a.txt', data: 'a' },
      { name: 'b.txt', data: 'b' },
    ]
    await expect(writeFolderAtomic(faulty, target, files)).rejects.toThrow(/^simulated/)
    const [left] = await fs.readdir(dir)
    expect(left).toMatch(/^Tilsynspakke\.ombud-lagres-[0-9a-f]{8}\.tmp$/)
    expect(await fs.readdir(join(dir, left!))).toContain('a.txt')

    await writeFolderAtomic(fs, target, files)
    expect(await fs.readdir(dir)).toEqual(['Tilsynspakke'])
  })

  it('still writes when a leftover cannot be removed', async () => {
    const target = join(dir, 'a.docx')
    const leftover = 'a.docx.ombud-lagres-1234abcd.tmp'
    await fs.writeFile(join(dir, leftover), 'låst')
    const { faulty } = faultyFs('rename', 99, true)
    await writeFileAtomic(faulty, target, NEW)
    expect((await fs.readdir(dir)).sort()).toEqual(['a.docx', leftover])
  })

  it('leaves the temporary copy of a write in progress alone', async () => {
    const target = join(dir, 'a.docx')
    let release!: () => void
    const released = new Promise<void>((r) => (release = r))
    let started!: () => void
    const writing = new Promise<void>((r) => (started = r))
    const slow: AtomicFs = {
      ...fs,
      readdir: (path) => fs.readdir(path),
      async open(path, flags, mode) {
        const handle = await fs.open(path, flags, mode)
        return {
          async writeFile(data) {
            started()
            await released
            await handle.writeFile(data)
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        }
      },
    }
    const first = writeFileAtomic(slow, target, 'først')
    await writing
    await writeFileAtomic(fs, target, 'så')
    release()
    await first
    expect(await fs.readFile(target, 'utf8')).toBe('først')
    expect(await fs.readdir(dir)).toEqual(['a.docx'])
  })
})

describe('isLeftoverOf', () => {
  it.each([
    ['a.docx.ombud-lagres-0123abcd.tmp', true],
    ['.a.docx.0123abcd.tmp', true],
    ['a.docx.ombud-lagres-0123ABCD.tmp', false],
    ['a.docx.ombud-lagres-0123abc.tmp', false],
    ['a.docx.ombud-lagres-.tmp', false],
    ['a.docx', false],
    ['a.docx.0123abcd.tmp', false],
    ['.a.docx.ombud-lagres-0123abcd.tmp', false],
  ])('%s → %s', (name, expected) => {
    expect(isLeftoverOf(name, 'a.docx')).toBe(expected)
  })
})
