import { Workbook } from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import type { ProcessingActivity } from '../model/activity'
import { flattenActivity } from '../model/activity-flat'
import { emptyPurpose } from '../model/activity-parts'
import type { DataSource } from '../model/source'
import { ART6, type Art6Basis } from '../law/legal-bases'
import type { Workbench } from '../model/workbench'
import { CONTROLLER_COLUMNS } from './columns'
import { buildXlsx, HAND_KEPT_ROWS, handKeptProtokollXlsx, type HandKeptRow } from './test-fixtures'
import { ROPA_TEST_NOW, ropaTestWorkbench } from './test-workbench'
import { exportRopaXlsx } from './xlsx-export'
import { expandingXlsx, harmlessXlsx, manyRowsXlsx, sharedStringsXlsx } from '../files/test-bombs'
import { syntheticWorkbench } from '../policy/test-workbench'
import { parseRopaXlsx, type RopaImportExisting, type RopaImportResult } from './xlsx-import'

const LATER = '2026-09-01T08:00:00.000Z'

/** The fields Datatilsynet's template (and Ombud's extra columns) carry. */
const TEMPLATE_FIELDS = [
  'id',
  'name',
  'description',
  'owner',
  'area',
  'systems',
  'role',
  'onBehalfOf',
  'purposes',
  'legalBases',
  'specialCategories',
  'art9Bases',
  'art9Detail',
  'criminalData',
  'criminalDataBasis',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'processorIds',
  'jointController',
  'transferIds',
  'retention',
  'securityMeasures',
  'dpia',
  'status',
  'lastReviewed',
] as const

/** The activity in the template's terms; `sources` are the lists its source ids point into. */
function templateFields(activity: ProcessingActivity, sources: readonly DataSource[]) {
  const a = flattenActivity(activity, new Map(sources.map((s) => [s.id, s])))
  const fields = Object.fromEntries(TEMPLATE_FIELDS.map((f) => [f, a[f]]))
  // Sources are one list per workbench: compared by kind and name, in order of name.
  return { ...fields, sources: [...a.sources].sort((x, y) => `${x.kind}${x.name}`.localeCompare(`${y.kind}${y.name}`)) }
}

/** Registers only: every activity of the file is new. */
function registersOf(wb: Workbench): RopaImportExisting {
  return { activities: [], processors: wb.processors, transfers: wb.transfers }
}

function counter(prefix = 'ny'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

/** Opens an .xlsx, lets `edit` change it, and writes it again. */
async function editXlsx(bytes: Uint8Array, edit: (wb: Workbook) => void): Promise<Uint8Array> {
  const wb = new Workbook()
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  edit(wb)
  return buildXlsxFrom(wb)
}

async function buildXlsxFrom(wb: Workbook): Promise<Uint8Array> {
  const raw: unknown = await wb.xlsx.writeBuffer()
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer)
}

function columnOf(heading: string): number {
  return CONTROLLER_COLUMNS.findIndex((c) => c.heading === heading) + 1
}

