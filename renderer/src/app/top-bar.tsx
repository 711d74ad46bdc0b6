import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { formatOrgNumber } from '../../../shared/model'
import { ORGANIZATION_KEY } from '../db/schema'
import { t } from '../i18n/nb'
import { Button } from '../ui/button'
import { useDb } from './db-context'
import type { StatusMessage, WorkbenchActions } from './use-workbench-actions'

/**
 * How long a message stays in the top bar: long enough to read a file path twice. It
 * waits while the pointer or the focus is on it, so no one loses it while reading it or
 * while about to close it.
 */
export const STATUS_SHOWN_MS = 15_000

interface TopBarStatusProps {
  busy: boolean
  message: StatusMessage | null
  onDismiss: () => void
  onClosed: () => void
}

/**
 * The outcome of the last workbench action, with a button that closes it. It goes by
 * itself after a while: it only says that something went well (failures are dialogs).
 */
function TopBarStatus({ busy, message, onDismiss, onClosed }: TopBarStatusProps) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  const shown = !busy && message !== null
  const waiting = hovered || focused
  useEffect(() => {
    if (!shown || waiting) return
    const timer = setTimeout(onDismiss, STATUS_SHOWN_MS)
    return () => clearTimeout(timer)
  }, [shown, waiting, message, onDismiss])
  return (
    <div
      className="top-bar__message"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <p className="top-bar__status" role="status">
        {busy ? t.workbench.busy : message?.text}
      </p>
      {shown && (
        <Button
          variant="quiet"
          className="top-bar__close"
          aria-label={t.topBar.closeMessage}
          onClick={() => {
            setFocused(false)
            onDismiss()
            onClosed()
          }}
        >
          <span aria-hidden="true">×</span>
        </Button>
      )}
    </div>
  )
}

export function TopBar({ actions }: { actions: WorkbenchActions }) {
  const db = useDb()
  const organization = useLiveQuery(() => db.organization.get(ORGANIZATION_KEY), [db])
  const actionsGroup = useRef<HTMLDivElement>(null)
  return (
    <header className="top-bar">
      <div className="top-bar__identity">
        <span className="top-bar__app">{t.appName}</span>
        <span className="top-bar__org" data-testid="organization-name">
          {organization ? organization.name : t.topBar.noOrganization}
        </span>
        {organization && (
          <span className="top-bar__orgnr">{formatOrgNumber(organization.orgNumber)}</span>
        )}
      </div>
      {actions.progressBar ?? (
        <TopBarStatus
          busy={actions.busy}
          message={actions.status}
          onDismiss={actions.dismissStatus}
          // The close button is gone once pressed: the focus goes on to the next control.
          onClosed={() => actionsGroup.current?.querySelector('button')?.focus()}
        />
      )}
      <div
        ref={actionsGroup}
        className="top-bar__actions"
        role="group"
        aria-label={t.topBar.workbenchActions}
      >
        <Button onClick={() => void actions.saveCopy()} aria-disabled={actions.busy}>
          {t.topBar.saveCopy}
        </Button>
        <Button onClick={() => void actions.openWorkbench()} aria-disabled={actions.busy}>
          {t.topBar.open}
        </Button>
        <Button
          variant="quiet"
          onClick={() => void actions.newWorkbench()}
          aria-disabled={actions.busy}
        >
          {t.topBar.newWorkbench}
        </Button>
      </div>
    </header>
  )
}
