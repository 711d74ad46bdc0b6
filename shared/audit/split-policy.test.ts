import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guessHeadings, looksLikeHeading, splitPolicyIntoClauses } from './split-policy'
import { readPolicyHtml } from '../checks/policy-text'

const fixtures = join(__dirname, '../../tests/fixtures/policies')
const seed = (name: string) => readFileSync(join(fixtures, 'seeds', name), 'utf8')
const titles = (text: string) => splitPolicyIntoClauses(text).map((p) => p.title)

describe('looksLikeHeading', () => {
  it('takes short lines without final punctuation, questions included', () => {
    for (const line of [
      'Dine rettigheter',
      'Hvilke rettigheter har du?',
      'Innsyn, retting og sletting',
      '2.1 Formål',
      'Informasjonskapsler (cookies)',
    ])
      expect(looksLikeHeading(line), line).toBe(true)
  })

  it('refuses sentences, list items, lead-ins, lower-case starts and date lines', () => {
    for (const line of [
      'Vi lagrer opplysningene i fem år.',
      'Dette er informasjon vi innhenter:',
      '• Kontaktinformasjon',
      '- Navn og adresse',
      'og dessuten dette',
      'Kontaktinformasjon, slik som navn, adresse, e-post og telefon',
      'Sist oppdatert 1. september 2025',
      '———————',
      'Dette er en veldig lang linje uten punktum som fortsetter og fortsetter langt forbi tolv ord',
    ])
      expect(looksLikeHeading(line), line).toBe(false)
  })
})

describe('splitPolicyIntoClauses on the seed policies (plain text, guessed headings)', () => {
  it('finds the sections of a bokmål policy with subheadings and bullet lists', () => {
    expect(titles(seed('001_71a2f5500c49f1b2.txt'))).toEqual([
      '',
      'Behandlingsansvarlig',
      'Hvordan innhenter vi dine personopplysninger?',
      'Cookies og lignende teknologier',
      'Hva bruker vi dataene til?',
      'Til nyhetsbrev og kundeanalyse (berettiget interesse)',
      'Når vi er pålagt av myndighetene (rettslig forpliktelse)',
      'Når deler vi data med tredjepart?',
      'Hvordan ivaretar vi sikkerhet?',
      // «Hvilke rettigheter har du?» has no text of its own before this subheading.
      'Innsyn og retting',
      'Oppbevaring og sletting',
      'Dataportabilitet',
      'Henvendelser',
      'Endringer i personvernerklæringen',
      'Konkurranseregler',
    ])
  })

  it('does not take a list of short lines for headings', () => {
    const parts = splitPolicyIntoClauses(seed('003_d796f5f3c63c90ee.txt'))
    expect(parts.map((p) => p.title)).toEqual([
      'Personvernerklæring',
      'Informasjonskapsler (cookies)',
      'Personopplysninger som behandles når du blir kunde',
      'Formålet med behandlingen',
      'Utlevering av personopplysninger',
      'Sletting av personopplysninger',
      'Dine rettigheter',
    ])
    const cookies = parts[1]!
    expect(cookies.body).toContain('Google Analytics (Nå GA4)\n\nFacebook Pixel\n\nSnapchat Pixel')
  })

  it('splits a nynorsk policy and keeps a trailing fragment in the last clause', () => {
    const parts = splitPolicyIntoClauses(seed('000_b00da0e6f284758b.txt'))
    expect(parts.map((p) => p.title)).toEqual([
      'Personvernerklæring - SFE Kraft',
      'Personopplysningar og samtykke',
      'Web',
      'Innsyn',
    ])
    expect(parts[3]!.body).toMatch(/Sparetips\n\nBruk tidsur$/)
  })

  it('covers every line of body text exactly once, with line ranges in order', () => {
    for (const name of [
      '000_b00da0e6f284758b.txt',
      '001_71a2f5500c49f1b2.txt',
      '003_d796f5f3c63c90ee.txt',
    ]) {
      const text = seed(name)
      const parts = splitPolicyIntoClauses(text)
      for (let i = 1; i < parts.length; i++)
        expect(parts[i]!.startLine).toBeGreaterThan(parts[i - 1]!.endLine)
      const lines = text.split('\n')
      const wordsIn = (s: string) => s.split(/\s+/).filter(Boolean).length
      const headingLines = new Set(parts.map((p) => p.startLine))
      const covered = parts.reduce(
        (sum, p) => sum + wordsIn(p.body) + (p.level === 0 ? 0 : wordsIn(p.title)),
        0,
      )
      const uncovered = lines.filter(
        (l, i) =>
          !parts.some((p) => p.startLine <= i + 1 && i + 1 <= p.endLine) &&
          !headingLines.has(i + 1),
      )
      expect(covered + uncovered.reduce((s, l) => s + wordsIn(l), 0), name).toBe(wordsIn(text))
    }
  })

  it('uses Markdown headings when a text has them', () => {
    const md = readFileSync(join(fixtures, 'eksempel-strom-variant-nb.md'), 'utf8')
    const parts = splitPolicyIntoClauses(md)
    expect(parts.map((p) => [p.title, p.level])).toEqual([
      ['Kort fortalt', 2],
      ['Hva vi bruker opplysningene til', 2],
      ['Hvor opplysningene kommer fra', 2],
      ['Hvem som får opplysningene', 2],
      ['Informasjonskapsler', 2],
      ['Rettighetene dine', 2],
    ])
    expect(
      guessHeadings('# Tittel\n\nTekst.\n\nKort linje\n\nMer tekst her som er brødtekst.'),
    ).toEqual(new Map([[1, 1]]))
  })

  it('gives text before the first heading an empty title and drops headings without text', () => {
    const parts = splitPolicyIntoClauses(
      'Innledende tekst.\n\nTittel\nUndertittel\n\nBrødtekst under.\n',
      {
        headings: new Map([
          [3, 1],
          [4, 2],
        ]),
      },
    )
    expect(parts).toEqual([
      { title: '', level: 0, body: 'Innledende tekst.', startLine: 1, endLine: 2 },
      { title: 'Undertittel', level: 2, body: 'Brødtekst under.', startLine: 4, endLine: 7 },
    ])
  })
})

describe('readPolicyHtml headings', () => {
  it('marks h1–h3 lines as headings and leaves h4 and bold paragraphs as text', () => {
    const html = `<nav><h2>Meny</h2></nav><h1>Personvern</h1><p>Intro.</p><h2 class="x">Dine <em>rettigheter</em></h2>
      <ul><li>Innsyn</li><li>Retting</li></ul><h4>Merknad</h4><p><strong>Fet</strong></p><h3>Klage</h3><p>Til Datatilsynet.</p>`
    const { text, headings } = readPolicyHtml(html)
    expect(text).toBe(
      'Personvern\n\nIntro.\n\nDine rettigheter\n\n• Innsyn\n• Retting\n\nMerknad\n\nFet\n\nKlage\n\nTil Datatilsynet.',
    )
    expect(headings).toEqual(
      new Map([
        [1, 1],
        [5, 2],
        [14, 3],
      ]),
    )
    expect(splitPolicyIntoClauses(text, { headings }).map((p) => p.title)).toEqual([
      'Personvern',
      'Dine rettigheter',
      'Klage',
    ])
  })

  it('ignores empty headings and finds no headings in HTML without them', () => {
    expect(readPolicyHtml('<h2> </h2><p>Tekst.</p>').headings.size).toBe(0)
    expect(readPolicyHtml('<p>Bare tekst.</p>')).toMatchObject({
      text: 'Bare tekst.',
      headings: new Map(),
    })
  })
})
