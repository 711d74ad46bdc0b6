/**
 * Fields a form can be asked to show: by a message above it («rett dette»), by a link
 * from a readiness finding (`#/activities/<id>/retention.period`), by a section index.
 * A form marks the part that shows each field with `FieldAnchor`; `revealField` finds it,
 * scrolls it into view and gives it the focus.
 */
import { useEffect, type ReactNode, type RefObject } from 'react'
import { fieldCandidates } from './field-messages'

/** Marks the part of a form that shows `field` (a dotted path into the record). */
export function FieldAnchor({ field, children }: { field: string; children: ReactNode }) {
  return <div data-field={field}>{children}</div>
}

const CONTROL =
  'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)'

/** The first control (input, select, text area, button) in `box`, or `box` itself. */
export function firstControl(box: HTMLElement): HTMLElement {
  if (box.matches(CONTROL)) return box
  return box.querySelector<HTMLElement>(CONTROL) ?? box
}

/**
 * The element that shows `field` inside `root`: the first control of its anchor (input,
 * select, text area, button), or the anchor itself. An element marked directly (a button
 * with `data-field`) is its own control.
 */
export function fieldElement(root: ParentNode | null, field: string): HTMLElement | null {
  const box = root?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`)
  return box ? firstControl(box) : null
}

/**
 * The element of `field`, or of the nearest field above it that the form shows
 * (`legalBases.0.law`, else `legalBases.0`, else `legalBases`); null when none is shown.
 * Elements inside a hidden part (another tab) do not count.
 */
export function shownFieldElement(root: ParentNode | null, field: string): HTMLElement | null {
  for (const candidate of fieldCandidates(field)) {
    const element = fieldElement(root, candidate)
    if (element && !element.closest('[hidden]')) return element
  }
  return null
}

/**
 * Brings `element` to the middle of its scrolling box (clear of a sticky header and
 * footer) and focuses it. An element that cannot take the focus gets `tabindex="-1"`
 * first, so the keyboard continues from there.
 */
export function revealElement(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1
  element.scrollIntoView({ block: 'center' })
  element.focus({ preventScroll: true })
}

/** Reveals `field` (see `shownFieldElement`); false when the form does not show it (yet). */
export function revealField(root: ParentNode | null, field: string): boolean {
  const element = shownFieldElement(root, field)
  if (!element) return false
  revealElement(element)
  return true
}

/**
 * Reveals `field` when the form opens, and again when the route names another field: the
 * landing place of a link such as a readiness finding's. Nothing happens without a field.
 */
export function useRevealField(root: RefObject<HTMLElement | null>, field: string | undefined) {
  useEffect(() => {
    if (field) revealField(root.current, field)
  }, [root, field])
}
