/**
 * The .docx limits of the policy reader: a file that unpacks to far more than a policy
 * needs (a «zip bomb») is refused with a Norwegian message before mammoth unpacks it,
 * whether the zip directory declares the size or hides it. Speed and memory are measured
 * by bench/lint-docx-bomb.ts.
 */
import { describe, expect, it } from 'vitest'
import { docxBomb } from '../../bench/lint-docx-bomb'
import { PolicyFileError, readPolicyFile, zipProblemMessage } from './read-policy'

/** Rewrites the uncompressed sizes in the zip's central directory, as a hostile file would. */
function understateSizes(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice()
  const view = new DataView(copy.buffer)
  for (let i = 0; i + 46 <= copy.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1_000, true)
  }
  return copy
}

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await readPolicyFile('bombe.docx', bytes)
  } catch (error) {
    if (error instanceof PolicyFileError) return error.message
    throw error
  }
  throw new Error('not refused')
}

describe('readPolicyFile and .docx zip bombs', () => {
  const bomb = docxBomb(40_000_000)

  it('is a small file that unpacks to 40 million characters', () => {
    expect(bomb.length).toBeLessThan(1_000_000)
  })

  it('refuses it by its declared size, with a Norwegian message', async () => {
    expect(await refusal(bomb)).toBe(
      '«bombe.docx» pakkes ut til mer enn 16 MB, langt mer enn en personvernerklæring trenger. Ombud leser ikke slike filer, fordi de kan lamme programmet. Åpne den i Word og lagre den på nytt som .docx, eller lagre erklæringen som ren tekst (.txt).',
    )
  })

  it('refuses it by its actual size when the zip directory understates it', async () => {
    expect(await refusal(understateSizes(bomb))).toMatch(/pakkes ut til mer enn 16 MB/)
  })

  it('has a Norwegian message for every problem the zip guard reports', () => {
    for (const problem of [
      { kind: 'not-zip' },
      { kind: 'corrupt' },
      { kind: 'unsupported' },
      { kind: 'too-many-entries', count: 5000, limit: 1000 },
      { kind: 'entry-too-large', entry: 'word/document.xml', limit: 16 * 1024 * 1024 },
      { kind: 'total-too-large', limit: 48 * 1024 * 1024 },
    ] as const) {
      const message = zipProblemMessage('fil.docx', problem)
      expect(message).toContain('«fil.docx»')
      expect(message).not.toMatch(/zip refused|undefined|NaN/)
    }
  })
})
