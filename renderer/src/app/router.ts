/**
 * A small hash router: `#/activities`, later `#/activities/<id>`. The hash works the
 * same from a file:// page, Electron and the web build's relative base, and needs no
 * server support and no dependency.
 */
import { useSyncExternalStore } from 'react'

/** `#/activities/abc%20d` → `['activities', 'abc d']`. */
export function parseHash(hash: string): string[] {
  return hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => {
      try {
        return decodeURIComponent(part)
      } catch {
        return part
      }
    })
}

/** `('activities', 'abc d')` → `#/activities/abc%20d`. */
export function routeHref(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`
}

export function navigate(...segments: string[]): void {
  window.location.hash = routeHref(...segments)
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function getHash(): string {
  return window.location.hash
}

/** The current route as path segments; re-renders when the hash changes. */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, getHash, () => '')
  return parseHash(hash)
}
