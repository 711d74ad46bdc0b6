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

  async function exclusive(work: () => Promise<void>) {
    if (running.current) return
    running.current = true
    setBusy(true)
    setMessage(null)
    try {
      await work()
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  const exportRecord = () =>
    exclusive(async () => {
      try {
        const { name, result } = await exportRecordXlsx(db, platform, { includeDrafts })
        if (!result.saved) return
        setMessage(result.path ? t.excel.exportedTo(result.path) : t.excel.exported(name))
      } catch (error) {
        await dialogs.alert({ title: t.excel.exportFailedTitle, message: errorMessage(error) })
      }
    })

  const importRecord = () =>
    exclusive(async () => {
      try {
        const file = await platform.openFile(XLSX_FILTERS)
        if (!file) return
        setPreview({ fileName: file.name, result: await prepareExcelImport(db, file.data) })
      } catch (error) {
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
      <p className="excel-actions__message" aria-live="polite">
        {busy ? t.excel.busy : message}
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
