import { t } from '../i18n/nb'
import { Button } from './button'
import { SaveShortcutHint, saveShortcutAria } from './save-shortcut'

/**
 * The sticky footer of a register editor: what happened last (or that changes are unsaved),
 * «Lagre» and its shortcut (the editor runs `useSaveShortcut`).
 */
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
      <Button
        type="submit"
        variant="primary"
        disabled={saving}
        aria-keyshortcuts={saveShortcutAria()}
      >
        {saving ? t.forms.saving : t.forms.save}
      </Button>
      <SaveShortcutHint />
    </footer>
  )
}
