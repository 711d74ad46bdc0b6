import { firstControl } from './field-anchor'

export interface IndexEntry {
  /** The `data-section` of the part of the form the entry leads to. */
  id: string
  title: string
}

/**
 * The parts of a long form as a list of jumps: choosing one brings its first field into
 * view and gives it the focus, so the keyboard gets to any part in a few presses instead
 * of tabbing through every field before it. The jump itself is the caller's (`onJump`).
 */
export function SectionIndex({
  label,
  entries,
  onJump,
}: {
  label: string
  entries: readonly IndexEntry[]
  onJump: (id: string) => void
}) {
  return (
    <nav className="section-index" aria-label={label}>
      <p className="section-index__title" aria-hidden="true">
        {label}
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" className="section-index__link" onClick={() => onJump(entry.id)}>
              {entry.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/** The first control of the part `[data-section=id]` inside `root`, or the part itself. */
export function sectionStart(root: ParentNode | null, id: string): HTMLElement | null {
  const section = root?.querySelector<HTMLElement>(`[data-section="${CSS.escape(id)}"]`)
  return section ? firstControl(section) : null
}
