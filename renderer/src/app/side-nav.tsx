import { t } from '../i18n/nb'
import { routeHref } from './router'
import type { Section } from './sections'

export function SideNav({
  sections,
  currentId,
}: {
  sections: readonly Section[]
  currentId: string
}) {
  return (
    <nav className="side-nav" aria-label={t.nav.label}>
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={routeHref(section.id)}
              className="side-nav__link"
              aria-current={section.id === currentId ? 'page' : undefined}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
