import { useLiveQuery } from 'dexie-react-hooks'
import { formatOrgNumber } from '../../../shared/model'
import { ORGANIZATION_KEY } from '../db/schema'
import { t } from '../i18n/nb'
import { Button } from '../ui/button'
import { useDb } from './db-context'
import type { WorkbenchActions } from './use-workbench-actions'

export function TopBar({ actions }: { actions: WorkbenchActions }) {
  const db = useDb()
  const organization = useLiveQuery(() => db.organization.get(ORGANIZATION_KEY), [db])
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
        <p className="top-bar__status" role="status">
          {actions.busy ? t.workbench.busy : actions.status}
        </p>
      )}
      <div className="top-bar__actions" role="group" aria-label={t.topBar.workbenchActions}>
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
