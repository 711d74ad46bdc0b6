/**
 * What the record exports read from a workbench, and the organisation facts (art. 30(1)(a))
 * every export shows. Shared by the .xlsx and .docx exports so they list the same activities
 * in the same order.
 */
import { flattenActivity, type FlatActivity } from '../model/activity-flat'
import type { DataSource } from '../model/source'
import type { ProcessingActivity } from '../model/activity'
import type { Organization } from '../model/organization'
import { formatOrgNumber } from '../model/org-number'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'

/** The part of a workbench the record exports need. A `Workbench` or `WorkbenchData` fits. */
export interface RopaSource {
  organization: Organization | null
  activities: readonly ProcessingActivity[]
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  /** The shared list of named sources (version 2); absent, no third-party source is named. */
  sources?: readonly DataSource[]
}

/** The activity flattened to the template's columns, with the sources of `src`. */
export function flatFor(a: ProcessingActivity, src: Pick<RopaSource, 'sources'>): FlatActivity {
  return flattenActivity(a, new Map((src.sources ?? []).map((s) => [s.id, s])))
}

export interface RopaExportOptions {
  /** The moment of export, shown in the document; defaults to now. */
  now?: Date | string
  /**
   * Also list archived activities. Off by default: an archived activity no longer takes
   * place, and the record describes the processing that does.
   */
  includeArchived?: boolean
  /**
   * Also list activities in draft (status Utkast), marked «Utkast». Off by default: a draft
   * is processing not yet decided on, often with fields not filled in, and the protokoll
   * Datatilsynet reads (art. 30(4)) describes the processing that takes place.
   */
  includeDrafts?: boolean
}

/** The mark of an activity in draft wherever an export lists one. */
export const DRAFT_MARK = 'Utkast'

/** The activities of one role in reading order: by functional area, then name. */
export function selectActivities(
  src: RopaSource,
  role: ProcessingActivity['role'],
  opts: Pick<RopaExportOptions, 'includeArchived' | 'includeDrafts'> = {},
): ProcessingActivity[] {
  return src.activities
    .filter(
      (a) =>
        a.role === role &&
        (opts.includeArchived === true || a.status !== 'archived') &&
        (opts.includeDrafts === true || a.status !== 'draft'),
    )
    .sort((a, b) => a.area.localeCompare(b.area, 'nb') || a.name.localeCompare(b.name, 'nb'))
}

export function exportDate(now: Date | string | undefined): Date {
  const d = now === undefined ? new Date() : new Date(now)
  if (Number.isNaN(d.getTime())) throw new RangeError(`ugyldig eksporttidspunkt: ${String(now)}`)
  return d
}

// Made once: building an Intl.DateTimeFormat costs far more than formatting with one, and
// a 5,000-activity protokoll formats tens of thousands of dates.
const SHORT_DATE = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const LONG_DATE = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})

/** `dd.mm.åååå` in Norwegian time, as a DPO writes a date. */
export function formatNorwegianDate(d: Date | string): string {
  const date = typeof d === 'string' ? new Date(d.length === 10 ? `${d}T12:00:00Z` : d) : d
  return SHORT_DATE.format(date)
}

/** "23. november 2026" in Norwegian time. */
export function formatLongNorwegianDate(d: Date): string {
  return LONG_DATE.format(d)
}

export interface LabelledValue {
  label: string
  value: string
}

function joinNonEmpty(parts: readonly string[], sep: string): string {
  return parts.filter((p) => p.trim() !== '').join(sep)
}

/** The controller's identity and contacts (art. 30(1)(a)), as label/value lines. */
export function organizationFacts(org: Organization | null): LabelledValue[] {
  if (!org)
    return [{ label: 'Behandlingsansvarlig', value: 'Virksomheten er ikke registrert i Ombud.' }]
  const address = joinNonEmpty(
    [org.address.street, joinNonEmpty([org.address.postalCode, org.address.city], ' ')],
    ', ',
  )
  const facts: LabelledValue[] = [
    { label: 'Behandlingsansvarlig', value: org.name },
    { label: 'Organisasjonsnummer', value: formatOrgNumber(org.orgNumber) },
    { label: 'Adresse', value: address },
    { label: 'E-post', value: org.email },
    { label: 'Telefon', value: org.phone },
    { label: 'Nettsted', value: org.website },
  ]
  const dpo = org.dpo
  facts.push({
    label: 'Personvernombud',
    value: dpo
      ? joinNonEmpty([dpo.name, dpo.email, dpo.phone], ', ') ||
        'Utnevnt (kontaktopplysninger mangler)'
      : 'Ikke utnevnt',
  })
  if (org.representative) {
    const r = org.representative
    facts.push({
      label: 'Representant i EU/EØS (art. 27)',
      value: joinNonEmpty([r.name, r.address, r.email, r.phone], ', '),
    })
  }
  return facts.filter((f) => f.value !== '')
}
