/**
 * How a change-log entry reads in Norwegian: the field by its label, the values as a
 * person writes them (lists joined, Ja/Nei, dates as 23.11.2026, codes as their labels,
 * ids as the names of the records they point to).
 */
import {
  ART28_ITEMS,
  ART28_LABELS,
  ART6,
  ART9,
  DEROGATION_LABELS,
  MECHANISM_INFO,
  SCC_MODULE_LABELS,
  countryName,
  type Art28Item,
} from '../../../../shared/law'
import {
  FIELD_LABELS,
  diffRecords,
  formatOrgNumber,
  type ChangeEntry,
  type FieldChange,
  type TableName,
} from '../../../../shared/model'
import { routeHref } from '../../app/router'
import { formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'

/** Names of records by id, so that a list of ids reads as names. */
export interface NameLookup {
  activities?: ReadonlyMap<string, string>
  processors?: ReadonlyMap<string, string>
  transfers?: ReadonlyMap<string, string>
}

// Every write stamps these; listing them would only repeat the entry's own time.
const STAMP_FIELDS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt'])

/** The fields an entry changed, in record order, without the time stamps. */
export function entryFieldChanges(entry: Pick<ChangeEntry, 'before' | 'after'>): FieldChange[] {
  return diffRecords(entry.before, entry.after).filter((c) => !STAMP_FIELDS.has(c.field))
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('nb') + s.slice(1)
}

function isArt28Item(key: string): key is Art28Item {
  return (ART28_ITEMS as readonly string[]).includes(key)
}

/**
 * "Kontaktperson › e-post" for `contact.email`; "Underdatabehandlere › nr. 2 › land" for
 * `subProcessors.1.country`; an art. 28(3) item of the checklist by its own label.
 */
export function fieldLabel(path: string): string {
  const parts = path.split('.')
  const labels = parts.map((part, i) => {
    if (/^\d+$/.test(part)) return `nr. ${Number(part) + 1}`
    if (parts[i - 1] === 'checklist' && isArt28Item(part)) {
      return `${ART28_LABELS[part].nb} (${ART28_LABELS[part].article})`
    }
    return FIELD_LABELS[part] ?? part
  })
  return capitalize(labels.join(' › '))
}

/** The last part of a path that names a field (not a list index): `legalBases.0.basis` → `basis`. */
function fieldKey(path: string): string {
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p))
  return parts[parts.length - 1] ?? ''
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

/** `2026-11-23T14:05:00Z` → "23.11.2026 kl. 14.05", in local time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return t.history.at(
    `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`,
    `${pad(date.getHours())}.${pad(date.getMinutes())}`,
  )
}

function lookup<K extends string>(table: Record<K, string>, value: string): string {
  return Object.hasOwn(table, value) ? table[value as K] : value
}

const ID_FIELDS: Record<string, keyof NameLookup> = {
  processorIds: 'processors',
  processorId: 'processors',
  transferIds: 'transfers',
  linkedActivityIds: 'activities',
}

function formatString(key: string, value: string, names: NameLookup): string {
  const values = t.history.values
  const idTable = ID_FIELDS[key]
  if (idTable) return names[idTable]?.get(value) ?? value
  switch (key) {
    case 'country':
    case 'locations':
      return countryName(value)
    case 'mechanism':
    case 'fallback':
      return Object.hasOwn(MECHANISM_INFO, value) ? MECHANISM_INFO[value as keyof typeof MECHANISM_INFO].label.nb : value
    case 'derogation':
      return Object.hasOwn(DEROGATION_LABELS, value) ? DEROGATION_LABELS[value as keyof typeof DEROGATION_LABELS].nb : value
    case 'basis':
      return Object.hasOwn(ART6, value) ? ART6[value as keyof typeof ART6].label.nb : value
    case 'art9Bases':
      return Object.hasOwn(ART9, value) ? ART9[value as keyof typeof ART9].label.nb : value
    case 'status':
      return lookup(values.status, value)
    case 'role':
      return lookup(values.role, value)
    case 'language':
    case 'lang':
      return lookup(values.lang, value)
    case 'needed':
      return lookup(values.needed, value)
    case 'requirement':
      return lookup(values.requirement, value)
    case 'kind':
      return lookup(values.kind, value)
    case 'origin':
      return lookup(values.origin, value)
    case 'orgNumber':
      // Grouped as in Enhetsregisteret when it is a Norwegian number; a foreign id stays as typed.
      return formatOrgNumber(value)
  }
  if (ISO_DATE.test(value)) return formatDate(value)
  if (ISO_DATE_TIME.test(value)) return formatDateTime(value)
  return value
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function formatObject(key: string, value: Record<string, unknown>, names: NameLookup): string {
  const text = (k: string) => {
    const v = value[k]
    return v === undefined || v === null || v === '' ? '' : formatValue(k, v, names)
  }
  // The shapes that occur in lists read best in a fixed form.
  if (key === 'legalBases' || 'basis' in value) {
    const extra = [text('law'), text('interest')].filter(Boolean).join('; ')
    return extra ? `${text('basis')} (${extra})` : text('basis')
  }
  if (key === 'subProcessors') {
    const extra = [text('country'), text('service')].filter(Boolean).join(', ')
    return extra ? `${text('name')} (${extra})` : text('name')
  }
  if (key === 'sources') {
    return [text('kind'), text('name')].filter(Boolean).join(': ')
  }
  const parts = Object.keys(value)
    .map((k) => [k, text(k)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${FIELD_LABELS[k] ?? k}: ${v}`)
  return parts.length > 0 ? parts.join('; ') : t.history.emptyValue
}

/**
 * A field's value as a person reads it. `field` is the dotted path from `diffRecords`
 * (its last name decides how codes are labelled); `undefined`, null, "" and [] read «(tomt)».
 */
