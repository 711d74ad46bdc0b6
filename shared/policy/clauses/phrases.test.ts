import { describe, expect, it } from 'vitest'
import { wrongStandardWords } from '../language-words'
import { STANDARD_CLAUSE_KEYS, STANDARD_CLAUSES } from './keys'
import { NB } from './nb'
import { NN } from './nn'
import type { ClausePhrases } from './phrases'

/** Every text of a phrase book, functions called with a neutral argument. */
function allTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return allTexts((value as (...args: string[]) => unknown)('X', 'Y'))
  if (Array.isArray(value)) return value.flatMap(allTexts)
  if (value && typeof value === 'object') return Object.values(value).flatMap(allTexts)
  return []
}

function shape(value: unknown): unknown {
  if (typeof value === 'function') return 'function'
  if (Array.isArray(value)) return value.length
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]))
  return typeof value
}

describe('standard clause texts', () => {
  const books: Array<[string, ClausePhrases]> = [
    ['nb', NB],
    ['nn', NN],
  ]

  for (const [lang, book] of books) {
    it(`has only ${lang === 'nn' ? 'nynorsk' : 'bokmål'} forms (${lang})`, () => {
      const texts = allTexts(book)
      expect(texts.length).toBeGreaterThan(100)
      for (const t of texts) expect(wrongStandardWords(t, book.lang), t).toEqual([])
    })

    it(`has a title for every standard clause (${lang})`, () => {
      for (const key of STANDARD_CLAUSE_KEYS) expect(book.titles[key].trim()).not.toBe('')
    })
  }

  it('gives nynorsk and bokmål the same structure', () => {
    expect(shape(NN)).toEqual(shape(NB))
  })

  it('tells the reader how to complain to Datatilsynet, with its address', () => {
    for (const book of [NB, NN]) {
      expect(book.complaint.address).toContain('Postboks 458 Sentrum, 0105 Oslo')
      expect(book.complaint.address).toContain('datatilsynet.no')
    }
  })

  it('cites ekomloven § 3-15 and says browser settings are not consent', () => {
    expect(NB.cookies.paragraphs.join(' ')).toMatch(/ekomloven § 3-15/)
    expect(NB.cookies.paragraphs.join(' ')).toMatch(/nettleseren din tillater informasjonskapsler, regner vi ikke som samtykke/)
    expect(NN.cookies.paragraphs.join(' ')).toMatch(/ekomlova § 3-15/)
    expect(NN.cookies.paragraphs.join(' ')).toMatch(/nettlesaren din tillèt informasjonskapslar, reknar vi ikkje som samtykke/)
  })

  it('covers every art. 13/14 element with some standard clause', () => {
    const covered = new Set(STANDARD_CLAUSES.flatMap((d) => d.elements))
    expect([...covered].sort()).toEqual(
      [
        'controller-identity', 'dpo-contact', 'purposes-and-bases', 'legitimate-interests', 'recipients', 'transfers', 'retention',
        'right-access', 'right-rectification', 'right-erasure', 'right-restriction', 'right-portability', 'right-objection',
        'consent-withdrawal', 'complaint', 'requirement', 'automated-decisions', 'data-categories', 'sources',
      ].sort(),
    )
    // Art. 21(4): the right to object has a first-level section of its own.
    expect(STANDARD_CLAUSES.find((d) => d.key === 'right-objection')).toMatchObject({ level: 1, elements: ['right-objection'] })
  })
})
