/**
 * The fields of the activity editor, section by section, in the order of art. 30 nr. 1.
 * Each field says which article asks for it. The sections only render and report edits;
 * the editor owns the record, the messages and saving.
 */
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react'
import { ART6, MECHANISM_INFO, countryName } from '../../../../shared/law'
import {
  REQUIREMENTS,
  ROLES,
  type DataSource,
  type NamedSourceKind,
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../../shared/model'
import { compareText, formatDate } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { DateField } from '../../ui/date-field'
import { FieldAnchor } from '../../ui/field-anchor'
import { SelectField } from '../../ui/select-field'
import { TagListField } from '../../ui/tag-list-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { pickerProcessors, type Suggestions } from './activity-form'
import { CategoriesEditor, GroupsEditor, LocalizedField, PurposesEditor, RetentionEditor, ReviewNotes } from './activity-record-parts'

const s = t.activityEditor

export interface SectionProps {
  draft: ProcessingActivity
  patch: (change: (d: ProcessingActivity) => ProcessingActivity) => void
  /** The error message to show at a field, or null. */
  error: (field: string) => string | null
  suggestions: Suggestions
  /** The organisation publishes in nynorsk: texts for documents get a nynorsk field. */
  nynorsk: boolean
  /** The shared list of named sources. */
  sources: readonly DataSource[]
  onNewSource: (name: string, kind: NamedSourceKind) => Promise<string>
}

/** Marks the part of the form that shows a field, so a message or a link can bring the focus there. */
const At = FieldAnchor

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    // The box lets the browser skip laying out the sections out of view (styles.css).
    <div className="activities-section-box">
      <fieldset className="reg-fieldset activities-section">
        <legend>{title}</legend>
        {children}
      </fieldset>
    </div>
  )
}

/**
 * The fields the sections show for this draft, for placing messages: a message about a
 * field that is not shown goes to the nearest parent that is.
 */
export function renderedFields(draft: ProcessingActivity): Set<string> {
  const fields = [
    'name',
    'description',
    'owner',
    'area',
    'systems',
    'role',
    'jointController',
    'status',
    'purposes',
    'requirement',
    'requirementConsequence',
    'dataSubjects',
    'dataCategories',
    'recipients',
    'processorIds',
    'transferIds',
    'retention',
    'securityMeasures',
    'automatedDecisions.used',
    'automatedDecisions.profiling',
    'dpia.needed',
    'dpia.doneOn',
  ]
  if (draft.role === 'processor') fields.push('onBehalfOf')
  if (draft.automatedDecisions.used) {
    fields.push('automatedDecisions.logic', 'automatedDecisions.consequences')
  }
  draft.purposes.forEach((p, i) => {
    fields.push(`purposes.${i}.text`, `purposes.${i}.basis`)
    const needs = p.basis ? ART6[p.basis].needs : null
    if (needs === 'law') fields.push(`purposes.${i}.law`)
    if (needs === 'interest') fields.push(`purposes.${i}.interest`)
  })
  draft.dataSubjects.forEach((_, i) => fields.push(`dataSubjects.${i}.informedBy`))
  draft.dataCategories.forEach((_, i) => fields.push(`dataCategories.${i}.sources`))
  draft.retention.forEach((_, i) => fields.push(`retention.${i}.period`, `retention.${i}.basis`))
  return new Set(fields)
}

