/**
 * The worker's side of a task (heavy.worker.ts binds it to the worker's messages): checks
 * the run message, runs the task's body (tasks.ts), and posts progress and then the result
 * or the failure. The result's bytes are transferred, not copied.
 */
import { parseRunMessage, toFailure, type WorkerMessage } from './protocol'
import { TASK_BODIES, type TaskProgress } from './tasks'

export type PostFromWorker = (message: WorkerMessage, transfer: Transferable[]) => void

/** The ArrayBuffers inside a result, so that they move to the page instead of being copied. */
export function buffersOf(value: unknown, into: Set<ArrayBuffer> = new Set(), depth = 0): Set<ArrayBuffer> {
  if (depth > 4 || value === null || typeof value !== 'object') return into
  if (value instanceof Uint8Array) {
    // Only a view of its whole buffer: moving a shared buffer would take others' bytes along.
    if (value.buffer instanceof ArrayBuffer && value.byteOffset === 0 && value.byteLength === value.buffer.byteLength)
      into.add(value.buffer)
    return into
  }
  const items = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value)
  for (const item of items) buffersOf(item, into, depth + 1)
  return into
}

/** Runs the task that `data` asks for and answers through `post`. Never throws. */
export async function serveTask(data: unknown, post: PostFromWorker): Promise<void> {
  try {
    const { kind, input } = parseRunMessage(data)
    const body = TASK_BODIES[kind] as (i: unknown, p: (p: TaskProgress) => void) => Promise<unknown>
    const output = await body(input, ({ done, total }) => post({ type: 'progress', done, total }, []))
    post({ type: 'done', output }, [...buffersOf(output)])
  } catch (error) {
    post({ type: 'failed', error: toFailure(error) }, [])
  }
}
