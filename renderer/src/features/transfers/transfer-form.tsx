/**
 * The fields of a transfer, without saving: used by the transfer editor and by the
 * activity editor's «add a transfer». The caller owns the record and the messages.
 */
import { useMemo } from 'react'
import {
  CURRENT_MECHANISMS,
  DEROGATIONS,
  DEROGATION_LABELS,
  MECHANISM_INFO,
  SCC_MODULES,
  SCC_MODULE_LABELS,
  isOutdatedMechanism,
  mechanismWithArticle,
  type Derogation,
  type SccModule,
  type TransferMechanism,
} from '../../../../shared/law'
import type { Processor, Transfer } from '../../../../shared/model'
import { compareText } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { CountrySelectField } from '../../ui/country-fields'
import { DateField } from '../../ui/date-field'
import { FieldAnchor } from '../../ui/field-anchor'
import { messageAt, type FieldMessage } from '../../ui/field-messages'
import { SelectField, type SelectOption } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { mechanismOptions, outdatedReason, relevantFields, suggestedCountry } from './transfer-model'

const s = t.transfers.editor

/** The value of the recipient select for «Annen mottaker». Not an id: ids never contain a colon. */
const OTHER = ':other'

export interface TransferFormProps {
  value: Transfer
  onChange: (value: Transfer) => void
  /** Messages by field (validateTransfer's problems, the store's issues); warnings are shown as such. */
  errors: readonly FieldMessage[]
  /** A new transfer may only choose a current mechanism. */
  isNew: boolean
  /** The processor register, archived ones included (a transfer may name one). */
  processors: readonly Processor[]
}

function mechanismLabel(m: TransferMechanism): string {
  const info = MECHANISM_INFO[m]
  return isOutdatedMechanism(m) ? s.invalidOption(info.label.nb) : mechanismWithArticle(m)
}

function isMechanism(value: string): value is TransferMechanism {
  return Object.hasOwn(MECHANISM_INFO, value)
}

