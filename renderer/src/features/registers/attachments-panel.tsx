/**
 * The attachments of one record (or of the organisation): list, attach a file, open one
 * (handed to the operating system, or downloaded on the web; never shown in Ombud's page)
 * and remove one.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { ATTACHMENT_PURPOSES, ATTACHMENT_TYPES, type AttachmentOwner, type AttachmentPurpose } from '../../../../shared/model/attachment'
import { formatMegabytes } from '../../../../shared/registers/attachment-file'
import { ATTACHMENT_PURPOSE_LABELS } from '../../../../shared/registers/labels'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { addAttachment, deleteAttachment, getAttachmentBytes, listAttachments } from '../../db/repo'
import { tr } from '../../i18n/nb-registers'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { SelectField } from '../../ui/select-field'
import { errorText } from './register-fields'

const FILTERS = [{ name: tr.attachments.filterName, extensions: [...new Set(Object.values(ATTACHMENT_TYPES).flat())] }]
const PURPOSE_OPTIONS = ATTACHMENT_PURPOSES.map((p) => ({ value: p, label: ATTACHMENT_PURPOSE_LABELS[p].nb }))

export function AttachmentsPanel({
  table,
  recordId,
  defaultPurpose,
  title = tr.attachments.title,
}: {
  table: AttachmentOwner
  recordId: string | null
  defaultPurpose: AttachmentPurpose
  title?: string
}) {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const [purpose, setPurpose] = useState<AttachmentPurpose>(defaultPurpose)
  const [status, setStatus] = useState<string | null>(null)
  const attachments = useLiveQuery(() => listAttachments(db, { table, recordId }), [db, table, recordId])

  const attach = async () => {
    try {
      const file = await platform.openFile(FILTERS)
      if (!file) return
      await addAttachment(db, { owner: { table, recordId }, purpose, title: '', fileName: file.name, addedBy: '' }, file.data)
      setStatus(tr.attachments.added(file.name))
    } catch (error) {
      await dialogs.alert({ title: tr.attachments.failedTitle, message: errorText(error) })
    }
  }

  return (
    <section className="reg-attachments" aria-label={title}>
      <h2>{title}</h2>
      <p className="field__hint">{tr.attachments.hint}</p>
      {attachments !== undefined && attachments.length === 0 && <p>{tr.attachments.empty}</p>}
      {attachments !== undefined && attachments.length > 0 && (
        <ul className="reg-attachments__list">
          {attachments.map((a) => (
            <li key={a.id}>
              <span>
                {a.title} ({ATTACHMENT_PURPOSE_LABELS[a.purpose].nb}, {formatMegabytes(a.size)})
              </span>{' '}
              <Button
                variant="quiet"
                aria-label={tr.attachments.open(a.fileName)}
                onClick={async () => {
                  try {
                    const bytes = await getAttachmentBytes(db, a.sha256)
                    if (!bytes) throw new Error(tr.attachments.missingBytes)
                    await platform.openAttachment(a.fileName, bytes)
                  } catch (error) {
                    await dialogs.alert({ title: tr.attachments.openFailedTitle, message: errorText(error) })
                  }
                }}
              >
                Åpne
              </Button>
              <Button
                variant="quiet"
                aria-label={tr.attachments.remove(a.fileName)}
                onClick={async () => {
                  try {
                    await deleteAttachment(db, a.id)
                    setStatus(tr.attachments.removed(a.fileName))
                  } catch (error) {
                    await dialogs.alert({ title: tr.attachments.failedTitle, message: errorText(error) })
                  }
                }}
              >
                Fjern
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="reg-attachments__add">
        <SelectField label={tr.attachments.purpose} value={purpose} options={PURPOSE_OPTIONS} onChange={(v) => setPurpose(v as AttachmentPurpose)} />
        <Button onClick={() => void attach()} disabled={recordId === '' }>
          {tr.attachments.add}
        </Button>
      </div>
      {status && <p role="status">{status}</p>}
    </section>
  )
}
