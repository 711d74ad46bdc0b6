/**
 * The change log as CSV for the audit pack: one line per changed field, Norwegian headings
 * and values. Semicolon-separated, UTF-8 with BOM and CRLF line ends, so that Excel with
 * Norwegian settings opens it with æøå and columns intact.
 */
import { countryName } from '../law/countries'
import { ART6, ART9, type Art6Basis, type Art9Basis } from '../law/legal-bases'
import {
  DEROGATION_LABELS,
  MECHANISM_INFO,
  type Derogation,
  type TransferMechanism,
} from '../law/transfer-mechanisms'
import type { ProcessingActivity } from '../model/activity'
import type { ChangeEntry, TableName } from '../model/change'
import type { Clause, PolicyVersion } from '../model/clause'
import { FIELD_LABELS } from '../model/messages'
import type { Organization } from '../model/organization'
import type { Processor } from '../model/processor'
import { diffRecords } from '../model/record-diff'
import type { Transfer } from '../model/transfer'
import type { DataSource } from '../model/source'
import { SOURCE_KIND_LABELS } from './cell-format'

/** Current records, to name the posts and linked records the entries refer to by id. */
export interface ChangesCsvRecords {
  organization?: Organization | null
  activities?: readonly ProcessingActivity[]
  processors?: readonly Processor[]
  transfers?: readonly Transfer[]
  sources?: readonly DataSource[]
  clauses?: readonly Clause[]
  policyVersions?: readonly PolicyVersion[]
}

export interface ChangesCsvOptions {
  /** Time zone of the "tidspunkt" column; Norwegian time unless told otherwise. */
  timeZone?: string
}

export const CHANGES_CSV_COLUMNS = [
  'tidspunkt',
  'tabell',
  'post',
  'handling',
  'felt',
  'før',
  'etter',
  'endret av',
] as const

export const TABLE_LABELS: Record<TableName, string> = {
  organization: 'Virksomheten',
  activities: 'Behandlingsaktiviteter',
  processors: 'Databehandlere',
  transfers: 'Overføringer',
  sources: 'Kilder',
  clauses: 'Avsnitt i personvernerklæringen',
  policyVersions: 'Versjoner av personvernerklæringen',
  screenings: 'DPIA-vurderinger av aktiviteter',
  dpias: 'Vurderinger av personvernkonsekvenser',
  breaches: 'Avvik',
  requests: 'Henvendelser fra registrerte',
  routines: 'Rutiner',
  attachments: 'Vedlegg',
}

export const ACTION_LABELS: Record<ChangeEntry['action'], string> = {
  create: 'opprettet',
  update: 'endret',
  archive: 'arkivert',
  restore: 'gjenopprettet',
  delete: 'slettet',
  import: 'importert',
  open: 'arbeidsbok åpnet',
}

/** Bookkeeping fields that change with every write and say nothing on their own. */
const SKIPPED_FIELDS = new Set(['updatedAt', 'createdAt'])
/** A policy version's document tree is long; its hash shows that it changed. */
const SKIPPED_PREFIXES = ['doc.']
const MAX_VALUE_CHARS = 2000

const VALUE_LABELS: Record<string, Record<string, string>> = {
  status: { draft: 'utkast', active: 'aktiv', archived: 'arkivert', published: 'publisert' },
  role: { controller: 'behandlingsansvarlig', processor: 'databehandler' },
  needed: { yes: 'ja', no: 'nei', unknown: 'ikke vurdert' },
  requirement: {
    statutory: 'lovpålagt',
    contractual: 'avtalefestet',
    'statutory-and-contractual': 'lovpålagt og avtalefestet',
    voluntary: 'frivillig',
  },
  language: { nb: 'bokmål', nn: 'nynorsk' },
  lang: { nb: 'bokmål', nn: 'nynorsk' },
  origin: { standard: 'standardtekst', custom: 'egen tekst', imported: 'importert' },
  kind: SOURCE_KIND_LABELS,
}

function fieldLabel(path: string): string {
  return path
    .split('.')
    .map((p) => FIELD_LABELS[p] ?? p)
    .join(' › ')
}

interface Names {
  activities: Map<string, string>
  processors: Map<string, string>
  transfers: Map<string, string>
}