describe('round trip: exportRopaXlsx → parseRopaXlsx', () => {
  it.each([
    ['the test workbench', () => ropaTestWorkbench()],
    ['the sample workbench', () => sampleWorkbench(ROPA_TEST_NOW)],
  ])('gives back the same activities for %s', async (_, make) => {
    const wb = make()
    const bytes = await exportRopaXlsx(wb, { now: ROPA_TEST_NOW, includeArchived: true, includeDrafts: true })
    const result = await parseRopaXlsx(bytes, registersOf(wb), { now: LATER })
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
    expect(result.rows.every((r) => r.action === 'create')).toBe(true)
    expect(result.activities).toHaveLength(wb.activities.length)
    for (const original of wb.activities) {
      const back = result.activities.find((a) => a.id === original.id)
      expect(back, original.name).toBeDefined()
      const theirs = templateFields(back!, result.sources)
      const ours = templateFields(original, wb.sources)
      const texts = new Set(original.purposes.map((p) => p.text.nb))
      if (texts.size <= 1 || new Set(original.purposes.map((p) => p.basis)).size <= 1) {
        expect(theirs, original.name).toEqual(ours)
        continue
      }
      // The template has one column of purposes beside one of bases, so a new activity whose
      // purposes rest on different bases cannot be paired again: everything else comes back,
      // and the activity is marked «må gjennomgås» with every basis named.
      expect({ ...theirs, legalBases: [] }, original.name).toEqual({ ...ours, legalBases: [] })
      expect(back!.purposes.every((p) => p.basis === null), original.name).toBe(true)
      for (const b of (ours as Record<string, unknown>).legalBases as Array<{ basis: Art6Basis; law: string; interest: string }>) {
        expect(back!.reviewNotes.join(' '), original.name).toContain(ART6[b.basis].label.nb)
        expect(back!.reviewNotes.join(' '), original.name).toContain(b.law || b.interest.split('\n')[0]!)
      }
    }
  })

  it('reports every row unchanged when read against the workbench it came from', async () => {
    const wb = ropaTestWorkbench()
    const result = await parseRopaXlsx(await exportRopaXlsx(wb, { now: ROPA_TEST_NOW, includeDrafts: true }), wb, {
      now: LATER,
    })
    expect(result.errors).toEqual([])
    expect(result.activities).toEqual([])
    expect(result.rows.map((r) => r.action)).toEqual(Array(7).fill('unchanged'))
  })

  it('reports an untouched export unchanged even where the stored text has spaces and line ends at its edges', async () => {
    const wb = ropaTestWorkbench()
    const a = wb.activities.find((x) => x.id === 'a-kunde')!
    a.description = `  ${a.description}\r\n`
    a.purposes = a.purposes.map((p) => ({ ...p, text: { ...p.text, nb: `${p.text.nb} ` } }))
    a.retention = a.retention.map((r, i) => (i === 0 ? { ...r, period: { ...r.period, nb: `${r.period.nb}\n` } } : r))
    const result = await parseRopaXlsx(await exportRopaXlsx(wb, { now: ROPA_TEST_NOW, includeDrafts: true }), wb, {
      now: LATER,
    })
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.action)).toEqual(Array(7).fill('unchanged'))
  })

  it('updates an edited row and keeps the fields the template does not carry', async () => {
    const wb = ropaTestWorkbench()
    const bytes = await editXlsx(await exportRopaXlsx(wb, { now: ROPA_TEST_NOW, includeDrafts: true }), (x) => {
      const ws = x.getWorksheet('Behandlingsansvarlig')!
      // Row 3 is «Kundeavtale og fakturering» (rows are sorted by area, then name).
      expect(ws.getRow(3).getCell(1).value).toBe('a-kunde')
      ws.getRow(3).getCell(columnOf('Formål med behandlingen')).value =
        'Levere strøm etter avtalen\nFakturere forbruk\nForebygge svindel'
      ws.getRow(3).getCell(columnOf('Databehandlere')).value =
        'Regnskapshuset AS\nVakt og Kamera AS'
    })
    const result = await parseRopaXlsx(bytes, wb, { now: LATER })
    expect(result.errors).toEqual([])
    expect(result.rows.filter((r) => r.action !== 'unchanged')).toEqual([
      {
        sheet: 'Behandlingsansvarlig',
        row: 3,
        activityId: 'a-kunde',
        name: 'Kundeavtale og fakturering',
        action: 'update',
        fields: ['purposes', 'processorIds', 'reviewNotes'],
      },
    ])
    const [updated] = result.activities
    const before = wb.activities.find((a) => a.id === 'a-kunde')!
    // The purposes already there keep their records; the new one waits for its basis, and says so.
    const note = 'Velg behandlingsgrunnlag for formålet «Forebygge svindel», som kom inn fra regnearket.'
    expect(updated).toEqual({
      ...before,
      purposes: [...before.purposes, emptyPurpose('p4', { text: { nb: 'Forebygge svindel', nn: '' } })],
      reviewNotes: [...before.reviewNotes, note],
      processorIds: ['p-regnskap', 'p-kamera'],
      updatedAt: LATER,
    })
    // Not in the template, kept from the workbench:
    expect(updated!.requirement).toBe('contractual')
    expect(updated!.dataSubjects.every((g) => g.informedBy === 'policy')).toBe(true)
  })

  it('leaves the fields of missing columns alone on update', async () => {
    const wb = ropaTestWorkbench()
    const bytes = await buildXlsx((x) => {
      const ws = x.addWorksheet('Behandlingsansvarlig')
      ws.addRow(['Ombud-ID', 'Behandlingsaktivitet', 'Formål med behandlingen', 'Mottakere'])
      ws.addRow([
        'a-kunde',
        'Kundeavtale og fakturering',
        'Bare ett formål',
        'Inkassobyrå\nSkatteetaten',
      ])
    })
    const result = await parseRopaXlsx(bytes, wb, { now: LATER })
    const before = wb.activities.find((a) => a.id === 'a-kunde')!
    expect(result.activities).toEqual([
      {
        ...before,
        description: '',
        // A purpose that replaces the others gets no basis the record did not pair with it.
        purposes: [emptyPurpose('p4', { text: { nb: 'Bare ett formål', nn: '' } })],
        reviewNotes: [...before.reviewNotes, 'Velg behandlingsgrunnlag for formålet «Bare ett formål», som kom inn fra regnearket.'],
        updatedAt: LATER,
      },
    ])
  })
})

