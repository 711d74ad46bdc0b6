/**
 * The fields of the activity editor, section by section, in the order of art. 30 nr. 1.
 * Each field says which article asks for it. The sections only render and report edits;
 * the editor owns the record, the messages and saving.
 */
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react'
import {
  ART6,
  ART6_BASES,
  ART9,
  ART9_BASES,
  MECHANISM_INFO,
  countryName,
} from '../../../../shared/law'
import {
  REQUIREMENTS,
  ROLES,
  SOURCE_KINDS,
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
import {
  pickerProcessors,
  toggleArt9Basis,
  toggleLegalBasis,
  type Suggestions,
} from './activity-form'
import { sourceKindLabel } from './activity-labels'

const s = t.activityEditor

export interface SectionProps {
  draft: ProcessingActivity
  patch: (change: (d: ProcessingActivity) => ProcessingActivity) => void
  /** The error message to show at a field, or null. */
  error: (field: string) => string | null
  suggestions: Suggestions
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
    'legalBases',
    'requirement',
    'requirementConsequence',
    'dataSubjects',
    'externalSubjects',
    'dataCategories',
    'specialCategories',
    'criminalData',
    'sources',
    'recipients',
    'processorIds',
    'transferIds',
    'retention.period',
    'retention.basis',
    'securityMeasures',
    'automatedDecisions.used',
    'automatedDecisions.profiling',
    'dpia.needed',
    'dpia.doneOn',
  ]
  if (draft.role === 'processor') fields.push('onBehalfOf')
  if (draft.specialCategories.length > 0 || draft.art9Bases.length > 0) {
    fields.push('art9Bases', 'art9Detail')
  }
  if (draft.criminalData) fields.push('criminalDataBasis')
  if (draft.automatedDecisions.used) {
    fields.push('automatedDecisions.logic', 'automatedDecisions.consequences')
  }
  draft.legalBases.forEach((b, i) => {
    const needs = ART6[b.basis].needs
    if (needs === 'law') fields.push(`legalBases.${i}.law`)
    if (needs === 'interest') fields.push(`legalBases.${i}.interest`)
  })
  draft.sources.forEach((_, i) => fields.push(`sources.${i}.kind`, `sources.${i}.name`))
  return new Set(fields)
}