function nameOf(map: Map<string, string>, id: unknown): string {
  return typeof id === 'string' ? (map.get(id) ?? id) : ''
}

/** A field's value as a DPO reads it: labels instead of codes, names instead of ids. */
/** A text stored in bokmål and nynorsk: the bokmål, and the nynorsk after it where written. */
function isLocalized(value: unknown): value is { nb: string; nn: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length === 2 && keys.includes('nb') && keys.includes('nn')
}

function localizedText(value: { nb: string; nn: string }): string {
  return value.nn.trim() ? `${value.nb} / nynorsk: ${value.nn}` : value.nb
}

/** A part of an activity (a purpose, group, category or retention period) as one readable item. */
function partText(list: string, v: Record<string, unknown>): string | null {
  if (list === 'purposes' && isLocalized(v.text)) {
    const basis = typeof v.basis === 'string' ? ART6[v.basis as Art6Basis]?.label.nb ?? v.basis : ''
    const detail = [v.law, v.interest].filter(isLocalized).map((l) => l.nb.trim()).filter(Boolean).join(', ')
    return `${localizedText(v.text)}${basis ? ` (${basis}${detail ? `: ${detail}` : ''})` : ''}`
  }
  if ((list === 'dataSubjects' || list === 'dataCategories') && isLocalized(v.name)) return localizedText(v.name)
  if (list === 'retention' && isLocalized(v.period)) {
    const basis = isLocalized(v.basis) ? v.basis.nb.trim() : ''
    return `${localizedText(v.period)}${basis ? ` (${basis})` : ''}`
  }
  return null
}

function formatValue(path: string, value: unknown, names: Names): string {
  const last = path.split('.').pop() ?? path
  if (value === undefined || value === null) return ''
  if (isLocalized(value)) return localizedText(value)
  if (typeof value === 'boolean') return value ? 'ja' : 'nei'
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    if (last === 'mechanism' || last === 'fallback')
      return MECHANISM_INFO[value as TransferMechanism]?.label.nb ?? value
    if (last === 'derogation') return DEROGATION_LABELS[value as Derogation]?.nb ?? value
    if (last === 'country') return countryName(value)
    if (last === 'processorId') return nameOf(names.processors, value)
    return VALUE_LABELS[last]?.[value] ?? value
  }
  if (Array.isArray(value)) {
    const items: string[] = value.map((v: unknown) => {
      if (last === 'processorIds') return nameOf(names.processors, v)
      if (last === 'transferIds') return nameOf(names.transfers, v)
      if (last === 'linkedActivityIds') return nameOf(names.activities, v)
      if (last === 'art9Bases') return ART9[v as Art9Basis]?.label.nb ?? String(v)
      if (last === 'locations') return countryName(String(v))
      if (last === 'legalBases' && typeof v === 'object' && v !== null) {
        const b = v as { basis: Art6Basis; law?: string; interest?: string }
        const detail = [b.law, b.interest]
          .filter((s) => typeof s === 'string' && s.trim() !== '')
          .join(', ')
        return `${ART6[b.basis]?.label.nb ?? b.basis}${detail ? `: ${detail}` : ''}`
      }
      if (last === 'sources' && typeof v === 'object' && v !== null) {
        const s = v as { kind: keyof typeof SOURCE_KIND_LABELS; name: string }
        const kind = SOURCE_KIND_LABELS[s.kind] ?? s.kind
        return s.name ? `${s.name} (${kind})` : kind.charAt(0).toUpperCase() + kind.slice(1)
      }
      if (isLocalized(v)) return localizedText(v)
      if (typeof v === 'object' && v !== null)
        return partText(last, v as Record<string, unknown>) ?? compactObject(v as Record<string, unknown>, names)
      return String(v)
    })
    return items.join('; ')
  }
  if (typeof value === 'object') return compactObject(value as Record<string, unknown>, names)
  // Records are JSON: bigint and symbol do not occur, functions even less.
  return ''
}

