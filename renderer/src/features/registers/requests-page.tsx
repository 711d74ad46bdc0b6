/**
 * «Henvendelser» (`#/requests`): the request log with each request's deadline, and the
 * editor at `#/requests/<id>` (`new` for a new one). The log holds a case reference only.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { REQUEST_STATUSES, REQUEST_TYPES, type DataSubjectRequest } from '../../../../shared/model/data-subject-request'
import { requestDeadline, requestState } from '../../../../shared/registers/deadlines'
import { REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS } from '../../../../shared/registers/labels'
import { osloDate } from '../../../../shared/registers/oslo-time'
import { requestProblems } from '../../../../shared/registers/record-problems'
import { useDb } from '../../app/db-context'
import { navigate, routeHref } from '../../app/router'
import { deleteRequest, listRequests, saveRequest } from '../../db/repo'
import { formatDate } from '../../i18n/format'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { DateField } from '../../ui/date-field'
import { useDialogs } from '../../ui/dialogs'
import { SelectField } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { errorText, ProblemList } from './register-fields'
import { useNow } from './use-now'

export function RequestsPage({ rest }: { rest: string[] }) {
  const id = rest[0]
  if (id !== undefined) return <RequestEditor key={id} id={id === 'new' ? null : id} />
  return <RequestList />
}

function RequestList() {
  const db = useDb()
  const today = osloDate(useNow())
  const requests = useLiveQuery(() => listRequests(db), [db])
  return (
    <div className="page">
      <header className="page__header reg-header">
        <div>
          <h1>{tr.requests.title}</h1>
          <p className="page__intro">{tr.requests.intro}</p>
        </div>
        <a className="button button--primary" href={routeHref('requests', 'new')}>
          {tr.requests.new}
        </a>
      </header>
      {requests !== undefined && requests.length === 0 && <p>{tr.requests.empty}</p>}
      {requests !== undefined && requests.length > 0 && (
        <table className="reg-table">
          <thead>
            <tr>
              <th scope="col">{tr.requests.colReference}</th>
              <th scope="col">{tr.requests.colType}</th>
              <th scope="col">{tr.requests.colReceived}</th>
              <th scope="col">{tr.requests.colDue}</th>
              <th scope="col">{tr.requests.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((r) => {
              const state = requestState(r, today)
              return (
                <tr key={r.id}>
                  <td>
                    <a href={routeHref('requests', r.id)}>{r.reference}</a>
                  </td>
                  <td>{REQUEST_TYPE_LABELS[r.type].nb}</td>
                  <td>{formatDate(r.receivedOn)}</td>
                  <td>{formatDate(requestDeadline(r).due)}</td>
                  <td className={state === 'overdue' ? 'reg-clock reg-clock--overdue' : undefined}>
                    {state === 'overdue' ? tr.requests.overdue : REQUEST_STATUS_LABELS[r.status].nb}
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

function blankRequest(today: string, now: string): DataSubjectRequest {
  return { id: '', reference: '', type: 'access', receivedOn: today, identityVerified: false, activityIds: [], extension: null, status: 'received', answeredOn: null, createdAt: now, updatedAt: now }
}

function RequestEditor({ id }: { id: string | null }) {
  const db = useDb()
  const now = useNow()
  const dialogs = useDialogs()
  const stored = useLiveQuery(async () => (id === null ? null : ((await db.requests.get(id)) ?? null)), [db, id])
  const activities = useLiveQuery(() => db.activities.toArray(), [db])
  const [draft, setDraft] = useState<DataSubjectRequest | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  if (stored === undefined || activities === undefined) return <p>Laster …</p>
  const r = draft ?? stored ?? blankRequest(osloDate(now), now)
  const set = (patch: Partial<DataSubjectRequest>) => setDraft({ ...r, ...patch })
  const deadline = requestDeadline(r)

  const save = async () => {
    try {
      const saved = await saveRequest(db, r)
      setDraft(null)
      if (id === null) navigate('requests', saved)
      setStatus(tr.common.saved)
    } catch (error) {
      await dialogs.alert({ title: 'Henvendelsen ble ikke lagret', message: errorText(error) })
    }
  }

  return (
    <div className="page reg-editor">
      <p>
        <a href={routeHref('requests')}>{tr.common.back}</a>
      </p>
      <h1>{r.reference || tr.requests.new}</h1>
      <p role="status" aria-label="Svarfrist">
        {tr.requests.due(formatDate(deadline.due))}
      </p>
      <ProblemList title={tr.requests.problems} problems={requestProblems(r)} />
      <TextField label={tr.requests.reference} hint={tr.requests.referenceHint} value={r.reference} onChange={(reference) => set({ reference })} />
      <SelectField
        label={tr.requests.type}
        value={r.type}
        options={REQUEST_TYPES.map((type) => ({ value: type, label: `${REQUEST_TYPE_LABELS[type].nb} (${REQUEST_TYPE_LABELS[type].article})` }))}
        onChange={(v) => set({ type: v as DataSubjectRequest['type'] })}
      />
      <DateField label={tr.requests.receivedOn} value={r.receivedOn} onChange={(v) => set({ receivedOn: v ?? r.receivedOn })} />
      <CheckboxField label={tr.requests.identityVerified} checked={r.identityVerified} onChange={(identityVerified) => set({ identityVerified })} />
      <fieldset className="reg-fieldset">
        <legend>{tr.requests.activities}</legend>
        {activities.map((a) => (
          <CheckboxField
            key={a.id}
            label={a.name}
            checked={r.activityIds.includes(a.id)}
            onChange={(on) => set({ activityIds: on ? [...r.activityIds, a.id] : r.activityIds.filter((x) => x !== a.id) })}
          />
        ))}
      </fieldset>
      <CheckboxField
        label={tr.requests.extended}
        checked={r.extension !== null}
        onChange={(on) => set({ extension: on ? { reason: '', toldOn: osloDate(now) } : null })}
      />
      {r.extension !== null && (
        <>
          <TextAreaField label={tr.requests.extensionReason} value={r.extension.reason} onChange={(reason) => set({ extension: { ...r.extension!, reason } })} />
          <DateField label={tr.requests.extensionToldOn} value={r.extension.toldOn} onChange={(v) => set({ extension: { ...r.extension!, toldOn: v ?? r.extension!.toldOn } })} />
        </>
      )}
      <SelectField
        label={tr.requests.status}
        value={r.status}
        options={REQUEST_STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s].nb }))}
        onChange={(v) => set({ status: v as DataSubjectRequest['status'] })}
      />
      <DateField label={tr.requests.answeredOn} value={r.answeredOn} onChange={(answeredOn) => set({ answeredOn })} />
      <div className="editor-footer">
        <Button variant="primary" onClick={() => void save()}>
          {tr.common.save}
        </Button>
        {id !== null && (
          <Button
            variant="danger"
            onClick={async () => {
              if (!(await dialogs.confirm({ title: 'Slette henvendelsen?', message: 'Henvendelsen fjernes fra loggen.', confirmLabel: tr.common.delete, danger: true }))) return
              await deleteRequest(db, id)
              navigate('requests')
            }}
          >
            {tr.common.delete}
          </Button>
        )}
        {status && <p role="status">{status}</p>}
      </div>
    </div>
  )
}
