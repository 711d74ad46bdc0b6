/**
 * The processor register's plain logic: a new record, how the agreement reads in the
 * list, which activities use a processor, search, and the checks the editor runs before
 * the store's own validation (so the most common slips get a plain-spoken message).
 */
import { ART28_ITEMS, countryName, type Art28Item } from '../../../../shared/law'
import type { ProcessingActivity, Processor } from '../../../../shared/model'
import { formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'
import type { FieldMessage } from '../../ui/field-messages'
import { orgNumberError } from '../start/new-organization'

/** A new processor in Norway with every field present; the store gives it an id. */
export function emptyProcessor(now: string): Processor {
  return {
    id: '',
    name: '',
    orgNumber: '',
    country: 'NO',
    services: [],
    contact: { name: '', email: '', phone: '' },
    agreement: { signedOn: null, reference: '', checklist: {} },
    subProcessors: [],
    locations: [],
    notes: '',
    status: 'active',
    createdAt: now,
    updatedAt: now,
  }
}

/** How many of the art. 28(3) items are ticked off, out of how many. */
export function checklistCount(p: Pick<Processor, 'agreement'>): { done: number; total: number } {
  return {
    done: ART28_ITEMS.filter((item) => p.agreement.checklist[item] === true).length,
    total: ART28_ITEMS.length,
  }
}

/** «Signert 01.03.2025» or «Mangler avtale». */
export function agreementStatus(p: Pick<Processor, 'agreement'>): string {
  const signed = p.agreement.signedOn
  return signed === null ? t.processors.agreementMissing : t.processors.agreementSigned(formatDate(signed))
}

/**
 * Ticks an item on or off. An item that is not ticked is left out of the record rather
 * than stored as false, so ticking and unticking returns the record to what it was.
 */
export function setChecklistItem(
  checklist: Processor['agreement']['checklist'],
  item: Art28Item,
  checked: boolean,
): Processor['agreement']['checklist'] {
  const next = { ...checklist }
  if (checked) next[item] = true
  else delete next[item]
  return next
}

/** How many activities (archived ones left out: they no longer process anything) use each processor. */
export function activityCounts(activities: readonly ProcessingActivity[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const a of activities) {
    if (a.status === 'archived') continue
    for (const id of new Set(a.processorIds)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb')
}

function searchText(p: Processor): string {
  return normalize(
    [
      p.name,
      p.orgNumber,
      countryName(p.country),
      p.contact.name,
      p.agreement.reference,
      agreementStatus(p),
      ...p.services,
      ...p.subProcessors.flatMap((s) => [s.name, s.service, countryName(s.country)]),
      ...p.locations.map((c) => countryName(c)),
    ].join('\n'),
  )
}

/** The processors where every word of `query` occurs; all of them for a blank query. */
export function searchProcessors(processors: readonly Processor[], query: string): Processor[] {
  const terms = normalize(query).split(/\s+/).filter((w) => w !== '')
  if (terms.length === 0) return [...processors]
  return processors.filter((p) => {
    const text = searchText(p)
    return terms.every((term) => text.includes(term))
  })
}

const blank = (s: string) => s.trim() === ''

/** What the editor checks before saving; the store validates the rest (formats, lengths). */
export function processorProblems(p: Processor): FieldMessage[] {
  const problems: FieldMessage[] = []
  if (blank(p.name)) problems.push({ field: 'name', message: 'Skriv navnet på databehandleren.' })
  if (p.country === '') problems.push({ field: 'country', message: 'Velg landet databehandleren er etablert i.' })
  // A foreign processor's identifier is free; a Norwegian one is checked as the company's own is.
  const orgNumber = p.country === 'NO' && !blank(p.orgNumber) ? orgNumberError(p.orgNumber) : null
  if (orgNumber !== null) problems.push({ field: 'orgNumber', message: orgNumber })
  p.subProcessors.forEach((s, i) => {
    if (blank(s.name)) {
      problems.push({ field: `subProcessors.${i}.name`, message: `Skriv navnet på underdatabehandler ${i + 1}.` })
    }
    if (s.country === '') {
      problems.push({ field: `subProcessors.${i}.country`, message: `Velg landet til underdatabehandler ${i + 1}.` })
    }
  })
  return problems
}
