/**
 * The heavy-task worker: one task per worker, started by run-task.ts (which terminates it
 * when the task is done or cancelled). All it does is in serve-task.ts.
 */
import { serveTask } from './serve-task'

self.onmessage = (event: MessageEvent<unknown>) =>
  // The options form of postMessage is the same in a worker's scope and a window's, whose types this file is checked with.
  void serveTask(event.data, (message, transfer) => self.postMessage(message, { transfer }))
