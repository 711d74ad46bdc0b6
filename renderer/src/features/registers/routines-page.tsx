/**
 * «Rutiner» (`#/routines`): the organisation's routines (issue 10 §5), one row per kind
 * with its last review; `#/routines/<kind>` writes the routine in Ombud from the standard
 * text, or attaches the organisation's own file, and marks it reviewed. A readiness finding
 * links to `#/routines/<kind>` (missing) or `#/routines/<kind>/lastReviewed` (review due).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useId, useState } from 'react'
import { futureDateProblems } from '../../../../shared/checks/past-dates'
import { monthsBefore } from '../../../../shared/checks/readiness'
import { ATTACHMENT_TYPES } from '../../../../shared/model/attachment'
import { ROUTINE_KINDS, type Routine, type RoutineKind } from '../../../../shared/model/routine'
import { ROUTINE_KIND_LABELS } from '../../../../shared/registers/labels'
import { ROUTINE_TEMPLATES } from '../../../../shared/registers/routine-texts'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { routeHref } from '../../app/router'
import { addAttachment, deleteAttachment, deleteRoutine, getAttachmentBytes, listRoutines, saveRoutine } from '../../db/repo'
import { formatDate, todayIso } from '../../i18n/format'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { DateField } from '../../ui/date-field'
import { useDialogs } from '../../ui/dialogs'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { errorText, ProblemList } from './register-fields'

const s = tr.routines
const PDF_AND_WORD = [{ name: tr.attachments.filterName, extensions: [...new Set(Object.values(ATTACHMENT_TYPES).flat())] }]

function isKind(x: string | undefined): x is RoutineKind {
  return ROUTINE_KINDS.some((k) => k === x)
}

export function RoutinesPage({ rest }: { rest: string[] }) {
  const [kind, field] = rest
  if (isKind(kind)) return <RoutineKindPage key={kind} kind={kind} focusReviewed={field === 'lastReviewed'} />
  return <RoutineOverview />
}

/** The latest review of the routines of one kind, or null. */
function latestReview(routines: readonly Routine[]): string | null {
  return routines.map((r) => r.lastReviewed).filter((d): d is string => d !== null).sort().at(-1) ?? null
}