describe('a protokoll kept in Datatilsynet’s template (no Ombud-ID)', () => {
  it('imports the rows as new activities linked to the registers', async () => {
    const wb = ropaTestWorkbench()
    const result = await parseRopaXlsx(await handKeptProtokollXlsx(), wb, {
      now: LATER,
      newId: counter(),
    })
    expect(result.errors).toEqual([])
    expect(result.rows).toEqual([
      {
        sheet: 'Behandlingsansvarlig',
        row: 5,
        activityId: 'ny-1',
        name: 'Lønn og personaladministrasjon',
        action: 'create',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 6,
        activityId: 'ny-2',
        name: 'Nyhetsbrev',
        action: 'create',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 7,
        activityId: 'ny-3',
        name: 'Kundeservice på chat',
        action: 'create',
      },
      {
        sheet: 'Databehandler',
        row: 2,
        activityId: 'ny-4',
        name: 'Måleravlesning for netteier',
        action: 'create',
      },
    ])
    // In the template's terms; the sheet's sources are new entries of the shared list.
    const sources = new Map(result.sources.map((s) => [s.id, s]))
    const [lonn, nyhet, chat, maaling] = result.activities.map((a) => ({ ...flattenActivity(a, sources), record: a }))
    // Two purposes beside two bases: not paired by guess, marked «må gjennomgås» with both bases.
    expect(lonn!.record.purposes.map((p) => [p.text.nb, p.basis])).toEqual([
      ['Utbetale lønn', null],
      ['Rapportere til myndighetene', null],
    ])
    expect(lonn!.record.reviewNotes.join(' ')).toContain('Avtale; Rettslig forpliktelse (a-opplysningsloven § 4)')
    expect(lonn!.record.reviewNotes.join(' ')).toContain('«Den ansatte selv»')
    expect(chat!.record.reviewNotes.join(' ')).toContain('Berettiget interesse (lære av henvendelsene for å bedre tjenesten)')
    expect(lonn).toMatchObject({
      description: 'Utbetaling av lønn og innrapportering til a-ordningen.',
      owner: 'HR',
      area: 'Personal',
      purposes: ['Utbetale lønn', 'Rapportere til myndighetene'],
      dataCategories: ['Navn og adresse', 'Kontonummer', 'Fødselsnummer'],
      specialCategories: ['Sykefravær'],
      art9Bases: ['employment'],
      art9Detail: 'arbeidsmiljøloven § 4-6',
      // «The data subject» is an origin, not a named source: its wording goes to the review note.
      sources: [{ kind: 'data-subject', name: '' }],
      systems: ['Lønnssystemet', 'Regneark'],
      securityMeasures: ['Tilgangsstyring', 'Logging'],
      processorIds: ['p-regnskap'],
      jointController: '',
      transferIds: [],
      dpia: { needed: 'no', doneOn: null },
      status: 'active',
      role: 'controller',
      createdAt: LATER,
      updatedAt: LATER,
    })
    expect(nyhet).toMatchObject({
      legalBases: [{ basis: 'consent', law: '', interest: '' }],
      processorIds: [],
      transferIds: [],
    })
    expect(chat).toMatchObject({
      retention: { period: '1 år', basis: 'vurdering av behovet for dokumentasjon' },
      dpia: { needed: 'yes', doneOn: '2024-03-12' },
      processorIds: ['p-sky'],
      transferIds: ['t-sky-us'],
    })
    expect(maaling).toMatchObject({
      role: 'processor',
      onBehalfOf: 'Fjordnett AS, personvern@fjordnett.example',
      securityMeasures: ['Kryptert overføring', 'Tilgangsstyring'],
    })
  })

  it('warns about what it could not place, in Norwegian, with row and column', async () => {
    const result = await parseRopaXlsx(await handKeptProtokollXlsx(), ropaTestWorkbench(), {
      now: LATER,
      newId: counter(),
    })
    expect(result.warnings).toEqual([
      {
        sheet: 'Behandlingsansvarlig',
        row: 4,
        message:
          'Disse kolonnene er ikke en del av protokollmalen og ble ikke lest: «Nr.», «Kommentar».',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 6,
        column: 'Databehandler',
        message:
          'Ukjent databehandler: «Postmester Inc.». Den finnes ikke i databehandlerregisteret og er ikke koblet til behandlingsaktiviteten.',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 6,
        column: 'Overføring til tredjeland',
        message: expect.stringMatching(/^Det står ikke hvem som mottar opplysningene i USA/),
      },
      {
        sheet: 'Databehandler',
        row: 1,
        message:
          'Arket mangler kolonner som art. 30 krever: «Underdatabehandlere», «Overføringsgrunnlag (garantier)».',
      },
    ])
  })

  it('warns that a row without Ombud-ID becomes a new activity even when the name exists', async () => {
    const wb = ropaTestWorkbench()
    const rows: HandKeptRow[] = [
      {
        Behandlingsaktivitet: 'Rekruttering',
        Formål: 'Ansette folk',
        Behandlingsgrunnlag: 'Avtale',
      },
    ]
    const result = await parseRopaXlsx(await handKeptProtokollXlsx(rows), wb, {
      now: LATER,
      newId: counter(),
    })
    expect(result.rows[0]).toMatchObject({ activityId: 'ny-1', action: 'create' })
    expect(result.warnings.map((w) => w.message)).toContain(
      'Det finnes allerede en behandlingsaktivitet som heter «Rekruttering». Raden har ingen Ombud-ID og blir importert som en ny aktivitet.',
    )
  })
})

