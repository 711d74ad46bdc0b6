import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react'
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
 * the library when clicked. That line is shown in a place of its own above the document,
 * never over it: a box floating over the text hid the very text it explained (or the text
 * above it), and at the top of the scrolling document it was cut off.
 */
export function PolicyPreview({
  doc,
  clauseTitles,
  activityNames,
  selectedClauseId,
  onSelectClause,
}: PolicyPreviewProps) {
  const ph = phrases(doc.lang)
  const [hovered, setHovered] = useState<number | null>(null)
  const [focused, setFocused] = useState<number | null>(null)
  const infos = useMemo(
    () =>
      doc.blocks.map((block) =>
        sourceText(
          block.source.clauseId ? clauseTitles.get(block.source.clauseId) : undefined,
          (block.source.activityIds ?? []).map((id) => activityNames.get(id) ?? id),
        ),
      ),
    [doc, clauseTitles, activityNames],
  )
  // The blocks do not change while the pointer moves over them: only the source line does.
  const blocks = useMemo(
    () =>
      doc.blocks.map((block, i) => (
        <PreviewBlock
          key={i}
          index={i}
          block={block}
          info={infos[i]!}
          selected={selectedClauseId !== null && block.source.clauseId === selectedClauseId}
          onSelect={
            block.source.clauseId ? () => onSelectClause(block.source.clauseId!) : undefined
          }
        />
      )),
    [doc, infos, selectedClauseId, onSelectClause],
  )
  const active = hovered ?? focused
  const info = active === null ? '' : infos[active]
  const selectable = active !== null && doc.blocks[active]?.source.clauseId !== undefined
  return (
    <>
      {/* Each block has its own description for screen readers; this line is for the eye. */}
      <p className="pol-doc__source" aria-hidden="true">
        {info ? (
          <>
            {info}
            {selectable && <span className="pol-doc__source-hint"> {s.clickToSelect}</span>}
          </>
        ) : (
          <span className="muted">{s.sourceIdle}</span>
        )}
      </p>
      <article
        className="pol-doc"
        lang={doc.lang === 'nn' ? 'nn' : 'nb'}
        aria-label={s.documentLabel}
        onMouseOver={(event) => setHovered(blockIndex(event.target))}
        onMouseLeave={() => setHovered(null)}
        onFocus={(event) => setFocused(blockIndex(event.target))}
        onBlur={() => setFocused(null)}
      >
        <h3 className="pol-doc__title">{doc.title}</h3>
        <p className="pol-doc__updated">
          {ph.updated}: {formatLongDate(doc.updated, doc.lang)}
        </p>
        {blocks}
      </article>
    </>
  )
}

/** The index of the preview block `target` is in, or null outside the blocks. */
function blockIndex(target: EventTarget): number | null {
  const block = target instanceof Element ? target.closest<HTMLElement>('[data-block]') : null
  return block ? Number(block.dataset.block) : null
}

/** Names beyond these are counted: the line above the document has room for three lines. */
const MAX_NAMES = 3

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
  index: number
  block: Block
  /** Where the block comes from; empty when it comes from no clause or activity. */
  info: string
  selected: boolean
  onSelect: (() => void) | undefined
}

function PreviewBlock({ index, block, info, selected, onSelect }: PreviewBlockProps) {
  const infoId = useId()
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
      data-block={index}
      tabIndex={onSelect ? 0 : undefined}
      aria-describedby={info ? infoId : undefined}
      onClick={onSelect}
      onKeyDown={onKeyDown}
    >
      <BlockContent block={block} />
      {info && (
        // Hidden, but still the block's description (aria-describedby reads hidden text).
        <span hidden id={infoId}>
          {info}
          {onSelect && ` ${s.clickToSelect}`}
        </span>
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