export function TransferForm({ value, onChange, errors, isNew, processors }: TransferFormProps) {
  const error = (field: string) => messageAt(errors, field, 'error')
  const warning = (field: string) => messageAt(errors, field, 'warning')
  const show = relevantFields(value)
  const set = (change: Partial<Transfer>) => onChange({ ...value, ...change })

  const recipientOptions = useMemo(
    () => [
      { value: OTHER, label: s.otherRecipient },
      ...processors
        // An archived processor is offered only when the transfer already names it.
        .filter((p) => p.status !== 'archived' || p.id === value.processorId)
        .map((p) => ({ value: p.id, label: p.status === 'archived' ? s.archivedProcessor(p.name) : p.name }))
        .sort((a, b) => compareText(a.label, b.label)),
    ],
    [processors, value.processorId],
  )

  const chooseRecipient = (choice: string) => {
    if (choice === OTHER) {
      // Leaving a processor: its name was not typed by the user, so it goes too.
      onChange({ ...value, processorId: null, recipient: value.processorId === null ? value.recipient : '' })
      return
    }
    const p = processors.find((x) => x.id === choice)
    if (!p) return
    const country = value.country === '' ? (suggestedCountry(p) ?? '') : value.country
    onChange({ ...value, processorId: p.id, recipient: p.name, country })
  }

  const mechanisms = mechanismOptions(value.mechanism, isNew)
  const reason = outdatedReason(value.mechanism)
  const fallbackOptions: SelectOption[] = CURRENT_MECHANISMS.filter((m) => m !== value.mechanism).map((m) => ({
    value: m,
    label: mechanismLabel(m),
  }))
  if (value.fallback !== null && isOutdatedMechanism(value.fallback)) {
    fallbackOptions.push({ value: value.fallback, label: mechanismLabel(value.fallback) })
  }

  return (
    <div className="reg-transfer-form">
      <div className="reg-grid">
        <FieldAnchor field="processorId">
          <SelectField
            label={s.recipientSource}
            hint={s.recipientSourceHint}
            value={value.processorId ?? OTHER}
            options={recipientOptions}
            onChange={chooseRecipient}
            error={error('processorId') ?? (value.processorId !== null ? error('recipient') : null)}
          />
        </FieldAnchor>
        {value.processorId === null && (
          <FieldAnchor field="recipient">
            <TextField
              label={s.recipientName}
              value={value.recipient}
              onChange={(recipient) => set({ recipient })}
              error={error('recipient')}
            />
          </FieldAnchor>
        )}
      </div>
      <FieldAnchor field="country">
        <CountrySelectField
          label={s.country}
          hint={s.countryHint}
          value={value.country}
          onChange={(country) => set({ country })}
          error={error('country')}
          warning={warning('country')}
        />
      </FieldAnchor>
      <FieldAnchor field="mechanism">
        <SelectField
          label={s.mechanism}
          hint={s.mechanismHint}
          value={value.mechanism}
          options={mechanisms.map((m) => ({ value: m, label: mechanismLabel(m) }))}
          onChange={(m) => {
            // A fallback equal to the new mechanism would be no fallback at all.
            if (isMechanism(m)) set({ mechanism: m, fallback: value.fallback === m ? null : value.fallback })
          }}
          error={error('mechanism')}
          warning={warning('mechanism')}
          className={reason ? 'reg-field--outdated' : undefined}
        />
      </FieldAnchor>
      {reason && (
        <p className="reg-outdated">
          <span className="reg-badge reg-badge--danger">{t.transfers.invalidBadge}</span> {reason}
        </p>
      )}
      {show.sccModule && (
        <FieldAnchor field="sccModule">
          <SelectField
            label={s.sccModule}
            hint={s.sccModuleHint}
            value={value.sccModule === null ? '' : String(value.sccModule)}
            placeholder={t.forms.choose}
            options={SCC_MODULES.map((m) => ({ value: String(m), label: SCC_MODULE_LABELS[m].nb }))}
            onChange={(v) => set({ sccModule: v === '' ? null : (Number(v) as SccModule) })}
            error={error('sccModule')}
            warning={warning('sccModule')}
          />
        </FieldAnchor>
      )}
      {show.dpfCheckedOn && (
        <FieldAnchor field="dpfCheckedOn">
          <DateField
            label={s.dpfCheckedOn}
            hint={s.dpfCheckedOnHint}
            value={value.dpfCheckedOn}
            onChange={(dpfCheckedOn) => set({ dpfCheckedOn })}
            error={error('dpfCheckedOn')}
            warning={warning('dpfCheckedOn')}
            notAfterToday
          />
        </FieldAnchor>
      )}
      {show.derogation && (
        <FieldAnchor field="derogation">
          <SelectField
            label={s.derogation}
            hint={s.derogationHint}
            value={value.derogation ?? ''}
            placeholder={t.forms.choose}
            options={DEROGATIONS.map((d) => ({ value: d, label: DEROGATION_LABELS[d].nb }))}
            onChange={(v) => set({ derogation: v === '' ? null : (v as Derogation) })}
            error={error('derogation')}
            warning={warning('derogation')}
          />
        </FieldAnchor>
      )}
      <FieldAnchor field="fallback">
        <SelectField
          label={s.fallback}
          hint={s.fallbackHint}
          value={value.fallback ?? ''}
          placeholder={t.forms.none}
          options={fallbackOptions}
          onChange={(v) => set({ fallback: v !== '' && isMechanism(v) ? v : null })}
          error={error('fallback')}
          warning={warning('fallback')}
        />
      </FieldAnchor>
      {show.tiaDate && (
        <FieldAnchor field="tiaDate">
          <DateField
            label={s.tiaDate}
            hint={s.tiaDateHint}
            value={value.tiaDate}
            onChange={(tiaDate) => set({ tiaDate })}
            error={error('tiaDate')}
            warning={warning('tiaDate')}
            notAfterToday
          />
        </FieldAnchor>
      )}
      <FieldAnchor field="notes">
        <TextAreaField
          label={s.notes}
          hint={s.notesHint}
          value={value.notes}
          onChange={(notes) => set({ notes })}
          error={error('notes')}
          warning={warning('notes')}
        />
      </FieldAnchor>
    </div>
  )
}
