import { useId } from 'react'
import { t } from '../i18n/nb'
import { Button } from './button'
import { Dialog } from './dialog'

export interface ConfirmOptions {
  title: string
  message: string
  confirmLabel: string
  cancelLabel?: string
  /** The action destroys data: the confirm button is red and focus starts on Cancel. */
  danger?: boolean
}

export interface ConfirmDialogProps extends ConfirmOptions {
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  cancelLabel,
  danger,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const messageId = useId()
  return (
    <Dialog
      title={title}
      role="alertdialog"
      describedBy={messageId}
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel} data-autofocus={danger ? true : undefined}>
            {cancelLabel ?? t.common.cancel}
          </Button>
          <Button
            variant={danger ? 'danger' : 'primary'}
            onClick={onConfirm}
            data-autofocus={danger ? undefined : true}
          >
            {confirmLabel}
          </Button>
        </>
      }
    >
      <p id={messageId}>{message}</p>
    </Dialog>
  )
}
