import { describe, expect, it } from 'vitest'
import type { FlatLegalBasis as LegalBasis } from '../model/activity-flat'
import {
  applyInlineDetails,
  clipCell,
  findDate,
  formatArt6,
  formatArt6Detail,
  formatArt9,
  formatDataCategories,
  formatDpia,
  formatList,
  formatNameAndDescription,
  formatRetention,
  formatSources,
  MAX_CELL_CHARS,
  parseArt6,
  parseArt6Detail,
  parseArt9,
  parseDataCategories,
  parseDateCell,
  parseDpia,
  parseList,
  parseNameAndDescription,
  parseRetention,
  parseSources,
  parseStatus,
} from './cell-format'
import { matchColumn, CONTROLLER_COLUMNS, PROCESSOR_COLUMNS } from './columns'

const codes = (text: string, mode: 'strict' | 'lenient' = 'lenient') =>
  parseArt6(text, mode).value.map((m) => m.basis)

describe('lists', () => {
  it('writes one element per line and reads Ombud rows back exactly, semicolons included', () => {
    const items = ['Faktura; utsending', 'Kundesystemet', '- med bindestrek først']
    expect(parseList(formatList(items), 'strict')).toEqual(items)
  })

  it('writes line breaks inside an element as spaces', () => {
    expect(formatList(['to\nlinjer', 'én'])).toBe('to linjer\nén')
  })

  it('reads hand-kept cells with semicolons, bullets and "nothing" words', () => {
    expect(parseList('Navn; adresse ;telefon', 'lenient')).toEqual(['Navn', 'adresse', 'telefon'])
    expect(parseList('• Lønnssystemet\n- Regneark\n* Arkiv', 'lenient')).toEqual([
      'Lønnssystemet',
      'Regneark',
      'Arkiv',
    ])
    for (const none of ['Ingen', '-', 'Ikke aktuelt', 'N/A', 'nei', ''])
      expect(parseList(none, 'lenient')).toEqual([])
    // In Ombud's own rows the text is taken as written.
    expect(parseList('Ingen', 'strict')).toEqual(['Ingen'])
  })
})

describe('name and description', () => {
  it('round-trips the name and a multi-paragraph description', () => {
    const cell = formatNameAndDescription('Kundeavtale', 'Første avsnitt.\n\nAndre avsnitt.')
    expect(cell).toBe('Kundeavtale\n\nFørste avsnitt.\n\nAndre avsnitt.')
    expect(parseNameAndDescription(cell)).toEqual({
      name: 'Kundeavtale',
      description: 'Første avsnitt.\n\nAndre avsnitt.',
    })
  })

  it('takes the first line of a hand-kept cell as the name', () => {
    expect(parseNameAndDescription('Lønn\nUtbetaling av lønn')).toEqual({
      name: 'Lønn',
      description: 'Utbetaling av lønn',
    })
    expect(parseNameAndDescription('  Lønn  ')).toEqual({ name: 'Lønn', description: '' })
  })
})

describe('personal data categories and sources', () => {
  it('marks special categories and reads the mark back, also in the forms a DPO writes', () => {
    const cell = formatDataCategories(['Navn'], ['Helseopplysninger'])
    expect(cell).toBe('Navn\nHelseopplysninger (særlig kategori)')
    expect(parseDataCategories(cell, 'strict')).toEqual({
      dataCategories: ['Navn'],
      specialCategories: ['Helseopplysninger'],
    })
    expect(
      parseDataCategories('Fagforening (art. 9); Helse (særlige kategorier)', 'lenient')
        .specialCategories,
    ).toEqual(['Fagforening', 'Helse'])
  })

  it('round-trips sources of every kind, names with parentheses included', () => {
    const sources = [
      { kind: 'data-subject', name: '' },
      { kind: 'data-subject', name: 'Kunden' },
      { kind: 'public-register', name: 'Elhub' },
      { kind: 'third-party', name: 'Kreditt (Experian)' },
      { kind: 'generated', name: '' },
    ] as const
    expect(parseSources(formatSources(sources), 'strict')).toEqual(sources)
  })

  it('guesses the kind of a source a hand-kept protokoll names without one', () => {
    expect(
      parseSources('Den registrerte; Folkeregisteret; Kunden selv; Inkassobyrået', 'lenient'),
    ).toEqual([
      { kind: 'data-subject', name: '' },
      { kind: 'public-register', name: 'Folkeregisteret' },
      { kind: 'data-subject', name: 'Kunden selv' },
      { kind: 'third-party', name: 'Inkassobyrået' },
    ])
  })
})