function RoutineOverview() {
  const db = useDb()
  const routines = useLiveQuery(() => listRoutines(db), [db])
  const yearAgo = monthsBefore(todayIso(), 12)
  return (
    <div className="page">
      <header className="page__header">
        <h1>{s.title}</h1>
        <p className="page__intro">{s.intro}</p>
      </header>
      {routines !== undefined && (
        <table className="reg-table">
          <thead>
            <tr>
              <th scope="col">{s.colKind}</th>
              <th scope="col">{s.colForm}</th>
              <th scope="col">{s.lastReviewed}</th>
            </tr>
          </thead>
          <tbody>
            {ROUTINE_KINDS.map((kind) => {
              const ofKind = routines.filter((r) => r.kind === kind)
              const reviewed = latestReview(ofKind)
              const due = ofKind.length > 0 && (reviewed === null || reviewed < yearAgo)
              return (
                <tr key={kind}>
                  <td>
                    <a href={routeHref('routines', kind)}>{ROUTINE_KIND_LABELS[kind].nb}</a>
                  </td>
                  <td className={ofKind.length === 0 ? 'reg-clock reg-clock--overdue' : undefined}>
                    {ofKind.length === 0 ? s.missingShort : ofKind.map((r) => (r.content.form === 'text' ? s.formText : s.formAttachment)).join(', ')}
                  </td>
                  <td className={due ? 'reg-clock reg-clock--overdue' : undefined}>
                    {ofKind.length === 0 ? '' : reviewed === null ? s.neverReviewed : due ? s.reviewDue(formatDate(reviewed)) : formatDate(reviewed)}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}

function RoutineKindPage({ kind, focusReviewed }: { kind: RoutineKind; focusReviewed: boolean }) {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const routines = useLiveQuery(() => db.routines.where('kind').equals(kind).toArray(), [db, kind])
  /** A routine written from the standard text, not saved yet. */
  const [fresh, setFresh] = useState<Routine | null>(null)
  const label = ROUTINE_KIND_LABELS[kind].nb
  if (routines === undefined) return <p>Laster …</p>

  const attach = async () => {
    try {
      const file = await platform.openFile(PDF_AND_WORD)
      if (!file) return
      const now = new Date().toISOString()
      const attachmentId = await addAttachment(db, { owner: { table: 'organization', recordId: null }, purpose: 'routine', title: ROUTINE_TEMPLATES[kind].title.nb, fileName: file.name, addedBy: '' }, file.data)
      try {
        await saveRoutine(db, { id: '', kind, title: ROUTINE_TEMPLATES[kind].title.nb, content: { form: 'attachment', attachmentId }, owner: '', lastReviewed: null, createdAt: now, updatedAt: now })
      } catch (error) {
        // Keep no file that belongs to nothing.
        await deleteAttachment(db, attachmentId)
        throw error
      }
    } catch (error) {
      await dialogs.alert({ title: tr.attachments.failedTitle, message: errorText(error) })
    }
  }

  const startFromTemplate = () => {
    const now = new Date().toISOString()
    const template = ROUTINE_TEMPLATES[kind]
    setFresh({ id: '', kind, title: template.title.nb, content: { form: 'text', text: { ...template.text } }, owner: 'Personvernombudet', lastReviewed: null, createdAt: now, updatedAt: now })
  }

  return (
    <div className="page reg-editor">
      <p>
        <a href={routeHref('routines')}>{s.back}</a>
      </p>
      <h1>{label}</h1>
      {routines.length === 0 && fresh === null && (
        <section aria-label={s.missingShort}>
          <p>{s.missing}</p>
          <p className="field__hint">{s.templateHint}</p>
          <div className="editor-footer">
            <Button variant="primary" onClick={startFromTemplate}>
              {s.write}
            </Button>
            <Button onClick={() => void attach()}>{s.attachInstead}</Button>
          </div>
        </section>
      )}
      {fresh !== null && <RoutineEditor routine={fresh} focusReviewed={false} onSaved={() => setFresh(null)} onDiscard={() => setFresh(null)} />}
      {routines.map((r, i) => (
        <RoutineEditor key={r.id} routine={r} focusReviewed={focusReviewed && i === 0} />
      ))}
    </div>
  )
}

function RoutineEditor({
  routine,
  focusReviewed,
  onSaved,
  onDiscard,
}: {
  routine: Routine
  focusReviewed: boolean
  onSaved?: () => void
  onDiscard?: () => void
}) {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const reviewedId = useId()
  const [draft, setDraft] = useState<Routine | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const attachment = useLiveQuery(
    async () => (routine.content.form === 'attachment' ? ((await db.attachments.get(routine.content.attachmentId)) ?? null) : null),
    [db, routine],
  )
  useEffect(() => {
    if (focusReviewed) document.getElementById(reviewedId)?.focus()
  }, [focusReviewed, reviewedId])

  const r = draft ?? routine
  const isNew = routine.id === ''
  const set = (patch: Partial<Routine>) => setDraft({ ...r, ...patch })
  const today = todayIso()
  const problems = futureDateProblems('routines', r, today)

  const save = async (next: Routine, message: string) => {
    if (futureDateProblems('routines', next, today).length > 0) return
    try {
      await saveRoutine(db, next)
      setDraft(null)
      setStatus(message)
      onSaved?.()
    } catch (error) {
      await dialogs.alert({ title: s.notSaved, message: errorText(error) })
    }
  }

  const text = r.content.form === 'text' ? r.content.text : null
  return (
    <section className="reg-section" aria-label={r.title || s.title}>
      <TextField label={s.routineTitle} value={r.title} onChange={(title) => set({ title })} />
      <TextField label={s.owner} hint={s.ownerHint} value={r.owner} onChange={(owner) => set({ owner })} />
      <DateField
        id={reviewedId}
        label={s.lastReviewed}
        hint={s.lastReviewedHint}
        value={r.lastReviewed}
        notAfterToday
        error={problems[0]?.message ?? null}
        onChange={(lastReviewed) => set({ lastReviewed })}
      />
      {text !== null && (
        <>
          <ProblemList title={s.problems} problems={text.nb.trim() === '' && text.nn.trim() === '' ? [{ field: 'content.text', message: s.emptyText }] : []} />
          <TextAreaField label={s.text} rows={16} value={text.nb} onChange={(nb) => set({ content: { form: 'text', text: { ...text, nb } } })} />
          <TextAreaField label={s.textNn} rows={16} value={text.nn} onChange={(nn) => set({ content: { form: 'text', text: { ...text, nn } } })} />
        </>
      )}
      {r.content.form === 'attachment' && (
        <p>
          {s.attachedFile} {attachment ? attachment.fileName : '…'}{' '}
          {attachment && (
            <Button
              variant="quiet"
              aria-label={tr.attachments.open(attachment.fileName)}
              onClick={async () => {
                try {
                  const bytes = await getAttachmentBytes(db, attachment.sha256)
                  if (!bytes) throw new Error(tr.attachments.missingBytes)
                  await platform.openAttachment(attachment.fileName, bytes)
                } catch (error) {
                  await dialogs.alert({ title: tr.attachments.openFailedTitle, message: errorText(error) })
                }
              }}
            >
              Åpne
            </Button>
          )}
        </p>
      )}
      <div className="editor-footer">
        <Button variant="primary" onClick={() => void save(r, s.saved)}>
          {tr.common.save}
        </Button>
        {!isNew && (
          <Button onClick={() => void save({ ...r, lastReviewed: today }, s.reviewed(formatDate(today)))}>{s.markReviewed}</Button>
        )}
        {isNew ? (
          <Button onClick={onDiscard}>{s.discard}</Button>
        ) : (
          <Button
            variant="danger"
            onClick={async () => {
              if (!(await dialogs.confirm({ title: s.deleteTitle, message: s.deleteMessage, confirmLabel: tr.common.delete, danger: true }))) return
              try {
                await deleteRoutine(db, routine.id)
                // A file that was the routine goes with it; the change log keeps both.
                if (routine.content.form === 'attachment') await deleteAttachment(db, routine.content.attachmentId)
              } catch (error) {
                await dialogs.alert({ title: s.notSaved, message: errorText(error) })
              }
            }}
          >
            {tr.common.delete}
          </Button>
        )}
        {status && <p role="status">{status}</p>}
      </div>
    </section>
  )
}