export function AboutSection({ draft, patch, error, suggestions }: SectionProps) {
  const listId = useId()
  return (
    <Section title={s.sections.about}>
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

export function PurposesSection({ draft, patch, error, suggestions }: SectionProps) {
  const controller = draft.role === 'controller'
  const setBasis = (index: number, change: Partial<ProcessingActivity['legalBases'][number]>) =>
    patch((d) => ({
      ...d,
      legalBases: d.legalBases.map((b, i) => (i === index ? { ...b, ...change } : b)),
    }))
  return (
    <Section title={s.sections.purposes}>
      <At field="purposes">
        <TagListField
          label={s.purposes}
          hint={controller ? s.purposesHint : s.processorPurposesHint}
          values={draft.purposes}
          suggestions={suggestions.purposes}
          onChange={(purposes) => patch((d) => ({ ...d, purposes }))}
          error={error('purposes')}
        />
      </At>
      <At field="legalBases">
        <fieldset
          className={[
            'reg-fieldset',
            'reg-fieldset--inner',
            error('legalBases') ? 'activities-group--invalid' : null,
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <legend>{s.legalBases}</legend>
          <p className="field__hint">{s.legalBasesHint}</p>
          {ART6_BASES.map((basis) => {
            const info = ART6[basis]
            const checked = draft.legalBases.some((b) => b.basis === basis)
            return (
              <div key={basis} className="activities-basis">
                <CheckboxField
                  label={s.basisOption(info.label.nb, info.article.nb)}
                  hint={info.help.nb}
                  checked={checked}
                  onChange={(on) =>
                    patch((d) => ({ ...d, legalBases: toggleLegalBasis(d.legalBases, basis, on) }))
                  }
                />
                {draft.legalBases.map((b, i) =>
                  b.basis !== basis ? null : info.needs === 'law' ? (
                    <At key={i} field={`legalBases.${i}.law`}>
                      <TextField
                        className="activities-basis__detail"
                        label={s.law(info.article.nb)}
                        hint={s.lawHint}
                        value={b.law}
                        onChange={(law) => setBasis(i, { law })}
                        error={error(`legalBases.${i}.law`)}
                      />
                    </At>
                  ) : info.needs === 'interest' ? (
                    <At key={i} field={`legalBases.${i}.interest`}>
                      <TextAreaField
                        className="activities-basis__detail"
                        label={s.interest}
                        hint={s.interestHint}
                        value={b.interest}
                        onChange={(interest) => setBasis(i, { interest })}
                        error={error(`legalBases.${i}.interest`)}
                        rows={2}
                      />
                    </At>
                  ) : null,
                )}
              </div>
            )
          })}
          {error('legalBases') && <p className="field__error">{error('legalBases')}</p>}
        </fieldset>
      </At>
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
          <TextAreaField
            label={s.requirementConsequence}
            hint={s.requirementConsequenceHint}
            value={draft.requirementConsequence}
            onChange={(requirementConsequence) => patch((d) => ({ ...d, requirementConsequence }))}
            error={error('requirementConsequence')}
            rows={2}
          />
        </At>
      </div>
    </Section>
  )
}

export function DataSection({ draft, patch, error, suggestions }: SectionProps) {
  const showArt9 = draft.specialCategories.length > 0 || draft.art9Bases.length > 0
  const setSource = (index: number, change: Partial<ProcessingActivity['sources'][number]>) =>
    patch((d) => ({
      ...d,
      sources: d.sources.map((src, i) => (i === index ? { ...src, ...change } : src)),
    }))
  return (
    <Section title={s.sections.data}>
      <At field="dataSubjects">
        <TagListField
          label={s.dataSubjects}
          hint={s.dataSubjectsHint}
          values={draft.dataSubjects}
          suggestions={suggestions.dataSubjects}
          onChange={(dataSubjects) => patch((d) => ({ ...d, dataSubjects }))}
          error={error('dataSubjects')}
        />
      </At>
      <At field="externalSubjects">
        <CheckboxField
          label={s.externalSubjects}
          hint={s.externalSubjectsHint}
          checked={draft.externalSubjects}
          onChange={(externalSubjects) => patch((d) => ({ ...d, externalSubjects }))}
        />
      </At>
      <At field="dataCategories">
        <TagListField
          label={s.dataCategories}
          hint={s.dataCategoriesHint}
          values={draft.dataCategories}
          suggestions={suggestions.dataCategories}
          onChange={(dataCategories) => patch((d) => ({ ...d, dataCategories }))}
          error={error('dataCategories')}
        />
      </At>
      <At field="specialCategories">
        <TagListField
          label={s.specialCategories}
          hint={s.specialCategoriesHint}
          values={draft.specialCategories}
          suggestions={suggestions.specialCategories}
          onChange={(specialCategories) => patch((d) => ({ ...d, specialCategories }))}
          error={error('specialCategories')}
        />
      </At>
      {showArt9 && (
        <>
          <At field="art9Bases">
            <fieldset
              className={[
                'reg-fieldset',
                'reg-fieldset--inner',
                error('art9Bases') ? 'activities-group--invalid' : null,
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <legend>{s.art9Bases}</legend>
              <p className="field__hint">{s.art9BasesHint}</p>
              {ART9_BASES.map((basis) => (
                <CheckboxField
                  key={basis}
                  label={s.basisOption(ART9[basis].label.nb, ART9[basis].article.nb)}
                  hint={ART9[basis].help.nb}
                  checked={draft.art9Bases.includes(basis)}
                  onChange={(on) =>
                    patch((d) => ({ ...d, art9Bases: toggleArt9Basis(d.art9Bases, basis, on) }))
                  }
                />
              ))}
              {error('art9Bases') && <p className="field__error">{error('art9Bases')}</p>}
            </fieldset>
          </At>
          <At field="art9Detail">
            <TextField
              label={s.art9Detail}
              hint={s.art9DetailHint}
              value={draft.art9Detail}
              onChange={(art9Detail) => patch((d) => ({ ...d, art9Detail }))}
              error={error('art9Detail')}
            />
          </At>
        </>
      )}
      <At field="criminalData">
        <CheckboxField
          label={s.criminalData}
          hint={s.criminalDataHint}
          checked={draft.criminalData}
          onChange={(criminalData) => patch((d) => ({ ...d, criminalData }))}
        />
      </At>
      {draft.criminalData && (
        <At field="criminalDataBasis">
          <TextField
            label={s.criminalDataBasis}
            hint={s.criminalDataBasisHint}
            value={draft.criminalDataBasis}
            onChange={(criminalDataBasis) => patch((d) => ({ ...d, criminalDataBasis }))}
            error={error('criminalDataBasis')}
          />
        </At>
      )}
      <At field="sources">
        <fieldset className="reg-fieldset reg-fieldset--inner">
          <legend>{s.sources}</legend>
          <p className="field__hint">{s.sourcesHint}</p>
          {draft.sources.length === 0 && <p className="muted">{s.noSources}</p>}
          {draft.sources.map((src, i) => (
            <div key={i} className="reg-grid reg-grid--row activities-source">
              <At field={`sources.${i}.kind`}>
                <SelectField
                  label={s.sourceKind(i + 1)}
                  value={src.kind}
                  options={SOURCE_KINDS.map((k) => ({ value: k, label: sourceKindLabel(k) }))}
                  onChange={(v) => setSource(i, { kind: v as typeof src.kind })}
                  error={error(`sources.${i}.kind`)}
                />
              </At>
              <At field={`sources.${i}.name`}>
                <TextField
                  label={s.sourceName(i + 1)}
                  hint={s.sourceNameHint}
                  value={src.name}
                  onChange={(name) => setSource(i, { name })}
                  error={error(`sources.${i}.name`)}
                />
              </At>
              <Button
                variant="quiet"
                className="reg-row-remove"
                onClick={() =>
                  patch((d) => ({ ...d, sources: d.sources.filter((_, j) => j !== i) }))
                }
              >
                {s.removeSource(i + 1)}
              </Button>
            </div>
          ))}
          {error('sources') && <p className="field__error">{error('sources')}</p>}
          <Button
            onClick={() =>
              patch((d) => ({ ...d, sources: [...d.sources, { kind: 'third-party', name: '' }] }))
            }
          >
            {s.addSource}
          </Button>
        </fieldset>
      </At>
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
}: SharingSectionProps) {
  return (
    <Section title={s.sections.sharing}>
      <At field="recipients">
        <TagListField
          label={s.recipients}
          hint={s.recipientsHint}
          values={draft.recipients}
          suggestions={suggestions.recipients}
          onChange={(recipients) => patch((d) => ({ ...d, recipients }))}
          error={error('recipients')}
        />
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

export function RetentionSection({ draft, patch, error, suggestions }: SectionProps) {
  return (
    <Section title={s.sections.retention}>
      <div className="reg-grid">
        <At field="retention.period">
          <TextField
            label={s.retentionPeriod}
            hint={s.retentionPeriodHint}
            value={draft.retention.period}
            onChange={(period) => patch((d) => ({ ...d, retention: { ...d.retention, period } }))}
            error={error('retention.period')}
          />
        </At>
        <At field="retention.basis">
          <TextField
            label={s.retentionBasis}
            hint={s.retentionBasisHint}
            value={draft.retention.basis}
            onChange={(basis) => patch((d) => ({ ...d, retention: { ...d.retention, basis } }))}
            error={error('retention.basis')}
          />
        </At>
      </div>
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

export function AutomatedSection({ draft, patch, error }: SectionProps) {
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
            <TextAreaField
              label={s.automatedLogic}
              hint={s.automatedLogicHint}
              value={ad.logic}
              onChange={(logic) => setAd({ logic })}
              error={error('automatedDecisions.logic')}
              rows={3}
            />
          </At>
          <At field="automatedDecisions.consequences">
            <TextAreaField
              label={s.automatedConsequences}
              hint={s.automatedConsequencesHint}
              value={ad.consequences}
              onChange={(consequences) => setAd({ consequences })}
              error={error('automatedDecisions.consequences')}
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
