/**
 * The one way an error becomes text for the user. The store's own errors (validation,
 * a missing record, a bad file) are written in Norwegian for the user and are shown as
 * they are; a database error from Dexie or IndexedDB is English and technical, and is
 * replaced by a Norwegian message that says what happened and what to do.
 */
import Dexie from 'dexie'
import { t } from '../i18n/nb'

function isDatabaseError(error: unknown): error is Error {
  return (
    error instanceof Dexie.DexieError ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException)
  )
}

/** The innermost cause of an error Dexie wrapped (an aborted transaction keeps why in `inner`). */
function rootCause(error: Error): Error {
  let e: Error = error
  for (let i = 0; i < 5; i++) {
    const inner = (e as { inner?: unknown }).inner
    if (!(inner instanceof Error)) break
    e = inner
  }
  return e
}

/** A message for an alert: Norwegian whatever failed. */
export function errorMessage(error: unknown): string {
  if (isDatabaseError(error)) {
    const cause = rootCause(error)
    if (cause.name === 'QuotaExceededError' || error.name === 'QuotaExceededError') return t.errors.storeFull
    return t.errors.storeFailed(cause.name)
  }
  return error instanceof Error && error.message ? error.message : t.common.unknownError
}
