import { useId, useState } from 'react'
import type { RopaImportIssue, RopaImportResult } from '../../../../shared/ropa/xlsx-import'
import { useDb } from '../../app/db-context'
import { importActivities, type ImportActivitiesResult } from '../../db/repo/import-activities'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { countImportRows } from './excel-io'
import { errorMessage } from '../../db/store-error'
import { FIELD_LABELS } from '../../../../shared/model'

export interface ExcelImportDialogProps {
  /** The name of the file read, shown so the DPO knows which file the preview is of. */
  fileName: string
  /** What parseRopaXlsx made of the file. */
  result: RopaImportResult
  onClose: () => void
  /** After a confirmed import has been written. */
  onImported: (counts: ImportActivitiesResult) => void
}

/**
 * The preview of an Excel import: what each row will do and every problem by row and
 * column. Nothing is written until the DPO confirms, and «Importer» stays disabled while
 * the file has errors: the import is all or nothing, so a half-right file waits for its fix.
 */
export function ExcelImportDialog({
  fileName,
  result,
  onClose,
  onImported,
}: ExcelImportDialogProps) {
  const db = useDb()
  const introId = useId()
  const [importing, setImporting] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const counts = countImportRows(result.rows)
  const hasErrors = result.errors.length > 0
  const nothingToImport = !hasErrors && result.activities.length === 0
  const canImport = !hasErrors && !nothingToImport

  async function confirm() {
    if (!canImport || importing) return
    setImporting(true)
    setFailure(null)
    try {
      onImported(await importActivities(db, result.activities))
    } catch (error) {
      setFailure(errorMessage(error))
      setImporting(false)
    }
  }

  return (
    <Dialog
      title={t.excel.dialogTitle}
      describedBy={introId}
      onCancel={() => {
        if (!importing) onClose()
      }}
      actions={
        <>
          <Button
            onClick={onClose}
            disabled={importing}
            data-autofocus={canImport ? undefined : true}
          >
            {t.common.cancel}
          </Button>
          <Button
            variant="primary"
            onClick={() => void confirm()}
            disabled={!canImport || importing}
            data-autofocus={canImport ? true : undefined}
          >
            {importing ? t.excel.importing : t.excel.confirm}
          </Button>
        </>
      }
    >
      <div className="excel-import">
        <p className="excel-import__file">{t.excel.file(fileName)}</p>
        <p id={introId}>{t.excel.intro}</p>
        <ul className="excel-import__counts" aria-label={t.excel.summaryLabel}>
          <li>{t.excel.countCreate(counts.create)}</li>
          <li>{t.excel.countUpdate(counts.update)}</li>
          <li>{t.excel.countUnchanged(counts.unchanged)}</li>
          {hasErrors && (
            <li className="excel-import__count-errors">
              {t.excel.countErrors(result.errors.length)}
            </li>
          )}
        </ul>
        {failure !== null && (
          <div role="alert" className="reg-summary reg-summary--error">
            <p className="reg-summary__title">{t.excel.importFailed}</p>
            <p>{failure}</p>
          </div>
        )}
        {hasErrors && (
          <IssueTable
            issues={result.errors}
            caption={t.excel.errorsCaption(result.errors.length)}
            hint={result.fileProblem ? t.excel.fileHints[result.fileProblem] : t.excel.errorsHint}
            messageHeading={t.excel.columns.error}
            kind="error"
          />
        )}
        {nothingToImport && result.rows.length > 0 && (
          <p className="reg-notice">{t.excel.nothingToImport}</p>
        )}
        {result.warnings.length > 0 && (
          <IssueTable
            issues={result.warnings}
            caption={t.excel.warningsCaption(result.warnings.length)}
            hint={t.excel.warningsHint}
            messageHeading={t.excel.columns.warning}
            kind="warning"
          />
        )}
        {result.rows.length > 0 ? (
          <div
            className="excel-import__scroll"
            role="region"
            aria-label={t.excel.rowsCaption}
            tabIndex={0}
          >
            <table className="reg-changes excel-import__table excel-import__rows">
              <caption>{t.excel.rowsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.excel.columns.sheet}</th>
                  <th scope="col">{t.excel.columns.row}</th>
                  <th scope="col">{t.excel.columns.name}</th>
                  <th scope="col">{t.excel.columns.action}</th>
                  <th scope="col">{t.excel.columns.fields}</th>
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row) => (
                  <tr
                    key={`${row.sheet}:${row.row}`}
                    className={`excel-import__row--${row.action}`}
                  >
                    <td>{row.sheet}</td>
                    <td>{row.row}</td>
                    <td>{row.name}</td>
                    <td>{t.excel.actions[row.action]}</td>
                    <td>{fieldNames(row.fields)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          !hasErrors && <p>{t.excel.noRows}</p>
        )}
      </div>
    </Dialog>
  )
}

function IssueTable({
  issues,
  caption,
  hint,
  messageHeading,
  kind,
}: {
  issues: readonly RopaImportIssue[]
  caption: string
  hint: string
  messageHeading: string
  kind: 'error' | 'warning'
}) {
  const hintId = useId()
  return (
    <div className={`excel-import__issues excel-import__issues--${kind}`}>
      {/* Focusable, so the list can be scrolled from the keyboard. */}
      <div className="excel-import__scroll" role="region" aria-label={caption} tabIndex={0}>
        <table className="reg-changes excel-import__table" aria-describedby={hintId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.excel.columns.sheet}</th>
              <th scope="col">{t.excel.columns.row}</th>
              <th scope="col">{t.excel.columns.column}</th>
              <th scope="col">{messageHeading}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, i) => (
              <tr key={i}>
                <td>{issue.sheet === '' ? t.excel.wholeFile : issue.sheet}</td>
                <td>{issue.row ?? (issue.sheet === '' ? t.excel.noValue : t.excel.wholeSheet)}</td>
                <td>{issue.column ?? t.excel.noValue}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={hintId} className="excel-import__hint">
        {hint}
      </p>
    </div>
  )
}

/** «Formål, databehandlere»: the fields an update changes, by the names the editor uses. */
function fieldNames(fields: readonly string[] | undefined): string {
  const names = (fields ?? []).map((f) => FIELD_LABELS[f] ?? f).join(', ')
  return names.charAt(0).toLocaleUpperCase('nb') + names.slice(1)
}
