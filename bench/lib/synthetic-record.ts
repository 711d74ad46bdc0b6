/**
 * The synthetic record the benchmarks share: `nActivities` activities and `nProcessors`
 * processors made from the sample company's records, so every field has the length a real
 * record has. Lives under bench/lib/ so that bench/run.ts does not run it as a benchmark.
 */
import { sampleWorkbench } from '../../resources/sample-company'
import type { ProcessingActivity } from '../../shared/model/activity'
import type { Processor } from '../../shared/model/processor'
import type { Transfer } from '../../shared/model/transfer'
import { toWorkbench, type Workbench } from '../../shared/model/workbench'

export const ACTIVITIES = 5_000
export const PROCESSORS = 1_000

/**
 * Typed into the search box one letter at a time. Activities carry prefixes of it (see
 * `syntheticRecord`), each followed by a full stop, so every further letter matches fewer
 * activities and the row count changes on every keystroke, whatever other text contains.
 */
export const SEARCH_WORD = 'qxjzvwkqxjzvwkqxjzvw'
export const PER_PREFIX = 20

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same workbench. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACES = [
  'Oslo',
  'Bergen',
  'Trondheim',
  'Stavanger',
  'Tromsø',
  'Bodø',
  'Ålesund',
  'Kristiansand',
  'Hamar',
  'Molde',
]
const UNITS = ['region', 'avdeling', 'prosjekt', 'kontor', 'enhet']

/**
 * A workbench of `nActivities` activities and `nProcessors` processors made from the sample
 * company's records, so every field has the length a real record has: the sample's texts,
 * lists and links, with names, owners, statuses and links varied.
 */
export function syntheticRecord(nActivities = ACTIVITIES, nProcessors = PROCESSORS): Workbench {
  const sample = sampleWorkbench('2026-11-23T09:00:00.000Z')
  const rnd = random(7)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!

  const processors: Processor[] = []
  const transfers: Transfer[] = []
  const transfersOf = new Map<string, string[]>()
  for (let i = 0; i < nProcessors; i++) {
    const template = sample.processors[i % sample.processors.length]!
    const id = `p-${i}`
    const name = `${template.name.replace(/ (AS|Inc\.|Ltd|AB|GmbH)$/, '')} ${pick(PLACES)} ${i + 1}`
    processors.push({
      ...structuredClone(template),
      id,
      name,
      status: rnd() < 0.05 ? 'archived' : 'active',
    })
    const ids: string[] = []
    for (const tr of sample.transfers.filter((t) => t.processorId === template.id)) {
      const trId = `t-${transfers.length}`
      transfers.push({ ...structuredClone(tr), id: trId, processorId: id, recipient: name })
      ids.push(trId)
    }
    transfersOf.set(id, ids)
  }

  const activities: ProcessingActivity[] = []
  for (let i = 0; i < nActivities; i++) {
    const template = sample.activities[i % sample.activities.length]!
    const processorIds = [
      ...new Set(
        Array.from(
          { length: 1 + Math.floor(rnd() * 3) },
          () => `p-${Math.floor(rnd() * nProcessors)}`,
        ),
      ),
    ]
    const transferIds = processorIds.flatMap((p) => transfersOf.get(p) ?? [])
    // Groups of PER_PREFIX activities carry the prefixes of SEARCH_WORD of length 1, 2, … 20.
    const prefixLength = Math.floor(i / PER_PREFIX) + 1
    const marked = prefixLength <= SEARCH_WORD.length
    const roll = rnd()
    activities.push({
      ...structuredClone(template),
      id: `a-${i}`,
      name: `${template.name} – ${pick(PLACES)} ${pick(UNITS)} ${i + 1}`,
      owner: `${template.owner || 'Fellestjenester'} ${pick(PLACES)}`,
      description: marked
        ? `${template.description} Arkivreferanse ${SEARCH_WORD.slice(0, prefixLength)}.`
        : template.description,
      processorIds,
      transferIds,
      // Marked activities stay active, so each prefix matches rows the default filter shows.
      status: marked ? 'active' : roll < 0.05 ? 'archived' : roll < 0.15 ? 'draft' : 'active',
    })
  }
  return toWorkbench(
    {
      organization: sample.organization,
      activities,
      processors,
      transfers,
      sources: sample.sources,
      clauses: [],
      policyVersions: [],
      changes: [],
    },
    '2026-11-23T09:00:00.000Z',
  )
}

