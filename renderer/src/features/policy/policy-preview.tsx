import { useId, type KeyboardEvent, type ReactNode } from 'react'
import type { Block, PolicyDoc, TextRun } from '../../../../shared/model'
import { formatLongDate, phrases } from './engine'
import { t } from '../../i18n/nb'

const s = t.policy.preview

export interface PolicyPreviewProps {
  doc: PolicyDoc
  /** The UI title of each clause by id, for «Fra avsnittet …». */
  clauseTitles: ReadonlyMap<string, string>
  /** Activity names by id. */
  activityNames: ReadonlyMap<string, string>
  /** The clause now selected in the library; its blocks are highlighted. */
  selectedClauseId: string | null
  onSelectClause: (clauseId: string) => void
}

/**
 * The PolicyDoc as the reader will see it: headings, paragraphs, lists and tables, with
 * tracked changes as underlined green (inserted) and struck-through red (deleted) text.
 * Each block says where it came from when hovered or focused, and selects its clause in
 * the library when clicked.
 */
export function PolicyPreview({
  doc,
  clauseTitles,
  activityNames,
  selectedClauseId,
  onSelectClause,
}: PolicyPreviewProps) {
  const ph = phrases(doc.lang)
  return (
    <article
      className="pol-doc"
      lang={doc.lang === 'nn' ? 'nn' : 'nb'}
      aria-label={s.documentLabel}
    >
      <h3 className="pol-doc__title">{doc.title}</h3>
      <p className="pol-doc__updated">
        {ph.updated}: {formatLongDate(doc.updated, doc.lang)}
      </p>
      {doc.blocks.map((block, i) => (
        <PreviewBlock
          key={i}
          block={block}
          clauseTitle={block.source.clauseId ? clauseTitles.get(block.source.clauseId) : undefined}
          activityNames={(block.source.activityIds ?? []).map((id) => activityNames.get(id) ?? id)}
          selected={selectedClauseId !== null && block.source.clauseId === selectedClauseId}
          onSelect={
            block.source.clauseId ? () => onSelectClause(block.source.clauseId!) : undefined
          }
        />
      ))}
    </article>
  )
}

const MAX_NAMES = 5

function sourceText(clauseTitle: string | undefined, names: readonly string[]): string {
  const parts: string[] = []
  if (clauseTitle) parts.push(s.fromClause(clauseTitle))
  if (names.length > 0) {
    const shown = names.slice(0, MAX_NAMES).join(', ')
    parts.push(
      s.fromActivities(
        names.length > MAX_NAMES ? s.andMore(shown, names.length - MAX_NAMES) : shown,
      ),
    )
  }
  return parts.join(' ')
}

interface PreviewBlockProps {
  block: Block
  clauseTitle: string | undefined
  activityNames: string[]
  selected: boolean
  onSelect: (() => void) | undefined
}

function PreviewBlock({
  block,
  clauseTitle,
  activityNames,
  selected,
  onSelect,
}: PreviewBlockProps) {
  const infoId = useId()
  const info = sourceText(clauseTitle, activityNames)
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!onSelect || event.target !== event.currentTarget) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect()
    }
  }
  return (
    <div
      className={['pol-block', selected ? 'pol-block--selected' : null].filter(Boolean).join(' ')}
      tabIndex={onSelect ? 0 : undefined}
      aria-describedby={info ? infoId : undefined}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <BlockContent block={block} />
      {info && (
        <p className="pol-block__source" id={infoId}>
          {info}
          {onSelect && <span className="pol-block__source-hint"> {s.clickToSelect}</span>}
        </p>
      )}
    </div>
  )
}

function BlockContent({ block }: { block: Block }) {
  switch (block.type) {
    case 'heading':
      return block.level === 1 ? (
        <h4 className="pol-doc__h1">
          <Runs runs={block.runs} />
        </h4>
      ) : (
        <h5 className="pol-doc__h2">
          <Runs runs={block.runs} />
        </h5>
      )
    case 'paragraph':
      return (
        <p className="pol-doc__p">
          <Runs runs={block.runs} />
        </p>
      )
    case 'list': {
      const items = block.items.map((item, i) => (
        <li key={i}>
          <Runs runs={item} />
        </li>
      ))
      return block.ordered ? (
        <ol className="pol-doc__list">{items}</ol>
      ) : (
        <ul className="pol-doc__list">{items}</ul>
      )
    }
    case 'table':
      return (
        // A wide table scrolls sideways; the keyboard must reach it to scroll it (WCAG 2.1.1).
        <div className="pol-doc__table-wrap" tabIndex={0} role="group" aria-label={s.tableRegion}>
          <table className="pol-doc__table">
            <thead>
              <tr>
                {block.header.map((cell, i) => (
                  <th key={i} scope="col">
                    <Runs runs={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>
                      <Runs runs={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
  }
}

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, i) => (
        <Run key={i} run={run} />
      ))}
    </>
  )
}

function Run({ run }: { run: TextRun }) {
  let node: ReactNode = run.text
  if (run.bold) node = <strong>{node}</strong>
  if (run.italic) node = <em>{node}</em>
  // Screen readers do not announce <ins> and <del>: the hidden words say what the colours show.
  if (run.mark === 'ins') {
    return (
      <ins className="pol-ins">
        <span className="visually-hidden">{s.inserted}</span>
        {node}
      </ins>
    )
  }
  if (run.mark === 'del') {
    return (
      <del className="pol-del">
        <span className="visually-hidden">{s.deleted}</span>
        {node}
      </del>
    )
  }
  return node
}
