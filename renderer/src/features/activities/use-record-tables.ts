/**
 * What the activity table and editor read: whole tables from the shared snapshots
 * (db/repo/table-snapshot.ts), and what is worked out from all activities at once (the
 * clauses that describe each activity and the «ikke omtalt i personvernerklæringen» flags,
 * the suggestion lists). Those are computed once per change of their inputs, shared by the
 * table and the editor, and only when the browser is idle: with 5 000 activities each takes
 * tens of milliseconds, which must not hold up a click, a keystroke or a save.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useSyncExternalStore } from 'react'
import {
  deepEqual,
  type Clause,
  type Organization,
  type ProcessingActivity,
} from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { withoutKey } from '../../db/repo/organization'
import { useTable } from '../../db/use-table'
import { ORGANIZATION_KEY } from '../../db/schema'
import { clauseTitle } from '../policy/clause-text'
import { disclosingClauses } from '../policy/engine'
import { collectSuggestions, type Suggestions } from './activity-form'
import type { PolicyDisclosure } from './activity-rows'

/** Runs `job` when the browser is idle (at the latest after a second); returns a cancel function. */
function whenIdle(job: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(job, { timeout: 1000 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(job, 50)
  return () => clearTimeout(handle)
}

function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i])
}

/**
 * A value worked out from some inputs (compared by identity) when the browser is idle,
 * shared by every component that asks for it. Until the value for the latest inputs is
 * ready, readers get the one for the inputs before (or undefined at first): a flag or a
 * suggestion a moment late does no harm, a frozen screen would.
 */
export class IdleValue<V> {
  private inputs: readonly unknown[] | null = null
  private value: V | undefined = undefined
  private pending: { inputs: readonly unknown[]; cancel: () => void } | null = null
  private readonly listeners = new Set<() => void>()

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get = (): V | undefined => this.value

  /** Whether the value is the one for `inputs`. */
  isFor(inputs: readonly unknown[]): boolean {
    return this.inputs !== null && sameInputs(this.inputs, inputs)
  }

  /** Asks for the value of `inputs`: computed when idle, unless it is known or on its way. */
  request(inputs: readonly unknown[], compute: () => V): void {
    if (this.isFor(inputs)) return
    if (this.pending && sameInputs(this.pending.inputs, inputs)) return
    this.pending?.cancel()
    const pending = {
      inputs,
      cancel: whenIdle(() => {
        if (this.pending !== pending) return
        this.pending = null
        this.value = compute()
        this.inputs = inputs
        for (const listener of [...this.listeners]) listener()
      }),
    }
    this.pending = pending
  }
}

/** Reads `idle`'s value and asks for the value of `inputs` (null: not all inputs are there yet). */
export function useIdleValue<V>(
  idle: IdleValue<V>,
  inputs: readonly unknown[] | null,
  compute: () => V,
): V | undefined {
  const value = useSyncExternalStore(idle.subscribe, idle.get)
  useEffect(() => {
    if (inputs !== null) idle.request(inputs, compute)
  })
  return value
}

const disclosure = new IdleValue<PolicyDisclosure>()
let organizationSeen: Organization | null = null

/**
 * The same object for the same organisation: a live query hands out a fresh copy each
 * time a screen mounts, which would make the flags be worked out again for nothing.
 */
function stableOrganization(organization: Organization | null): Organization | null {
  if (organization === null || !deepEqual(organization, organizationSeen)) {
    organizationSeen = organization
  }
  return organizationSeen
}

/**
 * Which clauses describe each activity, and which activities the privacy policy does not
 * describe (active, with people outside the company, and named by no visible clause; see
 * shared/policy/review.ts), for the «Personvernerklæringen» column, its filter and the
 * editor's warning. Undefined until first worked out.
 */
export function usePolicyDisclosure(
  activities: readonly ProcessingActivity[] | undefined,
): PolicyDisclosure | undefined {
  const db = useDb()
  const clauses = useTable('clauses')
  const row = useLiveQuery(async () => (await db.organization.get(ORGANIZATION_KEY)) ?? null, [db])
  const organization = row === undefined ? undefined : stableOrganization(row && withoutKey(row))
  const inputs =
    activities !== undefined && clauses !== undefined && organization !== undefined
      ? [activities, clauses, organization]
      : null
  return useIdleValue(disclosure, inputs, () =>
    policyDisclosure(activities!, clauses!, organization!),
  )
}

/** The activities the privacy policy does not describe; undefined until first worked out. */
export function useUndisclosedIds(
  activities: readonly ProcessingActivity[] | undefined,
): ReadonlySet<string> | undefined {
  return usePolicyDisclosure(activities)?.undisclosed
}

export function policyDisclosure(
  activities: readonly ProcessingActivity[],
  clauses: readonly Clause[],
  organization: Organization | null,
): PolicyDisclosure {
  // It reads only the organisation, the activities and the clauses.
  const workbench = { organization, activities, processors: [], transfers: [], clauses }
  const headings = new Map<string, string[]>()
  const undisclosed = new Set<string>()
  for (const [id, described] of disclosingClauses(workbench)) {
    headings.set(id, described.map(clauseTitle))
    if (described.length === 0) undisclosed.add(id)
  }
  return { headings, undisclosed }
}

const suggestions = new IdleValue<Suggestions>()

/** The values used across the record, for the editor's suggestion lists; undefined at first. */
export function useSuggestions(
  activities: readonly ProcessingActivity[] | undefined,
): Suggestions | undefined {
  return useIdleValue(suggestions, activities ? [activities] : null, () =>
    collectSuggestions(activities!),
  )
}
