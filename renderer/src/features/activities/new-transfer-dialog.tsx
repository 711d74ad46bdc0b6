import { useRef, useState } from 'react'
import { transfer as transferSchema, type Processor, type Transfer } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { saveTransfer } from '../../db/repo/transfers'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { revealField } from '../../ui/field-anchor'
import { hasErrors, type FieldMessage } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { SaveShortcutHint, saveShortcutAria, useSaveShortcut } from '../../ui/save-shortcut'
import { schemaCheck, useStoreIssues } from '../../ui/use-store-issues'
import { TransferForm } from '../transfers/transfer-form'
import {
  emptyTransfer,
  normalizeTransfer,
  transferProblems,
  visibleBeforeSave,
} from '../transfers/transfer-model'
import { errorMessage } from '../../db/store-error'

export interface NewTransferDialogProps {
  processors: readonly Processor[]
  /** The transfer is stored; the caller links it to the activity. */
  onSaved: (id: string) => void
  onCancel: () => void
}

/** The store's own check of a transfer, to tell when a refused field has been put right. */
const recheckTransfer = schemaCheck<Transfer>(transferSchema)

/**
 * Registers a transfer to a third country from within the activity editor, with the
 * same form and the same rules (arts. 44–49) as the transfer register.
 */
export function NewTransferDialog({ processors, onSaved, onCancel }: NewTransferDialogProps) {
  const db = useDb()
  const [draft, setDraft] = useState<Transfer>(() => emptyTransfer(timestamp()))
  const [attempted, setAttempted] = useState(false)
  const store = useStoreIssues(draft, recheckTransfer)
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const contentRef = useRef<HTMLDivElement>(null)
  const problems = transferProblems(draft, { isNew: true })
  // What the store refused, and a failure to save at all, shown above the form.
  const refused: FieldMessage[] = [
    ...store.issues,
    ...(failure === null ? [] : [{ field: '', message: failure }]),
  ]
  const shown: FieldMessage[] = [
    ...(attempted ? problems : visibleBeforeSave(problems, draft)),
    ...refused,
  ]
  useSaveShortcut(contentRef, () => void save())

  async function save() {
    if (saving) return
    setAttempted(true)
    store.clear()
    setFailure(null)
    if (hasErrors(problems)) {
      const first = problems.find((m) => m.severity !== 'warning')
      if (first) revealField(contentRef.current, first.field)
      return
    }
    setSaving(true)
    try {
      onSaved(await saveTransfer(db, normalizeTransfer(draft)))
    } catch (error) {
      if (error instanceof ValidationError) store.refuse(error.issues, draft)
      else setFailure(errorMessage(error))
      setSaving(false)
    }
  }

  return (
    <Dialog
      title={t.activityEditor.newTransferTitle}
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t.common.cancel}</Button>
          <Button
            variant="primary"
            onClick={() => void save()}
            aria-disabled={saving}
            aria-keyshortcuts={saveShortcutAria()}
          >
            {t.activityEditor.saveTransfer}
          </Button>
          <SaveShortcutHint />
        </>
      }
    >
      <div className="activities-transfer-dialog" ref={contentRef}>
        <MessageSummary
          messages={attempted ? shown.filter((m) => m.severity !== 'warning') : refused}
        />
        <TransferForm
          value={draft}
          onChange={(next) => {
            setDraft(next)
            setFailure(null)
          }}
          errors={shown}
          isNew
          processors={processors}
        />
      </div>
    </Dialog>
  )
}
