/**
 * The one way the page runs heavy work: `runTask(kind, input, { onProgress, signal })`.
 * Each task gets its own Web Worker (heavy.worker.ts), so the interface thread stays free
 * while the audit pack, the Word and Excel writers or a file reader run. Cancelling (the
 * signal) terminates the worker at once: the promise rejects with an AbortError and no
 * result ever reaches the caller, so whatever the caller writes or downloads after success
 * is never half done.
 *
 * Where there is no Worker (the unit tests in Node), inProcessWorker serves the same task
 * with the same messages in this thread; cancelling then discards the result.
 */
import { WorkbenchError } from '../../../shared/model/workbench'
import { t } from '../i18n/nb'
import { parseWorkerMessage, type RunMessage, type TaskFailure } from './protocol'
import { serveTask } from './serve-task'
import type { TaskInput, TaskKind, TaskOutput, TaskProgress } from './tasks'

export type { TaskKind, TaskProgress } from './tasks'

export interface RunTaskOptions {
  /** Called with each progress message of the task. */
  onProgress?: (progress: TaskProgress) => void
  /** Aborting it terminates the task. */
  signal?: AbortSignal
  /**
   * Buffers of the input to move into the worker instead of copying them (a large file's
   * bytes the page no longer needs). They are unusable in the page afterwards.
   */
  transfer?: ArrayBuffer[]
}

/** What runTask needs of a Worker; tests give a stand-in. */
export interface TaskWorker {
  postMessage(message: RunMessage, options?: StructuredSerializeOptions): void
  terminate(): void
  onmessage: ((event: MessageEvent<unknown>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
  onmessageerror: ((event: MessageEvent<unknown>) => void) | null
}

/** The name under which each task's duration is recorded (performance.measure), for tests and benchmarks. */
export function taskMeasureName(kind: TaskKind): string {
  return `ombud-oppgave:${kind}`
}

/** An AbortError, as fetch and other cancellable web APIs reject with. */
function abortError(): DOMException {
  return new DOMException(t.tasks.cancelled, 'AbortError')
}

/** Whether `error` is what a cancelled task rejects with. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError'
}

/** The worker's failure as an error of the page: WorkbenchError keeps its list of problems. */
export function fromFailure(failure: TaskFailure): Error {
  if (failure.name === 'WorkbenchError') return new WorkbenchError(failure.message, failure.problems)
  const error = new Error(failure.message)
  error.name = failure.name
  return error
}

function spawnWorker(): TaskWorker {
  return new Worker(new URL('./heavy.worker.ts', import.meta.url), {
    type: 'module',
    name: 'ombud-oppgave',
  })
}

/**
 * A stand-in for a Worker that serves the task in this thread, with messages copied as
 * between threads (where there is no Worker: the unit tests in Node). Terminating it drops
 * whatever the task still posts; the task itself runs to its end.
 */
export function inProcessWorker(): TaskWorker {
  let terminated = false
  const worker: TaskWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: () => {
      terminated = true
    },
    postMessage: (message, options) => {
      const data: unknown = structuredClone(message, options)
      queueMicrotask(() =>
        void serveTask(data, (answer, transfer) => {
          if (terminated) return
          const copy: unknown = structuredClone(answer, { transfer })
          setTimeout(() => {
            if (!terminated) worker.onmessage?.(new MessageEvent('message', { data: copy }))
          })
        }),
      )
    },
  }
  return worker
}

/** A runTask over the given way of starting a worker. */
export function createTaskRunner(spawn: () => TaskWorker) {
  return function runTask<K extends TaskKind>(
    kind: K,
    input: TaskInput<K>,
    opts: RunTaskOptions = {},
  ): Promise<TaskOutput<K>> {
    const { signal, onProgress, transfer = [] } = opts
    if (signal?.aborted) return Promise.reject(abortError())
    const message: RunMessage<K> = { type: 'run', kind, input }
    const started = performance.now()
    const measured = <T>(value: T): T => {
      performance.measure(taskMeasureName(kind), { start: started, end: performance.now() })
      return value
    }
    return new Promise<TaskOutput<K>>((resolve, reject) => {
      const worker = spawn()
      let settled = false
      const finish = (outcome: () => void) => {
        if (settled) return
        settled = true
        worker.terminate()
        signal?.removeEventListener('abort', onAbort)
        outcome()
      }
      const onAbort = () => finish(() => reject(abortError()))
      signal?.addEventListener('abort', onAbort, { once: true })

      worker.onmessage = (event) => {
        const m = parseWorkerMessage(event.data)
        if (m === null) finish(() => reject(new Error(t.tasks.failed)))
        else if (m.type === 'progress') {
          if (!settled) onProgress?.({ done: Math.min(m.done, m.total), total: m.total })
        } else if (m.type === 'done') finish(() => resolve(measured(m.output as TaskOutput<K>)))
        else finish(() => reject(fromFailure(m.error)))
      }
      worker.onerror = (event) => {
        event.preventDefault()
        finish(() => reject(new Error(t.tasks.failed)))
      }
      worker.onmessageerror = () => finish(() => reject(new Error(t.tasks.failed)))
      try {
        worker.postMessage(message, { transfer })
      } catch (error) {
        finish(() => reject(error instanceof Error ? error : new Error(t.tasks.failed)))
      }
    })
  }
}

/** Runs a heavy task in a Web Worker of its own; see the top of this file. */
export const runTask = createTaskRunner(typeof Worker === 'undefined' ? inProcessWorker : spawnWorker)
