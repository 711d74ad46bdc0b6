import { useId, useRef, useState, type FormEvent } from 'react'
import type { Clause } from '../../../../shared/model'
import { orderClauses } from './engine'
import { useDb } from '../../app/db-context'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { FieldAnchor, revealField } from '../../ui/field-anchor'
import { SaveShortcutHint, saveShortcutAria, useSaveShortcut } from '../../ui/save-shortcut'
import { SelectField } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'
import { ActivityPicker } from './activity-picker'
import { createCustomClause, saveClauseText, type ClauseText } from './clause-actions'
import { clausePlainText, clauseTitle } from './clause-text'
import { errorMessage } from './format'
import type { PolicyData } from './use-policy-data'

const s = t.policy.editor

export type ClauseTextDialogProps = {
  data: PolicyData
  onClose: () => void
  /** Called with the id of the saved clause. */
  onSaved: (id: string) => void
} & ({ mode: 'edit'; clause: Clause } | { mode: 'new'; afterId: string | null })

/** The starting text of the form: the clause's own text, or what the policy says now for an unedited standard clause. */
function initialText(props: ClauseTextDialogProps): ClauseText {
  if (props.mode === 'new') return { title: { nb: '', nn: '' }, body: { nb: '', nn: '' } }
  const { clause, data } = props
  if (clause.origin !== 'standard') return { title: { ...clause.title }, body: { ...clause.body } }
  const body = (lang: 'nb' | 'nn') =>
    clause.edited && clause.body[lang].trim()
      ? clause.body[lang]
      : clausePlainText(clause, data, lang)
  return { title: { ...clause.title }, body: { nb: body('nb'), nn: body('nn') } }
}

/**
 * Writes the text of a clause in bokmål and nynorsk side by side, as plain text: blank
 * lines between paragraphs, "- " in front of bullet points. For a new custom clause
 * also its place in the policy and the activities it describes.
 */
export function ClauseTextDialog(props: ClauseTextDialogProps) {
  const { data, onClose, onSaved } = props
  const db = useDb()
  const [text, setText] = useState<ClauseText>(() => initialText(props))
  const sorted = orderClauses(data.clauses)
  const [afterId, setAfterId] = useState<string>(() =>
    props.mode === 'new' ? (props.afterId ?? sorted[sorted.length - 1]?.id ?? '') : '',
  )
  const [linked, setLinked] = useState<string[]>([])
  // Checked on every edit once a save was tried, so a message goes as soon as it is right.
  const [attempted, setAttempted] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const standard = props.mode === 'edit' && props.clause.origin === 'standard'
  const title = props.mode === 'new' ? s.newTitle : s.editTitle(clauseTitle(props.clause))

  const set = (part: 'title' | 'body', lang: 'nb' | 'nn') => (value: string) =>
    setText((prev) => ({ ...prev, [part]: { ...prev[part], [lang]: value } }))
  const problems: { title?: string; body?: string } = {}
  if (!standard && text.title.nb.trim() === '') problems.title = s.titleMissing
  if (!standard && text.body.nb.trim() === '') problems.body = s.bodyMissing
  const errors = attempted ? problems : {}
  const formRef = useRef<HTMLFormElement>(null)
  useSaveShortcut(formRef, () => formRef.current?.requestSubmit())

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    setAttempted(true)
    if (problems.title || problems.body) {
      revealField(formRef.current, problems.title ? 'title.nb' : 'body.nb')
      return
    }
    setSaving(true)
    setFailure(null)
    try {
      const clean: ClauseText = {
        title: { nb: text.title.nb.trim(), nn: text.title.nn.trim() },
        body: { nb: text.body.nb.trim(), nn: text.body.nn.trim() },
      }
      if (props.mode === 'new') {
        onSaved(
          await createCustomClause(db, {
            ...clean,
            linkedActivityIds: linked,
            afterId: afterId === '' ? null : afterId,
          }),
        )
      } else {
        await saveClauseText(db, props.clause.id, clean)
        onSaved(props.clause.id)
      }
    } catch (error) {
      setFailure(errorMessage(error))
      setSaving(false)
    }
  }

  const formId = useId()
  return (
    <Dialog
      title={title}
      onCancel={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button
            variant="primary"
            type="submit"
            form={formId}
            aria-disabled={saving}
            aria-keyshortcuts={saveShortcutAria()}
          >
            {saving ? s.saving : s.save}
          </Button>
          <SaveShortcutHint />
        </>
      }
    >
      <form
        ref={formRef}
        id={formId}
        className="pol-editor"
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <p className="field__hint">{standard ? s.standardHint : s.formatHint}</p>
        <p className="field__hint">{standard ? s.formatHint : s.nnHint}</p>
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <div className="pol-editor__langs">
          <div className="pol-editor__lang">
            <h3 className="pol-editor__lang-title">{s.bokmal}</h3>
            <FieldAnchor field="title.nb">
              <TextField
                label={s.titleNb}
                value={text.title.nb}
                onChange={set('title', 'nb')}
                error={errors.title}
                data-autofocus
              />
            </FieldAnchor>
            <FieldAnchor field="body.nb">
              <TextAreaField
                label={s.bodyNb}
                value={text.body.nb}
                onChange={set('body', 'nb')}
                error={errors.body}
                rows={14}
              />
            </FieldAnchor>
          </div>
          <div className="pol-editor__lang" lang="nn">
            <h3 className="pol-editor__lang-title">{s.nynorsk}</h3>
            <TextField label={s.titleNn} value={text.title.nn} onChange={set('title', 'nn')} />
            <TextAreaField
              label={s.bodyNn}
              value={text.body.nn}
              onChange={set('body', 'nn')}
              rows={14}
            />
          </div>
        </div>
        {props.mode === 'new' && (
          <>
            <SelectField
              label={s.placement}
              value={afterId}
              onChange={setAfterId}
              options={[
                { value: '', label: s.placementFirst },
                ...sorted.map((c) => ({ value: c.id, label: s.placementAfter(clauseTitle(c)) })),
              ]}
            />
            <ActivityPicker
              label={s.activities}
              hint={s.activitiesHint}
              activities={data.activities}
              selected={linked}
              onChange={setLinked}
            />
          </>
        )}
      </form>
    </Dialog>
  )
}
