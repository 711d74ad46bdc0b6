/**
 * The messages between the page and the heavy-task worker, and their checks. Each side
 * validates what it receives before it acts on it: the page sends one `run` message per
 * worker; the worker answers with any number of `progress` messages and then one `done`
 * or `failed`. The inputs are checked for their shape (the records themselves were
 * validated when they were stored, and are validated again by the task where it reads a
 * file); the cost of checking a 5,000-activity workbench field by field is left out.
 */
import { z } from 'zod'
import { TASK_KINDS, type TaskInput, type TaskKind, type TaskProgress } from './tasks'

const bytes = z.instanceof(Uint8Array)
const records = z.array(z.looseObject({ id: z.string() }))
const ropaSource = z.looseObject({
  organization: z.looseObject({}).nullable(),
  activities: records,
  processors: records,
  transfers: records,
})
const isoMoment = z.string().min(1)

const INPUT_SCHEMAS: { [K in TaskKind]: z.ZodType<unknown> } = {
  'audit-pack': z.object({
    workbench: ropaSource.extend({ clauses: z.array(z.unknown()), changes: z.array(z.unknown()) }),
    today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    now: isoMoment,
    parts: z.record(z.string(), z.boolean()).optional(),
    includeDrafts: z.boolean().optional(),
    attachmentBytes: z.map(z.string(), bytes).optional(),
  }),
  'protokoll-docx': z.object({ source: ropaSource, now: isoMoment, includeDrafts: z.boolean() }),
  'protokoll-xlsx': z.object({ source: ropaSource, now: isoMoment, includeDrafts: z.boolean() }),
  'excel-import': z.object({
    bytes,
    existing: z.looseObject({ activities: records, processors: records, transfers: records }),
    now: isoMoment.optional(),
    defaultStatus: z.enum(['draft', 'active', 'archived']).optional(),
  }),
  'policy-import': z.object({ name: z.string(), bytes }),
  'workbench-open': z.object({ bytes }),
}

/** The page → worker message: run one task. */
export interface RunMessage<K extends TaskKind = TaskKind> {
  type: 'run'
  kind: K
  input: TaskInput<K>
}

/** A failure as it crosses from the worker: class instances do not survive the copy. */
export interface TaskFailure {
  /** The error's class name (WorkbenchError, XlsxLimitError, RangeError …). */
  name: string
  message: string
  /** WorkbenchError's list of every problem found. */
  problems?: string[]
}

/** Worker → page messages. */
export type WorkerMessage =
  | ({ type: 'progress' } & TaskProgress)
  | { type: 'done'; output: unknown }
  | { type: 'failed'; error: TaskFailure }

const runMessage = z.object({ type: z.literal('run'), kind: z.enum(TASK_KINDS), input: z.unknown() })

/** The run message in `data`, with its input checked for the kind's shape; throws a TypeError if it is not one. */
export function parseRunMessage(data: unknown): RunMessage {
  const envelope = runMessage.safeParse(data)
  if (!envelope.success) throw new TypeError('Arbeidstråden fikk en melding den ikke kjenner.')
  const { kind, input } = envelope.data
  if (!INPUT_SCHEMAS[kind].safeParse(input).success)
    throw new TypeError(`Arbeidstråden fikk feil inndata for oppgaven «${kind}».`)
  return { type: 'run', kind, input: input as TaskInput<typeof kind> }
}

const count = z.number().int().nonnegative()
const workerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: count, total: count.min(1) }),
  z.object({ type: z.literal('done'), output: z.unknown() }),
  z.object({
    type: z.literal('failed'),
    error: z.object({ name: z.string(), message: z.string(), problems: z.array(z.string()).optional() }),
  }),
])

/** The worker's message in `data`, or null when it is not one (and is then ignored). */
export function parseWorkerMessage(data: unknown): WorkerMessage | null {
  const parsed = workerMessage.safeParse(data)
  return parsed.success ? parsed.data : null
}

/** An error as it crosses to the page. */
export function toFailure(error: unknown): TaskFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) }
  const problems = (error as { problems?: unknown }).problems
  const failure: TaskFailure = { name: error.name, message: error.message }
  if (Array.isArray(problems) && problems.every((p) => typeof p === 'string')) failure.problems = problems
  return failure
}
