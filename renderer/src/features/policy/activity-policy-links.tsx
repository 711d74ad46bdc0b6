import { useId, useMemo, useState } from 'react'
import { activityPolicyView } from './activity-policy-view'
import { isDisclosable } from './engine'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { SelectField } from '../../ui/select-field'
import { setActivityLink } from './clause-actions'
import { clauseTitle } from './clause-text'
import { usePolicyData } from './use-policy-data'
import { useRun } from './use-run'

const s = t.policy.activityLinks

export interface ActivityPolicyLinksProps {
  activityId: string
  /** The level of the section heading, to fit the page it sits in. */
  headingLevel?: 2 | 3
}

/**
 * The privacy-policy side of one activity, for the activity editor: which clauses
 * describe it (by their rule or linked by hand), whether the policy describes it at all,
 * and linking or unlinking custom clauses.
 */
export function ActivityPolicyLinks({ activityId, headingLevel = 2 }: ActivityPolicyLinksProps) {
  const db = useDb()
  const run = useRun()
  const data = usePolicyData(false)
  const headingId = useId()
  const [choice, setChoice] = useState('')
  const [busy, setBusy] = useState(false)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'

  const view = useMemo(
    () => (data ? activityPolicyView(data, activityId) : null),
    [data, activityId],
  )

  const act = async (clauseId: string, linked: boolean) => {
    if (busy) return
    setBusy(true)
    try {
      if (await run(s.failed, () => setActivityLink(db, clauseId, activityId, linked)))
        setChoice('')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="pol-activity-links" aria-labelledby={headingId}>
      <Heading id={headingId}>{s.title}</Heading>
      {data === undefined ? (
        <p className="muted">{t.common.loading}</p>
      ) : view === null ? null : (
        <>
          {!isDisclosable(view.activity) ? (
            <p className="field__hint">{s.notDisclosable}</p>
          ) : (
            view.undisclosed && (
              <p className="pol-warning pol-warning--inline" role="note">
                <strong>{s.undisclosed}</strong> {s.undisclosedHint}
              </p>
            )
          )}
          {view.links.length === 0 ? (
            <p className="muted">{s.none}</p>
          ) : (
            <ul className="pol-activity-links__list" aria-label={s.listLabel}>
              {view.links.map(({ clause, byHand, shown }) => {
                const title = clauseTitle(clause)
                return (
                  <li key={clause.id}>
                    <a href={routeHref('policy', clause.id)}>{title}</a>{' '}
                    <span className="pol-tag">{byHand ? s.byHand : s.byRule}</span>
                    {!shown && <span className="pol-tag pol-tag--hidden">{s.hidden}</span>}
                    {byHand && (
                      <Button
                        variant="quiet"
                        aria-label={s.unlink(title)}
                        aria-disabled={busy}
                        onClick={() => void act(clause.id, false)}
                      >
                        {s.unlinkShort}
                      </Button>
                    )}
                  </li>
                )
              })}
            </ul>
          )}
          {view.linkable.length === 0 ? (
            <p className="field__hint">
              {s.noCustom} <a href={routeHref('policy')}>{s.toPolicy}</a>
            </p>
          ) : (
            <div className="pol-activity-links__add">
              <SelectField
                label={s.linkTo}
                value={choice}
                placeholder={s.choose}
                options={view.linkable.map((c) => ({ value: c.id, label: clauseTitle(c) }))}
                onChange={setChoice}
              />
              <Button
                disabled={choice === ''}
                aria-disabled={busy || undefined}
                onClick={() => void act(choice, true)}
              >
                {s.link}
              </Button>
            </div>
          )}
        </>
      )}
    </section>
  )
}
