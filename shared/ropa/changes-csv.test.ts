import { describe, expect, it } from 'vitest'
import type { ChangeEntry } from '../model/change'
import { emptyPurpose } from '../model/activity-parts'
import { changesToCsv, csvField } from './changes-csv'
import { ropaTestWorkbench } from './test-workbench'

const wb = ropaTestWorkbench()
const kunde = wb.activities.find((a) => a.id === 'a-kunde')!
const sky = wb.processors.find((p) => p.id === 'p-sky')!

function entry(
  seq: number,
  fields: Partial<ChangeEntry> & Pick<ChangeEntry, 'table' | 'recordId' | 'action'>,
): ChangeEntry {
  return { seq, at: '2026-06-01T10:00:00.000Z', before: null, after: null, by: 'kari', ...fields }
}

/** Parses the CSV the way Excel does: semicolons, quoted fields with doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ';') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

describe('changesToCsv', () => {
  const updated = {
    ...kunde,
    purposes: [...kunde.purposes, emptyPurpose('p4', { text: { nb: 'Forebygge "svindel"; tap', nn: '' } })],
    retention: kunde.retention.map((r) => ({ ...r, period: { ...r.period, nb: '10 år' } })),
    processorIds: [...kunde.processorIds, 'p-sky'],
    updatedAt: '2026-06-02T10:00:00.000Z',
  }
  const changes: ChangeEntry[] = [
    // Out of order on purpose: the log is written oldest first.
    entry(3, {
      table: 'activities',
      recordId: 'a-kunde',
      action: 'archive',
      before: updated,
      after: { ...updated, status: 'archived' },
      at: '2026-12-24T23:30:00.000Z',
    }),
    entry(1, { table: 'processors', recordId: 'p-sky', action: 'create', after: sky }),
    entry(2, {
      table: 'activities',
      recordId: 'a-kunde',
      action: 'update',
      before: kunde,
      after: updated,
      at: '2026-07-01T08:15:00.000Z',
    }),
    entry(4, {
      table: 'organization',
      recordId: 'organization',
      action: 'update',
      before: wb.organization,
      after: { ...wb.organization!, phone: '=1+2' },
    }),
    entry(5, {
      table: 'transfers',
      recordId: 't-gone',
      action: 'delete',
      before: {
        id: 't-gone',
        recipient: 'Borte AS',
        country: 'CN',
        mechanism: 'privacy-shield',
        notes: '',
      },
    }),
  ]
  const csv = changesToCsv(changes, wb)
  const rows = parseCsv(csv.slice(1))

  it('is UTF-8 text with a BOM, semicolons and CRLF, with the Norwegian header', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.replace(/"[^"]*"/g, '').includes('\n\n')).toBe(false)
    expect(rows[0]).toEqual([
      'tidspunkt',
      'tabell',
      'post',
      'handling',
      'felt',
      'før',
      'etter',
      'endret av',
    ])
  })

  it('writes one line per changed field, oldest first, with Norwegian names and values', () => {
    const update = rows.filter((r) => r[3] === 'endret' && r[1] === 'Behandlingsaktiviteter')
    expect(update).toEqual([
      [
        '2026-07-01 10:15:00',
        'Behandlingsaktiviteter',
        'Kundeavtale og fakturering',
        'endret',
        'formål',
        // Each purpose with the basis that covers it.
        'Levere strøm etter avtalen (Avtale); Fakturere forbruk (Rettslig forpliktelse: bokføringsloven § 13); Fakturere forbruk (Rettslig forpliktelse: avregningsforskriften § 6-1)',
        'Levere strøm etter avtalen (Avtale); Fakturere forbruk (Rettslig forpliktelse: bokføringsloven § 13); Fakturere forbruk (Rettslig forpliktelse: avregningsforskriften § 6-1); Forebygge "svindel"; tap',
        'kari',
      ],
      [
        '2026-07-01 10:15:00',
        'Behandlingsaktiviteter',
        'Kundeavtale og fakturering',
        'endret',
        'databehandlere',
        'Regnskapshuset AS',
        'Regnskapshuset AS; Skyhjelp Inc.',
        'kari',
      ],
      [
        '2026-07-01 10:15:00',
        'Behandlingsaktiviteter',
        'Kundeavtale og fakturering',
        'endret',
        // Retention is a list of periods, each with its basis.
        'lagringstid',
        '5 år etter utløpet av regnskapsåret (bokføringsloven § 13)',
        '10 år (bokføringsloven § 13)',
        'kari',
      ],
    ])
    expect(rows.find((r) => r[3] === 'arkivert')).toEqual([
      '2026-12-25 00:30:00',
      'Behandlingsaktiviteter',
      'Kundeavtale og fakturering',
      'arkivert',
      'status',
      'aktiv',
      'arkivert',
      'kari',
    ])
    expect(rows.map((r) => r[1])).toEqual([
      'tabell',
      ...Array<string>(rows.filter((r) => r[1] === 'Databehandlere').length).fill('Databehandlere'),
      'Behandlingsaktiviteter',
      'Behandlingsaktiviteter',
      'Behandlingsaktiviteter',
      'Behandlingsaktiviteter',
      'Virksomheten',
      ...Array<string>(rows.filter((r) => r[1] === 'Overføringer').length).fill('Overføringer'),
    ])
  })

  it('lists the filled-in fields of a created record and the fields of a deleted one', () => {
    const created = rows.filter((r) => r[3] === 'opprettet')
    const fields = created.map((r) => r[4])
    expect(fields).toContain('navn')
    expect(fields).toContain('land')
    expect(fields).not.toContain('id')
    expect(fields).not.toContain('merknader') // empty
    expect(created.find((r) => r[4] === 'land')?.[6]).toBe('USA')
    expect(created.find((r) => r[4] === 'databehandleravtale › signert dato')).toBeUndefined() // null
    const deleted = rows.filter((r) => r[3] === 'slettet')
    expect(deleted.map((r) => [r[2], r[4], r[5], r[6]])).toEqual([
      ['Borte AS', 'mottaker', 'Borte AS', ''],
      ['Borte AS', 'land', 'Kina', ''],
      ['Borte AS', 'overføringsgrunnlag', 'Privacy Shield', ''],
    ])
  })

  it('neutralises text Excel would run as a formula', () => {
    expect(rows.find((r) => r[1] === 'Virksomheten')?.slice(4, 7)).toEqual([
      'telefon',
      '55 00 00 00',
      "'=1+2",
    ])
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('-5')).toBe("'-5")
    expect(csvField('vanlig tekst')).toBe('vanlig tekst')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"')
  })

  it('writes one line for a change with no field to show, and an empty log as the header alone', () => {
    const touch = changesToCsv(
      [
        entry(1, {
          table: 'activities',
          recordId: 'a-kunde',
          action: 'update',
          before: kunde,
          after: { ...kunde, updatedAt: '2027-01-01T00:00:00.000Z' },
        }),
      ],
      wb,
    )
    expect(parseCsv(touch.slice(1))[1]).toEqual([
      '2026-06-01 12:00:00',
      'Behandlingsaktiviteter',
      'Kundeavtale og fakturering',
      'endret',
      '',
      '',
      '',
      'kari',
    ])
    expect(changesToCsv([])).toBe(
      '\uFEFFtidspunkt;tabell;post;handling;felt;før;etter;endret av\r\n',
    )
  })

  it('uses the time zone it is given', () => {
    const utc = changesToCsv(
      [
        entry(1, {
          table: 'processors',
          recordId: 'p-sky',
          action: 'update',
          before: sky,
          after: { ...sky, notes: 'x' },
        }),
      ],
      wb,
      { timeZone: 'UTC' },
    )
    expect(parseCsv(utc.slice(1))[1]?.[0]).toBe('2026-06-01 10:00:00')
  })
})
