import { useEffect, useRef } from 'react'
import { UserNamePrompt } from '../features/organization/user-name-prompt'
import { t } from '../i18n/nb'
import { useRoute } from './router'
import { findSection, SECTIONS } from './sections'
import { SideNav } from './side-nav'
import { TopBar } from './top-bar'
import type { WorkbenchActions } from './use-workbench-actions'

/** The workbench once it has content: top bar, navigation on the left, the page on the right. */
export function AppShell({ actions }: { actions: WorkbenchActions }) {
  const route = useRoute()
  const { section, rest } = findSection(route)
  const main = useRef<HTMLElement>(null)
  const first = useRef(true)

  // After navigating, a screen reader should land on the new page, not stay in the menu;
  // unless the page has put the focus somewhere in itself already (a field a link names).
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    if (!main.current?.contains(document.activeElement)) main.current?.focus()
  }, [section.id])

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault()
          main.current?.focus()
        }}
      >
        {t.nav.skipToContent}
      </a>
      <TopBar actions={actions} />
      <UserNamePrompt />
      <div className="shell__body">
        <SideNav sections={SECTIONS} currentId={section.id} />
        <main id="main" ref={main} className="shell__main" tabIndex={-1}>
          {section.render(rest)}
        </main>
      </div>
    </div>
  )
}
