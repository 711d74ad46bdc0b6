import { useLiveQuery } from 'dexie-react-hooks'
import {
  startTransition,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { validateActivity } from '../../../../shared/checks/activity-rules'
import { futureDateProblems } from '../../../../shared/checks/past-dates'
import {
  deepEqual,
  emptyActivity,
  processingActivity,
  publishesNynorsk,
  sourceIdForName,
  type NamedSourceKind,
  type ProcessingActivity,
  type Processor,
  type Transfer,
} from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import {
  archiveActivity,
  createActivity,
  duplicateActivity,
  getActivity,
  markActivityReviewed,
  restoreActivity,
  updateActivity,
} from '../../db/repo/activities'
import { getOrganization } from '../../db/repo/organization'
import { saveSource } from '../../db/repo/sources'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { formatDate, todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { fieldElement, revealElement, revealField } from '../../ui/field-anchor'
import { fieldCandidates, messageAt, type FieldMessage } from '../../ui/field-messages'
import { SaveShortcutHint, saveShortcutAria, useSaveShortcut } from '../../ui/save-shortcut'
import { SectionIndex, sectionStart } from '../../ui/section-index'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { schemaCheck, useStoreIssues } from '../../ui/use-store-issues'
import { RecordHistory } from '../history/record-history'
import { ActivityPolicyLinks } from '../policy/activity-policy-links'
import {
  AboutSection,
  AutomatedSection,
  DataSection,
  PurposesSection,
  renderedFields,
  RetentionSection,
  SharingSection,
} from './activity-editor-sections'
import { rebase, withId, type Suggestions } from './activity-form'
import { draftLabel, statusLabel } from './activity-labels'
import { NewProcessorDialog } from './new-processor-dialog'
import { NewTransferDialog } from './new-transfer-dialog'
import { useTable } from '../../db/use-table'
import { useSuggestions, useUndisclosedIds } from './use-record-tables'
import { errorMessage } from '../../db/store-error'

const s = t.activityEditor

const NO_SUGGESTIONS: Suggestions = {
  owner: [],
  area: [],
  systems: [],
  purposes: [],
  dataSubjects: [],
  dataCategories: [],
  specialCategories: [],
  recipients: [],
  securityMeasures: [],
}

export interface ActivityEditorProps {
  /** null for «Ny behandlingsaktivitet»: nothing is stored until the first save. */
  id: string | null
  /**
   * A field to bring into view and focus when the editor opens (a dotted path, e.g.
   * `retention.period`), as a readiness finding's link names it.
   */
  field?: string
  /**
   * Called when a new activity has been stored, just before the route changes to its id:
   * the page keeps this editor (and the user's place in it) for that id.
   */
  onCreated?: (id: string) => void
}

/** Loads the activity and what it links to; says so when the activity does not exist. */
export function ActivityEditor({ id, field, onCreated }: ActivityEditorProps) {
  const db = useDb()
  // The shared snapshots: coming from the table, all of it is in memory already.
  const activities = useTable('activities')
  const processors = useTable('processors')
  const transfers = useTable('transfers')
  // A new activity: only a form until it is saved. Once saved, the record as stored, until
  // the snapshot has it.
  const [fresh] = useState(() => emptyActivity('', timestamp()))
  const [created, setCreated] = useState<ProcessingActivity | null>(null)
  const fromSnapshot = id === null ? undefined : activities?.find((a) => a.id === id)
  // Read directly while the snapshot does not have it: before the snapshot's first read,
  // and for an activity copied a moment ago, which the snapshot takes in just after the
  // editor opens.
  const direct = useLiveQuery(
    async () => (id === null || fromSnapshot ? null : ((await db.activities.get(id)) ?? null)),
    [db, id, fromSnapshot === undefined],
  )
  const stored =
    id === null ? (created ?? fresh) : (fromSnapshot ?? (created?.id === id ? created : direct))
  if (stored === undefined || processors === undefined || transfers === undefined) {
    return <p className="loading">{t.common.loading}</p>
  }
  if (stored === null) {
    return (
      <div className="page">
        <p>
          <a href={routeHref('activities')}>{s.back}</a>
        </p>
        <p role="alert">{s.notFound}</p>
      </div>
    )
  }
  return (
    <ActivityForm
      stored={stored}
      isNew={id === null && created === null}
      field={field}
      onCreated={(activity) => {
        setCreated(activity)
        onCreated?.(activity.id)
      }}
      activities={activities}
      processors={processors}
      transfers={transfers}
    />
  )
}

interface FormProps {
  /** The activity as stored now; it changes when it is saved, archived or marked reviewed. */
  stored: ProcessingActivity
  /** Not stored yet: the first save creates it. */
  isNew: boolean
  /** The field to show and focus on opening. */
  field: string | undefined
  onCreated: (activity: ProcessingActivity) => void
  /** Every activity (for the suggestions); undefined while being read. */
  activities: readonly ProcessingActivity[] | undefined
  processors: readonly Processor[]
  transfers: readonly Transfer[]
}

const TABS = ['details', 'policy', 'history'] as const
type Tab = (typeof TABS)[number]

/** The store's own check of an activity, to tell when a refused field has been put right. */
const recheckActivity = schemaCheck<ProcessingActivity>(processingActivity)

/** The parts of the form, in order: the index lists them, each section carries its id. */
const SECTION_IDS = ['about', 'purposes', 'data', 'sharing', 'retention', 'automated'] as const
type SectionId = (typeof SECTION_IDS)[number]
const SECTION_INDEX = SECTION_IDS.map((id) => ({ id, title: s.sections[id] }))

function ActivityForm({
  stored,
  isNew,
  field,
  onCreated,
  activities,
  processors,
  transfers,
}: FormProps) {
  const db = useDb()
  const dialogs = useDialogs()
  const sources = useTable('sources') ?? []
  const organization = useLiveQuery(() => getOrganization(db), [db])
  const nynorsk = publishesNynorsk(organization ?? null)
  const titleId = useId()
  const tabsId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // `base` is the record as last seen in the store; the form edits `draft`.
  const [base, setBase] = useState(stored)
  const [draft, setDraft] = useState(stored)
  const [tab, setTab] = useState<Tab>('details')
  const [attempted, setAttempted] = useState(false)
  const store = useStoreIssues(draft, recheckActivity)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [addingTransfer, setAddingTransfer] = useState(false)
  const [addingProcessor, setAddingProcessor] = useState(false)
  const [wholeForm, setWholeForm] = useState(false)
  // A field to reveal once it is rendered (the lower sections come a frame later).
  const pendingFocus = useRef<string | null>(null)

  // The top of the form is shown first; the sections further down (most of its elements:
  // the processor picker, the transfers …) follow right after that first frame, in a
  // transition the browser may interrupt. Opening an activity then costs what is in view.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setWholeForm(true)), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])

  // The store changed underneath the form (an action of this editor, or another window):
  // take the changed fields and keep the unsaved edits of the others.
  if (stored !== base && !deepEqual(stored, base)) {
    setBase(stored)
    setDraft(rebase(draft, base, stored))
  }

  const dirty = !deepEqual(base, draft)
  const { leave } = useLeaveGuard(dirty)
  const ctx = useMemo(() => ({ processors, transfers }), [processors, transfers])
  const problems = useMemo(() => validateActivity(draft, ctx), [draft, ctx])
  const suggestions = useSuggestions(activities) ?? NO_SUGGESTIONS
  const undisclosed = useUndisclosedIds(activities)?.has(base.id) === true
  const rendered = renderedFields(draft)
  // Each message goes to the field it names, or to the nearest part of the form that is shown.
  const place = (m: FieldMessage): FieldMessage => ({
    ...m,
    field: fieldCandidates(m.field).find((f) => rendered.has(f)) ?? '',
  })
  // The rules run on every edit once a save was tried, so a message goes as soon as its
  // field is right; what the store refused goes when its field changes.
  // A date after today is refused as it is typed, and blocks saving even a draft.
  const futureDates = useMemo(() => futureDateProblems('activities', draft, todayIso()), [draft])
  const ruleMessages = (attempted ? [...futureDates, ...problems] : futureDates).map(place)
  const storeMessages = store.issues.map(place)
  const allMessages = [...ruleMessages, ...storeMessages]
  const error = (name: string) => messageAt(allMessages, name)
  const blocked = futureDates.length > 0 || (draft.status === 'active' && problems.length > 0)

  // A field waiting to be revealed: once it is rendered, or given up once the whole form
  // is and it is not there (a field this activity does not show), for the heading.
  useEffect(() => {
    const wanted = pendingFocus.current
    if (wanted === null || tab !== 'details') return
    if (revealField(formRef.current, wanted)) {
      pendingFocus.current = null
    } else if (wholeForm) {
      pendingFocus.current = null
      headingRef.current?.focus()
    }
  })

  // Where the editor starts: at the field a link names; a new activity in its name, ready
  // to be typed over; an existing one at its heading, so a screen reader announces where
  // the user has come.
  useEffect(() => {
    if (field !== undefined && field !== '') {
      focusField(field)
    } else if (isNew) {
      const name = fieldElement(formRef.current, 'name')
      name?.focus()
      if (name instanceof HTMLInputElement) name.select()
    } else {
      headingRef.current?.focus()
    }
    // On opening, and when a link names another field; not when a new activity is saved.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [field])

  useSaveShortcut(formRef, () => void save())

  const patch = (change: (d: ProcessingActivity) => ProcessingActivity) => {
    setDraft(change)
    setStatus(null)
  }

  /** Shows the details with `name` in view and focused (now, or once it is rendered). */
  function focusField(name: string) {
    setTab('details')
    pendingFocus.current = name
    if (tab === 'details' && revealField(formRef.current, name)) pendingFocus.current = null
  }

  function jumpToSection(id: string) {
    const start = sectionStart(formRef.current, id)
    if (start) revealElement(start)
  }

  function savedMessage(saved: ProcessingActivity, unchanged: boolean): string {
    if (unchanged) return s.unchanged
    return saved.status === 'draft' && problems.length > 0 ? s.savedDraft(problems.length) : s.saved
  }

  /** Saves the draft (the first save of a new activity creates it); true when it was stored. */
  async function save(): Promise<boolean> {
    if (busy) return false
    setAttempted(true)
    if (blocked) {
      setStatus(null)
      focusField(place((futureDates[0] ?? problems[0])!).field)
      return false
    }
    setBusy(true)
    try {
      if (isNew) {
        const id = await createActivity(db, draft)
        const saved = (await getActivity(db, id)) ?? { ...draft, id }
        store.clear()
        setBase(saved)
        setDraft(saved)
        setStatus(savedMessage(saved, false))
        onCreated(saved)
        // The same editor goes on under the new id; Back does not lead to an empty form.
        leave(routeHref('activities', id), { replace: true })
        return true
      }
      const saved = await updateActivity(db, draft)
      store.clear()
      setBase(saved)
      setDraft(saved)
      setStatus(savedMessage(saved, deepEqual(saved, base)))
      return true
    } catch (e) {
      if (e instanceof ValidationError) {
        store.refuse(e.issues, draft)
        const first = e.issues[0]
        if (first) focusField(place(first).field)
      } else {
        await dialogs.alert({
          title: s.saveFailed,
          message: errorMessage(e),
        })
      }
      return false
    } finally {
      setBusy(false)
    }
  }

  async function act(work: () => Promise<string | null>) {
    if (busy) return
    setBusy(true)
    try {
      const message = await work()
      if (message !== null) setStatus(message)
    } catch (e) {
      await dialogs.alert({
        title: s.actionFailed,
        message: errorMessage(e),
      })
    } finally {
      setBusy(false)
    }
  }

  async function duplicate() {
    if (busy) return
    if (dirty) {
      const ok = await dialogs.confirm({
        title: s.saveFirstTitle,
        message: s.saveFirstMessage,
        confirmLabel: s.saveFirstConfirm,
      })
      if (!ok || !(await save())) return
    }
    await act(async () => {
      const copyId = await duplicateActivity(db, base.id)
      leave(routeHref('activities', copyId))
      return null
    })
  }

  async function archiveOrRestore(archive: boolean) {
    const ok = await dialogs.confirm(
      archive
        ? {
            title: s.archiveTitle,
            message: s.archiveMessage(base.name),
            confirmLabel: s.archiveConfirm,
          }
        : {
            title: s.restoreTitle,
            message: s.restoreMessage(base.name),
            confirmLabel: s.restoreConfirm,
          },
    )
    if (!ok) return
    await act(async () => {
      if (archive) await archiveActivity(db, base.id)
      else await restoreActivity(db, base.id)
      return archive ? s.archived : s.restored
    })
  }

  function markReviewed() {
    const today = todayIso()
    void act(async () => {
      await markActivityReviewed(db, base.id, today)
      return s.reviewed(formatDate(today))
    })
  }

  function showTab(next: Tab) {
    setTab(next)
    document.getElementById(`${tabsId}-${next}-tab`)?.focus()
  }

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const by = event.key === 'ArrowRight' ? 1 : -1
    showTab(TABS[(TABS.indexOf(tab) + by + TABS.length) % TABS.length]!)
  }

  const archived = base.status === 'archived'
  // The badge tells what is stored (a draft stays a draft until it is saved as active), and
  // for a draft how much is missing in the form as it is now.
  const badge = base.status === 'draft' ? draftLabel(problems.length) : statusLabel(base.status)
  const onNewSource = (name: string, kind: NamedSourceKind) =>
    saveSource(db, { id: sourceIdForName(name), name: { nb: name, nn: '' }, kind, note: '' })
  const sectionProps = { draft, patch, error, suggestions, nynorsk, sources, onNewSource }
  // Each part of the form, marked for the index; the lower ones once the whole form shows.
  const sections: Record<SectionId, ReactNode> = {
    about: <AboutSection {...sectionProps} />,
    purposes: <PurposesSection {...sectionProps} />,
    data: wholeForm && <DataSection {...sectionProps} />,
    sharing: wholeForm && (
      <SharingSection
        {...sectionProps}
        processors={processors}
        transfers={transfers}
        onNewTransfer={() => setAddingTransfer(true)}
        onNewProcessor={() => setAddingProcessor(true)}
      />
    ),
    retention: wholeForm && <RetentionSection {...sectionProps} />,
    automated: wholeForm && <AutomatedSection {...sectionProps} />,
  }

  const details = (
    <div className="activities-details">
      <SectionIndex label={s.sectionIndex} entries={SECTION_INDEX} onJump={jumpToSection} />
      <div className="activities-details__form">
        {archived && <p className="reg-notice">{s.archivedNotice}</p>}
        {undisclosed && (
          <div className="pol-warning activities-undisclosed" role="note">
            <p className="pol-warning__title">
              <strong>{s.undisclosedTitle}</strong>
            </p>
            <p>{s.undisclosedMessage}</p>
            <Button onClick={() => showTab('policy')}>{s.undisclosedAction}</Button>
          </div>
        )}
        <ProblemSummary
          title={
            storeMessages.length > 0
              ? s.storeSummary
              : blocked
                ? draft.status === 'active'
                  ? s.blocked
                  : s.blockedAny
                : s.draftSummary(ruleMessages.length)
          }
          messages={storeMessages.length > 0 ? storeMessages : ruleMessages}
          urgent={storeMessages.length > 0 || blocked}
          onPick={focusField}
        />
        {SECTION_IDS.map((id) => (
          <div key={id} data-section={id}>
            {sections[id]}
          </div>
        ))}
      </div>
    </div>
  )

  return (
    <>
      <form
        ref={formRef}
        className="page reg-editor activities-editor"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
        noValidate
        aria-labelledby={titleId}
      >
        <header className="reg-editor__header">
          <a href={routeHref('activities')} className="reg-editor__back">
            {s.back}
          </a>
          <div className="reg-editor__title">
            <h1 id={titleId} ref={headingRef} tabIndex={-1}>
              {base.name}
            </h1>
            <span
              className={[
                'activities-badge',
                base.status === 'draft' && problems.length > 0 ? 'activities-badge--draft' : null,
                base.status === 'archived' ? 'activities-badge--archived' : null,
              ]
                .filter(Boolean)
                .join(' ')}
              data-testid="activity-status"
            >
              {badge}
            </span>
            {!isNew && (
              <div className="reg-editor__actions" role="group" aria-label={s.actions}>
                <Button onClick={markReviewed} aria-disabled={busy} data-field="lastReviewed">
                  {s.markReviewed}
                </Button>
                <Button onClick={() => void duplicate()} aria-disabled={busy}>
                  {s.duplicate}
                </Button>
                <Button onClick={() => void archiveOrRestore(!archived)} aria-disabled={busy}>
                  {archived ? s.restore : s.archive}
                </Button>
              </div>
            )}
          </div>
          <p className="activities-editor__meta muted">
            {isNew ? (
              s.notSavedYet
            ) : (
              <>
                {base.lastReviewed === null
                  ? s.neverReviewed
                  : s.lastReviewed(formatDate(base.lastReviewed))}
                {' · '}
                {s.updatedAt(formatDate(base.updatedAt))}
              </>
            )}
          </p>
          {!isNew && (
            <div className="activities-tabs" role="tablist" aria-label={s.tabsLabel}>
              {TABS.map((key) => (
                <button
                  key={key}
                  type="button"
                  role="tab"
                  id={`${tabsId}-${key}-tab`}
                  aria-controls={`${tabsId}-${key}`}
                  aria-selected={tab === key}
                  tabIndex={tab === key ? 0 : -1}
                  className="activities-tabs__tab"
                  onClick={() => setTab(key)}
                  onKeyDown={onTabKey}
                >
                  {key === 'details' ? s.tabDetails : key === 'policy' ? s.tabPolicy : s.tabHistory}
                </button>
              ))}
            </div>
          )}
        </header>

        <div className="reg-scroll">
          {isNew ? (
            // Nothing to link or to show the history of before the first save: no tabs.
            details
          ) : (
            <>
              <div
                role="tabpanel"
                id={`${tabsId}-details`}
                aria-labelledby={`${tabsId}-details-tab`}
                hidden={tab !== 'details'}
              >
                {details}
              </div>
              <div
                role="tabpanel"
                id={`${tabsId}-policy`}
                aria-labelledby={`${tabsId}-policy-tab`}
                hidden={tab !== 'policy'}
              >
                {/* Read only when shown: it works through the whole policy. */}
                {tab === 'policy' && <ActivityPolicyLinks activityId={base.id} />}
              </div>
              <div
                role="tabpanel"
                id={`${tabsId}-history`}
                aria-labelledby={`${tabsId}-history-tab`}
                hidden={tab !== 'history'}
              >
                {tab === 'history' && <RecordHistory table="activities" recordId={base.id} />}
              </div>
            </>
          )}
        </div>

        <footer className="reg-editor__footer">
          <p className="reg-editor__status" role="status">
            {dirty ? s.unsaved : status}
          </p>
          <Button
            type="submit"
            variant="primary"
            aria-disabled={busy}
            aria-keyshortcuts={saveShortcutAria()}
          >
            {busy ? s.saving : s.save}
          </Button>
          <SaveShortcutHint />
        </footer>
      </form>
      {addingProcessor && (
        <NewProcessorDialog
          onCancel={() => setAddingProcessor(false)}
          onSaved={(processorId) => {
            setAddingProcessor(false)
            patch((d) => ({ ...d, processorIds: withId(d.processorIds, processorId) }))
            setStatus(s.processorSaved)
            pendingFocus.current = 'processorIds'
          }}
        />
      )}
      {addingTransfer && (
        <NewTransferDialog
          processors={processors}
          onCancel={() => setAddingTransfer(false)}
          onSaved={(transferId) => {
            setAddingTransfer(false)
            patch((d) => ({ ...d, transferIds: withId(d.transferIds, transferId) }))
            setStatus(s.transferSaved)
            pendingFocus.current = 'transferIds'
          }}
        />
      )}
    </>
  )
}

/**
 * The problems found on saving, above the form; each one a button to its field. Urgent
 * (the save was refused) is announced at once; a draft's list is shown quietly.
 */
function ProblemSummary({
  title,
  messages,
  urgent,
  onPick,
}: {
  title: string
  messages: readonly FieldMessage[]
  urgent: boolean
  onPick: (field: string) => void
}) {
  const unique = messages.filter(
    (m, i) => messages.findIndex((x) => x.message === m.message && x.field === m.field) === i,
  )
  return (
    <div role={urgent ? 'alert' : undefined} className="activities-summary-region">
      {unique.length > 0 && (
        <div
          className={[
            'activities-summary',
            urgent ? 'activities-summary--error' : 'activities-summary--draft',
          ].join(' ')}
        >
          <p className="activities-summary__title">{title}</p>
          <ul>
            {unique.map((m, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="activities-summary__link"
                  onClick={() => onPick(m.field)}
                >
                  {m.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
