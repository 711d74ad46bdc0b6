/**
 * «DPIA» (`#/dpia`): every activity with its screening and its DPIA; `#/dpia/<activityId>`
 * holds the screening (Datatilsynet's list and the nine WP248 criteria, with help texts,
 * stored with date and who screened it) and the DPIA of the activity: prefilled from the
 * record, risks on the four-step scales with the risk map, the DPO's advice, the views of
 * the people concerned, the decision and the sign-off that freezes the version.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ART35_3, ART35_3_CASES, WP248, WP248_CRITERIA } from '../../../../shared/law/dpia-criteria'
import { DPIA_LIST, DPIA_LIST_ITEMS } from '../../../../shared/law/dpia-list'
import { LIKELIHOOD_LABELS, NECESSITY, NECESSITY_POINTS, RISK_KIND_INFO, RISK_KINDS, RISK_LEVEL_LABELS, SCALE_STEPS, SEVERITY_LABELS, type ScaleStep } from '../../../../shared/law/dpia-method'
import type { Lang } from '../../../../shared/model/common'
import { DPIA_DECISIONS, type Dpia, type DpiaRisk } from '../../../../shared/model/dpia'
import type { DpiaScreening } from '../../../../shared/model/dpia-screening'
import { initialLevel, needsPriorConsultation, residualLevel } from '../../../../shared/registers/dpia-risk'
import { prefillDpia } from '../../../../shared/registers/dpia-prefill'
import { draftVersion, seriesVersions, signOffProblems } from '../../../../shared/registers/dpia-versions'
import { DPIA_DECISION_LABELS, DPIA_STATUS_LABELS, DPO_FOLLOWED_LABELS } from '../../../../shared/registers/labels'
import { riskMapSvg } from '../../../../shared/registers/risk-map'
import { osloDate } from '../../../../shared/registers/oslo-time'
import { screenActivity, screeningReasonText } from '../../../../shared/registers/screening'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import { createDpia, reviseDpiaSeries, saveDpiaDraft, saveScreening, signOffDpia } from '../../db/repo'
import { formatDate } from '../../i18n/format'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { DateField } from '../../ui/date-field'
import { useDialogs } from '../../ui/dialogs'
import { SelectField } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { AttachmentsPanel } from './attachments-panel'
import { DpiaDownload } from './dpia-download'
import { errorText, linesToList, listToLines, ProblemList } from './register-fields'
import { useNow } from './use-now'

export function DpiaPage({ rest }: { rest: string[] }) {
  const id = rest[0]
  return id === undefined ? <DpiaOverview /> : <DpiaActivity key={id} activityId={id} />
}

/** The DPIAs that assess an activity, newest version of each series. */
function seriesOf(dpias: readonly Dpia[], activityId: string): Dpia[] {
  const ids = new Set(dpias.filter((d) => d.activityIds.includes(activityId)).map((d) => d.seriesId))
  return [...ids].map((s) => seriesVersions(dpias, s).at(-1)!)
}

