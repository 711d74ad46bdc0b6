/** The 72-hour clock of a breach in words, for the list, the editor and the dashboard. */
import type { Breach } from '../../../../shared/model/breach'
import { breachClock } from '../../../../shared/registers/deadlines'
import { formatDuration, formatOsloDateTime } from '../../../../shared/registers/oslo-time'
import { tr } from '../../i18n/nb-registers'

export function breachClockText(b: Pick<Breach, 'discoveredAt' | 'notification'>, now: string): string {
  const clock = breachClock(b, now)
  const deadline = formatOsloDateTime(clock.deadline, 'nb')
  switch (clock.state) {
    case 'running':
      return tr.breaches.clock.running(deadline, formatDuration(clock.remainingMs))
    case 'overdue':
      return tr.breaches.clock.overdue(deadline, formatDuration(clock.remainingMs))
    default:
      return tr.breaches.clock[clock.state](deadline)
  }
}
