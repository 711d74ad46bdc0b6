/**
 * The registers' deadlines on the dashboard: breaches past 72 hours neither reported nor
 * decided, breaches still without a decision, and overdue requests, each linking to its entry.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { breachClock, requestDeadline } from '../../../../shared/registers/deadlines'
import { formatDuration } from '../../../../shared/registers/oslo-time'
import { registerAlerts } from '../../../../shared/registers/register-summary'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import { formatDate } from '../../i18n/format'
import { tr } from '../../i18n/nb-registers'
import { useNow } from './use-now'

export function RegisterAlerts() {
  const db = useDb()
  const now = useNow()
  const breaches = useLiveQuery(() => db.breaches.toArray(), [db])
  const requests = useLiveQuery(() => db.requests.toArray(), [db])
  if (breaches === undefined || requests === undefined) return null
  const alerts = registerAlerts(breaches, requests, now)
  const breachById = new Map(breaches.map((b) => [b.id, b]))
  const requestById = new Map(requests.map((r) => [r.id, r]))
  return (
    <section className="reg-alerts" aria-label={tr.alerts.title}>
      <h2>{tr.alerts.title}</h2>
      {alerts.length === 0 ? (
        <p>{tr.alerts.none}</p>
      ) : (
        <ul>
          {alerts.map((a) => {
            if (a.kind === 'request-overdue') {
              const r = requestById.get(a.requestId)!
              return (
                <li key={a.requestId} className="reg-alerts__error">
                  <a href={routeHref('requests', r.id)}>{tr.alerts.requestOverdue(r.reference, formatDate(requestDeadline(r).due))}</a>
                </li>
              )
            }
            const b = breachById.get(a.breachId)!
            return (
              <li key={a.breachId} className={a.kind === 'breach-overdue' ? 'reg-alerts__error' : 'reg-alerts__warning'}>
                <a href={routeHref('breaches', b.id)}>
                  {a.kind === 'breach-overdue' ? tr.alerts.breachOverdue(b.title) : tr.alerts.breachUndecided(b.title, formatDuration(breachClock(b, now).remainingMs))}
                </a>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
