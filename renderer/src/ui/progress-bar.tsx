/**
 * The progress bar of heavy work (renderer/src/worker): what is being done, how far it has
 * come, and «Avbryt». `useBackgroundTask` gives an action its bar and its AbortSignal; the
 * action passes the signal to runTask and writes or downloads its result only after
 * success, so cancelling leaves nothing half done.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react'
import { t } from '../i18n/nb'
import type { TaskProgress } from '../worker/run-task'
import { Button } from './button'

export interface ProgressBarProps {
  /** What is being done, in words («Lager tilsynspakken …»). */
  label: string
  /** 0–100. */
  percent: number
  onCancel: () => void
}

export function ProgressBar({ label, percent, onCancel }: ProgressBarProps) {
  const value = Math.max(0, Math.min(100, Math.round(percent)))
  return (
    <div className="progress">
      <div className="progress__text" aria-hidden="true">
        {label}
      </div>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={t.tasks.percent(value)}
      >
        <div className="progress__fill" style={{ width: `${value}%` }} />
      </div>
      <Button onClick={onCancel}>{t.tasks.cancel}</Button>
    </div>
  )
}

/** One run of an action, as useBackgroundTask hands it out. */
export interface BackgroundTask {
  /** Aborted when the user presses «Avbryt» or the component goes away. */
  signal: AbortSignal
  /** Shows what is being done now, and how far the action has come (0–100). */
  step: (label: string, percent: number) => void
  /** A runTask onProgress that moves the bar from `from` to `to` percent as the task goes. */
  progress: (label: string, from: number, to: number) => (p: TaskProgress) => void
}

/**
 * A progress bar for an action: `begin(label)` shows it and gives the run's signal and
 * steps, `end()` hides it (call it in `finally`). `bar` is the element to render (null
 * when nothing runs).
 */
export function useBackgroundTask(): {
  begin: (label: string) => BackgroundTask
  end: () => void
  bar: ReactElement | null
} {
  const [shown, setShown] = useState<{ label: string; percent: number } | null>(null)
  const controller = useRef<AbortController | null>(null)

  // Leaving the page cancels what runs for it.
  useEffect(() => () => controller.current?.abort(), [])

  const begin = useCallback((label: string): BackgroundTask => {
    controller.current?.abort()
    const run = new AbortController()
    controller.current = run
    setShown({ label, percent: 0 })
    const step = (text: string, percent: number) => {
      if (!run.signal.aborted) setShown({ label: text, percent })
    }
    return {
      signal: run.signal,
      step,
      progress: (text, from, to) => (p) => step(text, from + ((to - from) * p.done) / p.total),
    }
  }, [])

  const end = useCallback(() => {
    controller.current = null
    setShown(null)
  }, [])

  const cancel = useCallback(() => {
    controller.current?.abort()
    setShown(null)
  }, [])

  const bar = useMemo(
    () => (shown ? <ProgressBar label={shown.label} percent={shown.percent} onCancel={cancel} /> : null),
    [shown, cancel],
  )
  return { begin, end, bar }
}
