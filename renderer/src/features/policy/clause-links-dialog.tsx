import { useMemo, useState } from 'react'
import type { Clause } from '../../../../shared/model'
import { linkedActivities } from './engine'
import { useDb } from '../../app/db-context'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import { ActivityPicker } from './activity-picker'
import { setClauseLinks } from './clause-actions'
import { clauseTitle } from './clause-text'
import { errorMessage } from './format'
import type { PolicyData } from './use-policy-data'

const s = t.policy.links

/**
 * Chooses the activities linked to a clause by hand. For a standard clause the activities
 * of its rule are shown ticked and locked: the rule links them, the DPO pins others.
 */
export function ClauseLinksDialog({
  clause,
  data,
  onClose,
}: {
  clause: Clause
  data: PolicyData
  onClose: () => void
}) {
  const db = useDb()
  const [selected, setSelected] = useState<string[]>(() => [...clause.linkedActivityIds])
  const [failure, setFailure] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const fixed = useMemo(
    () =>
      new Set(
        clause.origin === 'standard' ? linkedActivities(clause.section, data).map((a) => a.id) : [],
      ),
    [clause, data],
  )

  async function save() {
    if (saving) return
    setSaving(true)
    try {
      await setClauseLinks(db, clause.id, selected)
      onClose()
    } catch (error) {
      setFailure(errorMessage(error))
      setSaving(false)
    }
  }

  return (
    <Dialog
      title={s.dialogTitle(clauseTitle(clause))}
      onCancel={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t.common.cancel}</Button>
          <Button variant="primary" onClick={() => void save()} aria-disabled={saving}>
            {s.save}
          </Button>
        </>
      }
    >
      <div className="pol-editor pol-editor--narrow">
        {failure && (
          <p className="field__error" role="alert">
            {failure}
          </p>
        )}
        <ActivityPicker
          label={s.pickerLabel}
          hint={clause.origin === 'standard' ? s.standardHint : s.customHint}
          activities={data.activities}
          selected={selected}
          onChange={setSelected}
          fixed={fixed}
        />
      </div>
    </Dialog>
  )
}
