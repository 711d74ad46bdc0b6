/**
 * Small builders for PolicyDoc blocks and runs, and plain-text helpers over them.
 * A run's text may contain "\n": a line break inside the paragraph or table cell.
 */
import type { Block, TextRun } from '../model/policy-doc'

export type Runs = TextRun[]

/** A plain run. */
export function text(value: string): TextRun {
  return { text: value }
}

/** A bold run (activity names that lead a list item or table cell). */
export function bold(value: string): TextRun {
  return { text: value, bold: true }
}

/** Values joined by a separator, each value its own run (so record text stays one run). */
export function joined(values: readonly string[], separator: string): Runs {
  const runs: Runs = []
  values.forEach((value, i) => {
    if (i > 0) runs.push(text(separator))
    runs.push(text(value))
  })
  return runs
}

/** A paragraph block; the clause id is added by compose. */
export function paragraph(runs: Runs, activityIds?: readonly string[]): Block {
  return { type: 'paragraph', runs, source: sourceOf(activityIds) }
}

/** A list block, bulleted or numbered. */
export function list(items: Runs[], ordered: boolean, activityIds?: readonly string[]): Block {
  return { type: 'list', ordered, items, source: sourceOf(activityIds) }
}

/** A table block: a header row and body rows of cells. */
export function table(header: Runs[], rows: Runs[][], activityIds?: readonly string[]): Block {
  return { type: 'table', header, rows, source: sourceOf(activityIds) }
}

function sourceOf(activityIds: readonly string[] | undefined): Block['source'] {
  return activityIds && activityIds.length > 0 ? { activityIds: [...activityIds] } : {}
}

/** The plain text of runs (deleted text left out when `skipDeleted`). */
export function runsText(runs: readonly TextRun[], skipDeleted = false): string {
  let s = ''
  for (const r of runs) if (!(skipDeleted && r.mark === 'del')) s += r.text
  return s
}

/** Every run of a block, in reading order (table header first). */
export function blockRuns(block: Block): TextRun[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return block.runs
    case 'list':
      return block.items.flat()
    case 'table':
      return [...block.header.flat(), ...block.rows.flat(2)]
  }
}

/** The plain text of a block: paragraphs, items and cells separated by newlines. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return runsText(block.runs)
    case 'list':
      return block.items.map((i) => runsText(i)).join('\n')
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map((c) => runsText(c)).join('\t')).join('\n')
  }
}

/**
 * Parses the plain text of an edited clause: paragraphs are separated by blank lines,
 * and lines starting with "- " are bullet items (a run of them is one list). Single line
 * breaks inside a paragraph are kept as line breaks.
 */
export function parsePlainText(body: string, activityIds?: readonly string[]): Block[] {
  const blocks: Block[] = []
  const chunks = body.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)
  for (const chunk of chunks) {
    const lines = chunk.split('\n').map((l) => l.replace(/\s+$/, ''))
    let para: string[] = []
    let items: string[] = []
    const flushPara = () => {
      const t = para.join('\n').trim()
      if (t) blocks.push(paragraph([text(t)], activityIds))
      para = []
    }
    const flushItems = () => {
      if (items.length > 0) blocks.push(list(items.map((i) => [text(i)]), false, activityIds))
      items = []
    }
    for (const line of lines) {
      const bullet = /^\s*[-–•]\s+(.*)$/.exec(line)
      if (bullet) {
        flushPara()
        items.push(bullet[1]!.trim())
      } else if (line.trim() !== '') {
        flushItems()
        para.push(line.trim())
      }
    }
    flushPara()
    flushItems()
  }
  return blocks
}
