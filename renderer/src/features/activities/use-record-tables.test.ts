import { describe, expect, it } from 'vitest'
import { newStandardClause } from '../../../../shared/policy/clause-records'
import { sampleActivity, sampleClause, T0, T1, T2 } from '../../db/test-support'
import { disclosureText } from './activity-rows'
import { IdleValue, policyDisclosure } from './use-record-tables'

/** Resolves after the next change `idle` reports. */
function changed<V>(idle: IdleValue<V>): Promise<V | undefined> {
  return new Promise((resolve) => {
    const stop = idle.subscribe(() => {
      stop()
      resolve(idle.get())
    })
  })
}

describe('IdleValue', () => {
  it('computes once per set of inputs and tells its readers', async () => {
    const idle = new IdleValue<number>()
    const a = {}
    const b = {}
    let runs = 0
    const compute = (n: number) => () => {
      runs++
      return n
    }
    const first = changed(idle)
    idle.request([a, b], compute(1))
    idle.request([a, b], compute(1))
    expect(idle.get()).toBeUndefined()
    expect(await first).toBe(1)
    expect(idle.isFor([a, b])).toBe(true)
    idle.request([a, b], compute(1))
    expect(runs).toBe(1)

    // New inputs: the old value stays until the new one is ready; a request overtaken by a
    // newer one is never computed.
    const next = changed(idle)
    idle.request([a], compute(2))
    idle.request([b], compute(3))
    expect(idle.get()).toBe(1)
    expect(await next).toBe(3)
    expect(runs).toBe(2)
    expect(idle.isFor([b])).toBe(true)
    expect(idle.isFor([a])).toBe(false)
  })
})

describe('policyDisclosure', () => {
  const informed = (informedBy: 'policy' | 'notice') =>
    sampleActivity().dataSubjects.map((g) => ({ ...g, informedBy, notice: informedBy === 'notice' ? 'Personalhåndboka' : '' }))
  const external = (id: string, createdAt: string) => ({
    ...sampleActivity({ name: id }),
    id,
    status: 'active' as const,
    // The policy is how its people are informed.
    dataSubjects: informed('policy'),
    createdAt,
    updatedAt: createdAt,
  })

  const undisclosedIds: (...args: Parameters<typeof policyDisclosure>) => ReadonlySet<string> = (
    ...args
  ) => policyDisclosure(...args).undisclosed

  it('flags an active external activity no visible clause names', () => {
    const old = external('gammel', T0)
    const fresh = external('ny', T2)
    const internal = { ...external('intern', T2), dataSubjects: informed('notice') }
    // With the library's texts every clause follows the record: nothing is flagged.
    expect(undisclosedIds([old, fresh, internal], [], null)).toEqual(new Set())

    // Edited texts name only the activities that existed when they were last reviewed.
    const edited = (c: ReturnType<typeof newStandardClause>) => ({
      ...c,
      edited: true,
      body: { nb: 'Egen tekst.', nn: 'Eigen tekst.' },
      lastReviewed: T1,
    })
    const clauses = [
      edited(newStandardClause('purposes', T0)),
      edited(newStandardClause('requirement', T0)),
    ]
    expect(undisclosedIds([old, fresh, internal], clauses, null)).toEqual(new Set(['ny']))

    // A custom clause linked by hand describes it.
    const custom = sampleClause({ id: 'egen', linkedActivityIds: ['ny'] })
    expect(undisclosedIds([old, fresh, internal], [...clauses, custom], null)).toEqual(new Set())
  })

  it('names the clauses that describe each activity by their headings, for the table', () => {
    const old = external('gammel', T0)
    const internal = { ...external('intern', T2), dataSubjects: informed('notice') }
    const draft = { ...external('utkast', T2), status: 'draft' as const }
    const custom = sampleClause({
      id: 'egen',
      title: { nb: 'Strømstøtte', nn: 'Straumstøtte' },
      order: 2500,
      linkedActivityIds: ['gammel'],
    })
    const disclosure = policyDisclosure([old, internal, draft], [custom], null)
    expect(disclosure.headings.get('gammel')).toContain('Hva vi bruker opplysningene til')
    expect(disclosure.headings.get('gammel')).toContain('Strømstøtte')
    expect(disclosureText(old, disclosure)).toMatch(
      /^\d+ avsnitt: «Hva vi bruker opplysningene til», .*«Strømstøtte»$/,
    )
    expect(disclosureText(internal, disclosure)).toBe(
      'Ikke med (de registrerte informeres på annen måte)',
    )
    expect(disclosureText(draft, disclosure)).toBe('Ikke med (utkast)')
    // Until worked out, an activity in scope shows nothing rather than a guess.
    expect(disclosureText(old, undefined)).toBeNull()

    // Edited texts never reviewed name nothing by rule.
    const unreviewed = (key: 'purposes' | 'requirement') => ({
      ...newStandardClause(key, T0),
      edited: true,
      body: { nb: 'Egen tekst.', nn: 'Eigen tekst.' },
    })
    const none = policyDisclosure([old], [unreviewed('purposes'), unreviewed('requirement')], null)
    expect(none.headings.get('gammel')).toEqual([])
    expect(disclosureText(old, none)).toBe('Ikke omtalt')
  })
})
