import { useEffect, useId, useRef, useState } from 'react'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { Dialog } from '../../ui/dialog'
import type { ColumnId } from './activity-rows'
import { columnLabel } from './activity-columns'
import {
  defaultTableSettings,
  FIRST_COLUMN,
  moveColumn,
  type ColumnSetting,
} from './table-settings'

export interface ColumnChooserDialogProps {
  columns: readonly ColumnSetting[]
  onApply: (columns: ColumnSetting[]) => void
  onCancel: () => void
}

/** Which columns the activity table shows, and in what order. Changes apply on «Bruk». */
export function ColumnChooserDialog({ columns, onApply, onCancel }: ColumnChooserDialogProps) {
  const [draft, setDraft] = useState<ColumnSetting[]>(() => columns.map((c) => ({ ...c })))
  // React moves the list item of a moved column; the browser drops the focus of a moved
  // element, so the move button gets it back afterwards.
  const refocus = useRef<string | null>(null)
  const list = useRef<HTMLUListElement>(null)
  const noteId = useId()

  useEffect(() => {
    const id = refocus.current
    if (id === null) return
    refocus.current = null
    list.current?.querySelector<HTMLElement>(`[data-move="${id}"]`)?.focus()
  })

  function move(id: ColumnId, by: -1 | 1) {
    const next = moveColumn(draft, id, by)
    const index = next.findIndex((c) => c.id === id)
    // At the top (below the name, which stays first) or at the bottom the button in that
    // direction is disabled: focus the other one.
    const edge = (by === -1 && index === 1) || (by === 1 && index === next.length - 1)
    refocus.current = `${id}-${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`
    setDraft(next)
  }

  const shown = draft.filter((c) => c.visible).length

  return (
    <Dialog
      title={t.activities.chooser.title}
      onCancel={onCancel}
      actions={
        <>
          <Button
            variant="quiet"
            className="activities-chooser__reset"
            onClick={() => {
              const widths = new Map(draft.map((c) => [c.id, c.width]))
              setDraft(
                defaultTableSettings().columns.map((c) => ({
                  ...c,
                  width: widths.get(c.id) ?? c.width,
                })),
              )
            }}
          >
            {t.activities.chooser.reset}
          </Button>
          <Button onClick={onCancel}>{t.common.cancel}</Button>
          <Button variant="primary" onClick={() => onApply(draft)} data-autofocus>
            {t.activities.chooser.apply}
          </Button>
        </>
      }
    >
      <p className="muted">{t.activities.chooser.intro(shown, draft.length)}</p>
      <ul className="activities-chooser" ref={list}>
        {draft.map((c, i) => {
          const label = columnLabel(c.id)
          const fixed = c.id === FIRST_COLUMN
          return (
            <li key={c.id} className="activities-chooser__item">
              <span className="activities-chooser__label">
                <label>
                  <input
                    type="checkbox"
                    checked={c.visible}
                    disabled={fixed}
                    aria-describedby={fixed ? `${noteId}-${c.id}` : undefined}
                    onChange={(event) => {
                      const visible = event.target.checked
                      setDraft((d) => d.map((x) => (x.id === c.id ? { ...x, visible } : x)))
                    }}
                  />{' '}
                  {label}
                </label>
                {fixed && (
                  <span className="muted" id={`${noteId}-${c.id}`}>
                    {t.activities.chooser.alwaysShown}
                  </span>
                )}
              </span>
              {!fixed && (
                <span className="activities-chooser__moves">
                  <Button
                    variant="quiet"
                    data-move={`${c.id}-up`}
                    aria-label={t.activities.chooser.moveUp(label)}
                    title={t.activities.chooser.moveUp(label)}
                    disabled={i <= 1}
                    onClick={() => move(c.id, -1)}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="quiet"
                    data-move={`${c.id}-down`}
                    aria-label={t.activities.chooser.moveDown(label)}
                    title={t.activities.chooser.moveDown(label)}
                    disabled={i === draft.length - 1}
                    onClick={() => move(c.id, 1)}
                  >
                    ↓
                  </Button>
                </span>
              )}
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}
