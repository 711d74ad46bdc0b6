import { useMemo } from 'react'
import { hiddenClauseProblems, undisclosedActivities } from './engine'
import { routeHref } from '../../app/router'
import { t } from '../../i18n/nb'
import { clauseTitle } from './clause-text'
import type { PolicyData } from './use-policy-data'

const s = t.policy.warnings

/**
 * What the DPO must see before anything else: activities the policy does not describe,
 * and clauses hidden although the law now requires them.
 */
export function PolicyWarnings({ data }: { data: PolicyData }) {
  const undisclosed = useMemo(() => undisclosedActivities(data), [data])
  const hidden = useMemo(() => hiddenClauseProblems(data), [data])
  if (undisclosed.length === 0 && hidden.length === 0) return null
  return (
    <div className="pol-warnings">
      {undisclosed.length > 0 && (
        <section className="pol-warning" aria-labelledby="pol-undisclosed-title">
          <h2 id="pol-undisclosed-title" className="pol-warning__title">
            {s.undisclosedTitle(undisclosed.length)}
          </h2>
          <p className="pol-warning__hint">{s.undisclosedHint}</p>
          <ul>
            {undisclosed.map((a) => (
              <li key={a.id}>
                <a href={routeHref('activities', a.id)}>{a.name}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {hidden.length > 0 && (
        <section className="pol-warning" aria-labelledby="pol-hidden-title">
          <h2 id="pol-hidden-title" className="pol-warning__title">
            {s.hiddenTitle(hidden.length)}
          </h2>
          <ul>
            {hidden.map((c) => (
              <li key={c.id}>{s.hiddenItem(clauseTitle(c))}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
