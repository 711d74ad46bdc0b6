/**
 * Ctrl+S (⌘S on a Mac) saves the editor in front of the user, as in any desktop program;
 * the browser's own «Lagre siden som …» never opens from an editor.
 */
import { useEffect, useRef, type RefObject } from 'react'
import { t } from '../i18n/nb'

function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
}

/** How the shortcut is written on this machine: «⌘S» on a Mac, «Ctrl+S» elsewhere. */
export function saveShortcutText(): string {
  return isMac() ? '⌘S' : 'Ctrl+S'
}

/** The shortcut for `aria-keyshortcuts` on the save button. */
export function saveShortcutAria(): string {
  return isMac() ? 'Meta+S' : 'Control+S'
}

/** The open modal dialog on top, if any: the one last in the document. */
function topDialog(): HTMLDialogElement | null {
  const open = document.querySelectorAll<HTMLDialogElement>('dialog[open]')
  return open.length > 0 ? open[open.length - 1]! : null
}

/**
 * Runs `save` on Ctrl+S / ⌘S wherever the focus is, while the element of `scope` (the
 * editor's form, or a dialog's content) is on the page and no dialog above it is open:
 * a question on top of an editor has the keyboard, and a dialog's own editor saves itself.
 * Holding the keys down saves once.
 */
export function useSaveShortcut(scope: RefObject<HTMLElement | null>, save: () => void): void {
  const latest = useRef(save)
  useEffect(() => {
    latest.current = save
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.key.toLowerCase() !== 's') return
      const element = scope.current
      if (!element?.isConnected) return
      event.preventDefault()
      const dialog = topDialog()
      if (event.repeat || (dialog !== null && !dialog.contains(element))) return
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [scope])
}

/**
 * The shortcut written next to a save button, so the user finds it where they look for
 * saving. Screen readers read it with the button.
 */
export function SaveShortcutHint() {
  return (
    <span className="save-shortcut">
      <span className="visually-hidden">{t.forms.saveShortcut} </span>
      <kbd>{saveShortcutText()}</kbd>
    </span>
  )
}
