import { useId, useMemo, useState } from 'react'
import type { ImportedClause, PolicyImport } from '../../../../shared/audit/import-policy'
import type { Finding } from '../../../../shared/checks/finding'
import type { ReadinessInput } from '../../../../shared/checks/readiness'
import { POLICY_ELEMENT_INFO } from '../../../../shared/law/art13-14'
import { standardClauseTitle } from '../../../../shared/policy/clauses'
import {
  STANDARD_CLAUSES,
  standardClauseDef,
  type StandardClauseKey,
} from '../../../../shared/policy/clauses/keys'
import { sortActivities } from '../../../../shared/policy/linking'
import { useDb } from '../../app/db-context'
import { timestamp } from '../../db/repo'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CheckListField, type CheckListOption } from '../../ui/check-list-field'
import { useDialogs } from '../../ui/dialogs'
import { RadioGroupField } from '../../ui/radio-group-field'
import { SelectField } from '../../ui/select-field'
import {
  decisionProblems,
  importPlan,
  initialDecisions,
  type ClauseAction,
  type ClauseDecision,
} from './import-model'
import { errorMessage } from '../../db/store-error'
import { saveImportPlan } from './import-save'

const i = t.audit.import
const r = t.audit.readiness

const STANDARD_OPTIONS = STANDARD_CLAUSES.map((d) => ({
  value: d.key,
  label: standardClauseTitle(d.key).nb,
}))

function suggestionText(key: StandardClauseKey): string {
  const element = standardClauseDef(key)?.elements[0]
  return i.suggested(
    standardClauseTitle(key).nb,
    element ? POLICY_ELEMENT_INFO[element].article : '',
  )
}

function FindingList({ findings, empty }: { findings: readonly Finding[]; empty: string }) {
  if (findings.length === 0) return <p className="muted">{empty}</p>
  return (
    <ul className="audit-findings audit-findings--compact">
      {findings.map((f, n) => (
        <li
          key={`${f.code}-${f.line ?? ''}-${n}`}
          className={`audit-finding audit-finding--${f.severity}`}
        >
          <p className="audit-finding__message">
            <span className={`audit-badge audit-badge--${f.severity}`}>
              {f.severity === 'error' ? r.error : r.warning}
            </span>{' '}
            {f.message} <span className="muted">({f.article})</span>
          </p>
          {f.excerpt && (
            <p className="audit-finding__excerpt">
              «{f.excerpt}»
              {f.line !== undefined && <span className="muted"> – {i.line(f.line)}</span>}
            </p>
          )}
        </li>
      ))}
    </ul>
  )
}

interface ClauseCardProps {
  clause: ImportedClause
  decision: ClauseDecision
  problem: string | undefined
  activityOptions: readonly CheckListOption[]
  onChange: (decision: ClauseDecision) => void
}

function ClauseCard({ clause, decision, problem, activityOptions, onChange }: ClauseCardProps) {
  const titleId = useId()
  const title = clause.title || i.untitled
  return (
    <li>
      <article className="audit-clause" aria-labelledby={titleId}>
        <h3 id={titleId} className="audit-clause__title">
          {title}
        </h3>
        <div className="audit-clause__columns">
          <div
            className="audit-clause__text"
            tabIndex={0}
            role="region"
            aria-label={`${i.text}: ${title}`}
          >
            {clause.body}
          </div>
          <div
            className="audit-clause__findings"
            role="region"
            aria-label={`${i.findings}: ${title}`}
          >
            <h4>{i.findings}</h4>
            <FindingList findings={clause.findings} empty={i.noFindings} />
          </div>
        </div>
        <RadioGroupField<ClauseAction>
          legend={i.decision}
          value={decision.action}
          onChange={(action) => onChange({ ...decision, action })}
          options={[
            { value: 'keep', label: i.keep, hint: i.keepHint },
            { value: 'replace', label: i.replace, hint: i.replaceHint },
            { value: 'skip', label: i.skip },
          ]}
        />
        {decision.action === 'replace' && (
          <SelectField
            label={i.standardClause}
            value={decision.standardKey}
            placeholder={i.chooseStandard}
            options={STANDARD_OPTIONS}
            hint={clause.suggestion ? suggestionText(clause.suggestion) : i.noSuggestion}
            error={problem}
            onChange={(value) =>
              onChange({ ...decision, standardKey: value as StandardClauseKey | '' })
            }
          />
        )}
        {decision.action === 'keep' && (
          <CheckListField
            legend={i.activities}
            hint={i.activitiesHint}
            options={activityOptions}
            selected={decision.activityIds}
            onChange={(activityIds) => onChange({ ...decision, activityIds })}
            texts={i.picker}
          />
        )}
      </article>
    </li>
  )
}

