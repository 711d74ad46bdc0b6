import { useId, useRef, useState } from 'react'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { exportWorkbench } from '../../db/workbench-io'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { errorMessage } from '../../db/store-error'
import { useBackgroundTask } from '../../ui/progress-bar'
import { isAbortError, runTask } from '../../worker/run-task'

const p = t.audit.pack

interface Written {
  files: Array<{ name: string; description: string }>
  missing: string[]
}

/**
 * «Lag tilsynspakke»: builds the pack from the whole workbench and saves it through the
 * platform: one folder written atomically in Electron, one download per file on the web.
 */
export function AuditPackPanel() {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const headingId = useId()
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const [status, setStatus] = useState<string | null>(null)
  const [written, setWritten] = useState<Written | null>(null)
  const task = useBackgroundTask()

  async function build() {
    if (running.current) return
    running.current = true
    setBusy(true)
    setStatus(null)
    setWritten(null)
    const run = task.begin(t.tasks.readingDatabase)
    try {
      const now = new Date().toISOString()
      const workbench = await exportWorkbench(db, now)
      run.step(t.tasks.auditPack, 10)
      // In a worker of its own: the window stays usable, and «Avbryt» stops it at once.
      const pack = await runTask(
        'audit-pack',
        { workbench, today: todayIso(), now },
        { signal: run.signal, onProgress: run.progress(t.tasks.auditPack, 10, 100) },
      )
      task.end()
      const result = await platform.saveFolder(
        pack.folderName,
        pack.files.map(({ name, data }) => ({ name, data })),
      )
      if (!result.saved) {
        setStatus(p.cancelled)
        return
      }
      setStatus(result.path ? p.savedTo(result.path) : p.downloaded(pack.files.length))
      setWritten({
        files: pack.files.map(({ name, description }) => ({ name, description })),
        missing: pack.missing,
      })
    } catch (error) {
      if (isAbortError(error)) {
        setStatus(t.tasks.cancelled)
        return
      }
      setStatus(null)
      await dialogs.alert({
        title: p.failedTitle,
        message: errorMessage(error),
      })
    } finally {
      task.end()
      running.current = false
      setBusy(false)
    }
  }

  return (
    <section className="audit-section audit-pack" aria-labelledby={headingId} aria-busy={busy}>
      <h2 id={headingId}>{p.heading}</h2>
      <p>{p.intro}</p>
      <p className="muted">{platform.kind === 'electron' ? p.electronNote : p.webNote}</p>
      <Button variant="primary" onClick={() => void build()} aria-disabled={busy}>
        {p.build}
      </Button>
      {task.bar}
      <p className="audit-status" role="status">
        {status}
      </p>
      {written && (
        <>
          <ul className="audit-pack__files" aria-label={p.filesLabel}>
            {written.files.map((f) => (
              <li key={f.name}>
                <span className="audit-pack__file">{f.name}</span> – {f.description}
              </li>
            ))}
          </ul>
          {written.missing.length > 0 && (
            <div className="audit-missing" role="note" aria-label={p.missingTitle}>
              <p className="audit-missing__title">{p.missingTitle}</p>
              <ul>
                {written.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  )
}
