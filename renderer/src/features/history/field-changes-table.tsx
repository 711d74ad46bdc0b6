import type { FieldChange } from '../../../../shared/model'
import { t } from '../../i18n/nb'
import { fieldLabel, formatValue, type NameLookup } from './change-format'

/** The fields one change touched: field, before, after. */
export function FieldChangesTable({ changes, names, label }: { changes: readonly FieldChange[]; names: NameLookup; label: string }) {
  if (changes.length === 0) return <p className="muted">{t.history.noFieldChanges}</p>
  return (
    <table className="reg-changes" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t.history.field}</th>
          <th scope="col">{t.history.before}</th>
          <th scope="col">{t.history.after}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row">{fieldLabel(change.field)}</th>
            <td className="reg-changes__before">{formatValue(change.field, change.before, names)}</td>
            <td className="reg-changes__after">{formatValue(change.field, change.after, names)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