export interface PolicyImportReviewProps {
  imp: PolicyImport
  wb: ReadinessInput
  /** Called after saving (with the message to show) or on cancel (with null). */
  onClose: (message: string | null) => void
}

/**
 * The imported policy, clause by clause, with the linter's findings beside each and the
 * DPO's choice for it. «Lagre importen» writes the choices in one transaction.
 */
export function PolicyImportReview({ imp, wb, onClose }: PolicyImportReviewProps) {
  const db = useDb()
  const dialogs = useDialogs()
  const headingId = useId()
  const [decisions, setDecisions] = useState<ClauseDecision[]>(() => initialDecisions(imp))
  const [showProblems, setShowProblems] = useState(false)
  const [saving, setSaving] = useState(false)
  const problems = decisionProblems(decisions)
  const activityOptions = useMemo<CheckListOption[]>(
    () =>
      sortActivities(wb.activities.filter((a) => a.status !== 'archived')).map((a) => ({
        value: a.id,
        label: a.name,
        note: a.status === 'draft' ? t.activities.status.draft : undefined,
      })),
    [wb.activities],
  )
  const errors =
    imp.clauses.reduce((n, c) => n + c.findings.filter((f) => f.severity === 'error').length, 0) +
    imp.documentFindings.filter((f) => f.severity === 'error').length
  const total = imp.clauses.reduce((n, c) => n + c.findings.length, 0) + imp.documentFindings.length
  const counts = { keep: 0, replace: 0, skip: 0 }
  for (const d of decisions) counts[d.action]++

  async function save() {
    if (saving) return
    if (problems.size > 0) {
      setShowProblems(true)
      return
    }
    setSaving(true)
    try {
      const now = timestamp()
      const plan = importPlan(imp, decisions, wb.clauses, now)
      await saveImportPlan(db, plan, now)
      onClose(
        plan.create.length + plan.unhide.length === 0
          ? i.savedNothing
          : i.saved(plan.create.length, plan.unhide.length),
      )
    } catch (error) {
      await dialogs.alert({
        title: i.saveFailedTitle,
        message: errorMessage(error),
      })
    } finally {
      setSaving(false)
    }
  }

  return (
    <div className="page audit-page">
      <section className="audit-import" aria-labelledby={headingId} aria-busy={saving}>
        <header className="page__header">
          <h1 id={headingId}>{i.reviewHeading(imp.fileName)}</h1>
          <p className="page__intro">
            {i.found(imp.clauses.length)}{' '}
            {imp.headingsFrom === 'markup' ? i.headingsFromMarkup : i.headingsGuessed}{' '}
            {i.language[imp.language]} {i.totals(errors, total - errors)}
          </p>
          <p>{i.instructions}</p>
        </header>
        <section className="audit-clause audit-clause--document" aria-label={i.wholeDocument}>
          <h2>{i.wholeDocument}</h2>
          <p className="muted">{i.wholeDocumentIntro}</p>
          <FindingList findings={imp.documentFindings} empty={r.noFindings} />
        </section>
        <ol className="audit-import__clauses" aria-label={i.clausesLabel}>
          {imp.clauses.map((c, n) => (
            <ClauseCard
              key={c.index}
              clause={c}
              decision={decisions[n]!}
              problem={showProblems ? problems.get(n) : undefined}
              activityOptions={activityOptions}
              onChange={(d) => setDecisions((all) => all.map((x, k) => (k === n ? d : x)))}
            />
          ))}
        </ol>
        <div className="audit-import__footer">
          <p role="status" className="audit-status">
            {showProblems && problems.size > 0
              ? i.fixFirst
              : i.summary(counts.keep, counts.replace, counts.skip)}
          </p>
          <div className="form-actions">
            <Button onClick={() => onClose(null)}>{i.cancel}</Button>
            <Button variant="primary" onClick={() => void save()} aria-disabled={saving}>
              {i.save}
            </Button>
          </div>
        </div>
      </section>
    </div>
  )
}
