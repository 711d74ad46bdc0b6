import { useId, useRef, useState } from 'react'
import type { PolicyImport } from '../../../../shared/audit/import-policy'
import { POLICY_FILE_EXTENSIONS } from '../../../../shared/audit/policy-file-types'
import { usePlatform } from '../../app/platform-context'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { errorMessage } from '../../db/store-error'
import { useDialogs } from '../../ui/dialogs'
import { useBackgroundTask } from '../../ui/progress-bar'
import { isAbortError, runTask } from '../../worker/run-task'

const i = t.audit.import

/**
 * «Importer gjeldende personvernerklæring»: pick a file, read and check it. Nothing is
 * written here; the review that follows writes only what the DPO confirms. A file that
 * cannot be read gives a Norwegian message and changes nothing.
 */
export function PolicyImportStart({ onImported }: { onImported: (imp: PolicyImport) => void }) {
  const platform = usePlatform()
  const dialogs = useDialogs()
  const headingId = useId()
  const [reading, setReading] = useState(false)
  const running = useRef(false)
  const task = useBackgroundTask()

  async function start() {
    if (running.current) return
    running.current = true
    try {
      const file = await platform.openFile([
        { name: i.fileFilter, extensions: [...POLICY_FILE_EXTENSIONS] },
      ])
      if (!file) return
      setReading(true)
      const run = task.begin(t.tasks.policyImport)
      // In a worker: the Word reader and the linter are large, and a big file takes a while.
      const imported = await runTask(
        'policy-import',
        { name: file.name, bytes: file.data },
        { signal: run.signal, onProgress: run.progress(t.tasks.policyImport, 0, 100) },
      )
      task.end()
      onImported(imported)
    } catch (error) {
      if (isAbortError(error)) return
      await dialogs.alert({
        title: i.failedTitle,
        message: errorMessage(error),
      })
    } finally {
      task.end()
      running.current = false
      setReading(false)
    }
  }

  return (
    <section className="audit-section" aria-labelledby={headingId} aria-busy={reading}>
      <h2 id={headingId}>{i.heading}</h2>
      <p>{i.intro}</p>
      <Button onClick={() => void start()} aria-disabled={reading}>
        {i.open}
      </Button>
      {task.bar}
    </section>
  )
}