describe('rows with problems', () => {
  const bad: HandKeptRow[] = [
    HAND_KEPT_ROWS[0]!,
    { Formål: 'Noe uten navn', Behandlingsgrunnlag: 'Avtale' },
    { Behandlingsaktivitet: 'Medlemsregister', Behandlingsgrunnlag: 'Hjemmel i vedtektene' },
    {
      Behandlingsaktivitet: 'Bedriftshelsetjeneste',
      Behandlingsgrunnlag: 'Rettslig forpliktelse',
      'Høy risiko (DPIA)': 'Ja, gjennomført 31.02.2024',
    },
    { Behandlingsaktivitet: 'Kameraovervåking', Behandlingsgrunnlag: 'Berettiget interesse' },
    { Behandlingsaktivitet: 'x'.repeat(501), Behandlingsgrunnlag: 'Avtale' },
  ]

  it('lists every bad row with its row number, column and a Norwegian message, and keeps the good rows', async () => {
    const result = await parseRopaXlsx(await handKeptProtokollXlsx(bad), ropaTestWorkbench(), {
      now: LATER,
      newId: counter(),
    })
    expect(result.errors).toEqual([
      {
        sheet: 'Behandlingsansvarlig',
        row: 6,
        column: 'Behandlingsaktivitet',
        message:
          'Behandlingsaktiviteten mangler navn. Skriv navnet på første linje i kolonnen «Behandlingsaktivitet».',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 7,
        column: 'Behandlingsgrunnlag',
        message:
          'Ukjent behandlingsgrunnlag «Hjemmel i vedtektene». Bruk et av grunnlagene i art. 6 nr. 1, for eksempel «Avtale» eller «art. 6 nr. 1 bokstav b».',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 8,
        column: 'Høy risiko (DPIA)',
        message:
          'Høy risiko – DPIA: «31.02.2024» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01.',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 10,
        column: 'Behandlingsaktivitet',
        message: 'Navn har for mange tegn (høyst 500).',
      },
    ])
    // 6(1)(f) without the interest passes the schema: a warning, not an error.
    expect(result.warnings).toContainEqual({
      sheet: 'Behandlingsansvarlig',
      row: 9,
      message:
        'Berettiget interesse er oppgitt som grunnlag, men interessen er ikke beskrevet (art. 13 nr. 1 bokstav d).',
    })
    expect(result.rows.map((r) => r.row)).toEqual([5, 9, 2])
    expect(result.activities.map((a) => a.name)).toEqual([
      'Lønn og personaladministrasjon',
      'Kameraovervåking',
      'Måleravlesning for netteier',
    ])
  })

  it('rejects a bad date in the "Sist gjennomgått" column and a duplicated Ombud-ID', async () => {
    const bytes = await buildXlsx((x) => {
      const ws = x.addWorksheet('Behandlingsansvarlig')
      ws.addRow([
        'Ombud-ID',
        'Behandlingsaktivitet',
        'Behandlingsgrunnlag etter art. 6',
        'Sist gjennomgått',
      ])
      ws.addRow(['a-kunde', 'Kundeavtale', 'Avtale (art. 6 nr. 1 bokstav b)', 'forrige uke'])
      ws.addRow(['a-ny', 'Ny', 'Avtale (art. 6 nr. 1 bokstav b)', '2026-02-30'])
      ws.addRow(['a-ny', 'Ny igjen', 'Avtale (art. 6 nr. 1 bokstav b)', ''])
    })
    const result = await parseRopaXlsx(bytes, ropaTestWorkbench(), { now: LATER })
    expect(result.errors).toEqual([
      {
        sheet: 'Behandlingsansvarlig',
        row: 2,
        column: 'Sist gjennomgått',
        message:
          'Sist gjennomgått: «forrige uke» er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01.',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 3,
        column: 'Sist gjennomgått',
        message:
          'Sist gjennomgått: «2026-02-30» er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2025-03-01.',
      },
      {
        sheet: 'Behandlingsansvarlig',
        row: 4,
        column: 'Ombud-ID',
        message:
          'Ombud-ID «a-ny» står også i rad 3. Hver behandlingsaktivitet kan bare stå én gang.',
      },
    ])
  })

  it('reads a date Excel stored as a date', async () => {
    const bytes = await buildXlsx((x) => {
      const ws = x.addWorksheet('Protokoll')
      ws.addRow(['Behandlingsaktivitet', 'Formål', 'Behandlingsgrunnlag', 'Sist gjennomgått'])
      ws.addRow(['Lønn', 'Utbetale lønn', 'Avtale', new Date(Date.UTC(2025, 10, 3))])
    })
    const result = await parseRopaXlsx(bytes, ropaTestWorkbench(), { now: LATER, newId: counter() })
    expect(result.errors).toEqual([])
    expect(result.activities[0]?.lastReviewed).toBe('2025-11-03')
  })
})