function DpiaOverview() {
  const db = useDb()
  const activities = useLiveQuery(() => db.activities.filter((a) => a.status !== 'archived').toArray(), [db])
  const screenings = useLiveQuery(() => db.screenings.toArray(), [db])
  const dpias = useLiveQuery(() => db.dpias.toArray(), [db])
  if (!activities || !screenings || !dpias) return <p>Laster …</p>
  const byId = new Map(screenings.map((s) => [s.id, s]))
  return (
    <div className="page">
      <header className="page__header">
        <h1>{tr.dpia.title}</h1>
        <p className="page__intro">{tr.dpia.intro}</p>
      </header>
      <table className="reg-table">
        <thead>
          <tr>
            <th scope="col">{tr.dpia.tableActivity}</th>
            <th scope="col">{tr.dpia.tableScreening}</th>
            <th scope="col">{tr.dpia.tableDpia}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => {
            const s = byId.get(a.id)
            const latest = seriesOf(dpias, a.id)[0]
            return (
              <tr key={a.id}>
                <td>
                  <a href={routeHref('dpia', a.id)}>{a.name}</a>
                </td>
                <td>{s === undefined ? tr.dpia.notScreened : screenActivity(s).required ? tr.dpia.required : tr.dpia.notRequired}</td>
                <td>{latest ? tr.dpia.versionStatus(latest.version, DPIA_STATUS_LABELS[latest.status].nb) : tr.dpia.noDpia}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function DpiaActivity({ activityId }: { activityId: string }) {
  const db = useDb()
  const activity = useLiveQuery(async () => (await db.activities.get(activityId)) ?? null, [db, activityId])
  const dpias = useLiveQuery(() => db.dpias.toArray(), [db])
  if (activity === undefined || dpias === undefined) return <p>Laster …</p>
  if (activity === null) return <p>Fant ikke behandlingsaktiviteten.</p>
  const series = seriesOf(dpias, activityId)
  return (
    <div className="page reg-editor">
      <p>
        <a href={routeHref('dpia')}>{tr.common.back}</a>
      </p>
      <h1>{activity.name}</h1>
      <ScreeningForm activityId={activityId} />
      <h2>{tr.dpia.document}</h2>
      {series.length === 0 ? <StartDpia activityId={activityId} name={activity.name} /> : series.map((d) => <DpiaSeries key={d.seriesId} all={dpias} seriesId={d.seriesId} />)}
      <AttachmentsPanel table="activities" recordId={activityId} defaultPurpose="dpia-appendix" />
    </div>
  )
}

const EMPTY_SCREENING = (today: string): DpiaScreening => ({ art35Cases: [], listItems: [], criteria: [], notes: '', screenedOn: today, screenedBy: '' })

function ScreeningForm({ activityId }: { activityId: string }) {
  const db = useDb()
  const dialogs = useDialogs()
  const today = osloDate(useNow())
  const stored = useLiveQuery(async () => (await db.screenings.get(activityId)) ?? null, [db, activityId])
  const [draft, setDraft] = useState<DpiaScreening | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  if (stored === undefined) return null
  const base: DpiaScreening = stored ? { art35Cases: stored.art35Cases, listItems: stored.listItems, criteria: stored.criteria, notes: stored.notes, screenedOn: stored.screenedOn, screenedBy: stored.screenedBy } : EMPTY_SCREENING(today)
  const s = draft ?? base
  const set = (patch: Partial<DpiaScreening>) => setDraft({ ...s, ...patch })
  const toggle = <T extends string>(list: readonly T[], v: T, on: boolean): T[] => (on ? [...list, v] : list.filter((x) => x !== v))
  const result = screenActivity(s)
  return (
    <section className="reg-section" aria-label={tr.dpia.screening}>
      <h2>{tr.dpia.screening}</h2>
      {stored && <p>{tr.dpia.lastScreened(formatDate(stored.screenedOn), stored.screenedBy)}</p>}
      <fieldset className="reg-fieldset">
        <legend>{tr.dpia.art35}</legend>
        {ART35_3_CASES.map((c) => (
          <CheckboxField key={c} label={ART35_3[c].label.nb} hint={`${ART35_3[c].help.nb} (${ART35_3[c].source})`} checked={s.art35Cases.includes(c)} onChange={(on) => set({ art35Cases: toggle(s.art35Cases, c, on) })} />
        ))}
      </fieldset>
      <fieldset className="reg-fieldset">
        <legend>{tr.dpia.list}</legend>
        {DPIA_LIST_ITEMS.map((c) => (
          <CheckboxField key={c} label={DPIA_LIST[c].label.nb} hint={DPIA_LIST[c].help.nb} checked={s.listItems.includes(c)} onChange={(on) => set({ listItems: toggle(s.listItems, c, on) })} />
        ))}
      </fieldset>
      <fieldset className="reg-fieldset">
        <legend>{tr.dpia.criteria}</legend>
        {WP248_CRITERIA.map((c) => (
          <CheckboxField key={c} label={WP248[c].label.nb} hint={WP248[c].help.nb} checked={s.criteria.includes(c)} onChange={(on) => set({ criteria: toggle(s.criteria, c, on) })} />
        ))}
      </fieldset>
      <div role="status" className="reg-result">
        <p>{result.required ? tr.dpia.resultRequired : tr.dpia.resultNotRequired}</p>
        <ul>
          {result.reasons.map((r) => (
            <li key={JSON.stringify(r)}>{screeningReasonText(r, 'nb')}</li>
          ))}
        </ul>
        {result.listItemsWithoutCriterion.length > 0 && (
          <p>
            {tr.dpia.listWithoutCriterion} {result.listItemsWithoutCriterion.map((c) => DPIA_LIST[c].label.nb).join('; ')}
          </p>
        )}
      </div>
      <TextAreaField label={tr.dpia.notes} value={s.notes} onChange={(notes) => set({ notes })} rows={3} />
      <TextField label={tr.dpia.screenedBy} value={s.screenedBy} onChange={(screenedBy) => set({ screenedBy })} />
      <DateField label={tr.dpia.screenedOn} value={s.screenedOn} onChange={(v) => set({ screenedOn: v ?? s.screenedOn })} />
      <Button
        variant="primary"
        onClick={async () => {
          try {
            await saveScreening(db, activityId, s)
            setDraft(null)
            setStatus(tr.dpia.screeningSaved)
          } catch (error) {
            await dialogs.alert({ title: 'Forhåndsvurderingen ble ikke lagret', message: errorText(error) })
          }
        }}
      >
        {tr.dpia.saveScreening}
      </Button>
      {status && <p role="status">{status}</p>}
    </section>
  )
}

function StartDpia({ activityId, name }: { activityId: string; name: string }) {
  const db = useDb()
  const dialogs = useDialogs()
  return (
    <div>
      <p className="field__hint">{tr.dpia.startHint}</p>
      <Button
        variant="primary"
        onClick={async () => {
          try {
            const [activities, processors, transfers] = await Promise.all([db.activities.toArray(), db.processors.toArray(), db.transfers.toArray()])
            await createDpia(db, { title: tr.dpia.dpiaTitle(name), activityIds: [activityId], content: prefillDpia([activityId], { activities, processors, transfers }) })
          } catch (error) {
            await dialogs.alert({ title: 'DPIA-en ble ikke startet', message: errorText(error) })
          }
        }}
      >
        {tr.dpia.start}
      </Button>
    </div>
  )
}

function DpiaSeries({ all, seriesId }: { all: readonly Dpia[]; seriesId: string }) {
  const db = useDb()
  const dialogs = useDialogs()
  const versions = seriesVersions(all, seriesId)
  const current = draftVersion(all, seriesId) ?? versions.at(-1)!
  return (
    <section className="reg-section" aria-label={current.title}>
      <h3>
        {current.title}: versjon {current.version} ({DPIA_STATUS_LABELS[current.status].nb})
      </h3>
      {current.status === 'draft' ? <DpiaDraftEditor key={current.id} dpia={current} /> : <SignedDpia dpia={current} />}
      {current.status === 'signed-off' && (
        <Button
          onClick={async () => {
            try {
              await reviseDpiaSeries(db, seriesId)
            } catch (error) {
              await dialogs.alert({ title: 'Ny versjon ble ikke startet', message: errorText(error) })
            }
          }}
        >
          {tr.dpia.revise}
        </Button>
      )}
      <h4>{tr.dpia.versions}</h4>
      <ul>
        {versions.map((v) => (
          <li key={v.id}>
            Versjon {v.version}: {DPIA_STATUS_LABELS[v.status].nb}
            {v.signOff ? `, ${tr.dpia.signedOffBy(v.signOff.by, formatDate(v.signOff.on))}` : ''} <DpiaDownload dpia={v} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function SignedDpia({ dpia }: { dpia: Dpia }) {
  return (
    <div>
      <p role="status">{tr.dpia.signedOff(dpia.version)}</p>
      {dpia.signOff && <p>{tr.dpia.signedOffBy(dpia.signOff.by, formatDate(dpia.signOff.on))}</p>}
      <p>{dpia.decision.outcome ? DPIA_DECISION_LABELS[dpia.decision.outcome].nb : ''}</p>
      <RiskMap dpia={dpia} />
    </div>
  )
}

function RiskMap({ dpia }: { dpia: Pick<Dpia, 'risks'> }) {
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(riskMapSvg(dpia, 'nb'))}`
  return (
    <figure className="reg-riskmap">
      <img src={src} alt={tr.dpia.mapAlt} width={380} />
      <figcaption>{tr.dpia.map}</figcaption>
    </figure>
  )
}

const STEP_OPTIONS = (labels: typeof LIKELIHOOD_LABELS) => SCALE_STEPS.map((s) => ({ value: String(s), label: `${String(s)} ${labels[s].nb}` }))
const step = (v: string): ScaleStep | null => (v === '' ? null : (Number(v) as ScaleStep))

function DpiaDraftEditor({ dpia }: { dpia: Dpia }) {
  const db = useDb()
  const dialogs = useDialogs()
  const today = osloDate(useNow())
  const [d, setD] = useState<Dpia>(dpia)
  const [lang, setLang] = useState<Lang>('nb')
  const [status, setStatus] = useState<string | null>(null)
  const [signBy, setSignBy] = useState('')
  const [signOn, setSignOn] = useState<string | null>(today)
  const text = (t: { nb: string; nn: string }) => t[lang]
  const withText = (t: { nb: string; nn: string }, v: string) => ({ ...t, [lang]: v })
  const setRisk = (k: (typeof RISK_KINDS)[number], patch: Partial<DpiaRisk>) => setD({ ...d, risks: { ...d.risks, [k]: { ...d.risks[k], ...patch } } })
  const lines = (list: ReadonlyArray<{ nb: string; nn: string }>) => listToLines(list.map((x) => x[lang]))
  const fromLines = (v: string, old: ReadonlyArray<{ nb: string; nn: string }>) => linesToList(v).map((line, i) => ({ ...(old[i] ?? { nb: line, nn: line }), [lang]: line }))
  const save = async (): Promise<boolean> => {
    try {
      await saveDpiaDraft(db, d)
      setStatus(tr.dpia.draftSaved)
      return true
    } catch (error) {
      await dialogs.alert({ title: 'Utkastet ble ikke lagret', message: errorText(error) })
      return false
    }
  }
  const problems = signOffProblems(d)
  return (
    <div>
      <SelectField
        label={tr.dpia.language}
        value={lang}
        options={[
          { value: 'nb', label: 'Bokmål' },
          { value: 'nn', label: 'Nynorsk' },
        ]}
        onChange={(v) => setLang(v as Lang)}
      />
      <TextField label="Tittel" value={d.title} onChange={(title) => setD({ ...d, title })} />
      <h4>{tr.dpia.description}</h4>
      {(['nature', 'scope', 'context', 'purposes'] as const).map((p) => (
        <TextAreaField key={p} label={tr.dpia.parts[p]} value={text(d.description[p])} onChange={(v) => setD({ ...d, description: { ...d.description, [p]: withText(d.description[p], v) } })} />
      ))}
      <h4>{tr.dpia.necessity}</h4>
      {NECESSITY_POINTS.map((p) => (
        <TextAreaField key={p} label={`${NECESSITY[p].label.nb} (${NECESSITY[p].article})`} hint={NECESSITY[p].help.nb} value={text(d.necessity[p])} onChange={(v) => setD({ ...d, necessity: { ...d.necessity, [p]: withText(d.necessity[p], v) } })} />
      ))}
      <h4>{tr.dpia.risks}</h4>
      {RISK_KINDS.map((k) => {
        const r = d.risks[k]
        const before = initialLevel(r)
        const after = residualLevel(r)
        return (
          <fieldset key={k} className="reg-fieldset">
            <legend>{RISK_KIND_INFO[k].label.nb}</legend>
            <p className="field__hint">{RISK_KIND_INFO[k].help.nb}</p>
            <TextAreaField label={tr.dpia.sources} value={lines(r.sources)} onChange={(v) => setRisk(k, { sources: fromLines(v, r.sources) })} rows={2} />
            <TextAreaField label={tr.dpia.threats} value={lines(r.threats)} onChange={(v) => setRisk(k, { threats: fromLines(v, r.threats) })} rows={2} />
            <TextAreaField label={tr.dpia.impacts} value={lines(r.impacts)} onChange={(v) => setRisk(k, { impacts: fromLines(v, r.impacts) })} rows={2} />
            <SelectField label={tr.dpia.likelihood} value={r.likelihood === null ? '' : String(r.likelihood)} placeholder={tr.common.choose} options={STEP_OPTIONS(LIKELIHOOD_LABELS)} onChange={(v) => setRisk(k, { likelihood: step(v) })} />
            <SelectField label={tr.dpia.severity} value={r.severity === null ? '' : String(r.severity)} placeholder={tr.common.choose} options={STEP_OPTIONS(SEVERITY_LABELS)} onChange={(v) => setRisk(k, { severity: step(v) })} />
            <TextAreaField
              label={tr.dpia.measures}
              value={listToLines(r.measures.map((m) => m.text[lang]))}
              onChange={(v) => setRisk(k, { measures: linesToList(v).map((line, i) => ({ ...(r.measures[i] ?? { status: 'in-place' as const, due: null, owner: '', text: { nb: line, nn: line } }), text: { ...(r.measures[i]?.text ?? { nb: line, nn: line }), [lang]: line } })) })}
              rows={3}
            />
            <SelectField label={tr.dpia.residualLikelihood} value={r.residual.likelihood === null ? '' : String(r.residual.likelihood)} placeholder={tr.common.choose} options={STEP_OPTIONS(LIKELIHOOD_LABELS)} onChange={(v) => setRisk(k, { residual: { ...r.residual, likelihood: step(v) } })} />
            <SelectField label={tr.dpia.residualSeverity} value={r.residual.severity === null ? '' : String(r.residual.severity)} placeholder={tr.common.choose} options={STEP_OPTIONS(SEVERITY_LABELS)} onChange={(v) => setRisk(k, { residual: { ...r.residual, severity: step(v) } })} />
            <p>{tr.dpia.level(before ? RISK_LEVEL_LABELS[before].nb : tr.dpia.notAssessed, after ? RISK_LEVEL_LABELS[after].nb : tr.dpia.notAssessed)}</p>
          </fieldset>
        )
      })}
      <RiskMap dpia={d} />
      {needsPriorConsultation(d) && (
        <div className="reg-problems" role="alert">
          <p>{tr.dpia.prior}</p>
          <DateField label={tr.dpia.priorSentOn} value={d.priorConsultation.sentOn} onChange={(sentOn) => setD({ ...d, priorConsultation: { ...d.priorConsultation, sentOn } })} />
          <TextField label={tr.dpia.priorReference} value={d.priorConsultation.reference} onChange={(reference) => setD({ ...d, priorConsultation: { ...d.priorConsultation, reference } })} />
        </div>
      )}
      <h4>{tr.dpia.dpo}</h4>
      <DateField label={tr.dpia.dpoGivenOn} value={d.dpoAdvice.givenOn} onChange={(givenOn) => setD({ ...d, dpoAdvice: { ...d.dpoAdvice, givenOn } })} />
      <TextField label={tr.dpia.dpoBy} value={d.dpoAdvice.by} onChange={(by) => setD({ ...d, dpoAdvice: { ...d.dpoAdvice, by } })} />
      <TextAreaField label={tr.dpia.dpoAdvice} value={text(d.dpoAdvice.advice)} onChange={(v) => setD({ ...d, dpoAdvice: { ...d.dpoAdvice, advice: withText(d.dpoAdvice.advice, v) } })} />
      <SelectField
        label={tr.dpia.dpoFollowed}
        value={d.dpoAdvice.followed ?? ''}
        placeholder={tr.common.choose}
        options={(['yes', 'partly', 'no'] as const).map((f) => ({ value: f, label: DPO_FOLLOWED_LABELS[f].nb }))}
        onChange={(v) => setD({ ...d, dpoAdvice: { ...d.dpoAdvice, followed: v === '' ? null : (v as 'yes' | 'partly' | 'no') } })}
      />
      <TextAreaField label={tr.dpia.dpoReason} value={text(d.dpoAdvice.reason)} onChange={(v) => setD({ ...d, dpoAdvice: { ...d.dpoAdvice, reason: withText(d.dpoAdvice.reason, v) } })} rows={2} />
      <h4>{tr.dpia.views}</h4>
      <CheckboxField label={tr.dpia.viewsSought} checked={d.subjectViews.sought} onChange={(sought) => setD({ ...d, subjectViews: { ...d.subjectViews, sought } })} />
      <TextAreaField label={tr.dpia.viewsSummary} value={text(d.subjectViews.summary)} onChange={(v) => setD({ ...d, subjectViews: { ...d.subjectViews, summary: withText(d.subjectViews.summary, v) } })} />
      <h4>{tr.dpia.decision}</h4>
      <SelectField
        label={tr.dpia.outcome}
        value={d.decision.outcome ?? ''}
        placeholder={tr.common.choose}
        options={DPIA_DECISIONS.map((o) => ({ value: o, label: DPIA_DECISION_LABELS[o].nb }))}
        onChange={(v) => setD({ ...d, decision: { ...d.decision, outcome: v === '' ? null : (v as Dpia['decision']['outcome']) } })}
      />
      <TextAreaField label={tr.dpia.reasoning} value={text(d.decision.reasoning)} onChange={(v) => setD({ ...d, decision: { ...d.decision, reasoning: withText(d.decision.reasoning, v) } })} />
      <div className="editor-footer">
        <Button variant="primary" onClick={() => void save()}>
          {tr.dpia.saveDraft}
        </Button>
        {status && <p role="status">{status}</p>}
      </div>
      <h4>{tr.dpia.signOff}</h4>
      <p className="field__hint">{tr.dpia.signOffHint}</p>
      <ProblemList title={tr.dpia.cannotSignOff} problems={problems} />
      <TextField label={tr.dpia.signOffBy} value={signBy} onChange={setSignBy} />
      <DateField label={tr.dpia.signOffOn} value={signOn} onChange={setSignOn} />
      <Button
        variant="primary"
        disabled={problems.length > 0}
        onClick={async () => {
          if (!(await save())) return
          try {
            await signOffDpia(db, d.id, signBy, signOn ?? today)
          } catch (error) {
            await dialogs.alert({ title: 'Vurderingen ble ikke godkjent', message: errorText(error) })
          }
        }}
      >
        {tr.dpia.signOffButton(d.version)}
      </Button>
    </div>
  )
}
