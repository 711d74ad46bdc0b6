import { useId } from 'react'
import { useWorkbenchActions } from '../../app/use-workbench-actions'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { ExcelActions } from './excel-actions'

/** `#/import-export`: the protokoll in Excel, and the whole workbench as a file, each explained. */
export function ImportExportPage() {
  const actions = useWorkbenchActions()
  const excelId = useId()
  const workbenchId = useId()
  return (
    <div className="page import-export">
      <header className="page__header">
        <h1>{t.importExport.title}</h1>
        <p className="page__intro">{t.importExport.intro}</p>
      </header>
      <section className="import-export__section" aria-labelledby={excelId}>
        <h2 id={excelId}>{t.importExport.excelTitle}</h2>
        <p>{t.importExport.excelTemplate}</p>
        <p>{t.importExport.excelImport}</p>
        <p>{t.importExport.excelLimits}</p>
        <ExcelActions />
      </section>
      <section className="import-export__section" aria-labelledby={workbenchId}>
        <h2 id={workbenchId}>{t.importExport.workbenchTitle}</h2>
        <p>{t.importExport.workbenchAll}</p>
        <p>{t.importExport.workbenchReplace}</p>
        <div
          className="excel-actions"
          role="group"
          aria-label={t.importExport.workbenchActionsLabel}
        >
          <Button onClick={() => void actions.saveCopy()} aria-disabled={actions.busy}>
            {t.topBar.saveCopy}
          </Button>
          <Button onClick={() => void actions.openWorkbench()} aria-disabled={actions.busy}>
            {t.topBar.open}
          </Button>
          {actions.progressBar}
          <p className="excel-actions__message" role="status">
            {actions.busy && !actions.progressBar ? t.workbench.busy : actions.status?.text}
          </p>
        </div>
      </section>
    </div>
  )
}
