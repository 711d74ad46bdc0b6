import { t } from '../i18n/nb'
import { Button } from './button'

/** The sticky footer of a register editor: what happened last (or that changes are unsaved) and «Lagre». */
export function EditorFooter({
  dirty,
  status,
  saving,
}: {
  dirty: boolean
  status: string | null
  saving: boolean
}) {
  return (
    <footer className="reg-editor__footer">
      <p className="reg-editor__status" role="status">
        {dirty ? t.forms.unsaved : status}
      </p>
      <Button type="submit" variant="primary" disabled={saving}>
        {saving ? t.forms.saving : t.forms.save}
      </Button>
    </footer>
  )
}
