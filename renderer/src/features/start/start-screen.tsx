import { useId, useState } from 'react'
import type { WorkbenchActions } from '../../app/use-workbench-actions'
import { useDb } from '../../app/db-context'
import { loadWorkbench } from '../../db/workbench-io'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { OrganizationForm } from './organization-form'
import { errorMessage } from '../../db/store-error'

/** The first screen while the database is empty: try the sample, start afresh, or open a file. */
export function StartScreen({ actions }: { actions: WorkbenchActions }) {
  const db = useDb()
  const dialogs = useDialogs()
  const [step, setStep] = useState<'choose' | 'organization'>('choose')
  const [loading, setLoading] = useState(false)
  const ids = { sample: useId(), empty: useId(), open: useId() }
  const busy = loading || actions.busy

  async function loadSample() {
    if (busy) return
    setLoading(true)
    try {
      // Loaded on demand: most starts never need the sample, and it is a sizeable module.
      const [{ sampleWorkbench }, { ensureStandardClauses }] = await Promise.all([
        import('../../../../resources/sample-company'),
        import('../policy/engine'),
      ])
      const wb = sampleWorkbench()
      // The sample starts with the standard clauses in place, like a workbench whose
      // policy section has been opened, but without a change-log entry for each.
      await loadWorkbench(db, { ...wb, clauses: ensureStandardClauses(wb.clauses, wb.exportedAt) })
    } catch (error) {
      await dialogs.alert({
        title: t.start.loadFailedTitle,
        message: errorMessage(error),
      })
    } finally {
      setLoading(false)
    }
  }

  return (
    <main className="start" aria-busy={busy}>
      <div className="start__panel">
        <h1>{t.start.title}</h1>
        <p className="start__intro">{t.start.intro}</p>
        {step === 'organization' ? (
          <OrganizationForm onBack={() => setStep('choose')} />
        ) : (
          <section aria-labelledby={`${ids.sample}-heading`}>
            <h2 id={`${ids.sample}-heading`} className="start__choices-heading">
              {t.start.choicesLabel}
            </h2>
            <ul className="start__choices">
              <li>
                <Button
                  variant="primary"
                  aria-describedby={ids.sample}
                  aria-disabled={busy}
                  onClick={() => void loadSample()}
                >
                  {t.start.loadSample}
                </Button>
                <p id={ids.sample}>{t.start.loadSampleHelp}</p>
              </li>
              <li>
                <Button
                  aria-describedby={ids.empty}
                  aria-disabled={busy}
                  onClick={() => {
                    if (!busy) setStep('organization')
                  }}
                >
                  {t.start.startEmpty}
                </Button>
                <p id={ids.empty}>{t.start.startEmptyHelp}</p>
              </li>
              <li>
                <Button
                  aria-describedby={ids.open}
                  aria-disabled={busy}
                  onClick={() => void actions.openWorkbench()}
                >
                  {t.start.open}
                </Button>
                <p id={ids.open}>{t.start.openHelp}</p>
              </li>
            </ul>
            {actions.progressBar}
            {busy && !actions.progressBar && (
              <p role="status" className="start__busy">
                {t.common.loading}
              </p>
            )}
          </section>
        )}
      </div>
    </main>
  )
}
