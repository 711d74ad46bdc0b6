import { useState } from 'react'
import type { Processor, Transfer } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { saveTransfer } from '../../db/repo/transfers'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { hasErrors, type FieldMessage } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { TransferForm } from '../transfers/transfer-form'
import {
  emptyTransfer,
  normalizeTransfer,
  transferProblems,
  visibleBeforeSave,
} from '../transfers/transfer-model'

export interface NewTransferDialogProps {
  processors: readonly Processor[]
  /** The transfer is stored; the caller links it to the activity. */
  onSaved: (id: string) => void
  onCancel: () => void
}

/**
 * Registers a transfer to a third country from within the activity editor, with the
 * same form and the same rules (arts. 44–49) as the transfer register.
 */
export function NewTransferDialog({ processors, onSaved, onCancel }: NewTransferDialogProps) {
  const db = useDb()
  const [draft, setDraft] = useState<Transfer>(() => emptyTransfer(timestamp()))
  const [attempted, setAttempted] = useState(false)
  const [storeIssues, setStoreIssues] = useState<FieldMessage[]>([])
  const [saving, setSaving] = useState(false)
  const problems = transferProblems(draft, { isNew: true })
  const shown: FieldMessage[] = [
    ...(attempted ? problems : visibleBeforeSave(problems, draft)),
    ...storeIssues,
  ]

  async function save() {
    if (saving) return
    setAttempted(true)
    setStoreIssues([])
    if (hasErrors(problems)) return
    setSaving(true)
    try {
      onSaved(await saveTransfer(db, normalizeTransfer(draft)))
    } catch (error) {
      setStoreIssues(
        error instanceof ValidationError
          ? error.issues
          : [
              {
                field: '',
                message: error instanceof Error ? error.message : t.common.unknownError,
              },
            ],
      )
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
          <Button variant="primary" onClick={() => void save()} aria-disabled={saving}>
            {t.activityEditor.saveTransfer}
          </Button>
        </>
      }
    >
      <div className="activities-transfer-dialog">
        <MessageSummary
          messages={attempted ? shown.filter((m) => m.severity !== 'warning') : storeIssues}
        />
        <TransferForm
          value={draft}
          onChange={(next) => {
            setDraft(next)
            setStoreIssues([])
          }}
          errors={shown}
          isNew
          processors={processors}
        />
      </div>
    </Dialog>
  )
}