function compactObject(obj: Record<string, unknown>, names: Names): string {
  return Object.entries(obj)
    .map(([k, v]) => [k, formatValue(k, v, names)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${v}`)
    .join(', ')
}

function recordName(table: TableName, record: unknown): string {
  if (typeof record !== 'object' || record === null) return ''
  const r = record as Record<string, unknown>
  if (table === 'policyVersions') {
    const lang = r.lang === 'nn' ? 'nynorsk' : 'bokmål'
    return `Personvernerklæring (${lang})${typeof r.createdAt === 'string' ? `, ${r.createdAt.slice(0, 10)}` : ''}`
  }
  if (table === 'clauses') {
    const title = (r.title as Record<string, unknown> | undefined)?.nb
    return typeof title === 'string' ? title : ''
  }
  const n = r.name ?? r.recipient ?? r.title ?? r.reference ?? r.fileName
  return typeof n === 'string' ? n : ''
}

function currentRecord(table: TableName, id: string, records: ChangesCsvRecords): unknown {
  if (table === 'organization') return records.organization ?? null
  const list = (records as Partial<Record<TableName, unknown>>)[table] as ReadonlyArray<{ id: string }> | undefined
  return list?.find((r) => r.id === id) ?? null
}

function formatTime(iso: string, timeZone: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  // Swedish conventions give "2026-06-01 12:00:00", a form Excel recognises as a date and time.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(d)
}

/**
 * One CSV field: quoted when it holds the separator, a quote, a line break or edge spaces;
 * text that Excel would run as a formula (=, +, -, @, tab, CR first) gets a leading
 * apostrophe so the log cannot carry a formula into the DPO's spreadsheet.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS)} […]` : text
}

/**
 * The change log as CSV text (starting with a byte order mark): columns tidspunkt, tabell,
 * post, handling, felt, før, etter, endret av; one line per changed field, oldest first.
 * A created record lists its filled-in fields, a deleted one the fields it had. `records`
 * names the posts and the linked records that the entries refer to by id.
 */
export function changesToCsv(
  changes: readonly ChangeEntry[],
  records: ChangesCsvRecords = {},
  opts: ChangesCsvOptions = {},
): string {
  const timeZone = opts.timeZone ?? 'Europe/Oslo'
  const names: Names = {
    activities: new Map((records.activities ?? []).map((a) => [a.id, a.name])),
    processors: new Map((records.processors ?? []).map((p) => [p.id, p.name])),
    transfers: new Map(
      (records.transfers ?? []).map((t) => [t.id, `${t.recipient} (${countryName(t.country)})`]),
    ),
  }
  // Entries name records that may since be gone from the registers: learn names from the log too.
  for (const c of changes) {
    const rec = (c.after ?? c.before) as { id?: unknown } | null
    const name = recordName(c.table, rec)
    if (!name || typeof rec?.id !== 'string') continue
    if (c.table === 'activities' && !names.activities.has(rec.id))
      names.activities.set(rec.id, name)
    if (c.table === 'processors' && !names.processors.has(rec.id))
      names.processors.set(rec.id, name)
    if (c.table === 'transfers' && !names.transfers.has(rec.id)) names.transfers.set(rec.id, name)
  }

  const lines: string[] = [CHANGES_CSV_COLUMNS.join(';')]
  for (const c of [...changes].sort((a, b) => a.seq - b.seq)) {
    const post =
      recordName(c.table, c.after) ||
      recordName(c.table, c.before) ||
      recordName(c.table, currentRecord(c.table, c.recordId, records)) ||
      c.recordId
    const head = [formatTime(c.at, timeZone), TABLE_LABELS[c.table], post, ACTION_LABELS[c.action]]
    const fields = diffRecords(c.before, c.after).filter(
      (f) =>
        !SKIPPED_FIELDS.has(f.field) &&
        !SKIPPED_PREFIXES.some((p) => f.field.startsWith(p)) &&
        // A new record's id and its empty fields are not changes worth a line.
        !(c.before === null && (f.field === 'id' || formatValue(f.field, f.after, names) === '')) &&
        !(c.after === null && (f.field === 'id' || formatValue(f.field, f.before, names) === '')),
    )
    if (fields.length === 0) {
      lines.push([...head, '', '', '', c.by].map(csvField).join(';'))
      continue
    }
    for (const f of fields) {
      const row = [
        ...head,
        fieldLabel(f.field),
        clip(formatValue(f.field, f.before, names)),
        clip(formatValue(f.field, f.after, names)),
        c.by,
      ]
      lines.push(row.map(csvField).join(';'))
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
