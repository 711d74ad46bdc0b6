import { useId, useState } from 'react'
import type { ReadinessInput, RecordFinding } from '../../../../shared/checks/readiness'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { findingLink, type AreaView, type ReadinessView } from './readiness-model'

const r = t.audit.readiness
/** Findings listed per area before «Vis flere»: a large record can have thousands. */
const PAGE = 100

function tone(score: number | null): string {
  if (score === null) return 'none'
  return score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor'
}

/** The overall score and one card per area: score, records checked, errors and warnings. */
export function ReadinessScores({ view }: { view: ReadinessView }) {
  const headingId = useId()
  const overall = view.scores.overall
  return (
    <section className="audit-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{r.heading}</h2>
      <p className="audit-overall">
        {r.overall}:{' '}
        {overall === null ? (
          r.nothingToCheck
        ) : (
          <strong>
            {overall} {r.outOf}
          </strong>
        )}{' '}
        – {r.totals(view.errors, view.warnings)}
      </p>
      <ul className="audit-scores" aria-label={r.scoresLabel}>
        {view.areas.map(({ score }) => (
          <li key={score.area} className={`audit-score audit-score--${tone(score.score)}`}>
            <span className="audit-score__label">{score.label}</span>
            <span className="audit-score__value">
              {score.score ?? '–'} <span className="audit-score__of">{r.outOf}</span>
            </span>
            <span className="audit-score__counts">
              {score.checked === 0
                ? r.notChecked
                : `${r.checked(score.checked)}, ${r.errors(score.errors)}, ${r.warnings(score.warnings)}`}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted audit-note">{r.scoreExplained}</p>
    </section>
  )
}

function FindingItem({ finding, wb }: { finding: RecordFinding; wb: ReadinessInput }) {
  const link = findingLink(finding.ref, wb)
  const error = finding.severity === 'error'
  return (
    <li className={`audit-finding audit-finding--${finding.severity}`}>
      <p className="audit-finding__message">
        <span className={`audit-badge audit-badge--${finding.severity}`}>
          {error ? r.error : r.warning}
        </span>{' '}
        {finding.message} <span className="muted">({finding.article})</span>
      </p>
      <p className="audit-finding__hint">
        <strong>{r.hint}</strong> {finding.hint}
      </p>
      <a href={link.href}>{link.label}</a>
    </li>
  )
}

function AreaFindings({ area, wb }: { area: AreaView; wb: ReadinessInput }) {
  const headingId = useId()
  const [shown, setShown] = useState(PAGE)
  const { score, findings } = area
  return (
    <section className="audit-area" aria-labelledby={headingId}>
      <h3 id={headingId}>{score.label}</h3>
      {findings.length === 0 ? (
        <p className="muted">{score.checked === 0 ? r.notChecked : r.noFindings}</p>
      ) : (
        <ul className="audit-findings">
          {findings.slice(0, shown).map((f, i) => (
            <FindingItem
              key={`${f.code}/${f.ref.table}/${f.ref.id}/${f.ref.field ?? ''}/${i}`}
              finding={f}
              wb={wb}
            />
          ))}
        </ul>
      )}
      {findings.length > shown && (
        <Button variant="quiet" onClick={() => setShown((n) => n + PAGE)}>
          {t.audit.readiness.showMore(findings.length - shown)}
        </Button>
      )}
    </section>
  )
}

/** Every finding, grouped by area, each with what to do and a link to the record that fixes it. */
export function ReadinessFindings({ view, wb }: { view: ReadinessView; wb: ReadinessInput }) {
  const headingId = useId()
  return (
    <section className="audit-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{r.findingsHeading}</h2>
      {view.areas.map((area) => (
        <AreaFindings key={area.score.area} area={area} wb={wb} />
      ))}
    </section>
  )
}
