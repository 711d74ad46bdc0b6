import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { ART28_ITEMS, ART28_LABELS } from '../../../../shared/law'
import { deepEqual, processor as processorSchema, type Processor, type SubProcessor } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import {
  archiveProcessor,
  createProcessor,
  getProcessor,
  restoreProcessor,
  updateProcessor,
} from '../../db/repo/processors'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { AttachmentsPanel } from '../registers/attachments-panel'
import { EditorFooter } from '../../ui/editor-footer'
import { CheckboxField } from '../../ui/checkbox-field'
import { CountryListField, CountrySelectField } from '../../ui/country-fields'
import { DateField } from '../../ui/date-field'
import { useDialogs } from '../../ui/dialogs'
import { FieldAnchor, revealField, useRevealField } from '../../ui/field-anchor'
import { messageAt } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { TagListField } from '../../ui/tag-list-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { useSaveShortcut } from '../../ui/save-shortcut'
import { schemaCheck, useStoreIssues } from '../../ui/use-store-issues'
import { RecordHistory } from '../history/record-history'
import { checklistCount, emptyProcessor, processorProblems, setChecklistItem } from './processor-model'
import { errorMessage } from '../../db/store-error'

const s = t.processors.editor

export interface ProcessorEditorProps {
  /** null for «Ny databehandler». */
  id: string | null
  /** A field to show and focus on opening (a dotted path, e.g. `agreement.signedOn`). */
  field?: string
  /** A message to show when the editor opens (e.g. «Databehandleren er opprettet.»). */
  initialStatus: string | null
  /** Called once the form has taken `initialStatus` over. */
  onStatusShown: () => void
  onCreated: (id: string) => void
}

/** Loads the processor and hands it to the form; says so when it does not exist. */
export function ProcessorEditor({ id, field, initialStatus, onStatusShown, onCreated }: ProcessorEditorProps) {
  const db = useDb()
  const stored = useLiveQuery(
    async () => (id === null ? null : ((await db.processors.get(id)) ?? null)),
    [db, id],
  )
  const formProps = { field, initialStatus, onStatusShown, onCreated }
  if (id === null) return <ProcessorForm initial={null} {...formProps} />
  if (stored === undefined) return <p className="loading">{t.common.loading}</p>
  if (stored === null) {
    return (
      <div className="page">
        <p>
          <a href={routeHref('processors')}>{s.back}</a>
        </p>
        <p role="alert">{s.notFound}</p>
      </div>
    )
  }
  return <ProcessorForm initial={stored} {...formProps} />
}

const emptySub = (): SubProcessor => ({ name: '', country: '', service: '' })

/** The store's own check of a processor, to tell when a refused field has been put right. */
const recheckProcessor = schemaCheck<Processor>(processorSchema)

interface ProcessorFormProps extends Omit<ProcessorEditorProps, 'id'> {
  initial: Processor | null
}

