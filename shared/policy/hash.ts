/**
 * The content hash of a policy version: SHA-256 of the canonical JSON of its document.
 * Web Crypto, so it runs the same in Node 20, Electron and the browser.
 */
import type { PolicyDoc } from '../model/policy-doc'

/**
 * JSON with object keys in sorted order and no whitespace; `undefined` properties are
 * left out, as JSON.stringify does. Equal documents give equal strings whatever order
 * their keys were written in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const s = JSON.stringify(value)
    if (s === undefined) throw new Error('canonicalJson: value cannot be written as JSON')
    return s
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** SHA-256 of the canonical JSON of the document, 64 lowercase hex digits. */
export async function hashPolicyDoc(doc: PolicyDoc): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(doc))
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}