export function formatValue(field: string, value: unknown, names: NameLookup = {}): string {
  const key = fieldKey(field)
  if (value === undefined || value === null || value === '') return t.history.emptyValue
  if (typeof value === 'boolean') return value ? t.history.yes : t.history.no
  if (typeof value === 'number') {
    if (key === 'sccModule' && Object.hasOwn(SCC_MODULE_LABELS, value)) {
      return SCC_MODULE_LABELS[value as keyof typeof SCC_MODULE_LABELS].nb
    }
    return value.toLocaleString('nb-NO')
  }
  if (typeof value === 'string') return formatString(key, value, names)
  if (Array.isArray(value)) {
    if (value.length === 0) return t.history.emptyValue
    const items = value.map((v) => (isRecord(v) ? formatObject(key, v, names) : formatValue(key, v, names)))
    return items.join(value.some(isRecord) ? '; ' : ', ')
  }
  if (isRecord(value)) return formatObject(key, value, names)
  // Records are JSON: nothing else (functions, symbols) can occur; say so rather than guess.
  return typeof value === 'bigint' ? value.toString() : t.history.emptyValue
}

export function actionLabel(action: ChangeEntry['action']): string {
  return t.history.actions[action]
}

/** What kind of record an entry is about, e.g. «Databehandler». */
export function recordKindLabel(table: TableName): string {
  return t.history.recordKinds[table]
}

/** The name the record had in the entry (after the change, or before a deletion). */
export function recordTitle(entry: Pick<ChangeEntry, 'table' | 'recordId' | 'before' | 'after'>): string {
  const record = isRecord(entry.after) ? entry.after : isRecord(entry.before) ? entry.before : null
  if (record) {
    const { name, recipient, title, lang, createdAt } = record
    if (typeof name === 'string' && name !== '') return name
    if (typeof recipient === 'string' && recipient !== '') {
      return typeof record.country === 'string' ? `${recipient} (${countryName(record.country)})` : recipient
    }
    if (isRecord(title) && typeof title.nb === 'string' && title.nb !== '') return title.nb
    if (entry.table === 'policyVersions' && typeof createdAt === 'string') {
      return `${formatValue('lang', lang)}, ${formatDateTime(createdAt)}`
    }
  }
  return entry.recordId
}

/** Where the record is edited, or null when no page shows that kind of record. */
export function recordHref(table: TableName, recordId: string): string | null {
  switch (table) {
    case 'activities':
    case 'processors':
    case 'transfers':
      return routeHref(table, recordId)
    case 'organization':
      return routeHref('organization')
    default:
      return null
  }
}

/** "Navn, Tjenester": the top-level fields an entry changed, for a one-line summary. */
export function changedFieldsSummary(changes: readonly FieldChange[]): string {
  const top = [...new Set(changes.map((c) => c.field.split('.')[0] ?? c.field))]
  return top.map((f, i) => (i === 0 ? fieldLabel(f) : FIELD_LABELS[f] ?? f)).join(', ')
}
