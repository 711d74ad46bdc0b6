/**
 * Field-by-field comparison of two versions of a record, for the history view.
 * Nested objects are flattened into dotted paths ("retention.period"); arrays are
 * compared as whole values, because a list of purposes or ids reads best as
 * "before: […], after: […]" rather than element by element.
 */

export interface FieldChange {
  /** Dotted path of the field, e.g. "automatedDecisions.used". */
  field: string
  /** `undefined` when the field did not exist before (e.g. the record was created). */
  before: unknown
  /** `undefined` when the field no longer exists (e.g. the record was deleted). */
  after: unknown
}

/**
 * Lists the fields that differ between `before` and `after`. `null` or `undefined` on
 * either side stands for "no record" (created or deleted), so every field of the other
 * side is listed; so is every field of a nested object that appears or disappears.
 * An object that becomes `null` (or the other way round) is one change of the whole value.
 * Fields keep the order of `before`, then the new fields of `after`.
 */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = []
  compare(isPlainObject(before) ? before : {}, isPlainObject(after) ? after : {}, '', changes)
  return changes
}

function compare(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix: string,
  out: FieldChange[],
): void {
  const keys = [
    ...Object.keys(before),
    ...Object.keys(after).filter((k) => !Object.hasOwn(before, k)),
  ]
  for (const key of keys) {
    const field = prefix ? `${prefix}.${key}` : key
    const b = Object.hasOwn(before, key) ? before[key] : undefined
    const a = Object.hasOwn(after, key) ? after[key] : undefined
    if ((isPlainObject(b) || b === undefined) && (isPlainObject(a) || a === undefined)) {
      // A missing side counts as an empty object, so a created or removed nested object
      // is listed field by field like a created record.
      compare(b ?? {}, a ?? {}, field, out)
    } else if (!deepEqual(b, a)) {
      out.push({ field, before: b, after: a })
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** Structural equality of JSON-like values (what records are made of). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((v, i) => deepEqual(v, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const ka = Object.keys(ra)
  if (ka.length !== Object.keys(rb).length) return false
  return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]))
}
