/**
 * The three things one does with a whole workbench: save a copy, open one (replacing
 * the current), start afresh. Shared by the top bar, the start screen and the app menu.
 */
import { useCallback, useMemo, useRef, useState, type ReactElement } from 'react'
import { WorkbenchError } from '../../../shared/model'
import {
  clearDatabase,
  exportWorkbenchFile,
  importParsedWorkbench,
  isDatabaseEmpty,
  readWorkbenchBytes,
} from '../db/workbench-io'
import { todayIso } from '../i18n/format'
import { t } from '../i18n/nb'
import { useDialogs } from '../ui/dialogs'
import { useDb } from './db-context'
import { usePlatform } from './platform-context'
import { WORKBENCH_FILTERS, workbenchFileName } from './workbench-file'
import { errorMessage } from '../db/store-error'
import { useBackgroundTask } from '../ui/progress-bar'
import { isAbortError, runTask } from '../worker/run-task'

/** Above this size a workbench file is read in a worker, with a progress bar and «Avbryt». */
export const WORKER_PARSE_BYTES = 5 * 1024 * 1024

export interface WorkbenchActions {
  saveCopy: () => Promise<void>
  openWorkbench: () => Promise<void>
  newWorkbench: () => Promise<void>
  /** An action is running; the buttons are disabled meanwhile. */
  busy: boolean
  /**
   * The outcome of the last action, for a polite status line; null when there is none.
   * A new object for each outcome, so the same words twice count as a new message. Only
   * what went well (or was cancelled) is said here: a failure is an alert dialog, which
   * stays until closed.
   */
  status: StatusMessage | null
  /** Takes the status line's message away (its close button, or its time is up). */
  dismissStatus: () => void
  /** The progress bar of a long action (a large file being read); null when none runs. */
  progressBar: ReactElement | null
}

export interface StatusMessage {
  text: string
}

const MAX_DETAILS = 20

/** Every problem found in a file, when there are more than the message already lists. */
function problemDetails(error: unknown): string[] | undefined {
  if (!(error instanceof WorkbenchError) || error.problems.length <= 1) return undefined
  const shown = error.problems.slice(0, MAX_DETAILS)
  const more = error.problems.length - shown.length
  return more > 0 ? [...shown, `… og ${more} til.`] : shown
}

export function useWorkbenchActions(): WorkbenchActions {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<StatusMessage | null>(null)
  const dismissStatus = useCallback(() => setStatus(null), [])
  // A ref as well as state: a menu command can arrive before React has re-rendered.
  const running = useRef(false)
  const task = useBackgroundTask()
  const { begin, end } = task

  const exclusive = useCallback(async (work: () => Promise<void>) => {
    if (running.current) return
    running.current = true
    setBusy(true)
    setStatus(null)
    try {
      await work()
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  const saveCopy = useCallback(
    () =>
      exclusive(async () => {
        try {
          const org = await db.organization.toCollection().first()
          const data = await exportWorkbenchFile(db)
          const name = workbenchFileName(org?.name, todayIso())
          const result = await platform.saveFile(name, data, WORKBENCH_FILTERS, { large: true })
          if (!result.saved) return
          setStatus({
            text: result.path ? t.workbench.savedTo(result.path) : t.workbench.downloaded(name),
          })
        } catch (error) {
          await dialogs.alert({ title: t.workbench.saveFailedTitle, message: errorMessage(error) })
        }
      }),
    [db, dialogs, exclusive, platform],
  )

  const openWorkbench = useCallback(
    () =>
      exclusive(async () => {
        try {
          const file = await platform.openFile(WORKBENCH_FILTERS, { large: true })
          if (!file) return
          // Check the file before asking to replace anything: a broken file needs no question.
          // A large one is read in a worker, so the window stays usable and it can be cancelled.
          let contents
          if (file.data.byteLength > WORKER_PARSE_BYTES) {
            const run = begin(t.tasks.workbenchOpen)
            try {
              contents = await runTask(
                'workbench-open',
                { bytes: file.data },
                { signal: run.signal },
              )
            } finally {
              end()
            }
          } else {
            contents = await readWorkbenchBytes(file.data)
          }
          const { workbench: wb, attachmentBytes } = contents
          if (!(await isDatabaseEmpty(db))) {
            const replace = await dialogs.confirm({
              title: t.workbench.replaceTitle,
              message: t.workbench.replaceMessage(file.name),
              confirmLabel: t.workbench.replaceConfirm,
              danger: true,
            })
            if (!replace) return
          }
          await importParsedWorkbench(db, wb, attachmentBytes, { file: file.name })
          setStatus({ text: t.workbench.opened(file.name) })
        } catch (error) {
          if (isAbortError(error)) {
            setStatus({ text: t.tasks.cancelled })
            return
          }
          await dialogs.alert({
            title: t.workbench.openFailedTitle,
            message: errorMessage(error),
            details: problemDetails(error),
          })
        }
      }),
    [begin, db, dialogs, end, exclusive, platform],
  )

  const newWorkbench = useCallback(
    () =>
      exclusive(async () => {
        const ok = await dialogs.confirm({
          title: t.workbench.newTitle,
          message: t.workbench.newMessage,
          confirmLabel: t.workbench.newConfirm,
          danger: true,
        })
        if (!ok) return
        try {
          // No status line: the start screen that follows says it all.
          await clearDatabase(db)
        } catch (error) {
          await dialogs.alert({ title: t.errors.title, message: errorMessage(error) })
        }
      }),
    [db, dialogs, exclusive],
  )

  const progressBar = task.bar
  return useMemo(
    () => ({ saveCopy, openWorkbench, newWorkbench, busy, status, dismissStatus, progressBar }),
    [saveCopy, openWorkbench, newWorkbench, busy, status, dismissStatus, progressBar],
  )
}
