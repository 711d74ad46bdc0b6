import { useId, useRef, useState } from 'react'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { exportWorkbenchWithAttachments } from '../../db/workbench-io'
import { todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { errorMessage } from '../../db/store-error'
import { CheckboxField } from '../../ui/checkbox-field'
import { AUDIT_PACK_PART_INFO, AUDIT_PACK_PARTS, defaultAuditPackChoice, type AuditPackChoice } from '../../../../shared/audit/audit-pack-parts'
import { useBackgroundTask } from '../../ui/progress-bar'
import { isAbortError, runTask } from '../../worker/run-task'

const p = t.audit.pack

interface Written {
  files: Array<{ path: string; description: string }>
  missing: string[]
}

/**
 * «Lag tilsynspakke»: builds the pack from the whole workbench, the attached files
 * included, and saves it through the platform as one ZIP file (written atomically in
 * Electron, downloaded on the web).
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
  // The DPO's choice of parts; the internal readiness report starts unticked.
  const [parts, setParts] = useState<AuditPackChoice>(defaultAuditPackChoice)
  const [includeDrafts, setIncludeDrafts] = useState(false)
  const nothingChosen = AUDIT_PACK_PARTS.every((part) => !parts[part])
  const task = useBackgroundTask()

  async function build() {
    if (running.current || nothingChosen) return
    running.current = true
    setBusy(true)
    setStatus(null)
    setWritten(null)
    const run = task.begin(t.tasks.readingDatabase)
    try {
      const now = new Date().toISOString()
      const today = todayIso()
      const { workbench, attachmentBytes } = await exportWorkbenchWithAttachments(db, now)
      run.step(t.tasks.auditPack, 10)
      // In a worker of its own: the window stays usable, and «Avbryt» stops it at once.
      const pack = await runTask(
        'audit-pack',
        { workbench, today, now, parts, includeDrafts, attachmentBytes: new Map(attachmentBytes) },
        { signal: run.signal, onProgress: run.progress(t.tasks.auditPack, 10, 100) },
      )
      task.end()
      const result = await platform.saveFile(pack.zipName, pack.zip, [{ name: p.zipFilter, extensions: ['zip'] }], { large: true })
      if (!result.saved) {
        setStatus(p.cancelled)
        return
      }
      setStatus(result.path ? p.savedTo(result.path) : p.downloaded(pack.zipName))
      setWritten({
        files: pack.files,
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
      <fieldset className="audit-pack__parts">
        <legend>{p.partsLegend}</legend>
        {AUDIT_PACK_PARTS.map((part) => (
          <CheckboxField
            key={part}
            label={AUDIT_PACK_PART_INFO[part].label}
            hint={AUDIT_PACK_PART_INFO[part].help}
            checked={parts[part]}
            onChange={(checked) => setParts((before) => ({ ...before, [part]: checked }))}
          />
        ))}
        <CheckboxField label={p.includeDrafts} hint={p.includeDraftsHint} checked={includeDrafts} disabled={!parts.protokoll} onChange={setIncludeDrafts} />
      </fieldset>
      {nothingChosen && <p role="alert">{p.nothingChosen}</p>}
      <p className="muted">{platform.kind === 'electron' ? p.electronNote : p.webNote}</p>
      <Button variant="primary" onClick={() => void build()} aria-disabled={busy || nothingChosen}>
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
              <li key={f.path}>
                <span className="audit-pack__file">{f.path}</span> – {f.description}
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