function ProcessorForm({ initial, field, initialStatus, onStatusShown, onCreated }: ProcessorFormProps) {
  const db = useDb()
  const dialogs = useDialogs()
  const titleId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const isNew = initial === null
  const [start] = useState<Processor>(() => initial ?? emptyProcessor(timestamp()))
  // `base` is the record as stored; the form edits `draft`. They differ exactly when there are unsaved changes.
  const [base, setBase] = useState(start)
  const [draft, setDraft] = useState(start)
  // The form's rules run on every edit once a save was tried, so a message goes as soon as
  // its field is right; what the store refused goes when its field changes.
  const [attempted, setAttempted] = useState(false)
  const problems = useMemo(() => processorProblems(draft), [draft])
  const store = useStoreIssues(draft, recheckProcessor)
  // A date after today is refused as it is typed, not only on saving.
  const future = problems.filter((m) => m.field === 'agreement.signedOn')
  const issues = [...(attempted ? problems : future), ...store.issues]
  const [status, setStatus] = useState<string | null>(initialStatus)
  useEffect(() => {
    if (initialStatus !== null) onStatusShown()
  }, [initialStatus, onStatusShown])
  const [saving, setSaving] = useState(false)
  const dirty = !deepEqual(base, draft)
  const { leave } = useLeaveGuard(dirty)
  const usedBy = useLiveQuery(
    () => (isNew ? [] : db.activities.filter((a) => a.processorIds.includes(base.id)).toArray()),
    [db, base.id, isNew],
  )

  const error = (field: string, within = false) => messageAt(issues, field, 'error', { within })
  const patch = (change: (d: Processor) => Processor) => {
    setDraft(change)
    setStatus(null)
  }
  const setSub = (index: number, change: Partial<SubProcessor>) =>
    patch((d) => ({ ...d, subProcessors: d.subProcessors.map((sp, i) => (i === index ? { ...sp, ...change } : sp)) }))

  useRevealField(formRef, field)
  useSaveShortcut(formRef, () => formRef.current?.requestSubmit())

  async function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setAttempted(true)
    store.clear()
    const first = problems[0]
    if (first) {
      revealField(formRef.current, first.field)
      return
    }
    setSaving(true)
    try {
      if (isNew) {
        const id = await createProcessor(db, draft)
        onCreated(id)
        leave(routeHref('processors', id), { replace: true })
        return
      }
      const stored = await updateProcessor(db, draft)
      setStatus(deepEqual(stored, base) ? t.forms.unchanged : t.forms.saved)
      setBase(stored)
      setDraft(stored)
    } catch (e) {
      if (e instanceof ValidationError) {
        store.refuse(e.issues, draft)
        if (e.issues[0]) revealField(formRef.current, e.issues[0].field)
      } else await dialogs.alert({ title: t.forms.saveFailedTitle, message: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  async function changeArchived(archive: boolean) {
    if (archive) {
      const ok = await dialogs.confirm({
        title: s.archiveTitle,
        message: s.archiveMessage(base.name),
        confirmLabel: s.archiveConfirm,
      })
      if (!ok) return
      await archiveProcessor(db, base.id)
    } else {
      await restoreProcessor(db, base.id)
    }
    const stored = await getProcessor(db, base.id)
    if (!stored) return
    setBase(stored)
    setDraft(stored)
    setStatus(archive ? s.archived : null)
  }

  const { done, total } = checklistCount(draft)
  const archived = base.status === 'archived'

  return (
    <form ref={formRef} className="page reg-editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby={titleId}>
      <header className="reg-editor__header">
        <a href={routeHref('processors')} className="reg-editor__back">
          {s.back}
        </a>
        <div className="reg-editor__title">
          <h1 id={titleId}>{isNew ? s.newTitle : base.name}</h1>
          {archived && <span className="reg-badge">{t.forms.archivedBadge}</span>}
          {!isNew && (
            <div className="reg-editor__actions">
              <Button
                onClick={() => void changeArchived(!archived)}
                disabled={dirty || saving}
                title={dirty ? s.saveBeforeArchive : undefined}
              >
                {archived ? s.restore : s.archive}
              </Button>
            </div>
          )}
        </div>
      </header>

      <div className="reg-scroll">
        <MessageSummary messages={issues} />
        {archived && <p className="reg-notice">{s.archived}</p>}

        <fieldset className="reg-fieldset">
          <legend>{s.identity}</legend>
          <FieldAnchor field="name">
            <TextField
              label={s.name}
              hint={s.nameHint}
              value={draft.name}
              onChange={(name) => patch((d) => ({ ...d, name }))}
              error={error('name')}
              required
            />
          </FieldAnchor>
          <div className="reg-grid">
            <FieldAnchor field="orgNumber">
              <TextField
                label={s.orgNumber}
                hint={s.orgNumberHint}
                value={draft.orgNumber}
                onChange={(orgNumber) => patch((d) => ({ ...d, orgNumber }))}
                error={error('orgNumber')}
              />
            </FieldAnchor>
            <FieldAnchor field="country">
              <CountrySelectField
                label={s.country}
                hint={s.countryHint}
                value={draft.country}
                onChange={(country) => patch((d) => ({ ...d, country }))}
                error={error('country')}
                markOutsideEea
              />
            </FieldAnchor>
          </div>
          <FieldAnchor field="services">
            <TagListField
              label={s.services}
              hint={s.servicesHint}
              values={draft.services}
              onChange={(services) => patch((d) => ({ ...d, services }))}
              error={error('services', true)}
            />
          </FieldAnchor>
        </fieldset>

        <fieldset className="reg-fieldset">
          <legend>{s.contact}</legend>
          <div className="reg-grid reg-grid--3">
            <FieldAnchor field="contact.name">
              <TextField
                label={s.contactName}
                value={draft.contact.name}
                onChange={(name) => patch((d) => ({ ...d, contact: { ...d.contact, name } }))}
                error={error('contact.name')}
                autoComplete="off"
              />
            </FieldAnchor>
            <FieldAnchor field="contact.email">
              <TextField
                label={s.contactEmail}
                type="email"
                value={draft.contact.email}
                onChange={(email) => patch((d) => ({ ...d, contact: { ...d.contact, email } }))}
                error={error('contact.email')}
                autoComplete="off"
              />
            </FieldAnchor>
            <FieldAnchor field="contact.phone">
              <TextField
                label={s.contactPhone}
                type="tel"
                value={draft.contact.phone}
                onChange={(phone) => patch((d) => ({ ...d, contact: { ...d.contact, phone } }))}
                error={error('contact.phone')}
                autoComplete="off"
              />
            </FieldAnchor>
          </div>
        </fieldset>

        <fieldset className="reg-fieldset">
          <legend>{s.agreement}</legend>
          <p className="field__hint">{s.agreementIntro}</p>
          <div className="reg-grid">
            <FieldAnchor field="agreement.signedOn">
              <DateField
                label={s.signedOn}
                hint={s.signedOnHint}
                value={draft.agreement.signedOn}
                onChange={(signedOn) => patch((d) => ({ ...d, agreement: { ...d.agreement, signedOn } }))}
                error={error('agreement.signedOn')}
                notAfterToday
              />
            </FieldAnchor>
            <FieldAnchor field="agreement.reference">
              <TextField
                label={s.reference}
                hint={s.referenceHint}
                value={draft.agreement.reference}
                onChange={(reference) => patch((d) => ({ ...d, agreement: { ...d.agreement, reference } }))}
                error={error('agreement.reference')}
              />
            </FieldAnchor>
          </div>
          <fieldset className="reg-fieldset reg-fieldset--inner" data-field="agreement.checklist">
            <legend>{s.checklist}</legend>
            <p className="field__hint">
              {s.checklistHint} <span className="reg-progress">{t.processors.checklistProgress(done, total)}</span>
            </p>
            {ART28_ITEMS.map((item) => (
              <CheckboxField
                key={item}
                label={ART28_LABELS[item].nb}
                hint={ART28_LABELS[item].article}
                checked={draft.agreement.checklist[item] === true}
                onChange={(checked) =>
                  patch((d) => ({
                    ...d,
                    agreement: { ...d.agreement, checklist: setChecklistItem(d.agreement.checklist, item, checked) },
                  }))
                }
              />
            ))}
          </fieldset>
        </fieldset>

        <fieldset className="reg-fieldset" data-field="subProcessors">
          <legend>{s.subProcessors}</legend>
          <p className="field__hint">{s.subProcessorsHint}</p>
          {draft.subProcessors.length === 0 && <p className="muted">{s.noSubProcessors}</p>}
          {draft.subProcessors.map((sub, index) => (
            <fieldset key={index} className="reg-fieldset reg-fieldset--row">
              <legend>{s.subProcessor(index + 1)}</legend>
              <div className="reg-grid reg-grid--row">
                <FieldAnchor field={`subProcessors.${index}.name`}>
                  <TextField
                    label={s.subName}
                    value={sub.name}
                    onChange={(name) => setSub(index, { name })}
                    error={error(`subProcessors.${index}.name`)}
                  />
                </FieldAnchor>
                <FieldAnchor field={`subProcessors.${index}.country`}>
                  <CountrySelectField
                    label={s.subCountry}
                    value={sub.country}
                    onChange={(country) => setSub(index, { country })}
                    error={error(`subProcessors.${index}.country`)}
                    markOutsideEea
                  />
                </FieldAnchor>
                <FieldAnchor field={`subProcessors.${index}.service`}>
                  <TextField
                    label={s.subService}
                    value={sub.service}
                    onChange={(service) => setSub(index, { service })}
                    error={error(`subProcessors.${index}.service`)}
                  />
                </FieldAnchor>
                <Button
                  variant="quiet"
                  className="reg-row-remove"
                  onClick={() => patch((d) => ({ ...d, subProcessors: d.subProcessors.filter((_, i) => i !== index) }))}
                >
                  {s.removeSubProcessor(index + 1)}
                </Button>
              </div>
            </fieldset>
          ))}
          {error('subProcessors') && <p className="field__error">{error('subProcessors')}</p>}
          <Button onClick={() => patch((d) => ({ ...d, subProcessors: [...d.subProcessors, emptySub()] }))}>
            {s.addSubProcessor}
          </Button>
        </fieldset>

        <fieldset className="reg-fieldset">
          <legend>{s.locationsAndNotes}</legend>
          <FieldAnchor field="locations">
            <CountryListField
              label={s.locations}
              hint={s.locationsHint}
              values={draft.locations}
              onChange={(locations) => patch((d) => ({ ...d, locations }))}
              error={error('locations', true)}
            />
          </FieldAnchor>
          <FieldAnchor field="notes">
            <TextAreaField
              label={s.notes}
              hint={s.notesHint}
              value={draft.notes}
              onChange={(notes) => patch((d) => ({ ...d, notes }))}
              error={error('notes')}
            />
          </FieldAnchor>
        </fieldset>

        {!isNew && (
          <section className="reg-section" aria-labelledby={`${titleId}-used`}>
            <h2 id={`${titleId}-used`}>{s.usedBy}</h2>
            {usedBy !== undefined && usedBy.length === 0 && <p className="muted">{s.usedByNone}</p>}
            {usedBy !== undefined && usedBy.length > 0 && (
              <ul className="reg-links">
                {usedBy.map((a) => (
                  <li key={a.id}>
                    <a href={routeHref('activities', a.id)}>{a.name}</a>
                    {a.status === 'archived' && <span className="reg-badge">{t.forms.archivedBadge}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        )}

        {!isNew && (
          <section className="reg-section" aria-labelledby={`${titleId}-history`}>
            <h2 id={`${titleId}-history`}>{s.history}</h2>
            <RecordHistory table="processors" recordId={base.id} />
          </section>
        )}
      </div>

      {base.id !== '' && <AttachmentsPanel table="processors" recordId={base.id} defaultPurpose="signed-agreement" title="Vedlegg: signert databehandleravtale" />}

      <EditorFooter dirty={dirty} status={status} saving={saving} />
    </form>
  )
}
