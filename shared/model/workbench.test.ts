import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  checkIntegrity,
  MAX_WORKBENCH_BYTES,
  parseWorkbench,
  readWorkbench,
  serializeWorkbench,
  WorkbenchError,
  WORKBENCH_VERSION,
  type Workbench,
} from './workbench'

const FIXTURE = readFileSync(
  join(__dirname, '../../tests/fixtures/workbench-v2.ombud.json'),
  'utf8',
)

/** What `cli sample` wrote in format version 1, kept to show that old files keep opening. */
const SAMPLE_V1 = readFileSync(join(__dirname, '../../tests/fixtures/sample-v1.ombud.json'), 'utf8')

function fixture(): Workbench {
  return JSON.parse(FIXTURE) as Workbench
}

/** The message parseWorkbench throws for `doc` (serialized as JSON unless it is a string). */
function messageFor(doc: unknown): string {
  try {
    parseWorkbench(typeof doc === 'string' ? doc : JSON.stringify(doc))
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbenchError)
    return (error as WorkbenchError).message
  }
  throw new Error('expected parseWorkbench to throw')
}

function problemsFor(doc: unknown): string[] {
  try {
    parseWorkbench(JSON.stringify(doc))
  } catch (error) {
    return (error as WorkbenchError).problems
  }
  throw new Error('expected parseWorkbench to throw')
}

