/**
 * «Avvik» (`#/breaches`): the breach log with each entry's 72-hour clock, and the editor
 * at `#/breaches/<id>` (`new` for a new entry).
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { BREACH_RISKS, BREACH_TYPES, NOT_INFORMED_REASONS, type Breach } from '../../../../shared/model/breach'
import { breachClock } from '../../../../shared/registers/deadlines'
import { BREACH_RISK_LABELS, BREACH_TYPE_LABELS, NOT_INFORMED_LABELS } from '../../../../shared/registers/labels'
import { formatOsloDateTime } from '../../../../shared/registers/oslo-time'
import { breachProblems } from '../../../../shared/registers/record-problems'
import { useDb } from '../../app/db-context'
import { navigate, routeHref } from '../../app/router'
import { deleteBreach, listBreaches, saveBreach } from '../../db/repo'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { DateField } from '../../ui/date-field'
import { useDialogs } from '../../ui/dialogs'
import { SelectField } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { AttachmentsPanel } from './attachments-panel'
import { breachClockText } from './breach-clock'
import { DateTimeField, errorText, linesToList, listToLines, ProblemList } from './register-fields'
import { useNow } from './use-now'

export function BreachesPage({ rest }: { rest: string[] }) {
  const id = rest[0]
  if (id !== undefined) return <BreachEditor key={id} id={id === 'new' ? null : id} />
  return <BreachList />
}

function BreachList() {
  const db = useDb()
  const now = useNow()
  const breaches = useLiveQuery(() => listBreaches(db), [db])
  return (
    <div className="page">
      <header className="page__header reg-header">
        <div>
          <h1>{tr.breaches.title}</h1>
          <p className="page__intro">{tr.breaches.intro}</p>
        </div>
        <a className="button button--primary" href={routeHref('breaches', 'new')}>
          {tr.breaches.new}
        </a>
      </header>
      {breaches !== undefined && breaches.length === 0 && <p>{tr.breaches.empty}</p>}
      {breaches !== undefined && breaches.length > 0 && (
        <table className="reg-table">
          <thead>
            <tr>
              <th scope="col">{tr.breaches.colTitle}</th>
              <th scope="col">{tr.breaches.colDiscovered}</th>
              <th scope="col">{tr.breaches.colClock}</th>
            </tr>
          </thead>
          <tbody>
            {breaches.map((b) => (
              <tr key={b.id}>
                <td>
                  <a href={routeHref('breaches', b.id)}>{b.title}</a>
                </td>
                <td>{formatOsloDateTime(b.discoveredAt, 'nb')}</td>
                <td className={`reg-clock reg-clock--${breachClock(b, now).state}`}>{breachClockText(b, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}

function blankBreach(now: string): Breach {
  return {
    id: '',
    title: '',
    description: '',
    types: [],
    activityIds: [],
    processorIds: [],
    occurredAt: null,
    discoveredAt: now,
    containedAt: null,
    subjectCategories: [],
    subjectCount: null,
    dataCategories: [],
    recordCount: null,
    consequences: '',
    measuresTaken: '',
    measuresPlanned: '',
    risk: null,
    riskAssessment: '',
    notification: { decision: null, reportedAt: null, reference: '', delayReason: '', notRequiredReason: '' },
    subjects: { decision: null, informedOn: null, how: '', notInformedReason: null, reasonDetail: '' },
    createdAt: now,
    updatedAt: now,
  }
}

function countOrNull(text: string): number | null {
  const n = Number(text.replace(/\s/g, ''))
  return text.trim() === '' || !Number.isInteger(n) || n < 0 ? null : n
}

function BreachEditor({ id }: { id: string | null }) {
  const db = useDb()
  const now = useNow()
  const dialogs = useDialogs()
  const stored = useLiveQuery(async () => (id === null ? null : ((await db.breaches.get(id)) ?? null)), [db, id])
  const activities = useLiveQuery(() => db.activities.toArray(), [db])
  const processors = useLiveQuery(() => db.processors.toArray(), [db])
  const [draft, setDraft] = useState<Breach | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  if (stored === undefined || activities === undefined || processors === undefined) return <p>Laster …</p>
  const b = draft ?? stored ?? blankBreach(now)
  const set = (patch: Partial<Breach>) => setDraft({ ...b, ...patch })
  const n = b.notification
  const s = b.subjects
  const problems = breachProblems(b, now)
  const toggle = (list: readonly string[], value: string, on: boolean) => (on ? [...list, value] : list.filter((x) => x !== value))

  const save = async () => {
    try {
      const saved = await saveBreach(db, b)
      setDraft(null)
      if (id === null) navigate('breaches', saved)
      setStatus(tr.common.saved)
    } catch (error) {
      await dialogs.alert({ title: 'Avviket ble ikke lagret', message: errorText(error) })
    }
  }

  return (
    <div className="page reg-editor">
      <p>
        <a href={routeHref('breaches')}>{tr.common.back}</a>
      </p>
      <h1>{b.title || tr.breaches.new}</h1>
      <p className={`reg-clock reg-clock--${breachClock(b, now).state}`} role="status" aria-label="72-timersfristen">
        {breachClockText(b, now)}
      </p>
      <ProblemList title={tr.breaches.problems} problems={problems} />
      <TextField label={tr.breaches.titleField} value={b.title} onChange={(title) => set({ title })} />
      <TextAreaField label={tr.breaches.description} value={b.description} onChange={(description) => set({ description })} />
      <fieldset className="reg-fieldset">
        <legend>{tr.breaches.types}</legend>
        {BREACH_TYPES.map((type) => (
          <CheckboxField key={type} label={BREACH_TYPE_LABELS[type].nb} checked={b.types.includes(type)} onChange={(on) => set({ types: toggle(b.types, type, on) as Breach['types'] })} />
        ))}
      </fieldset>
      <DateTimeField label={tr.breaches.occurredAt} value={b.occurredAt} onChange={(occurredAt) => set({ occurredAt })} />
      <DateTimeField label={tr.breaches.discoveredAt} hint={tr.breaches.discoveredHint} value={b.discoveredAt} onChange={(v) => set({ discoveredAt: v ?? b.discoveredAt })} />
      <DateTimeField label={tr.breaches.containedAt} value={b.containedAt} onChange={(containedAt) => set({ containedAt })} />
      <fieldset className="reg-fieldset">
        <legend>{tr.breaches.activities}</legend>
        {activities.map((a) => (
          <CheckboxField key={a.id} label={a.name} checked={b.activityIds.includes(a.id)} onChange={(on) => set({ activityIds: toggle(b.activityIds, a.id, on) })} />
        ))}
      </fieldset>
      <fieldset className="reg-fieldset">
        <legend>{tr.breaches.processors}</legend>
        {processors.map((p) => (
          <CheckboxField key={p.id} label={p.name} checked={b.processorIds.includes(p.id)} onChange={(on) => set({ processorIds: toggle(b.processorIds, p.id, on) })} />
        ))}
      </fieldset>
      <TextAreaField label={tr.breaches.subjectCategories} value={listToLines(b.subjectCategories)} onChange={(v) => set({ subjectCategories: linesToList(v) })} rows={2} />
      <TextField label={tr.breaches.subjectCount} inputMode="numeric" value={b.subjectCount === null ? '' : String(b.subjectCount)} onChange={(v) => set({ subjectCount: countOrNull(v) })} />
      <TextAreaField label={tr.breaches.dataCategories} value={listToLines(b.dataCategories)} onChange={(v) => set({ dataCategories: linesToList(v) })} rows={2} />
      <TextField label={tr.breaches.recordCount} inputMode="numeric" value={b.recordCount === null ? '' : String(b.recordCount)} onChange={(v) => set({ recordCount: countOrNull(v) })} />
      <TextAreaField label={tr.breaches.consequences} value={b.consequences} onChange={(consequences) => set({ consequences })} />
      <TextAreaField label={tr.breaches.measuresTaken} value={b.measuresTaken} onChange={(measuresTaken) => set({ measuresTaken })} />
      <TextAreaField label={tr.breaches.measuresPlanned} value={b.measuresPlanned} onChange={(measuresPlanned) => set({ measuresPlanned })} />
      <SelectField
        label={tr.breaches.risk}
        value={b.risk ?? ''}
        placeholder={tr.common.choose}
        options={BREACH_RISKS.map((r) => ({ value: r, label: BREACH_RISK_LABELS[r].nb }))}
        onChange={(v) => set({ risk: v === '' ? null : (v as Breach['risk']) })}
      />
      <TextAreaField label={tr.breaches.riskAssessment} value={b.riskAssessment} onChange={(riskAssessment) => set({ riskAssessment })} />
      <h2>{tr.breaches.notification}</h2>
      <SelectField
        label={tr.breaches.decision}
        value={n.decision ?? ''}
        placeholder={tr.common.choose}
        options={[
          { value: 'reported', label: tr.breaches.reported },
          { value: 'not-required', label: tr.breaches.notRequired },
        ]}
        onChange={(v) => set({ notification: { ...n, decision: v === '' ? null : (v as 'reported' | 'not-required') } })}
      />
      {n.decision === 'reported' && (
        <>
          <DateTimeField label={tr.breaches.reportedAt} value={n.reportedAt} onChange={(reportedAt) => set({ notification: { ...n, reportedAt } })} />
          <TextField label={tr.breaches.reference} value={n.reference} onChange={(reference) => set({ notification: { ...n, reference } })} />
          <TextAreaField label={tr.breaches.delayReason} value={n.delayReason} onChange={(delayReason) => set({ notification: { ...n, delayReason } })} />
        </>
      )}
      {n.decision === 'not-required' && (
        <TextAreaField label={tr.breaches.notRequiredReason} value={n.notRequiredReason} onChange={(notRequiredReason) => set({ notification: { ...n, notRequiredReason } })} />
      )}
      <h2>{tr.breaches.subjects}</h2>
      <SelectField
        label={tr.breaches.decision}
        value={s.decision ?? ''}
        placeholder={tr.common.choose}
        options={[
          { value: 'informed', label: tr.breaches.informed },
          { value: 'not-informed', label: tr.breaches.notInformed },
        ]}
        onChange={(v) => set({ subjects: { ...s, decision: v === '' ? null : (v as 'informed' | 'not-informed') } })}
      />
      {s.decision === 'informed' && (
        <>
          <DateField label={tr.breaches.informedOn} value={s.informedOn} onChange={(informedOn) => set({ subjects: { ...s, informedOn } })} />
          <TextField label={tr.breaches.how} value={s.how} onChange={(how) => set({ subjects: { ...s, how } })} />
        </>
      )}
      {s.decision === 'not-informed' && (
        <>
          <SelectField
            label={tr.breaches.notInformedReason}
            value={s.notInformedReason ?? ''}
            placeholder={tr.common.choose}
            options={NOT_INFORMED_REASONS.map((r) => ({ value: r, label: NOT_INFORMED_LABELS[r].nb }))}
            onChange={(v) => set({ subjects: { ...s, notInformedReason: v === '' ? null : (v as Breach['subjects']['notInformedReason']) } })}
          />
          <TextAreaField label={tr.breaches.reasonDetail} value={s.reasonDetail} onChange={(reasonDetail) => set({ subjects: { ...s, reasonDetail } })} />
        </>
      )}
      <div className="editor-footer">
        <Button variant="primary" onClick={() => void save()}>
          {tr.common.save}
        </Button>
        {id !== null && (
          <Button
            variant="danger"
            onClick={async () => {
              if (!(await dialogs.confirm({ title: 'Slette avviket?', message: 'Avviket fjernes fra loggen. Endringsloggen beholder det som sto der.', confirmLabel: tr.common.delete, danger: true }))) return
              await deleteBreach(db, id)
              navigate('breaches')
            }}
          >
            {tr.common.delete}
          </Button>
        )}
        {status && <p role="status">{status}</p>}
      </div>
      {id !== null && <AttachmentsPanel table="breaches" recordId={id} defaultPurpose="breach-documentation" />}
    </div>
  )
}
