import { useCallback, useEffect, useRef } from 'react'
import { t } from '../i18n/nb'
import { useDialogs } from './dialogs'

export interface LeaveGuard {
  /**
   * Goes to `hash` (e.g. `#/processors/abc`) without asking: for the editor's own
   * navigation once its changes are saved. `replace` swaps the history entry, so Back
   * does not lead to a «new record» form that no longer applies.
   */
  leave: (hash: string, options?: { replace?: boolean }) => void
}

/** The parts of the Navigation API's `navigate` event used here (not yet in TypeScript's DOM types). */
interface NavigateEventLike extends Event {
  readonly destination: { readonly url: string; readonly sameDocument: boolean }
}

function navigationApi(): EventTarget | null {
  return (window as unknown as { navigation?: EventTarget }).navigation ?? null
}

/** A change of route: to another `#/…` hash, or to none at all (the first section). */
function isRouteChange(targetHash: string): boolean {
  return targetHash !== window.location.hash && (targetHash === '' || targetHash.startsWith('#/'))
}

/**
 * Keeps unsaved edits from being lost. While `dirty`, a change of route (a link, Back or
 * Forward, a typed address) is held back and the user asked whether to discard the
 * changes; closing or reloading the window triggers the browser's own «leave site?»
 * prompt.
 *
 * The hash router cannot refuse a change once `hashchange` has fired (its listener may
 * already have run), so the route is stopped before it changes, with the Navigation
 * API's cancelable `navigate` event (Chromium, hence Electron and the web build's
 * browsers). Where that API is missing, in-app links are still caught by a click
 * listener in the capture phase; only Back then goes unchecked.
 */
export function useLeaveGuard(dirty: boolean): LeaveGuard {
  const dialogs = useDialogs()
  // Set while the guard itself navigates, so its own navigation is not held back.
  const bypass = useRef(false)
  const asking = useRef(false)

  const navigateUnchecked = useCallback((hash: string, replace = false) => {
    bypass.current = true
    try {
      // The `navigate` event fires synchronously inside these calls.
      if (replace) window.location.replace(hash)
      else window.location.hash = hash
    } finally {
      bypass.current = false
    }
  }, [])

  useEffect(() => {
    if (!dirty) return

    const askThenGo = (hash: string) => {
      if (asking.current) return
      asking.current = true
      void dialogs
        .confirm({
          title: t.forms.leaveTitle,
          message: t.forms.leaveMessage,
          confirmLabel: t.forms.leaveConfirm,
          cancelLabel: t.forms.leaveCancel,
          danger: true,
        })
        .then((ok) => {
          asking.current = false
          if (ok && hash !== window.location.hash) navigateUnchecked(hash)
        })
    }

    const onNavigate = (event: Event) => {
      const { destination } = event as NavigateEventLike
      if (bypass.current || !destination.sameDocument || !event.cancelable) return
      const target = new URL(destination.url).hash
      if (!isRouteChange(target)) return
      event.preventDefault()
      askThenGo(target)
    }

    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
      const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null
      const href = anchor?.getAttribute('href') ?? ''
      if (!isRouteChange(href) || href === '') return
      event.preventDefault()
      askThenGo(href)
    }

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }

    const navigation = navigationApi()
    if (navigation) navigation.addEventListener('navigate', onNavigate)
    else document.addEventListener('click', onClick, true)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      if (navigation) navigation.removeEventListener('navigate', onNavigate)
      else document.removeEventListener('click', onClick, true)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [dirty, dialogs, navigateUnchecked])

  const leave = useCallback(
    (hash: string, options: { replace?: boolean } = {}) => {
      if (hash !== window.location.hash) navigateUnchecked(hash, options.replace === true)
    },
    [navigateUnchecked],
  )

  return { leave }
}
