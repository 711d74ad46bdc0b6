/**
 * What the clause library shows and edits: a clause's title in the UI, its text as the
 * plain text the engine parses (blank-line paragraphs, "- " bullets), and why a clause
 * may not be hidden.
 */
import type { Block, Clause, Lang } from '../../../../shared/model'
import {
  composePolicy,
  linkedActivities,
  NB,
  runsText,
  standardClauseDef,
  type PolicyWorkbench,
} from './engine'
import { t } from '../../i18n/nb'

/** The title the UI shows (bokmål): the DPO's title where there is one, else the library's. */
export function clauseTitle(clause: Clause): string {
  const def = standardClauseDef(clause.section)
  if (clause.origin === 'standard' && def) {
    return (clause.edited && clause.title.nb.trim()) || NB.titles[def.key]
  }
  return clause.title.nb.trim() || clause.title.nn.trim() || t.policy.library.untitled
}

/** One line of a list item or table cell: its line breaks become "; " so it stays one line. */
function oneLine(text: string): string {
  return text
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join('; ')
}

/**
 * The plain text of blocks as the clause editor shows it: paragraphs separated by blank
 * lines, list items as "- " lines, table rows as "- " lines with the cells joined by
 * " – " (the DPO's text has no tables). `parsePlainText` reads it back.
 */
export function blocksToPlainText(blocks: readonly Block[]): string {
  const chunks: string[] = []
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
      case 'paragraph': {
        const text = runsText(block.runs, true).trim()
        if (text) chunks.push(text)
        break
      }
      case 'list': {
        const items = block.items.map((i) => oneLine(runsText(i, true))).filter((i) => i !== '')
        if (items.length > 0) chunks.push(items.map((i) => `- ${i}`).join('\n'))
        break
      }
      case 'table': {
        const rows = block.rows
          .map((row) =>
            row
              .map((cell) => oneLine(runsText(cell, true)))
              .filter((c) => c !== '')
              .join(' – '),
          )
          .filter((r) => r !== '')
        if (rows.length > 0) chunks.push(rows.map((r) => `- ${r}`).join('\n'))
        break
      }
    }
  }
  return chunks.join('\n\n')
}

/**
 * The text a clause has in the policy now, in plain text: what the editor starts from.
 * A hidden clause is composed as if shown; its heading is left out (it has a field of its own).
 */
export function clausePlainText(clause: Clause, workbench: PolicyWorkbench, lang: Lang): string {
  const shown: PolicyWorkbench = {
    ...workbench,
    clauses: workbench.clauses.map((c) => (c.id === clause.id ? { ...c, hidden: false } : c)),
  }
  const doc = composePolicy(shown, lang, { updated: '2000-01-01' })
  const own = doc.blocks.filter((b) => b.source.clauseId === clause.id)
  const body = own[0]?.type === 'heading' ? own.slice(1) : own
  return blocksToPlainText(body)
}

/**
 * Why a clause cannot be hidden now, in a sentence for the disabled toggle; null when it
 * can. Mirrors `canHide` in the policy engine.
 */
export function hideBlockedReason(
  clause: Clause,
  workbench: Pick<PolicyWorkbench, 'organization' | 'activities'>,
): string | null {
  if (clause.origin !== 'standard') return null
  const def = standardClauseDef(clause.section)
  if (!def) return null
  switch (def.hide) {
    case 'always':
      return null
    case 'never':
      return t.policy.hide.never
    case 'no-dpo':
      if (workbench.organization === null) return t.policy.hide.noOrganization
      return workbench.organization.dpo === null ? null : t.policy.hide.hasDpo
    case 'when-unused': {
      const n = linkedActivities(def.key, workbench).length
      return n === 0 ? null : t.policy.hide.inUse(n)
    }
  }
}