describe('parseWorkbench accepts', () => {
  it('the version 1 fixture, and serializing it gives the same text', () => {
    const wb = parseWorkbench(FIXTURE)
    expect(wb.version).toBe(WORKBENCH_VERSION)
    expect(wb.activities).toHaveLength(7)
    expect(serializeWorkbench(wb)).toBe(FIXTURE)
  })

  it('the sample company as version 1 wrote it', () => {
    expect(parseWorkbench(SAMPLE_V1).activities).toHaveLength(18)
  })

  it('bytes with a byte-order mark', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${FIXTURE}`)
    expect(parseWorkbench(bytes)).toEqual(parseWorkbench(FIXTURE))
  })

  it('an organisation number with spaces, stored normalised', () => {
    const doc = fixture()
    doc.organization!.orgNumber = '915 000 002'
    expect(parseWorkbench(JSON.stringify(doc)).organization!.orgNumber).toBe('915000002')
  })
})

describe('parseWorkbench refuses, in Norwegian,', () => {
  it('an empty file', () => {
    expect(messageFor('')).toBe('Filen er tom.')
  })

  it('text that is not JSON, and a truncated file', () => {
    const expected =
      'Filen er ikke gyldig JSON. Den kan være avkortet eller skadet, eller det er ikke en Ombud-arbeidsbok.'
    expect(messageFor('hei')).toBe(expected)
    expect(messageFor(FIXTURE.slice(0, 1000))).toBe(expected)
  })

  it('a file that is not UTF-8 (the sample saved as Latin-1), instead of damaging its letters', () => {
    // Latin-1 writes «ø» as the single byte 0xF8, which is not valid UTF-8.
    const latin1 = Uint8Array.from([...FIXTURE].map((c) => c.charCodeAt(0)))
    expect(latin1.some((b) => b > 0x7f)).toBe(true)
    expect(() => parseWorkbench(latin1)).toThrow(
      'Filen er ikke lagret som UTF-8-tekst, slik en Ombud-arbeidsbok skal være.',
    )
  })

  it('an unknown key of 50 million characters, quoting only a short excerpt of it', () => {
    const doc = fixture() as unknown as { activities: Array<Record<string, unknown>> }
    doc.activities[0]![`x${'k'.repeat(50_000_000)}`] = 1
    let error: WorkbenchError | undefined
    try {
      parseWorkbench(JSON.stringify(doc))
    } catch (e) {
      error = e as WorkbenchError
    }
    expect(error).toBeInstanceOf(WorkbenchError)
    expect(error!.message.length).toBeLessThan(400)
    expect(error!.message).toMatch(/feltnavn på 50\s000\s001 tegn \(«xkkkk+…», i «activities\[0\]»\)/)
    expect(error!.problems.every((p) => p.length < 400)).toBe(true)
  })

  it('unknown keys and long names, each quoted as a short excerpt', () => {
    const doc = fixture() as unknown as { activities: Array<Record<string, unknown>> }
    const long = 'Langt navn '.repeat(40)
    doc.activities[0]!.name = long
    doc.activities[0]![`ukjent ${'y'.repeat(150)}`] = 1
    const [problem] = problemsFor(doc)
    expect(problem).toMatch(/^Behandlingsaktivitet nr\. 1 \(«Langt navn Langt navn.{20,60}…»\): har ukjente felt: «ukjent yyy+…»\.$/)
    expect(problem!.length).toBeLessThan(250)
  })

  it('a file over 100 MB, before reading it', () => {
    const bytes = new Uint8Array(MAX_WORKBENCH_BYTES + 1)
    expect(() => parseWorkbench(bytes)).toThrow(
      'Filen er for stor (100 MB). En arbeidsbok kan være på høyst 100 MB.',
    )
  })

  it('JSON that is not an object', () => {
    expect(messageFor('"tekst"')).toBe(
      'Filen er ikke en Ombud-arbeidsbok (forventet et JSON-objekt).',
    )
    expect(messageFor('null')).toBe('Filen er ikke en Ombud-arbeidsbok (forventet et JSON-objekt).')
  })

  it('another format', () => {
    expect(messageFor({ ...fixture(), format: 'excel' })).toBe(
      'Filen er ikke en Ombud-arbeidsbok (feltet «format» må være «ombud-workbench»).',
    )
  })

  it('a missing or non-integer version', () => {
    const { version: _v, ...noVersion } = fixture()
    expect(messageFor(noVersion)).toBe('Feltet «version» mangler eller er ikke et heltall.')
    expect(messageFor({ ...fixture(), version: '1' })).toBe(
      'Feltet «version» mangler eller er ikke et heltall.',
    )
    expect(messageFor({ ...fixture(), version: 1.5 })).toBe(
      'Feltet «version» mangler eller er ikke et heltall.',
    )
    expect(messageFor({ ...fixture(), version: 0 })).toBe(
      'Feltet «version» mangler eller er ikke et heltall.',
    )
  })

  it('a version from the future, telling the user to update', () => {
    expect(messageFor({ ...fixture(), version: 3 })).toBe(
      'Arbeidsboken har formatversjon 3, men denne versjonen av Ombud kan lese til og med versjon 2. Oppdater Ombud.',
    )
  })

  it('a missing field, naming the record by number', () => {
    const doc = fixture()
    delete (doc.activities[0] as Partial<Workbench['activities'][number]>).name
    expect(messageFor(doc)).toBe('Behandlingsaktivitet nr. 1, feltet «navn»: mangler.')
  })

  it('a mistyped field, naming the record by number and name', () => {
    const doc = fixture()
    ;(doc.activities[1]!.dataCategories[0] as unknown as Record<string, unknown>).generated = 'ja'
    expect(messageFor(doc)).toBe(
      'Behandlingsaktivitet nr. 2 («Nyhetsbrev»), feltet «kategorier av personopplysninger › nr. 1 › skapt av virksomheten selv»: har feil type (forventet ja/nei).',
    )
  })

  it('a field nested in a list', () => {
    const doc = fixture()
    delete (doc.activities[0]!.purposes[1] as Partial<Workbench['activities'][number]['purposes'][number]>).law
    expect(messageFor(doc)).toBe(
      'Behandlingsaktivitet nr. 1 («Kundeavtaler og netthandel»), feltet «formål › nr. 2 › lovhjemmel»: mangler.',
    )
  })

  it('a bad date, a bad e-mail address and a too long name', () => {
    const doc = fixture()
    doc.activities[2]!.lastReviewed = '14.03.2025'
    doc.processors[1]!.contact.email = 'privacy at postbud'
    doc.transfers[0]!.recipient = 'x'.repeat(501)
    expect(problemsFor(doc)).toEqual([
      'Behandlingsaktivitet nr. 3 («Kameraovervåking i butikken»), feltet «sist gjennomgått»: må være en dato på formen ÅÅÅÅ-MM-DD.',
      'Databehandler nr. 2 («Postbud Mail Inc.»), feltet «kontaktperson › e-post»: er ikke en gyldig e-postadresse.',
      `Overføring nr. 1 («${'x'.repeat(60)}…»), feltet «mottaker»: har for mange tegn (høyst 500).`,
    ])
  })

  it('a value outside a list of codes', () => {
    const doc = fixture()
    ;(doc.transfers[1] as unknown as Record<string, unknown>).mechanism = 'privacy-shield-2'
    expect(messageFor(doc)).toMatch(
      /^Overføring nr\. 2 \(«Kortsupport Ltd»\), feltet «overføringsgrunnlag»: har en ugyldig verdi \(tillatt: adequacy, eu-us-dpf, /,
    )
  })

  it('a country code that is no country, such as ZZ', () => {
    const doc = fixture()
    doc.transfers[1]!.country = 'ZZ'
    doc.processors[0]!.locations = ['NO', 'XX']
    expect(problemsFor(doc)).toEqual([
      'Databehandler nr. 1 («Fjellnett Drift AS»), feltet «behandlingssteder › nr. 2»: må være koden for et land i ISO 3166-1, f.eks. NO for Norge.',
      'Overføring nr. 2 («Kortsupport Ltd»), feltet «land»: må være koden for et land i ISO 3166-1, f.eks. NO for Norge.',
    ])
  })

  it('a change entry whose before or after is not a record of its table', () => {
    const doc = fixture() as unknown as { changes: Array<Record<string, unknown>> }
    doc.changes[1]!.after = 'slettet alt'
    ;(doc.changes[2]!.after as Record<string, unknown>).id = 'act-99'
    doc.changes[3]!.before = null
    ;(doc.changes[4]!.before as Record<string, unknown>).country = 'ZZ'
    expect(problemsFor(doc)).toEqual([
      'Endringslogg nr. 2, feltet «etter»: har feil type (forventet objekt).',
      'Endringslogg nr. 3, feltet «etter › id»: er ikke postens id.',
      'Endringslogg nr. 4, feltet «før»: mangler.',
      'Endringslogg nr. 5, feltet «før › land»: må være koden for et land i ISO 3166-1, f.eks. NO for Norge.',
    ])
  })

  it('the organisation: wrong check digit, and a missing field', () => {
    const doc = fixture()
    doc.organization!.orgNumber = '915000003'
    expect(messageFor(doc)).toBe(
      'Virksomheten, feltet «organisasjonsnummer»: må ha ni siffer og gyldig kontrollsiffer (modulus 11).',
    )
    const { organization: _o, ...noOrg } = fixture()
    expect(messageFor(noOrg)).toBe('Virksomheten: mangler.')
  })

  it('unknown fields, at the top and in a record', () => {
    expect(messageFor({ ...fixture(), passord: 'hemmelig' })).toBe(
      'Arbeidsboken: har ukjente felt: «passord».',
    )
    const doc = fixture()
    ;(doc.clauses[0] as unknown as Record<string, unknown>).skript = '<script>'
    expect(messageFor(doc)).toBe(
      'Avsnitt nr. 1 («Hvem er behandlingsansvarlig»): har ukjente felt: «skript».',
    )
  })

  it('a list that is not a list', () => {
    expect(messageFor({ ...fixture(), activities: {} })).toBe(
      'Listen «behandlingsaktiviteter» har feil type (forventet liste).',
    )
  })

  it('a bad change-log entry', () => {
    const doc = fixture()
    ;(doc.changes[0] as unknown as Record<string, unknown>).table = 'users'
    expect(messageFor(doc)).toMatch(/^Endringslogg nr\. 1, feltet «tabell»: har en ugyldig verdi/)
  })

  it('a string over 100 000 characters anywhere, before schema validation', () => {
    const doc = fixture()
    ;(doc.changes[4]!.before as Record<string, unknown>).notes = 'y'.repeat(100_001)
    expect(messageFor(doc)).toMatch(
      /^Feltet «changes\[4\]\.before\.notes» inneholder en tekst på 100\s001 tegn; høyst 100\s000 er tillatt\.$/,
    )
  })

  it('prototype keys anywhere', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = FIXTURE.replace(
        '"notes": "Avtalen er til signering.",',
        `"notes": "Avtalen er til signering.", "${key}": {},`,
      )
      expect(messageFor(text)).toBe(
        `Filen inneholder den ulovlige nøkkelen «${key}» (i «processors[1]»).`,
      )
    }
  })

  it('absurd nesting', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`
    expect(messageFor(`{"format":"ombud-workbench","version":1,"x":${deep}}`)).toBe(
      'Filen er nøstet for dypt til å være en Ombud-arbeidsbok.',
    )
  })

  it('many problems: the message names three, `problems` has them all', () => {
    const doc = fixture()
    for (const p of doc.processors) (p as unknown as Record<string, unknown>).country = 'Norge'
    for (const t of doc.transfers) (t as unknown as Record<string, unknown>).country = 'Norge'
    const problems = problemsFor(doc)
    expect(problems).toHaveLength(4)
    expect(messageFor(doc)).toBe(`${problems.slice(0, 3).join(' ')} (og 1 andre feil)`)
    expect(problems[0]).toBe(
      'Databehandler nr. 1 («Fjellnett Drift AS»), feltet «land»: må være koden for et land i ISO 3166-1, f.eks. NO for Norge.',
    )
  })
})