describe('files that are not a protokoll', () => {
  const existing = ropaTestWorkbench()

  it.each([
    [
      'garbage bytes',
      new Uint8Array([1, 2, 3, 250, 251, 0, 9, 8, 7]),
      'not-xlsx',
      'Filen er ikke en Excel-arbeidsbok (.xlsx). Velg protokollen lagret som .xlsx.',
    ],
    ['an empty file', new Uint8Array(), 'not-xlsx', 'Filen er tom.'],
    [
      'a CSV file',
      new TextEncoder().encode('Behandlingsaktivitet;Formål\nLønn;Utbetale lønn\n'),
      'not-xlsx',
      'Filen er en tekstfil, ikke en Excel-arbeidsbok. Lagre protokollen som Excel-arbeidsbok (.xlsx) og prøv igjen.',
    ],
    [
      'an old .xls file',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'not-xlsx',
      'Filen er i det gamle Excel-formatet (.xls) eller er passordbeskyttet. Åpne den i Excel, fjern eventuelt passordet, og lagre den som Excel-arbeidsbok (.xlsx).',
    ],
    [
      'a PDF',
      new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
      'not-xlsx',
      'Filen er en PDF, ikke en Excel-arbeidsbok. Velg protokollen lagret som Excel-arbeidsbok (.xlsx).',
    ],
    [
      'a Word document',
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': strToU8('<w:document/>'),
      }),
      'not-xlsx',
      'Filen er et Word-dokument, ikke en Excel-arbeidsbok. Velg protokollen lagret som Excel-arbeidsbok (.xlsx).',
    ],
    [
      'an OpenDocument spreadsheet',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<office:document-content/>'),
      }),
      'not-xlsx',
      'Filen er et OpenDocument-dokument (LibreOffice), ikke en Excel-arbeidsbok. Velg protokollen lagret som Excel-arbeidsbok (.xlsx).',
    ],
    [
      'a zip of other files',
      zipSync({ 'bilde.png': new Uint8Array(10) }),
      'not-xlsx',
      'Filen er en zip-fil, ikke en Excel-arbeidsbok. Velg protokollen lagret som Excel-arbeidsbok (.xlsx).',
    ],
    [
      'a damaged zip',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
      'damaged',
      'Filen kunne ikke leses som en Excel-arbeidsbok (.xlsx). Den kan være skadet; åpne den i Excel og lagre den på nytt.',
    ],
  ])(
    'gives one clear error for %s, and says what kind of problem it is',
    async (_, bytes, problem, message) => {
      const result = await parseRopaXlsx(bytes, existing)
      expect(result).toEqual({
        fileProblem: problem,
        activities: [],
        rows: [],
        errors: [{ sheet: '', row: null, message }],
        warnings: [],
        sources: [],
      })
    },
  )

  it('tells a workbook cut short from one in another layout', async () => {
    const bytes = await exportRopaXlsx(existing, { now: ROPA_TEST_NOW, includeDrafts: true })
    const cut = await parseRopaXlsx(bytes.subarray(0, Math.floor(bytes.length / 2)), existing)
    expect(cut.fileProblem).toBe('damaged')
    const other = await parseRopaXlsx(
      await buildXlsx((x) => x.addWorksheet('Ark1').addRow(['Navn', 'Telefon'])),
      existing,
    )
    expect(other.fileProblem).toBe('no-protokoll')
    const rowErrors = await parseRopaXlsx(
      await editXlsx(bytes, (x) => {
        x
          .getWorksheet('Behandlingsansvarlig')!
          .getRow(3)
          .getCell(columnOf('Sist gjennomgått')).value = 'i fjor'
      }),
      existing,
    )
    expect(rowErrors.errors).toHaveLength(1)
    expect(rowErrors.fileProblem).toBeUndefined()
  })

  it('gives one clear error for a workbook without the template’s headings', async () => {
    const bytes = await buildXlsx((x) => {
      x.addWorksheet('Ark1').addRow(['Navn', 'Telefon'])
    })
    const result = await parseRopaXlsx(bytes, existing)
    expect(result.errors).toEqual([
      {
        sheet: '',
        row: null,
        message:
          'Fant ingen protokoll i filen: ingen ark har kolonneoverskriftene fra Datatilsynets mal, for eksempel «Behandlingsaktivitet» og «Formål med behandlingen».',
      },
    ])
    expect(result.fileProblem).toBe('no-protokoll')
    expect(result.activities).toEqual([])
  })

  it('gives one clear error for a workbook with an empty sheet', async () => {
    const result = await parseRopaXlsx(
      await buildXlsx((x) => x.addWorksheet('Behandlingsansvarlig')),
      existing,
    )
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]?.message).toMatch(/^Fant ingen protokoll i filen/)
  })

  it('warns, without errors, about a template with headings and no rows', async () => {
    const bytes = await buildXlsx((x) => {
      x.addWorksheet('Behandlingsansvarlig').addRow(CONTROLLER_COLUMNS.map((c) => c.heading))
    })
    const result = await parseRopaXlsx(bytes, existing)
    expect(result).toEqual({
      activities: [],
      rows: [],
      errors: [],
      warnings: [
        { sheet: '', row: null, message: 'Protokollen i filen har ingen behandlingsaktiviteter.' },
      ],
      sources: [],
    })
  })

  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await exportRopaXlsx(existing, { now: ROPA_TEST_NOW, includeDrafts: true })
    const result = await parseRopaXlsx(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      existing,
    )
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(7)
  })
})