describe('art. 6', () => {
  it('writes Norwegian labels with the article', () => {
    expect(formatArt6([{ basis: 'contract', law: '', interest: '' }])).toBe(
      'Avtale (art. 6 nr. 1 bokstav b)',
    )
  })

  it.each([
    ['Avtale (art. 6 nr. 1 bokstav b)', ['contract']],
    ['art. 6 (1) b', ['contract']],
    ['6-1-b', ['contract']],
    ['6(1)(f)', ['legitimate-interests']],
    ['Art. 6.1.c', ['legal-obligation']],
    ['samtykke', ['consent']],
    ['avtale', ['contract']],
    ['Rettslig forpliktelse', ['legal-obligation']],
    ['lovpålagt', ['legal-obligation']],
    ['berettiget interesse', ['legitimate-interests']],
    ['Allmennhetens interesse eller offentlig myndighet', ['public-task']],
    ['Vitale interesser', ['vital-interests']],
    ['6 (1) b og c', ['contract', 'legal-obligation']],
    ['Avtale, rettslig forpliktelse', ['contract', 'legal-obligation']],
    ['Avtale\nAvtale', ['contract']],
  ])('reads %j', (text, expected) => {
    const parsed = parseArt6(text, 'lenient')
    expect(parsed.issues).toEqual([])
    expect(parsed.value.map((m) => m.basis)).toEqual(expected)
  })

  it('reports an unknown basis as an error, and a contradiction too', () => {
    const unknown = parseArt6('Hjemmel i vedtektene', 'lenient')
    expect(unknown.value).toEqual([])
    expect(unknown.issues).toEqual([
      {
        level: 'error',
        message: expect.stringContaining('Ukjent behandlingsgrunnlag «Hjemmel i vedtektene»'),
      },
    ])
    const contradiction = parseArt6('Samtykke (art. 6 nr. 1 bokstav b)', 'strict')
    expect(contradiction.issues[0]).toEqual({
      level: 'error',
      message: expect.stringContaining('selvmotsigende'),
    })
  })

  it('quotes a cell of the largest size Excel allows as a short excerpt', () => {
    const cell = `Hjemmel i ${'vedtektene '.repeat(2_970)}`
    const [issue] = parseArt6(cell, 'lenient').issues
    expect(issue!.message).toMatch(/^Ukjent behandlingsgrunnlag «Hjemmel i vedtektene vedtektene.*…»\./)
    expect(issue!.message.length).toBeLessThan(250)
  })

  it('drops with a warning a fragment beside a recognised basis in a hand-kept cell', () => {
    const parsed = parseArt6('Avtale, jf. vedtektene', 'lenient')
    expect(parsed.value.map((m) => m.basis)).toEqual(['contract'])
    expect(parsed.issues).toEqual([
      {
        level: 'warning',
        message: '«jf. vedtektene» ble ikke gjenkjent som et behandlingsgrunnlag og er utelatt.',
      },
    ])
  })

  it('keeps a law written after the basis in the same cell', () => {
    const mentions = parseArt6('Rettslig forpliktelse – bokføringsloven § 13', 'lenient').value
    const bases = applyInlineDetails(
      [{ basis: 'legal-obligation', law: '', interest: '' }],
      mentions,
    )
    expect(bases).toEqual([
      { basis: 'legal-obligation', law: 'bokføringsloven § 13', interest: '' },
    ])
  })

  it('round-trips laws and interests, a basis listed twice, multi-line interests and text in the "other" field', () => {
    const bases: LegalBasis[] = [
      { basis: 'contract', law: '', interest: '' },
      { basis: 'legal-obligation', law: '', interest: '' },
      { basis: 'legal-obligation', law: 'avregningsforskriften § 6-1', interest: '' },
      {
        basis: 'legitimate-interests',
        law: 'personopplysningsforskriften kap. 8',
        interest: 'Verne anleggene.\n\nForebygge hærverk.',
      },
      { basis: 'contract', law: 'energiloven', interest: 'Rask levering' },
    ]
    const cell = formatArt6Detail(bases)
    const parsed = parseArt6Detail(cell, codes(formatArt6(bases), 'strict'), 'strict')
    expect(parsed.issues).toEqual([])
    expect(parsed.value).toEqual(bases)
  })

  it('puts an unlabelled detail of a hand-kept file on the one basis that needs it', () => {
    const parsed = parseArt6Detail(
      'bokføringsloven § 13',
      ['contract', 'legal-obligation'],
      'lenient',
    )
    expect(parsed.value[1]).toEqual({
      basis: 'legal-obligation',
      law: 'bokføringsloven § 13',
      interest: '',
    })
    expect(parsed.issues).toEqual([])
  })

  it('warns about a detail for a basis the row does not list', () => {
    const parsed = parseArt6Detail('Berettiget interesse: markedsføring', ['contract'], 'lenient')
    expect(parsed.value).toEqual([{ basis: 'contract', law: '', interest: '' }])
    expect(parsed.issues[0]?.level).toBe('warning')
  })
})

