import { useCallback, useMemo, useState } from 'react'
import type { z } from 'zod'
import { describeRecordIssue } from '../../../shared/model'
import { standingIssues, type FieldMessage } from './field-messages'

export interface StoreIssues<T> {
  /** What the store refused on the last save, as far as it still applies to the draft. */
  issues: FieldMessage[]
  /** Call with the store's issues (`ValidationError.issues`) and the draft it refused. */
  refuse: (issues: readonly FieldMessage[], refused: T) => void
  /** Forgets them, e.g. when the record is saved after all. */
  clear: () => void
}

/**
 * Keeps what the store refused on saving `draft`, and lets each message go as soon as its
 * field is changed (see `standingIssues`): the user sees at once that a fixed field is
 * fixed, without having to save again. `recheck`, the store's own validation run on the
 * draft, keeps a message while the new value is still refused.
 */
export function useStoreIssues<T>(
  draft: T,
  recheck?: (draft: T) => readonly FieldMessage[],
): StoreIssues<T> {
  const [refused, setRefused] = useState<{ issues: readonly FieldMessage[]; draft: T } | null>(null)
  const issues = useMemo(
    () => (refused ? standingIssues(refused.issues, refused.draft, draft, recheck) : []),
    [refused, draft, recheck],
  )
  const refuse = useCallback(
    (found: readonly FieldMessage[], refusedDraft: T) =>
      setRefused({ issues: found, draft: refusedDraft }),
    [],
  )
  const clear = useCallback(() => setRefused(null), [])
  return { issues, refuse, clear }
}

/**
 * The store's validation of a record (its zod schema, as db/repo runs it), for `recheck`.
 * Made once per schema, so the check keeps its identity between renders.
 */
export function schemaCheck<T>(schema: z.ZodType): (draft: T) => FieldMessage[] {
  return (draft) => {
    const result = schema.safeParse(draft, { reportInput: true })
    return result.success ? [] : result.error.issues.map(describeRecordIssue)
  }
}
