import { useLiveQuery } from 'dexie-react-hooks'
import { getDb } from '../db/db'
import type { OmbudDb } from '../db/schema'
import { isDatabaseEmpty } from '../db/workbench-io'
import { StartScreen } from '../features/start/start-screen'
import { t } from '../i18n/nb'
import { getPlatform, type Platform } from '../platform'
import { DialogsProvider } from '../ui/dialogs'
import { AppShell } from './app-shell'
import { DbProvider, useDb } from './db-context'
import { ErrorBoundary } from './error-boundary'
import { PlatformProvider } from './platform-context'
import { useMenuCommands } from './use-menu-commands'
import { useWorkbenchActions } from './use-workbench-actions'

export interface AppProps {
  db?: OmbudDb
  platform?: Platform
}

export function App({ db = getDb(), platform = getPlatform() }: AppProps) {
  return (
    <ErrorBoundary>
      <DbProvider db={db}>
        <PlatformProvider platform={platform}>
          <DialogsProvider>
            <Root />
          </DialogsProvider>
        </PlatformProvider>
      </DbProvider>
    </ErrorBoundary>
  )
}

/** The start screen while the database is empty, the workbench once it has content. */
function Root() {
  const db = useDb()
  const empty = useLiveQuery(() => isDatabaseEmpty(db), [db])
  const actions = useWorkbenchActions()
  useMenuCommands(actions)
  if (empty === undefined) {
    return (
      <p className="loading" role="status">
        {t.common.loading}
      </p>
    )
  }
  return empty ? <StartScreen actions={actions} /> : <AppShell actions={actions} />
}