export function AboutSection({ draft, patch, error, suggestions, nynorsk }: SectionProps) {
  const listId = useId()
  return (
    <Section title={s.sections.about}>
      <ReviewNotes draft={draft} patch={patch} />
      <At field="name">
        <TextField
          label={s.name}
          hint={s.nameHint}
          value={draft.name}
          onChange={(name) => patch((d) => ({ ...d, name }))}
          error={error('name')}
          required
        />
      </At>
      {nynorsk && (
        <At field="nameNn">
          <TextField
            label={s.nameNn}
            hint={draft.nameNn.trim() === '' ? s.nynorskMissing : undefined}
            value={draft.nameNn}
            onChange={(nameNn) => patch((d) => ({ ...d, nameNn }))}
          />
        </At>
      )}
      <At field="description">
        <TextAreaField
          label={s.description}
          hint={s.descriptionHint}
          value={draft.description}
          onChange={(description) => patch((d) => ({ ...d, description }))}
          error={error('description')}
          rows={3}
        />
      </At>
      <div className="reg-grid">
        <At field="owner">
          <TextField
            label={s.owner}
            hint={s.ownerHint}
            value={draft.owner}
            onChange={(owner) => patch((d) => ({ ...d, owner }))}
            error={error('owner')}
            list={`${listId}-owner`}
            autoComplete="off"
          />
        </At>
        <At field="area">
          <TextField
            label={s.area}
            hint={s.areaHint}
            value={draft.area}
            onChange={(area) => patch((d) => ({ ...d, area }))}
            error={error('area')}
            list={`${listId}-area`}
            autoComplete="off"
          />
        </At>
      </div>
      <datalist id={`${listId}-owner`}>
        {suggestions.owner.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <datalist id={`${listId}-area`}>
        {suggestions.area.map((v) => (
          <option key={v} value={v} />
        ))}
      </datalist>
      <At field="systems">
        <TagListField
          label={s.systems}
          hint={s.systemsHint}
          values={draft.systems}
          suggestions={suggestions.systems}
          onChange={(systems) => patch((d) => ({ ...d, systems }))}
          error={error('systems')}
        />
      </At>
      <div className="reg-grid">
        <At field="role">
          <SelectField
            label={s.role}
            hint={s.roleHint}
            value={draft.role}
            options={ROLES.map((r) => ({ value: r, label: s.roleOptions[r] }))}
            onChange={(v) => patch((d) => ({ ...d, role: v as ProcessingActivity['role'] }))}
            error={error('role')}
          />
        </At>
        {draft.role === 'processor' && (
          <At field="onBehalfOf">
            <TextField
              label={s.onBehalfOf}
              hint={s.onBehalfOfHint}
              value={draft.onBehalfOf}
              onChange={(onBehalfOf) => patch((d) => ({ ...d, onBehalfOf }))}
              error={error('onBehalfOf')}
            />
          </At>
        )}
      </div>
      <At field="jointController">
        <TextField
          label={s.jointController}
          hint={s.jointControllerHint}
          value={draft.jointController}
          onChange={(jointController) => patch((d) => ({ ...d, jointController }))}
          error={error('jointController')}
        />
      </At>
      <At field="status">
        <SelectField
          label={s.status}
          hint={s.statusHint}
          value={draft.status}
          // Archiving has its own button, which keeps the history of why.
          options={(draft.status === 'archived'
            ? (['archived'] as const)
            : (['draft', 'active'] as const)
          ).map((v) => ({ value: v, label: s.statusOptions[v] }))}
          disabled={draft.status === 'archived'}
          onChange={(v) => patch((d) => ({ ...d, status: v as ProcessingActivity['status'] }))}
          error={error('status')}
        />
      </At>
    </Section>
  )
}

export function PurposesSection({ draft, patch, error, nynorsk }: SectionProps) {
  return (
    <Section title={s.sections.purposes}>
      <PurposesEditor draft={draft} patch={patch} error={error} nynorsk={nynorsk} />
      <div className="reg-grid">
        <At field="requirement">
          <SelectField
            label={s.requirement}
            hint={s.requirementHint}
            value={draft.requirement}
            options={REQUIREMENTS.map((r) => ({ value: r, label: s.requirementOptions[r] }))}
            onChange={(v) =>
              patch((d) => ({ ...d, requirement: v as ProcessingActivity['requirement'] }))
            }
            error={error('requirement')}
          />
        </At>
        <At field="requirementConsequence">
          <LocalizedField
            label={s.requirementConsequence}
            hint={s.requirementConsequenceHint}
            value={draft.requirementConsequence}
            onChange={(requirementConsequence) => patch((d) => ({ ...d, requirementConsequence }))}
            error={error('requirementConsequence')}
            nynorsk={nynorsk}
            rows={2}
          />
        </At>
      </div>
    </Section>
  )
}

export function DataSection({ draft, patch, error, nynorsk, sources, onNewSource }: SectionProps) {
  return (
    <Section title={s.sections.data}>
      <GroupsEditor draft={draft} patch={patch} error={error} nynorsk={nynorsk} />
      <CategoriesEditor draft={draft} patch={patch} error={error} nynorsk={nynorsk} sources={sources} onNewSource={onNewSource} />
    </Section>
  )
}

export interface SharingSectionProps extends SectionProps {
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  onNewTransfer: () => void
  onNewProcessor: () => void
}

export function SharingSection({
  draft,
  patch,
  error,
  suggestions,
  processors,
  transfers,
  onNewTransfer,
  onNewProcessor,
  nynorsk,
}: SharingSectionProps) {
  return (
    <Section title={s.sections.sharing}>
      <At field="recipients">
        <TagListField
          label={s.recipients}
          hint={s.recipientsHint}
          values={draft.recipients.map((r) => r.nb)}
          suggestions={suggestions.recipients}
          onChange={(names) =>
            patch((d) => ({
              ...d,
              // A recipient keeps its nynorsk name while its bokmål name stays the same.
              recipients: names.map((nb) => ({ nb, nn: d.recipients.find((r) => r.nb === nb)?.nn ?? '' })),
            }))
          }
          error={error('recipients')}
        />
        {nynorsk &&
          draft.recipients.map((r, i) => (
            <TextField
              key={r.nb}
              label={s.recipientNn(r.nb)}
              value={r.nn}
              onChange={(nn) => patch((d) => ({ ...d, recipients: d.recipients.map((x, j) => (j === i ? { ...x, nn } : x)) }))}
            />
          ))}
      </At>
      <At field="processorIds">
        <ProcessorPicker
          processors={processors}
          selected={draft.processorIds}
          onChange={(processorIds) => patch((d) => ({ ...d, processorIds }))}
          onNew={onNewProcessor}
          error={error('processorIds')}
        />
      </At>
      <At field="transferIds">
        <TransferLinks
          transfers={transfers}
          linked={draft.transferIds}
          onChange={(transferIds) => patch((d) => ({ ...d, transferIds }))}
          onNew={onNewTransfer}
          error={error('transferIds')}
        />
      </At>
    </Section>
  )
}

function agreementText(p: Processor): string {
  return p.agreement.signedOn === null
    ? s.agreementMissing
    : s.agreementSigned(formatDate(p.agreement.signedOn))
}

/** Processors from the register, with a search box: the chosen ones and those that match. */
function ProcessorPicker({
  processors,
  selected,
  onChange,
  onNew,
  error,
}: {
  processors: readonly Processor[]
  selected: readonly string[]
  onChange: (ids: string[]) => void
  onNew: () => void
  error: string | null
}) {
  const [query, setQuery] = useState('')
  const deferred = useDeferredValue(query)
  const id = useId()
  const chosen = useMemo(() => new Set(selected), [selected])
  const { shown, total } = useMemo(
    () => pickerProcessors(processors, chosen, deferred),
    [processors, chosen, deferred],
  )
  const known = useMemo(() => new Set(processors.map((p) => p.id)), [processors])
  const unknown = selected.filter((pid) => !known.has(pid))

  return (
    <fieldset
      className={['reg-fieldset', 'reg-fieldset--inner', error ? 'activities-group--invalid' : null]
        .filter(Boolean)
        .join(' ')}
      aria-describedby={`${id}-hint`}
    >
      <legend>
        {s.processors}{' '}
        <span className="muted activities-picker__count">
          {s.processorsChosen(selected.length)}
        </span>
      </legend>
      <p className="field__hint" id={`${id}-hint`}>
        {s.processorsHint}
      </p>
      {processors.length === 0 ? (
        <p className="muted">{s.noProcessors}</p>
      ) : (
        <>
          <label htmlFor={`${id}-search`} className="visually-hidden">
            {s.processorSearch}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            className="field__input activities-picker__search"
            placeholder={s.processorSearch}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            autoComplete="off"
          />
          <ul className="activities-picker">
            {shown.map((p) => (
              <li key={p.id}>
                <CheckboxField
                  label={p.name}
                  hint={
                    p.status === 'archived'
                      ? `${agreementText(p)}, ${s.archivedProcessor}`
                      : agreementText(p)
                  }
                  checked={chosen.has(p.id)}
                  onChange={(on) =>
                    onChange(
                      on ? [...selected, p.id] : selected.filter((existing) => existing !== p.id),
                    )
                  }
                  className={
                    p.agreement.signedOn === null ? 'activities-picker--missing' : undefined
                  }
                />
              </li>
            ))}
          </ul>
          {shown.length === 0 && <p className="muted">{s.noProcessorMatch}</p>}
          {total > shown.length && (
            <p className="field__hint">{s.processorsMore(shown.length, total)}</p>
          )}
        </>
      )}
      {unknown.map((pid) => (
        <p key={pid} className="field__error">
          {s.unknownProcessor(pid)}{' '}
          <Button variant="quiet" onClick={() => onChange(selected.filter((x) => x !== pid))}>
            {s.unlink}
          </Button>
        </p>
      ))}
      {error && <p className="field__error">{error}</p>}
      <div className="activities-links__add">
        <Button onClick={onNew}>{s.newProcessor}</Button>
      </div>
    </fieldset>
  )
}

function transferText(tr: Transfer): string {
  return s.transferLine(
    tr.recipient,
    countryName(tr.country),
    MECHANISM_INFO[tr.mechanism].label.nb,
  )
}

/** Every transfer in use as an option, in alphabetical order: made once per list of transfers. */
const transferOptionLists = new WeakMap<readonly Transfer[], { value: string; label: string }[]>()
function transferOptions(transfers: readonly Transfer[]) {
  let options = transferOptionLists.get(transfers)
  if (!options) {
    options = transfers
      .filter((tr) => tr.status !== 'archived')
      .map((tr) => ({ value: tr.id, label: transferText(tr) }))
      .sort((a, b) => compareText(a.label, b.label))
    transferOptionLists.set(transfers, options)
  }
  return options
}

/** The transfers linked to the activity; link a registered one, or register a new one. */
function TransferLinks({
  transfers,
  linked,
  onChange,
  onNew,
  error,
}: {
  transfers: readonly Transfer[]
  linked: readonly string[]
  onChange: (ids: string[]) => void
  onNew: () => void
  error: string | null
}) {
  const byId = useMemo(() => new Map(transfers.map((tr) => [tr.id, tr])), [transfers])
  const available = useMemo(
    () => transferOptions(transfers).filter((o) => !linked.includes(o.value)),
    [transfers, linked],
  )
  const id = useId()
  return (
    <fieldset
      className={['reg-fieldset', 'reg-fieldset--inner', error ? 'activities-group--invalid' : null]
        .filter(Boolean)
        .join(' ')}
    >
      <legend>{s.transfers}</legend>
      <p className="field__hint">{s.transfersHint}</p>
      {linked.length === 0 ? (
        <p className="muted">{s.noTransfers}</p>
      ) : (
        <ul className="activities-links" aria-label={s.transfers}>
          {linked.map((tid) => {
            const tr = byId.get(tid)
            const text = !tr
              ? s.unknownTransfer(tid)
              : tr.status === 'archived'
                ? `${transferText(tr)} (${t.forms.archivedBadge.toLocaleLowerCase('nb')})`
                : transferText(tr)
            return (
              <li key={tid}>
                <span>{text}</span>
                <Button
                  variant="quiet"
                  aria-label={s.unlinkTransfer(tr ? tr.recipient : tid)}
                  onClick={() => onChange(linked.filter((x) => x !== tid))}
                >
                  {s.unlink}
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      {error && <p className="field__error">{error}</p>}
      <div className="activities-links__add">
        {available.length > 0 && (
          <SelectField
            id={`${id}-link`}
            label={s.linkTransfer}
            value=""
            placeholder={s.linkTransferPlaceholder}
            options={available}
            onChange={(v) => {
              if (v !== '') onChange([...linked, v])
            }}
          />
        )}
        <Button onClick={onNew}>{s.newTransfer}</Button>
      </div>
    </fieldset>
  )
}

export function RetentionSection({ draft, patch, error, suggestions, nynorsk }: SectionProps) {
  return (
    <Section title={s.sections.retention}>
      <RetentionEditor draft={draft} patch={patch} error={error} nynorsk={nynorsk} />
      <At field="securityMeasures">
        <TagListField
          label={s.securityMeasures}
          hint={s.securityMeasuresHint}
          values={draft.securityMeasures}
          suggestions={suggestions.securityMeasures}
          onChange={(securityMeasures) => patch((d) => ({ ...d, securityMeasures }))}
          error={error('securityMeasures')}
        />
      </At>
    </Section>
  )
}

export function AutomatedSection({ draft, patch, error, nynorsk }: SectionProps) {
  const ad = draft.automatedDecisions
  const setAd = (change: Partial<ProcessingActivity['automatedDecisions']>) =>
    patch((d) => ({ ...d, automatedDecisions: { ...d.automatedDecisions, ...change } }))
  return (
    <Section title={s.sections.automated}>
      <At field="automatedDecisions.used">
        <CheckboxField
          label={s.automatedUsed}
          hint={s.automatedUsedHint}
          checked={ad.used}
          onChange={(used) => setAd({ used })}
        />
      </At>
      <At field="automatedDecisions.profiling">
        <CheckboxField
          label={s.profiling}
          checked={ad.profiling}
          onChange={(profiling) => setAd({ profiling })}
        />
      </At>
      {ad.used && (
        <div className="reg-grid">
          <At field="automatedDecisions.logic">
            <LocalizedField
              label={s.automatedLogic}
              hint={s.automatedLogicHint}
              value={ad.logic}
              onChange={(logic) => setAd({ logic })}
              error={error('automatedDecisions.logic')}
              nynorsk={nynorsk}
              rows={3}
            />
          </At>
          <At field="automatedDecisions.consequences">
            <LocalizedField
              label={s.automatedConsequences}
              hint={s.automatedConsequencesHint}
              value={ad.consequences}
              onChange={(consequences) => setAd({ consequences })}
              error={error('automatedDecisions.consequences')}
              nynorsk={nynorsk}
              rows={3}
            />
          </At>
        </div>
      )}
      <div className="reg-grid">
        <At field="dpia.needed">
          <SelectField
            label={s.dpiaNeeded}
            hint={s.dpiaNeededHint}
            value={draft.dpia.needed}
            options={(['yes', 'no', 'unknown'] as const).map((v) => ({
              value: v,
              label: s.dpiaOptions[v],
            }))}
            onChange={(v) =>
              patch((d) => ({
                ...d,
                dpia: { ...d.dpia, needed: v as ProcessingActivity['dpia']['needed'] },
              }))
            }
            error={error('dpia.needed')}
          />
        </At>
        <At field="dpia.doneOn">
          <DateField
            label={s.dpiaDoneOn}
            hint={s.dpiaDoneOnHint}
            value={draft.dpia.doneOn}
            onChange={(doneOn) => patch((d) => ({ ...d, dpia: { ...d.dpia, doneOn } }))}
            error={error('dpia.doneOn')}
            notAfterToday
          />
        </At>
      </div>
    </Section>
  )
}
