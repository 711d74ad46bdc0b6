import { useId, useState } from 'react'
import type { Lang, PolicyDoc, PolicyVersion } from '../../../../shared/model'
import type { DocxOptions } from '../../../../shared/policy/docx'
import { diffPolicy, newestPublished, versionDoc } from './engine'
import { useDb } from '../../app/db-context'
import { usePlatform } from '../../app/platform-context'
import { deletePolicyVersion, savePolicyVersion } from '../../db/repo/policy-versions'
import { timestamp } from '../../db/repo/write'
import { formatDate, todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import type { FileFilter } from '../../platform'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { useDialogs } from '../../ui/dialogs'
import { TextAreaField } from '../../ui/text-area-field'
import { formatDateTime } from './format'
import { policyFileName } from './policy-file-name'
import { newPolicyVersion, publishedDraft, shortHash, versionDate } from './policy-versions-model'
import type { PolicyData } from './use-policy-data'
import { useRun } from './use-run'

const s = t.policy.versions

const DOCX_FILTERS: FileFilter[] = [{ name: s.docxFilter, extensions: ['docx'] }]

/** The .docx writer is loaded when first needed: the docx library is large and most visits export nothing. */
async function toDocx(doc: PolicyDoc, opts: DocxOptions): Promise<Uint8Array> {
  const { policyToDocx } = await import('../../../../shared/policy/docx')
  return policyToDocx(doc, opts)
}

export interface PolicyVersionsPanelProps {
  data: PolicyData
  /** The policy as it stands now, in the language of the preview (no marks). */
  doc: PolicyDoc
  lang: Lang
}

/** Saving drafts and published versions, the list of versions, and the .docx exports. */
export function PolicyVersionsPanel({ data, doc, lang }: PolicyVersionsPanelProps) {
  const db = useDb()
  const platform = usePlatform()
  const dialogs = useDialogs()
  const run = useRun()
  const headingId = useId()
  const trackedHintId = useId()
  const [noteFor, setNoteFor] = useState<PolicyVersion['status'] | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const published = newestPublished(data.policyVersions, lang)
  const author = data.organization?.dpo?.name.trim() || s.defaultAuthor
  const company = data.organization?.name ?? ''

  const exclusive = async (failTitle: string, work: () => Promise<void>) => {
    if (busy) return
    setBusy(true)
    setStatus(null)
    try {
      await run(failTitle, work)
    } finally {
      setBusy(false)
    }
  }

  async function save(name: string, bytes: Uint8Array) {
    const result = await platform.saveFile(name, bytes, DOCX_FILTERS)
    if (result.saved) setStatus(result.path ? s.savedTo(result.path) : s.downloaded(name))
  }

  const exportCurrent = () =>
    exclusive(s.exportFailed, async () => {
      const bytes = await toDocx(doc, { author })
      await save(policyFileName({ company, date: doc.updated, lang }), bytes)
    })

  const exportTracked = () =>
    exclusive(s.exportFailed, async () => {
      if (!published) return
      const base = versionDoc(published)
      const bytes = await toDocx(diffPolicy(base, doc), {
        author,
        date: timestamp(),
        updatedBefore: base.updated,
      })
      await save(policyFileName({ company, date: doc.updated, lang, tracked: true }), bytes)
    })

  const exportVersion = (version: PolicyVersion) =>
    exclusive(s.exportFailed, async () => {
      const bytes = await toDocx(versionDoc(version), { author })
      const date = versionDate(version, todayIso)
      await save(
        policyFileName({ company, date, lang: version.lang, draft: version.status === 'draft' }),
        bytes,
      )
    })

  const storeVersion = (versionStatus: PolicyVersion['status'], note: string) =>
    exclusive(s.saveFailed, async () => {
      const now = timestamp()
      const version = await newPolicyVersion(doc, {
        status: versionStatus,
        note,
        now,
        today: todayIso(),
      })
      await savePolicyVersion(db, version, now)
      setNoteFor(null)
      setStatus(
        versionStatus === 'published' ? s.published(formatDate(version.publishedOn)) : s.draftSaved,
      )
    })

  const publishDraft = async (version: PolicyVersion) => {
    const ok = await dialogs.confirm({
      title: s.publishDraftTitle,
      message: s.publishDraftMessage(formatDateTime(version.createdAt)),
      confirmLabel: s.publishDraftConfirm,
    })
    if (!ok) return
    await exclusive(s.saveFailed, async () => {
      const today = todayIso()
      await savePolicyVersion(db, await publishedDraft(version, today))
      setStatus(s.published(formatDate(today)))
    })
  }

  const removeDraft = async (version: PolicyVersion) => {
    const ok = await dialogs.confirm({
      title: s.deleteTitle,
      message: s.deleteMessage(formatDateTime(version.createdAt)),
      confirmLabel: s.deleteConfirm,
      danger: true,
    })
    if (ok) await exclusive(s.deleteFailed, () => deletePolicyVersion(db, version.id))
  }

  return (
    <section className="pol-versions" aria-labelledby={headingId}>
      <h2 id={headingId}>{s.title}</h2>
      <p className="page__intro">{s.intro(t.policy.languages[lang])}</p>
      <div className="pol-versions__actions">
        <Button onClick={() => setNoteFor('draft')} aria-disabled={busy}>
          {s.saveDraft}
        </Button>
        <Button variant="primary" onClick={() => setNoteFor('published')} aria-disabled={busy}>
          {s.publish}
        </Button>
        <Button onClick={() => void exportCurrent()} aria-disabled={busy}>
          {s.exportCurrent}
        </Button>
        <Button
          onClick={() => void exportTracked()}
          disabled={!published}
          aria-disabled={busy || undefined}
          aria-describedby={trackedHintId}
        >
          {s.exportTracked}
        </Button>
      </div>
      <p id={trackedHintId} className="field__hint">
        {published
          ? s.trackedAgainst(formatDate(published.publishedOn), t.policy.languages[lang])
          : s.trackedDisabled(t.policy.languages[lang])}
      </p>
      <p className="pol-versions__status" role="status">
        {status}
      </p>
      {data.policyVersions.length === 0 ? (
        <p className="muted">{s.none}</p>
      ) : (
        <div className="pol-versions__table-wrap">
          <table className="pol-versions__table" aria-label={s.tableLabel}>
            <thead>
              <tr>
                <th scope="col">{s.columns.date}</th>
                <th scope="col">{s.columns.status}</th>
                <th scope="col">{s.columns.lang}</th>
                <th scope="col">{s.columns.note}</th>
                <th scope="col">{s.columns.hash}</th>
                <th scope="col">
                  <span className="visually-hidden">{s.columns.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.policyVersions.map((v) => (
                <tr key={v.id}>
                  <td>{v.publishedOn ? formatDate(v.publishedOn) : formatDateTime(v.createdAt)}</td>
                  <td>
                    {s.status[v.status]}
                    {published?.id === v.id && (
                      <span className="pol-tag pol-tag--current">{s.current}</span>
                    )}
                  </td>
                  <td>{t.policy.languages[v.lang]}</td>
                  <td className="pol-versions__note">{v.note}</td>
                  <td>
                    <code title={v.hash}>{shortHash(v.hash)}</code>
                  </td>
                  <td className="pol-versions__row-actions">
                    <Button
                      variant="quiet"
                      aria-label={s.downloadVersion(versionLabel(v))}
                      onClick={() => void exportVersion(v)}
                    >
                      {s.download}
                    </Button>
                    {v.status === 'draft' && (
                      <>
                        <Button
                          variant="quiet"
                          aria-label={s.publishVersion(versionLabel(v))}
                          onClick={() => void publishDraft(v)}
                        >
                          {s.publishShort}
                        </Button>
                        <Button
                          variant="quiet"
                          aria-label={s.deleteVersion(versionLabel(v))}
                          onClick={() => void removeDraft(v)}
                        >
                          {s.deleteShort}
                        </Button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {noteFor && (
        <NoteDialog
          status={noteFor}
          langLabel={t.policy.languages[lang]}
          busy={busy}
          onCancel={() => setNoteFor(null)}
          onConfirm={(note) => void storeVersion(noteFor, note)}
        />
      )}
    </section>
  )
}

function versionLabel(v: PolicyVersion): string {
  return `${s.status[v.status].toLocaleLowerCase('nb')} ${v.publishedOn ? formatDate(v.publishedOn) : formatDateTime(v.createdAt)} (${t.policy.languages[v.lang].toLocaleLowerCase('nb')})`
}

interface NoteDialogProps {
  status: PolicyVersion['status']
  langLabel: string
  busy: boolean
  onCancel: () => void
  onConfirm: (note: string) => void
}

function NoteDialog({ status, langLabel, busy, onCancel, onConfirm }: NoteDialogProps) {
  const [note, setNote] = useState('')
  const publish = status === 'published'
  return (
    <Dialog
      title={publish ? s.publishTitle : s.saveDraftTitle}
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t.common.cancel}</Button>
          <Button variant="primary" aria-disabled={busy} onClick={() => onConfirm(note)}>
            {publish ? s.publishConfirm : s.saveDraftConfirm}
          </Button>
        </>
      }
    >
      <p>{publish ? s.publishMessage(langLabel) : s.saveDraftMessage(langLabel)}</p>
      <TextAreaField
        label={s.note}
        hint={s.noteHint}
        value={note}
        onChange={setNote}
        rows={3}
        maxLength={2000}
      />
    </Dialog>
  )
}