describe('art. 9 and 10', () => {
  it('round-trips bases, the national law and criminal data', () => {
    const fields = {
      art9Bases: ['employment', 'legal-claims'] as const,
      art9Detail: 'arbeidsmiljøloven § 4-6\nfolketrygdloven § 25-2',
      criminalData: true,
      criminalDataBasis: 'politiregisterloven § 39',
    }
    const parsed = parseArt9(formatArt9({ ...fields, art9Bases: [...fields.art9Bases] }), 'strict')
    expect(parsed.issues).toEqual([])
    expect(parsed.value).toEqual({ ...fields, art9Bases: [...fields.art9Bases] })
    expect(
      parseArt9(
        formatArt9({ art9Bases: [], art9Detail: '', criminalData: true, criminalDataBasis: '' }),
        'strict',
      ).value.criminalData,
    ).toBe(true)
  })

  it('reads references and words of a hand-kept file', () => {
    expect(parseArt9('Art. 9 (2) b – arbeidsmiljøloven § 4-6', 'lenient').value).toMatchObject({
      art9Bases: ['employment'],
      art9Detail: 'arbeidsmiljøloven § 4-6',
    })
    expect(parseArt9('Ikke aktuelt', 'lenient').value.art9Bases).toEqual([])
    const free = parseArt9('Helseopplysninger om ansatte', 'lenient')
    expect(free.value.art9Detail).toBe('Helseopplysninger om ansatte')
    expect(free.issues[0]?.level).toBe('warning')
    expect(parseArt9('Helseopplysninger om ansatte', 'strict').issues[0]?.level).toBe('error')
  })
})

describe('retention, DPIA, status and dates', () => {
  it('round-trips period and basis', () => {
    for (const r of [
      { period: '5 år', basis: 'bokføringsloven § 13' },
      { period: '', basis: 'Behovet\noverfor NAV' },
      { period: '7 dager', basis: '' },
    ]) {
      expect(parseRetention(formatRetention(r), 'strict')).toEqual(r)
    }
  })

  it('round-trips the DPIA cell and reads the forms a DPO writes', () => {
    for (const d of [
      { needed: 'yes', doneOn: '2025-03-01' },
      { needed: 'no', doneOn: null },
      { needed: 'unknown', doneOn: null },
    ] as const) {
      expect(parseDpia(formatDpia(d)).value).toEqual(d)
    }
    expect(parseDpia('Ja, gjennomført 1.3.2025').value).toEqual({
      needed: 'yes',
      doneOn: '2025-03-01',
    })
    expect(parseDpia('2024-05-06').value).toEqual({ needed: 'yes', doneOn: '2024-05-06' })
    expect(parseDpia('Ja, gjennomført 31.02.2025').issues[0]).toEqual({
      level: 'error',
      message: expect.stringContaining('«31.02.2025» er ikke en gyldig dato'),
    })
    expect(parseDpia('Kanskje').issues[0]?.level).toBe('warning')
  })

  it('reads dates and rejects non-dates', () => {
    expect(findDate('sist 2026-01-15', 'X').value).toBe('2026-01-15')
    expect(parseDateCell('15.01.2026', 'X').value).toBe('2026-01-15')
    expect(parseDateCell('', 'X')).toEqual({ value: null, issues: [] })
    expect(parseDateCell('i fjor', 'Sist gjennomgått').issues[0]?.message).toMatch(
      /^Sist gjennomgått: «i fjor» er ikke en dato/,
    )
    expect(parseDateCell('2026-13-01', 'X').issues[0]?.level).toBe('error')
  })

  it('reads status words', () => {
    expect(parseStatus('Aktiv').value).toBe('active')
    expect(parseStatus('utkast').value).toBe('draft')
    expect(parseStatus('Arkivert').value).toBe('archived')
    expect(parseStatus('Tja').issues[0]?.level).toBe('warning')
  })

  it('clips text beyond what an Excel cell holds', () => {
    expect(clipCell('x'.repeat(MAX_CELL_CHARS + 10))).toHaveLength(MAX_CELL_CHARS)
    expect(clipCell('kort')).toBe('kort')
  })
})

describe('headings', () => {
  it('matches headings case-, space- and punctuation-insensitively, with variants and explanations', () => {
    expect(matchColumn('HØY RISIKO - DPIA', CONTROLLER_COLUMNS)?.key).toBe('dpia')
    expect(matchColumn('Kilde (hvor kommer opplysningene fra)', CONTROLLER_COLUMNS)?.key).toBe(
      'sources',
    )
    expect(matchColumn('Formål\n(hvorfor behandles opplysningene?)', CONTROLLER_COLUMNS)?.key).toBe(
      'purposes',
    )
    expect(matchColumn('behandlingsgrunnlag', CONTROLLER_COLUMNS)?.key).toBe('art6')
    expect(matchColumn('Databehandlere', CONTROLLER_COLUMNS)?.key).toBe('processors')
    expect(matchColumn('Databehandlere', PROCESSOR_COLUMNS)?.key).toBe('subProcessors')
    expect(matchColumn('Kommentar', CONTROLLER_COLUMNS)).toBeUndefined()
  })

  it('gives every column a distinct heading', () => {
    for (const columns of [CONTROLLER_COLUMNS, PROCESSOR_COLUMNS]) {
      const headings = columns.map((c) => c.heading)
      expect(new Set(headings).size).toBe(headings.length)
      for (const c of columns) expect(matchColumn(c.heading, columns)?.key).toBe(c.key)
    }
  })
})
