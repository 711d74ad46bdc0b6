import { useId, useRef, useState } from 'react'
import type { PolicyImport } from '../../../../shared/audit/import-policy'
import { POLICY_FILE_EXTENSIONS } from '../../../../shared/audit/policy-file-types'
import { usePlatform } from '../../app/platform-context'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { errorMessage } from '../../db/store-error'
import { useDialogs } from '../../ui/dialogs'

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

  async function start() {
    if (running.current) return
    running.current = true
    try {
      const file = await platform.openFile([
        { name: i.fileFilter, extensions: [...POLICY_FILE_EXTENSIONS] },
      ])
      if (!file) return
      setReading(true)
      // Loaded on demand: the Word reader and the linter are large and most visits never import.
      const { analysePolicyFile } = await import('../../../../shared/audit/import-policy')
      onImported(await analysePolicyFile(file.name, file.data))
    } catch (error) {
      await dialogs.alert({
        title: i.failedTitle,
        message: errorMessage(error),
      })
    } finally {
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
      <p className="audit-status" role="status">
        {reading ? i.reading : null}
      </p>
    </section>
  )
}
