import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph } from 'docx'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { clause as clauseSchema } from '../model/clause'
import { suggestStandardClause } from './classify-clause'
import { analysePolicyFile, analysePolicyText } from './import-policy'
import { importedClauseOrder, importedClauseRecord, IMPORTED_ORDER_BASE } from './imported-clause'
import { PolicyFileError, readPolicyFile } from './read-policy'

const seedText = (name: string) =>
  readFileSync(join(__dirname, '../../tests/fixtures/policies/seeds', name), 'utf8')

/** Seed 001 as a Word document whose section headings carry Word's heading styles. */
const SEED_001_HEADINGS = new Set([
  'Behandlingsansvarlig',
  'Hvordan innhenter vi dine personopplysninger?',
  'Cookies og lignende teknologier',
  'Hva bruker vi dataene til?',
  'Når deler vi data med tredjepart?',
  'Hvordan ivaretar vi sikkerhet?',
  'Hvilke rettigheter har du?',
  'Endringer i personvernerklæringen',
])

async function seedDocx(): Promise<Uint8Array> {
  const lines = seedText('001_71a2f5500c49f1b2.txt')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l !== 'Skip links')
  const children = lines.map((line) =>
    line === 'Slik behandler vi personopplysningene dine'
      ? new Paragraph({ text: line, heading: HeadingLevel.TITLE })
      : SEED_001_HEADINGS.has(line)
        ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 })
        : new Paragraph({ text: line }),
  )
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })))
}

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('analysePolicyFile', () => {
  it('splits a Word document by its heading styles and puts each finding in its clause', async () => {
    const result = await analysePolicyFile('personvern.docx', await seedDocx())
    expect(result.format).toBe('docx')
    expect(result.headingsFrom).toBe('markup')
    expect(result.language).toBe('nb')
    expect(result.clauses.map((c) => c.title)).toEqual([
      '',
      'Slik behandler vi personopplysningene dine',
      'Behandlingsansvarlig',
      'Hvordan innhenter vi dine personopplysninger?',
      'Cookies og lignende teknologier',
      'Hva bruker vi dataene til?',
      'Når deler vi data med tredjepart?',
      'Hvordan ivaretar vi sikkerhet?',
      'Hvilke rettigheter har du?',
      'Endringer i personvernerklæringen',
    ])
    const sharing = result.clauses.find((c) => c.title === 'Når deler vi data med tredjepart?')!
    expect(sharing.findings.map((f) => f.code).sort()).toEqual([
      'outdated-model-clauses',
      'outdated-privacy-shield',
    ])
    expect(sharing.suggestion).toBe('recipients')
    // Nothing in this policy tells people they may complain to Datatilsynet.
    expect(result.documentFindings.map((f) => f.code)).toContain('missing-complaint-right')
    expect(result.documentFindings.every((f) => f.line === undefined)).toBe(true)
    // Every finding is placed exactly once.
    const placed =
      result.clauses.reduce((n, c) => n + c.findings.length, 0) + result.documentFindings.length
    expect(placed).toBe(
      (await import('../checks/policy-lint')).lintPolicy(result.text).findings.length,
    )
  })

  it('reads HTML with its headings and plain text with guessed ones', async () => {
    const html = await analysePolicyFile(
      'side.html',
      utf8(
        '<h1>Personvern</h1><p>Vi deler med Google under Privacy Shield.</p><h2>Innsyn</h2><p>Du kan be om innsyn etter personopplysningsloven § 18.</p>',
      ),
    )
    expect(html.clauses.map((c) => [c.title, c.findings.map((f) => f.code)])).toEqual([
      ['Personvern', ['outdated-privacy-shield']],
      ['Innsyn', ['repealed-act-2000']],
    ])
    const text = await analysePolicyFile(
      'erklæring.txt',
      utf8(`\ufeff${seedText('000_b00da0e6f284758b.txt')}`),
    )
    expect(text.headingsFrom).toBe('guess')
    expect(text.language).toBe('nn')
    const innsyn = text.clauses.find((c) => c.title === 'Innsyn')!
    expect(innsyn.findings.map((f) => f.code)).toContain('repealed-act-2000')
    expect(innsyn.suggestion).toBe('right-access')
  })

  it('refuses a text or web page that is not UTF-8, saying so, instead of guessing', async () => {
    // «å» is one byte, 0xE5, in Latin-1 and Windows-1252, and not valid UTF-8 on its own.
    const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))
    const text = 'Innsyn\r\n\r\nDu kan be om innsyn. Kontakt oss p\u00e5 e-post.'
    await expect(readPolicyFile('gammel.txt', latin1(text))).rejects.toThrow(
      /«gammel\.txt» er ikke lagret som UTF-8.*lagre den som UTF-8/,
    )
    await expect(
      readPolicyFile('gammel.html', latin1(`<h1>Innsyn</h1><p>${text}</p>`)),
    ).rejects.toThrow(/«gammel\.html» er ikke lagret som UTF-8/)
    // The same text as UTF-8, with or without a byte-order mark, is read.
    expect((await readPolicyFile('ny.txt', utf8(text))).text).toContain('Kontakt oss på e-post.')
    expect((await readPolicyFile('ny.txt', utf8(`\ufeff${text}`))).text).toMatch(/^Innsyn/)
  })

  it('refuses files it cannot read with a Norwegian message', async () => {
    const notDocx = await new JSZip().file('hei.txt', 'hei').generateAsync({ type: 'uint8array' })
    const cases: Array<[string, Uint8Array, RegExp]> = [
      ['erklæring.pdf', utf8('%PDF-1.7'), /kan ikke lese PDF-filer/],
      ['erklæring.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0]), /eldre Word-dokument \(\.doc\)/],
      ['erklæring.odt', utf8('x'), /Filtypen \.odt støttes ikke/],
      ['erklæring', utf8('x'), /har ingen filendelse/],
      ['ødelagt.docx', utf8('dette er ikke en zip-fil'), /er ikke et gyldig Word-dokument/],
      ['feil.docx', notDocx, /Ombud kunne ikke lese «feil\.docx»/],
      ['tom.txt', utf8(' \n \n'), /inneholder ingen tekst/],
      ['binær.txt', Uint8Array.from([0x41, 0x00, 0x42]), /ser ikke ut til å være en tekstfil/],
      ['tom.html', utf8('<script>x</script>'), /inneholder ingen tekst/],
    ]
    for (const [name, bytes, message] of cases) {
      const error: unknown = await analysePolicyFile(name, bytes).then(
        () => null,
        (e: unknown) => e,
      )
      expect(error, name).toBeInstanceOf(PolicyFileError)
      expect((error as Error).message, name).toMatch(message)
    }
  })
})