describe('checkIntegrity', () => {
  it('finds nothing wrong in the fixture', () => {
    expect(checkIntegrity(parseWorkbench(FIXTURE))).toEqual([])
  })

  it('reports duplicate ids in every table and duplicate sequence numbers', () => {
    const wb = parseWorkbench(FIXTURE)
    wb.activities.push({ ...wb.activities[0]! })
    wb.transfers.push({ ...wb.transfers[0]! })
    wb.clauses.push({ ...wb.clauses[0]! })
    wb.policyVersions.push({ ...wb.policyVersions[0]! })
    wb.changes.push({ ...wb.changes[2]! })
    expect(checkIntegrity(wb)).toEqual([
      'Behandlingsaktiviteter: id «act-01» forekommer mer enn én gang.',
      'Overføringer: id «tr-01» forekommer mer enn én gang.',
      'Avsnitt i personvernerklæringen: id «cl-01» forekommer mer enn én gang.',
      'Versjoner av personvernerklæringen: id «pv-01» forekommer mer enn én gang.',
      'Endringsloggen: løpenummer 3 forekommer mer enn én gang.',
    ])
  })

  it('reports every kind of dangling link', () => {
    const wb = parseWorkbench(FIXTURE)
    wb.activities[0]!.processorIds.push('proc-x')
    wb.activities[1]!.transferIds.push('tr-x')
    wb.transfers[0]!.processorId = 'proc-y'
    wb.clauses[1]!.linkedActivityIds.push('act-x')
    expect(checkIntegrity(wb)).toEqual([
      'Behandlingsaktivitet «Kundeavtaler og netthandel»: databehandleren med id «proc-x» finnes ikke.',
      'Behandlingsaktivitet «Nyhetsbrev»: overføringen med id «tr-x» finnes ikke.',
      'Overføring til «Postbud Mail Inc.»: databehandleren med id «proc-y» finnes ikke.',
      'Avsnitt «Nyhetsbrev»: behandlingsaktiviteten med id «act-x» finnes ikke.',
    ])
  })
})

describe('readWorkbench also checks each published policy version against its hash', () => {
  it('accepts the fixture, whose published version matches its hash', async () => {
    expect((await readWorkbench(FIXTURE)).policyVersions[0]!.status).toBe('published')
  })

  it('refuses a published version whose text was edited after publication, keeping the old hash', async () => {
    const doc = fixture()
    const version = doc.policyVersions[0]!
    const paragraph = version.doc.blocks.find((b) => b.type === 'paragraph')!
    if (paragraph.type !== 'paragraph') throw new Error('unreachable')
    paragraph.runs[0]!.text = 'Lyngheim Sykkel og Sport AS er ikke '
    await expect(readWorkbench(JSON.stringify(doc))).rejects.toThrow(
      'Versjon nr. 1 av personvernerklæringen (bokmål, publisert 02.10.2025): teksten stemmer ikke med kontrollsummen',
    )
  })

  it('leaves a draft alone: its text may change until it is published', async () => {
    const doc = fixture()
    doc.policyVersions[0]!.status = 'draft'
    doc.policyVersions[0]!.publishedOn = null
    doc.policyVersions[0]!.doc.title = 'Utkast'
    expect((await readWorkbench(JSON.stringify(doc))).policyVersions).toHaveLength(1)
  })
})
