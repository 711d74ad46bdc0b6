import { useRef, useState } from 'react'
import type { RopaImportResult } from '../../../../shared/ropa/xlsx-import'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import { XLSX_FILTERS } from './excel-file'
import { exportRecordXlsx, prepareExcelImport } from './excel-io'
import { ExcelImportDialog } from './excel-import-dialog'
import { errorMessage } from '../../db/store-error'
import { useBackgroundTask } from '../../ui/progress-bar'
import { isAbortError } from '../../worker/run-task'

/**
 * «Eksporter til Excel» and «Importer fra Excel …», for a page's toolbar. The outcome is a
 * polite live line, not a `status` role: the activities page's toolbar already has one
 * status (the row count), and a second would make it ambiguous.
 */
export function ExcelActions() {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const [busy, setBusy] = useState(false)
  const [includeDrafts, setIncludeDrafts] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ fileName: string; result: RopaImportResult } | null>(
    null,
  )
  // A ref as well as state: a second click can arrive before React has re-rendered.
  const running = useRef(false)
  const task = useBackgroundTask()

  async function exclusive(work: () => Promise<void>) {
    if (running.current) return
    running.current = true
    setBusy(true)
    setMessage(null)
    try {
      await work()
    } catch (error) {
      // «Avbryt» on the progress bar: nothing was written or downloaded.
      if (!isAbortError(error)) throw error
      setMessage(t.tasks.cancelled)
    } finally {
      task.end()
      running.current = false
      setBusy(false)
    }
  }

  const exportRecord = () =>
    exclusive(async () => {
      try {
        const run = task.begin(t.tasks.excelExport)
        const { name, result } = await exportRecordXlsx(
          db,
          platform,
          { includeDrafts },
          { signal: run.signal, onProgress: run.progress(t.tasks.excelExport, 0, 100) },
        )
        if (!result.saved) return
        setMessage(result.path ? t.excel.exportedTo(result.path) : t.excel.exported(name))
      } catch (error) {
        if (isAbortError(error)) throw error
        await dialogs.alert({ title: t.excel.exportFailedTitle, message: errorMessage(error) })
      }
    })

  const importRecord = () =>
    exclusive(async () => {
      try {
        const file = await platform.openFile(XLSX_FILTERS)
        if (!file) return
        const run = task.begin(t.tasks.excelImport)
        const result = await prepareExcelImport(db, file.data, {}, {
          signal: run.signal,
          onProgress: run.progress(t.tasks.excelImport, 0, 100),
        })
        setPreview({ fileName: file.name, result })
      } catch (error) {
        if (isAbortError(error)) throw error
        await dialogs.alert({ title: t.excel.readFailedTitle, message: errorMessage(error) })
      }
    })

  return (
    <div className="excel-actions" role="group" aria-label={t.excel.actionsLabel}>
      <Button onClick={() => void exportRecord()} aria-disabled={busy}>
        {t.excel.exportButton}
      </Button>
      <CheckboxField
        label={t.excel.includeDrafts}
        hint={t.excel.includeDraftsHint}
        checked={includeDrafts}
        onChange={setIncludeDrafts}
      />
      <Button onClick={() => void importRecord()} aria-disabled={busy}>
        {t.excel.importButton}
      </Button>
      {task.bar}
      <p className="excel-actions__message" aria-live="polite">
        {busy && !task.bar ? t.excel.busy : message}
      </p>
      {preview && (
        <ExcelImportDialog
          fileName={preview.fileName}
          result={preview.result}
          onClose={() => setPreview(null)}
          onImported={(counts) => {
            setPreview(null)
            setMessage(t.excel.imported(counts.created, counts.updated))
          }}
        />
      )}
    </div>
  )
}
