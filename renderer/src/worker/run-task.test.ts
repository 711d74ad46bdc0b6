import { describe, expect, it, vi } from 'vitest'
import { sampleWorkbench } from '../../../resources/sample-company'
import { WorkbenchError } from '../../../shared/model/workbench'
import { parseRunMessage, parseWorkerMessage } from './protocol'
import {
  createTaskRunner,
  inProcessWorker,
  isAbortError,
  taskMeasureName,
  type TaskWorker,
} from './run-task'

const NOW = '2026-11-23T10:00:00.000Z'
const runTask = createTaskRunner(inProcessWorker)

/** A worker that answers nothing until told to, and records what happens to it. */
function silentWorker() {
  const worker: TaskWorker & { terminated: boolean; sent: unknown[] } = {
    terminated: false,
    sent: [],
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage: (m) => void worker.sent.push(m),
    terminate: () => {
      worker.terminated = true
    },
  }
  return worker
}

function answer(worker: TaskWorker, data: unknown) {
  worker.onmessage?.(new MessageEvent('message', { data }))
}

describe('runTask', () => {
  it('runs a real task and gives back its bytes, timed under its own name', async () => {
    const wb = sampleWorkbench(NOW)
    const bytes = await runTask('protokoll-xlsx', { source: wb, now: NOW, includeDrafts: false })
    expect(bytes).toBeInstanceOf(Uint8Array)
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]) // PK: a zip
    expect(performance.getEntriesByName(taskMeasureName('protokoll-xlsx'))).toHaveLength(1)
  })

  it('gives back a WorkbenchError with every problem, as the page reads them', async () => {
    const bad = new TextEncoder().encode('{"format":"ombud-workbench","version":1}')
    const error: unknown = await runTask('workbench-open', { bytes: bad }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WorkbenchError)
    expect((error as WorkbenchError).problems.length).toBeGreaterThan(0)
  })

  it('passes progress on and settles once', async () => {
    const worker = silentWorker()
    const seen: Array<[number, number]> = []
    const done = createTaskRunner(() => worker)(
      'policy-import',
      { name: 'a.txt', bytes: new Uint8Array() },
      { onProgress: (p) => seen.push([p.done, p.total]) },
    )
    answer(worker, { type: 'progress', done: 1, total: 3 })
    answer(worker, { type: 'progress', done: 9, total: 3 })
    answer(worker, { type: 'done', output: 'ok' })
    answer(worker, { type: 'progress', done: 2, total: 3 })
    await expect(done).resolves.toBe('ok')
    expect(seen).toEqual([
      [1, 3],
      [3, 3],
    ])
    expect(worker.terminated).toBe(true)
  })

  it('cancelling terminates the worker and no result reaches the caller', async () => {
    const worker = silentWorker()
    const controller = new AbortController()
    const done = createTaskRunner(() => worker)(
      'workbench-open',
      { bytes: new Uint8Array([1]) },
      { signal: controller.signal },
    )
    controller.abort()
    answer(worker, { type: 'done', output: 'too late' })
    const error: unknown = await done.catch((e: unknown) => e)
    expect(isAbortError(error)).toBe(true)
    expect(worker.terminated).toBe(true)
  })

  it('does not start a worker for a task cancelled before it began', async () => {
    const spawn = vi.fn(silentWorker)
    const controller = new AbortController()
    controller.abort()
    const error: unknown = await createTaskRunner(spawn)('workbench-open', { bytes: new Uint8Array() }, { signal: controller.signal }).catch((e: unknown) => e)
    expect(isAbortError(error)).toBe(true)
    expect(spawn).not.toHaveBeenCalled()
  })

  it('cancels a real task in progress without a result', async () => {
    const onProgress = vi.fn()
    const controller = new AbortController()
    const done = runTask('audit-pack', { workbench: sampleWorkbench(NOW), today: '2026-11-23', now: NOW }, { signal: controller.signal, onProgress })
    controller.abort()
    expect(isAbortError(await done.catch((e: unknown) => e))).toBe(true)
  })

  it('refuses a message from the worker that is not one of its kinds', async () => {
    const worker = silentWorker()
    const done = createTaskRunner(() => worker)('workbench-open', { bytes: new Uint8Array() })
    answer(worker, { type: 'done-ish', output: 1 })
    await expect(done).rejects.toThrow(/stoppet uventet/)
    expect(worker.terminated).toBe(true)
  })

  it('reports a worker that failed to start or crashed', async () => {
    const worker = silentWorker()
    const done = createTaskRunner(() => worker)('workbench-open', { bytes: new Uint8Array() })
    // Node has no ErrorEvent: what runTask uses of one.
    worker.onerror?.({ message: 'Uncaught SyntaxError', preventDefault: () => {} } as unknown as ErrorEvent)
    await expect(done).rejects.toThrow(/stoppet uventet/)
  })
})

describe('the messages', () => {
  it('checks the input of each kind before running it', () => {
    expect(() => parseRunMessage({ type: 'run', kind: 'format-disk', input: {} })).toThrow(/kjenner/)
    expect(() => parseRunMessage({ type: 'run', kind: 'workbench-open', input: { bytes: 'text' } })).toThrow(/feil inndata/)
    expect(() =>
      parseRunMessage({ type: 'run', kind: 'audit-pack', input: { workbench: {}, today: '23.11.2026', now: NOW } }),
    ).toThrow(/feil inndata/)
    expect(parseRunMessage({ type: 'run', kind: 'workbench-open', input: { bytes: new Uint8Array(2) } }).kind).toBe('workbench-open')
  })

  it('reads only the worker messages it knows', () => {
    expect(parseWorkerMessage({ type: 'progress', done: 1, total: 0 })).toBeNull()
    expect(parseWorkerMessage({ type: 'failed', error: { message: 'x' } })).toBeNull()
    expect(parseWorkerMessage({ type: 'failed', error: { name: 'RangeError', message: 'x' } })).toEqual({
      type: 'failed',
      error: { name: 'RangeError', message: 'x' },
    })
  })
})