describe('analysePolicyText', () => {
  it('puts findings on a heading with no text of its own in the whole-document list', () => {
    const text = 'Privacy Shield-erklæring\n\nInnsyn\n\nDu kan be om innsyn.'
    const result = analysePolicyText(text, {
      headings: new Map([
        [1, 1],
        [3, 2],
      ]),
    })
    expect(result.clauses.map((c) => c.title)).toEqual(['Innsyn'])
    expect(result.documentFindings.find((f) => f.code === 'outdated-privacy-shield')?.line).toBe(1)
  })
})

describe('suggestStandardClause', () => {
  it('maps common headings of real policies to the standard clause with the same element', () => {
    const cases: Array<[string, string | null, string?]> = [
      ['', 'introduction'],
      ['Behandlingsansvarlig', 'controller'],
      ['Hvordan innhenter vi dine personopplysninger?', 'sources'],
      ['Cookies og lignende teknologier', 'cookies'],
      ['Informasjonskapsler (cookies)', 'cookies'],
      ['Hva bruker vi dataene til?', 'purposes'],
      ['Formålet med behandlingen', 'purposes'],
      ['Til nyhetsbrev og kundeanalyse (berettiget interesse)', 'legitimate-interests'],
      ['Når deler vi data med tredjepart?', 'recipients'],
      ['Utlevering av personopplysninger', 'recipients'],
      ['Overføring til land utenfor EØS', 'transfers'],
      ['Hvordan ivaretar vi sikkerhet?', null],
      ['Innsyn og retting', 'right-access'],
      ['Oppbevaring og sletting', 'retention'],
      [
        'Sletting av personopplysninger',
        'retention',
        'Vi oppbevarer ikke opplysningene lenger enn nødvendig.',
      ],
      ['Sletting', 'right-erasure', 'Du kan be oss slette opplysninger om deg.'],
      ['Dataportabilitet', 'right-portability'],
      ['Rett til å protestere', 'right-objection'],
      ['Trekke tilbake samtykke', 'consent-withdrawal'],
      ['Klage til Datatilsynet', 'complaint'],
      ['Dine rettigheter', 'rights'],
      ['Kva rettar har du?', 'rights'],
      ['Personvernombod', 'dpo'],
      ['Må du gi oss opplysningene?', 'requirement'],
      ['Endringer i personvernerklæringen', 'changes'],
      ['Sparetips', null],
    ]
    for (const [title, key, body] of cases)
      expect(suggestStandardClause(title, body), title).toBe(key)
  })
})

describe('importedClauseRecord', () => {
  it('makes a valid imported clause with the text in both languages, placed after its standard clause', () => {
    const record = importedClauseRecord(
      {
        title: 'Når deler vi data med tredjepart?',
        body: 'Vi bruker leverandører.\n\n• IT-drift\n• Betaling',
        index: 7,
        suggestion: 'recipients',
      },
      {
        linkedActivityIds: ['act-1', 'act-1', 'act-2'],
        now: '2026-11-23T14:00:00.000Z',
        id: 'imp-1',
      },
    )
    expect(clauseSchema.safeParse(record).success).toBe(true)
    expect(record).toMatchObject({
      origin: 'imported',
      title: { nb: 'Når deler vi data med tredjepart?', nn: 'Når deler vi data med tredjepart?' },
      body: {
        nb: 'Vi bruker leverandører.\n\n• IT-drift\n• Betaling',
        nn: 'Vi bruker leverandører.\n\n• IT-drift\n• Betaling',
      },
      order: 717,
      linkedActivityIds: ['act-1', 'act-2'],
      lastReviewed: null,
      hidden: false,
    })
    expect(
      importedClauseRecord(
        { title: '', body: 'Tekst.', index: 0, suggestion: null },
        { linkedActivityIds: [], now: '2026-11-23T14:00:00.000Z' },
      ).title,
    ).toEqual({
      nb: 'Innledning',
      nn: 'Innleiing',
    })
    expect(importedClauseOrder(null, 3)).toBe(IMPORTED_ORDER_BASE + 30)
  })
})
