import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react'
import { AlertDialog, type AlertOptions } from './alert-dialog'
import { ConfirmDialog, type ConfirmOptions } from './confirm-dialog'

export interface Dialogs {
  /** Asks a yes/no question; resolves true when the user confirms. */
  confirm(options: ConfirmOptions): Promise<boolean>
  /** Shows a message; resolves when the user has closed it. */
  alert(options: AlertOptions): Promise<void>
}

type Pending =
  | { id: number; kind: 'confirm'; options: ConfirmOptions; resolve: (answer: boolean) => void }
  | { id: number; kind: 'alert'; options: AlertOptions; resolve: () => void }

const DialogsContext = createContext<Dialogs | null>(null)

/**
 * Lets any component ask `await dialogs.confirm(…)` instead of keeping its own dialog
 * state. Requests that arrive while a dialog is open wait their turn.
 */
export function DialogsProvider({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<Pending[]>([])
  const nextId = useRef(1)

  const dialogs = useMemo<Dialogs>(
    () => ({
      confirm: (options) =>
        new Promise<boolean>((resolve) => {
          const id = nextId.current++
          setQueue((q) => [...q, { id, kind: 'confirm', options, resolve }])
        }),
      alert: (options) =>
        new Promise<void>((resolve) => {
          const id = nextId.current++
          setQueue((q) => [...q, { id, kind: 'alert', options, resolve }])
        }),
    }),
    [],
  )

  const current = queue[0]
  const settle = (answer: boolean) => {
    if (!current) return
    if (current.kind === 'confirm') current.resolve(answer)
    else current.resolve()
    setQueue((q) => q.filter((p) => p.id !== current.id))
  }

  return (
    <DialogsContext.Provider value={dialogs}>
      {children}
      {current?.kind === 'confirm' && (
        <ConfirmDialog
          key={current.id}
          {...current.options}
          onConfirm={() => settle(true)}
          onCancel={() => settle(false)}
        />
      )}
      {current?.kind === 'alert' && (
        <AlertDialog key={current.id} {...current.options} onClose={() => settle(false)} />
      )}
    </DialogsContext.Provider>
  )
}

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext)
  if (!dialogs) throw new Error('useDialogs must be used inside <DialogsProvider>')
  return dialogs
}
