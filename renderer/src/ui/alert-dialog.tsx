import { useId } from 'react'
import { t } from '../i18n/nb'
import { Button } from './button'
import { Dialog } from './dialog'

export interface AlertOptions {
  title: string
  message: string
  /** Further lines, e.g. every problem found in a file. */
  details?: string[]
}

export interface AlertDialogProps extends AlertOptions {
  onClose: () => void
}

/** A message the user must acknowledge, typically an error. */
export function AlertDialog({ title, message, details, onClose }: AlertDialogProps) {
  const messageId = useId()
  return (
    <Dialog
      title={title}
      role="alertdialog"
      describedBy={messageId}
      onCancel={onClose}
      actions={
        <Button variant="primary" onClick={onClose} data-autofocus>
          {t.common.ok}
        </Button>
      }
    >
      <p id={messageId}>{message}</p>
      {details && details.length > 0 && (
        <ul className="dialog__details">
          {details.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
