import { useLiveQuery } from 'dexie-react-hooks'
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react'
import { countryName } from '../../../../shared/law'
import {
  deepEqual,
  transfer as transferSchema,
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import { archiveTransfer, getTransfer, restoreTransfer, saveTransferWithLinks } from '../../db/repo/transfers'
import { readTables } from '../../db/repo/read'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { compareText } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { AttachmentsPanel } from '../registers/attachments-panel'
import { EditorFooter } from '../../ui/editor-footer'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import { revealField, useRevealField } from '../../ui/field-anchor'
import { hasErrors, type FieldMessage } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { SearchField } from '../../ui/search-field'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { useSaveShortcut } from '../../ui/save-shortcut'
import { schemaCheck, useStoreIssues } from '../../ui/use-store-issues'
import { RecordHistory } from '../history/record-history'
import { TransferForm } from './transfer-form'
import { emptyTransfer, normalizeTransfer, transferProblems, visibleBeforeSave } from './transfer-model'
import { errorMessage } from '../../db/store-error'

const s = t.transfers.editor

export interface TransferEditorProps {
  /** null for «Ny overføring». */
  id: string | null
  /** A field to show and focus on opening (a dotted path, e.g. `tiaDate`). */
  field?: string
  initialStatus: string | null
  /** Called once the form has taken `initialStatus` over. */
  onStatusShown: () => void
  onCreated: (id: string) => void
}

/** Loads the transfer with the activities and processors it refers to. */
export function TransferEditor({ id, field, initialStatus, onStatusShown, onCreated }: TransferEditorProps) {
  const db = useDb()
  const data = useLiveQuery(
    () =>
      Promise.all([
        id === null ? undefined : getTransfer(db, id),
        readTables(db, ['activities', 'processors']),
      ]).then(([transfer, { activities, processors }]) => ({ transfer: transfer ?? null, activities, processors })),
    [db, id],
  )
  if (data === undefined) return <p className="loading">{t.common.loading}</p>
  if (id !== null && data.transfer === null) {
    // A transfer deleted before transfers were archived still has its history: show it, so a link from the log leads somewhere.
    return (
      <div className="page">
        <p>
          <a href={routeHref('transfers')}>{s.back}</a>
        </p>
        <p role="alert">{s.notFound}</p>
        <div className="reg-scroll">
          <h2>{s.history}</h2>
          <RecordHistory table="transfers" recordId={id} />
        </div>
      </div>
    )
  }
  return (
    <TransferEditorForm
      initial={data.transfer}
      field={field}
      activities={data.activities}
      processors={data.processors}
      initialStatus={initialStatus}
      onStatusShown={onStatusShown}
      onCreated={onCreated}
    />
  )
}

interface FormProps extends Omit<TransferEditorProps, 'id'> {
  initial: Transfer | null
  activities: ProcessingActivity[]
  processors: Processor[]
}

/** The store's own check of a transfer, to tell when a refused field has been put right. */
const recheckTransfer = schemaCheck<Transfer>(transferSchema)

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x))
}

