/**
 * The transfer register's plain logic: a new record, which fields a mechanism uses, the
 * rules the editor applies on save, the activities' links, and search.
 */
import { validateTransfer, type TransferProblem, type TransferRuleOptions } from '../../../../shared/checks/activity-rules'
import { futureDateProblems } from '../../../../shared/checks/past-dates'
import {
  CURRENT_MECHANISMS,
  MECHANISM_INFO,
  countryName,
  isEea,
  isOutdatedMechanism,
  type TransferMechanism,
} from '../../../../shared/law'
import type { Processor, Transfer } from '../../../../shared/model'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'

/** A new transfer: SCCs are the common case, so they are preselected; the module must still be chosen. */
export function emptyTransfer(now: string): Transfer {
  return {
    id: '',
    processorId: null,
    recipient: '',
    country: '',
    mechanism: 'scc-2021',
    sccModule: null,
    dpfCheckedOn: null,
    derogation: null,
    tiaDate: null,
    fallback: null,
    notes: '',
    createdAt: now,
    updatedAt: now,
  }
}

const uses = (tr: Pick<Transfer, 'mechanism' | 'fallback'>, m: TransferMechanism) =>
  tr.mechanism === m || tr.fallback === m

/** Which of the mechanism-specific fields the form shows for this transfer. */
export function relevantFields(tr: Transfer): { sccModule: boolean; dpfCheckedOn: boolean; derogation: boolean; tiaDate: boolean } {
  return {
    sccModule: uses(tr, 'scc-2021'),
    dpfCheckedOn: uses(tr, 'eu-us-dpf'),
    derogation: uses(tr, 'derogation'),
    // The assessment belongs to art. 46 tools; a date already recorded is never hidden.
    tiaDate: uses(tr, 'scc-2021') || uses(tr, 'bcr') || tr.tiaDate !== null,
  }
}

/**
 * The transfer as it is saved: the SCC module, the DPF check date and the derogation are
 * cleared when neither the mechanism nor the fallback uses them, so a mechanism changed
 * in the form leaves no stale detail behind that the form no longer shows.
 */
export function normalizeTransfer(tr: Transfer): Transfer {
  const show = relevantFields(tr)
  return {
    ...tr,
    sccModule: show.sccModule ? tr.sccModule : null,
    dpfCheckedOn: show.dpfCheckedOn ? tr.dpfCheckedOn : null,
    derogation: show.derogation ? tr.derogation : null,
  }
}

/**
 * The rules of shared/checks for the transfer as it will be saved, with one rule more
 * strict: an outdated mechanism that an imported record carries is an error here too.
 * The editor shows it flagged from the start, and the DPO must choose a valid mechanism
 * before anything else about the transfer can be saved.
 */
export function transferProblems(
  tr: Transfer,
  options: TransferRuleOptions,
  today: string = todayIso(),
): TransferProblem[] {
  // The store would refuse these too, but in the words of the schema rather than of the form.
  const missing: TransferProblem[] = []
  if (tr.recipient.trim() === '') {
    missing.push({ field: 'recipient', message: 'Velg en databehandler eller skriv navnet på mottakeren.', severity: 'error' })
  }
  if (tr.country === '') {
    missing.push({ field: 'country', message: 'Velg landet opplysningene overføres til.', severity: 'error' })
  }
  const rules = validateTransfer(normalizeTransfer(tr), options).map((p) =>
    p.field === 'mechanism' && p.severity === 'warning' && isOutdatedMechanism(tr.mechanism)
      ? { ...p, severity: 'error' as const }
      : p,
  )
  const dates = futureDateProblems('transfers', normalizeTransfer(tr), today).map((p) => ({
    ...p,
    severity: 'error' as const,
  }))
  return [...missing, ...rules, ...dates]
}

/**
 * Before the first attempt to save, only what needs attention anyway: warnings, an
 * outdated mechanism, and a date after today (refused at the field as it is typed).
 */
export function visibleBeforeSave(
  problems: readonly TransferProblem[],
  tr: Transfer,
  today: string = todayIso(),
): TransferProblem[] {
  const future = new Set(futureDateProblems('transfers', normalizeTransfer(tr), today).map((p) => p.field))
  return problems.filter(
    (p) =>
      p.severity === 'warning' ||
      (p.field === 'mechanism' && isOutdatedMechanism(tr.mechanism)) ||
      future.has(p.field),
  )
}

/** The mechanisms the form offers: the current ones, and the transfer's own outdated one so it can be shown (flagged). */
export function mechanismOptions(current: TransferMechanism | null, isNew: boolean): TransferMechanism[] {
  const options: TransferMechanism[] = [...CURRENT_MECHANISMS]
  if (!isNew && current !== null && isOutdatedMechanism(current)) options.push(current)
  return options
}

/** «Privacy Shield» and why it is no longer valid, or null for a valid mechanism. */
export function outdatedReason(m: TransferMechanism): string | null {
  return MECHANISM_INFO[m].invalidSince?.reason.nb ?? null
}

/**
 * The country a transfer to this processor most likely goes to: its own country when that
 * is outside the EEA, else the first place of processing or sub-processor outside it.
 */
export function suggestedCountry(p: Processor): string | null {
  const candidates = [p.country, ...p.locations, ...p.subProcessors.map((s) => s.country)]
  return candidates.find((c) => c !== '' && !isEea(c)) ?? null
}

function normalize(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb')
}

/** The transfers where every word of `query` occurs in the recipient, country, mechanism or linked activities. */
export function searchTransfers<T extends { transfer: Transfer; activityNames: readonly string[] }>(
  rows: readonly T[],
  query: string,
): T[] {
  const terms = normalize(query).split(/\s+/).filter((w) => w !== '')
  if (terms.length === 0) return [...rows]
  return rows.filter((row) => {
    const tr = row.transfer
    const text = normalize(
      [
        tr.recipient,
        countryName(tr.country),
        MECHANISM_INFO[tr.mechanism].label.nb,
        tr.fallback ? MECHANISM_INFO[tr.fallback].label.nb : '',
        isOutdatedMechanism(tr.mechanism) ? t.transfers.invalidBadge : '',
        ...row.activityNames,
      ].join('\n'),
    )
    return terms.every((term) => text.includes(term))
  })
}
