import { useRef, useState } from 'react'
import { processor as processorSchema, type Processor } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { createProcessor } from '../../db/repo/processors'
import { ValidationError } from '../../db/repo/validation'
import { timestamp } from '../../db/repo/write'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CountrySelectField } from '../../ui/country-fields'
import { DateField } from '../../ui/date-field'
import { Dialog } from '../../ui/dialog'
import { FieldAnchor, revealField } from '../../ui/field-anchor'
import { messageAt, type FieldMessage } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { SaveShortcutHint, saveShortcutAria, useSaveShortcut } from '../../ui/save-shortcut'
import { TagListField } from '../../ui/tag-list-field'
import { TextField } from '../../ui/text-field'
import { schemaCheck, useStoreIssues } from '../../ui/use-store-issues'
import { emptyProcessor, processorProblems } from '../processors/processor-model'

export interface NewProcessorDialogProps {
  /** The processor is stored; the caller links it to the activity. */
  onSaved: (id: string) => void
  onCancel: () => void
}

/** The store's own check of a processor, to tell when a refused field has been put right. */
const recheckProcessor = schemaCheck<Processor>(processorSchema)

const s = t.processors.editor

/**
 * Registers a processor from within the activity editor: what the record needs to name
 * it (name, organisation number, country, services, the date the agreement was signed),
 * with the same rules as the processor register. The rest (contact, the art. 28(3)
 * checklist, sub-processors) is filled in there.
 */
export function NewProcessorDialog({ onSaved, onCancel }: NewProcessorDialogProps) {
  const db = useDb()
  const [draft, setDraft] = useState<Processor>(() => emptyProcessor(timestamp()))
  const [attempted, setAttempted] = useState(false)
  const store = useStoreIssues(draft, recheckProcessor)
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const contentRef = useRef<HTMLDivElement>(null)
  const problems = processorProblems(draft)
  const refused: FieldMessage[] = [
    ...store.issues,
    ...(failure === null ? [] : [{ field: '', message: failure }]),
  ]
  // A date after today is refused as it is typed, the rest once a save was tried.
  const shown: FieldMessage[] = [
    ...(attempted ? problems : problems.filter((m) => m.field === 'agreement.signedOn')),
    ...refused,
  ]
  const error = (field: string) => messageAt(shown, field)
  const patch = (change: (d: Processor) => Processor) => {
    setDraft(change)
    setFailure(null)
  }
  async function save() {
    if (saving) return
    setAttempted(true)
    store.clear()
    setFailure(null)
    const first = problems[0]
    if (first) {
      revealField(contentRef.current, first.field)
      return
    }
    setSaving(true)
    try {
      onSaved(await createProcessor(db, draft))
    } catch (e) {
      if (e instanceof ValidationError) store.refuse(e.issues, draft)
      else setFailure(e instanceof Error ? e.message : t.common.unknownError)
      setSaving(false)
    }
  }
  useSaveShortcut(contentRef, () => void save())

  return (
    <Dialog
      title={t.activityEditor.newProcessorTitle}
      onCancel={onCancel}
      actions={
        <>
          <Button onClick={onCancel}>{t.common.cancel}</Button>
          <Button
            variant="primary"
            onClick={() => void save()}
            aria-disabled={saving}
            aria-keyshortcuts={saveShortcutAria()}
          >
            {t.activityEditor.saveProcessor}
          </Button>
          <SaveShortcutHint />
        </>
      }
    >
      <div className="activities-transfer-dialog" ref={contentRef}>
        <p className="field__hint">{t.activityEditor.newProcessorIntro}</p>
        <MessageSummary messages={attempted ? shown : refused} />
        <FieldAnchor field="name">
          <TextField
            label={s.name}
            hint={s.nameHint}
            value={draft.name}
            onChange={(name) => patch((d) => ({ ...d, name }))}
            error={error('name')}
            required
          />
        </FieldAnchor>
        <div className="reg-grid">
          <FieldAnchor field="orgNumber">
            <TextField
              label={s.orgNumber}
              hint={s.orgNumberHint}
              value={draft.orgNumber}
              onChange={(orgNumber) => patch((d) => ({ ...d, orgNumber }))}
              error={error('orgNumber')}
            />
          </FieldAnchor>
          <FieldAnchor field="country">
            <CountrySelectField
              label={s.country}
              hint={s.countryHint}
              value={draft.country}
              onChange={(country) => patch((d) => ({ ...d, country }))}
              error={error('country')}
              markOutsideEea
            />
          </FieldAnchor>
        </div>
        <FieldAnchor field="services">
          <TagListField
            label={s.services}
            hint={s.servicesHint}
            values={draft.services}
            onChange={(services) => patch((d) => ({ ...d, services }))}
            error={error('services')}
          />
        </FieldAnchor>
        <FieldAnchor field="agreement.signedOn">
          <DateField
            label={s.signedOn}
            hint={s.signedOnHint}
            value={draft.agreement.signedOn}
            onChange={(signedOn) => patch((d) => ({ ...d, agreement: { ...d.agreement, signedOn } }))}
            error={error('agreement.signedOn')}
            notAfterToday
          />
        </FieldAnchor>
      </div>
    </Dialog>
  )
}
