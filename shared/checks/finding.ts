/**
 * A finding reported by a check: the policy-text linter now, the readiness checks on the
 * record later. Readiness findings extend this interface (e.g. with a `ref` to a record),
 * so consumers should only rely on the fields declared here.
 */

export type Severity = 'error' | 'warning'

export interface Finding {
  /** Stable machine-readable code, e.g. `missing-retention`. Never reworded once shipped. */
  code: string
  /** The provision the finding rests on, e.g. `art. 13 nr. 1 bokstav c` or `ekomloven § 3-15`. */
  article: string
  /** `error` for a clear legal failure, `warning` for something a human should judge. */
  severity: Severity
  /** Norwegian bokmål; says what is wrong and what to do. */
  message: string
  /** The text the finding points at, shortened to a readable length. */
  excerpt?: string
  /** 1-based line of the excerpt in the checked text. */
  line?: number
}

/** True when at least one finding is an error (the CLI exits 1 then). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error')
}
