import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface DialogProps {
  title: string
  /** `alertdialog` for messages that need an answer before the user goes on. */
  role?: 'dialog' | 'alertdialog'
  /** Called when the user presses Escape. */
  onCancel: () => void
  children: ReactNode
  /** The buttons, right-aligned under the content. */
  actions: ReactNode
  /** Id of the element holding the main message, announced with the title. */
  describedBy?: string
}

/**
 * A modal built on the native `<dialog>` and `showModal()`: the browser makes the rest of
 * the page inert, traps focus and handles Escape. Render it only while it is open.
 * Focus goes to the element with `autoFocus` inside (else the first focusable one) and
 * back to where it was when the dialog closes.
 */
export function Dialog({
  title,
  role = 'dialog',
  onCancel,
  children,
  actions,
  describedBy,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCancelRef = useRef(onCancel)
  useEffect(() => {
    onCancelRef.current = onCancel
  })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (!dialog.open) dialog.showModal()
    const autoFocus = dialog.querySelector<HTMLElement>('[data-autofocus]')
    autoFocus?.focus()
    // Escape: React owns whether the dialog is shown, so the browser must not close it.
    const cancel = (event: Event) => {
      event.preventDefault()
      onCancelRef.current()
    }
    dialog.addEventListener('cancel', cancel)
    return () => {
      dialog.removeEventListener('cancel', cancel)
      if (dialog.open) dialog.close()
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  return (
    <dialog
      ref={ref}
      className="dialog"
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      <div className="dialog__body">{children}</div>
      <div className="dialog__actions">{actions}</div>
    </dialog>
  )
}
