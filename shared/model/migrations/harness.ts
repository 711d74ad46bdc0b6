/**
 * Helpers for migration tests. Every `NNN-name.test.ts` (here and in renderer/src/db)
 * uses the same checks, so none of them can forget the one on mutation.
 */

/**
 * Runs a pure record upgrade on deep-frozen copies of `records` and returns the results.
 * A function that writes to its input throws a TypeError here (modules are strict
 * mode), and one that escapes the freeze is caught by comparing against a snapshot.
 */
export function runPureUpgrade<Old, New>(upgrade: (record: Old) => New, records: readonly Old[]): New[] {
  const inputs = records.map((r) => deepFreeze(structuredClone(r)))
  const snapshot = JSON.stringify(inputs)
  const outputs = inputs.map((r) => upgrade(r))
  if (JSON.stringify(inputs) !== snapshot) {
    throw new Error('The upgrade function changed its input; it must return a new object instead.')
  }
  return outputs
}

/** Freezes an object graph, so that any write to it throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}