function TransferEditorForm({ initial, field, activities, processors, initialStatus, onStatusShown, onCreated }: FormProps) {
  const db = useDb()
  const dialogs = useDialogs()
  const titleId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const isNew = initial === null
  const [start] = useState<Transfer>(() => initial ?? emptyTransfer(timestamp()))
  const [base, setBase] = useState(start)
  const [draft, setDraft] = useState(start)
  const [linkedStart] = useState<ReadonlySet<string>>(
    () => new Set(activities.filter((a) => a.transferIds.includes(start.id) && start.id !== '').map((a) => a.id)),
  )
  const [baseLinked, setBaseLinked] = useState(linkedStart)
  const [linked, setLinked] = useState(linkedStart)
  const [attempted, setAttempted] = useState(false)
  const store = useStoreIssues(draft, recheckTransfer)
  const storeIssues = store.issues
  const [status, setStatus] = useState<string | null>(initialStatus)
  useEffect(() => {
    if (initialStatus !== null) onStatusShown()
  }, [initialStatus, onStatusShown])
  const [saving, setSaving] = useState(false)
  const [activityQuery, setActivityQuery] = useState('')
  const deferredActivityQuery = useDeferredValue(activityQuery)

  const dirty = !deepEqual(base, draft) || !sameSet(baseLinked, linked)
  const { leave } = useLeaveGuard(dirty)

  const problems = transferProblems(draft, { isNew, savedMechanism: isNew ? undefined : base.mechanism })
  const shown: FieldMessage[] = [...(attempted ? problems : visibleBeforeSave(problems, draft)), ...storeIssues]

  const selectable = useMemo(() => {
    const words = deferredActivityQuery.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean)
    return activities
      .filter((a) => a.status !== 'archived' || linked.has(a.id))
      .filter((a) => words.every((w) => a.name.toLocaleLowerCase('nb').includes(w)) || linked.has(a.id))
      .sort((a, b) => compareText(a.name, b.name))
  }, [activities, linked, deferredActivityQuery])

  const change = (next: Transfer) => {
    setDraft(next)
    setStatus(null)
  }

  useRevealField(formRef, field)
  useSaveShortcut(formRef, () => formRef.current?.requestSubmit())

  const toggleLink = (activityId: string, on: boolean) => {
    setLinked((current) => {
      const next = new Set(current)
      if (on) next.add(activityId)
      else next.delete(activityId)
      return next
    })
    setStatus(null)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setAttempted(true)
    store.clear()
    if (hasErrors(problems)) {
      const first = problems.find((m) => m.severity !== 'warning')
      if (first) revealField(formRef.current, first.field)
      return
    }
    setSaving(true)
    try {
      const toSave = normalizeTransfer(draft)
      // The transfer and the activities' links are one change: all of it is saved, or none.
      const savedId = await saveTransferWithLinks(db, toSave, linked)
      if (isNew) {
        onCreated(savedId)
        leave(routeHref('transfers', savedId), { replace: true })
        return
      }
      const stored = (await getTransfer(db, savedId)) ?? toSave
      setStatus(deepEqual(stored, base) && sameSet(baseLinked, linked) ? t.forms.unchanged : t.forms.saved)
      setBase(stored)
      setDraft(stored)
      setBaseLinked(linked)
      setAttempted(false)
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
    try {
      if (archive) {
        const ok = await dialogs.confirm({
          title: s.archiveTitle,
          message: s.archiveMessage(base.recipient),
          confirmLabel: s.archiveConfirm,
        })
        if (!ok) return
        await archiveTransfer(db, base.id)
      } else {
        await restoreTransfer(db, base.id)
      }
    } catch (e) {
      await dialogs.alert({ title: t.errors.title, message: errorMessage(e) })
      return
    }
    const stored = await getTransfer(db, base.id)
    if (!stored) return
    setBase(stored)
    setDraft(stored)
    setStatus(archive ? s.archived : null)
  }

  const archived = base.status === 'archived'
  const title = isNew ? s.newTitle : s.title(base.recipient, countryName(base.country))

  return (
    <form ref={formRef} className="page reg-editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby={titleId}>
      <header className="reg-editor__header">
        <a href={routeHref('transfers')} className="reg-editor__back">
          {s.back}
        </a>
        <div className="reg-editor__title">
          <h1 id={titleId}>{title}</h1>
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
        <MessageSummary messages={attempted ? shown.filter((m) => m.severity !== 'warning') : storeIssues} />
        {archived && <p className="reg-notice">{s.archived}</p>}
        <TransferForm value={draft} onChange={change} errors={shown} isNew={isNew} processors={processors} />

        <fieldset className="reg-fieldset">
          <legend>{s.linked}</legend>
          <p className="field__hint">{s.linkedHint}</p>
          {activities.length === 0 ? (
            <p className="muted">{s.linkedNone}</p>
          ) : (
            <>
              {activities.length > 12 && (
                <SearchField label={s.linkedSearch} placeholder={s.linkedSearch} value={activityQuery} onChange={setActivityQuery} />
              )}
              <div className="reg-checklist">
                {selectable.map((a) => (
                  <CheckboxField
                    key={a.id}
                    label={a.status === 'archived' ? `${a.name} (${t.forms.archivedBadge.toLocaleLowerCase('nb')})` : a.name}
                    checked={linked.has(a.id)}
                    onChange={(on) => toggleLink(a.id, on)}
                  />
                ))}
              </div>
            </>
          )}
        </fieldset>

        {!isNew && (
          <section className="reg-section" aria-labelledby={`${titleId}-history`}>
            <h2 id={`${titleId}-history`}>{s.history}</h2>
            <RecordHistory table="transfers" recordId={base.id} />
          </section>
        )}
      </div>

      {base.id !== '' && <AttachmentsPanel table="transfers" recordId={base.id} defaultPurpose="scc" title="Vedlegg: standard personvernbestemmelser (SCC) og vurdering av overføringen (TIA)" />}

      <EditorFooter dirty={dirty} status={status} saving={saving} />
    </form>
  )
}