describe('limits, checked before exceljs unpacks anything (issue 13.3–13.4)', () => {
  const none: RopaImportExisting = { activities: [], processors: [], transfers: [] }
  const tooLarge = (result: RopaImportResult) => {
    expect(result.fileProblem).toBe('too-large')
    expect(result.rows).toEqual([])
    expect(result.activities).toEqual([])
    expect(result.errors).toHaveLength(1)
    return result.errors[0]!.message
  }

  it('reads a small workbook of the bombs’ own shape, so that what refuses them is the limits', async () => {
    const result = await parseRopaXlsx(harmlessXlsx(), none)
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.name)).toEqual(['Lønn'])
  })

  it('refuses a sheet of 2 million rows by the size it unpacks to', async () => {
    const bomb = manyRowsXlsx()
    expect(bomb.length).toBeLessThan(25 * 1024 * 1024)
    expect(tooLarge(await parseRopaXlsx(bomb, none))).toBe(
      'Arbeidsboken blir mer enn 50 MB når den pakkes ut, og så store filer leser ikke Ombud. En protokoll er vanligvis langt mindre. Lagre protokollen alene i en ny arbeidsbok, eller del den opp i flere filer, og importer på nytt.',
    )
  })

  it('refuses a sheet of 2 million rows whose zip directory understates its size, by counting rows as they unpack', async () => {
    expect(tooLarge(await parseRopaXlsx(manyRowsXlsx(2_000_000, { understate: true }), none))).toBe(
      'Et ark i arbeidsboken har mer enn 50\u00a0000 rader (tomme rader med formatering teller med). Slett de tomme radene under protokollen, eller del den opp i flere filer, og importer på nytt.',
    )
  })

  it('refuses 300 MB of shared strings packed into a few megabytes, declared or not', async () => {
    const bomb = sharedStringsXlsx()
    expect(bomb.length).toBeLessThan(4 * 1024 * 1024)
    expect(tooLarge(await parseRopaXlsx(bomb, none))).toMatch(
      /^Arbeidsboken blir mer enn 50 MB når den pakkes ut/,
    )
    expect(
      tooLarge(await parseRopaXlsx(sharedStringsXlsx(300, { understate: true }), none)),
    ).toMatch(/^Arbeidsboken blir mer enn 50 MB når den pakkes ut/)
  })

  it('refuses a defined name that spans every cell of a sheet (exceljs would create each one)', async () => {
    expect(tooLarge(await parseRopaXlsx(expandingXlsx('defined-name'), none))).toBe(
      'Arbeidsboken har mer enn 1\u00a0000\u00a0000 celler (medregnet kommentarer og cellene i navngitte områder). Lagre protokollen alene i en ny arbeidsbok, eller del den opp i flere filer, og importer på nytt.',
    )
  })

  it.each(['merge', 'validation', 'columns'] as const)(
    'reads a workbook with a %s range over the whole sheet without expanding it',
    async (kind) => {
      const result = await parseRopaXlsx(expandingXlsx(kind), none)
      expect(result.errors).toEqual([])
      expect(result.rows.map((r) => r.name)).toEqual(['Lønn'])
    },
  )

  it('still imports Ombud’s own export of 5,000 activities', { timeout: 300_000 }, async () => {
    const wb = syntheticWorkbench(5_000, 300)
    const bytes = await exportRopaXlsx(wb, { now: ROPA_TEST_NOW, includeDrafts: true })
    const result = await parseRopaXlsx(bytes, registersOf(wb), { now: LATER })
    expect(result.errors).toEqual([])
    expect(result.rows).toHaveLength(5_000)
    expect(result.activities).toHaveLength(5_000)
  })
})
