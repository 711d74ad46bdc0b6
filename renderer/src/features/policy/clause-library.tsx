import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { Clause } from '../../../../shared/model'
import {
  canHideClause,
  clauseActivities,
  clauseReviewStatus,
  linkedActivities,
  orderClauses,
  standardClauseDef,
  type ClauseReviewStatus,
} from './engine'
import { useDb } from '../../app/db-context'
import { routeHref } from '../../app/router'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import {
  deleteCustomClause,
  markClauseReviewed,
  moveClauseInDb,
  resetStandardClause,
  setActivityLink,
  setClauseHidden,
} from './clause-actions'
import { ClauseLinksDialog } from './clause-links-dialog'
import { hideBlockedReason, clauseTitle } from './clause-text'
import { ClauseTextDialog } from './clause-text-dialog'
import { formatDateTime } from './format'
import type { PolicyData } from './use-policy-data'
import { useRun } from './use-run'

const s = t.policy.library

export interface ClauseLibraryProps {
  data: PolicyData
  selectedId: string | null
  /** Increases when a clause is selected from outside the list (preview, route): scroll to it. */
  revealToken: number
  onSelect: (id: string | null) => void
}

type Open =
  { kind: 'text'; clause: Clause } | { kind: 'links'; clause: Clause } | { kind: 'new' } | null

/** The clauses of the policy in their order, each with its state, links and actions. */
export function ClauseLibrary({ data, selectedId, revealToken, onSelect }: ClauseLibraryProps) {
  const headingId = useId()
  const [open, setOpen] = useState<Open>(null)
  const clauses = useMemo(() => orderClauses(data.clauses), [data.clauses])
  const reviews = useMemo(
    () => new Map(clauses.map((c) => [c.id, clauseReviewStatus(c, data)])),
    [clauses, data],
  )
  const needReview = [...reviews.values()].filter((r) => r.needsReview).length

  return (
    <section className="pol-library" aria-labelledby={headingId}>
      <div className="pol-section-head">
        <h2 id={headingId}>{s.title}</h2>
        <Button onClick={() => setOpen({ kind: 'new' })}>{s.newClause}</Button>
      </div>
      <p className="page__intro">{s.intro}</p>
      {needReview > 0 && <p className="pol-library__summary">{s.needReviewCount(needReview)}</p>}
      <ol className="pol-library__list" aria-label={s.listLabel}>
        {clauses.map((clause, index) => (
          <ClauseItem
            key={clause.id}
            clause={clause}
            position={index + 1}
            first={index === 0}
            last={index === clauses.length - 1}
            data={data}
            review={reviews.get(clause.id)!}
            expanded={clause.id === selectedId}
            revealToken={clause.id === selectedId ? revealToken : 0}
            onToggle={() => onSelect(clause.id === selectedId ? null : clause.id)}
            onEditText={() => setOpen({ kind: 'text', clause })}
            onEditLinks={() => setOpen({ kind: 'links', clause })}
          />
        ))}
      </ol>
      {open?.kind === 'text' && (
        <ClauseTextDialog
          mode="edit"
          clause={open.clause}
          data={data}
          onClose={() => setOpen(null)}
          onSaved={() => setOpen(null)}
        />
      )}
      {open?.kind === 'new' && (
        <ClauseTextDialog
          mode="new"
          afterId={selectedId}
          data={data}
          onClose={() => setOpen(null)}
          onSaved={(id) => {
            setOpen(null)
            onSelect(id)
          }}
        />
      )}
      {open?.kind === 'links' && (
        <ClauseLinksDialog clause={open.clause} data={data} onClose={() => setOpen(null)} />
      )}
    </section>
  )
}

interface ClauseItemProps {
  clause: Clause
  position: number
  first: boolean
  last: boolean
  data: PolicyData
  review: ClauseReviewStatus
  expanded: boolean
  revealToken: number
  onToggle: () => void
  onEditText: () => void
  onEditLinks: () => void
}

function ClauseItem({
  clause,
  position,
  first,
  last,
  data,
  review,
  expanded,
  revealToken,
  onToggle,
  onEditText,
  onEditLinks,
}: ClauseItemProps) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  const item = useRef<HTMLLIElement>(null)
  const title = clauseTitle(clause)
  const linkedCount = useMemo(() => clauseActivities(clause, data).length, [clause, data])
  const hiddenButRequired = clause.hidden && !canHideClause(clause, data)

  useEffect(() => {
    if (revealToken === 0) return
    item.current?.scrollIntoView({ block: 'nearest' })
    button.current?.focus({ preventScroll: true })
  }, [revealToken])

  return (
    <li
      ref={item}
      className={['pol-clause', expanded ? 'pol-clause--selected' : null].filter(Boolean).join(' ')}
    >
      <section aria-labelledby={`${id}-title`}>
        <div className="pol-clause__head">
          <span className="pol-clause__position" aria-hidden="true">
            {position}.
          </span>
          <h3 className="pol-clause__title">
            <button
              ref={button}
              id={`${id}-title`}
              type="button"
              className="pol-clause__toggle"
              aria-expanded={expanded}
              aria-controls={`${id}-details`}
              onClick={onToggle}
            >
              {title}
            </button>
          </h3>
        </div>
        <ul className="pol-tags" aria-label={s.stateLabel}>
          <li className={`pol-tag pol-tag--${clause.origin}`}>{s.origin[clause.origin]}</li>
          {clause.edited && <li className="pol-tag pol-tag--edited">{s.edited}</li>}
          {clause.hidden && (
            <li className={`pol-tag ${hiddenButRequired ? 'pol-tag--warning' : 'pol-tag--hidden'}`}>
              {hiddenButRequired ? s.hiddenButRequired : s.hidden}
            </li>
          )}
          {review.needsReview && <li className="pol-tag pol-tag--review">{s.needsReview}</li>}
          <li className="pol-tag pol-tag--count">{s.linkedCount(linkedCount)}</li>
        </ul>
        {review.needsReview && <ReviewNote clause={clause} review={review} />}
        {expanded && (
          <div id={`${id}-details`} className="pol-clause__details">
            <ClauseDetails
              clause={clause}
              title={title}
              data={data}
              first={first}
              last={last}
              review={review}
              onEditText={onEditText}
              onEditLinks={onEditLinks}
            />
          </div>
        )}
      </section>
    </li>
  )
}

function ReviewNote({ clause, review }: { clause: Clause; review: ClauseReviewStatus }) {
  const neverReviewed = clause.lastReviewed === null
  return (
    <div className="pol-review">
      <p className="pol-review__lead">
        {neverReviewed
          ? s.neverReviewedOwnText
          : s.changedSince(formatDateTime(clause.lastReviewed!))}
      </p>
      {review.changedActivities.length > 0 && (
        <ul className="pol-review__list">
          {review.changedActivities.map((a) => (
            <li key={a.id}>
              <a href={routeHref('activities', a.id)}>{a.name}</a>{' '}
              {s.changedAt(formatDateTime(a.changedAt))}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

interface ClauseDetailsProps {
  clause: Clause
  title: string
  data: PolicyData
  first: boolean
  last: boolean
  review: ClauseReviewStatus
  onEditText: () => void
  onEditLinks: () => void
}

function ClauseDetails({
  clause,
  title,
  data,
  first,
  last,
  review,
  onEditText,
  onEditLinks,
}: ClauseDetailsProps) {
  const db = useDb()
  const dialogs = useDialogs()
  const run = useRun()
  const [busy, setBusy] = useState(false)
  // The toggle shows the new state at once, while the write is under way.
  const [pendingHidden, setPendingHidden] = useState<boolean | null>(null)
  if (pendingHidden !== null && pendingHidden === clause.hidden) setPendingHidden(null)
  const def = clause.origin === 'standard' ? standardClauseDef(clause.section) : undefined
  const byRule = def ? linkedActivities(def.key, data) : []
  const ruleIds = new Set(byRule.map((a) => a.id))
  const byId = new Map(data.activities.map((a) => [a.id, a]))
  const byHand = clause.linkedActivityIds
    .map((aid) => ({ id: aid, activity: byId.get(aid) }))
    .filter((x) => !ruleIds.has(x.id))
  const blocked = hideBlockedReason(clause, data)
  const hiddenButRequired = clause.hidden && blocked !== null

  const act = async (failTitle: string, work: () => Promise<unknown>) => {
    if (busy) return
    setBusy(true)
    try {
      await run(failTitle, work)
    } finally {
      setBusy(false)
    }
  }

  async function reset() {
    const ok = await dialogs.confirm({
      title: s.resetTitle,
      message: s.resetMessage(title),
      confirmLabel: s.resetConfirm,
      danger: true,
    })
    if (ok) await act(s.actionFailed, () => resetStandardClause(db, clause.id))
  }

  async function remove() {
    const ok = await dialogs.confirm({
      title: s.deleteTitle,
      message: s.deleteMessage(title),
      confirmLabel: s.deleteConfirm,
      danger: true,
    })
    if (ok) await act(s.actionFailed, () => deleteCustomClause(db, clause.id))
  }

  return (
    <>
      <div className="pol-clause__actions" role="group" aria-label={s.actionsLabel}>
        <Button onClick={onEditText}>{s.editText}</Button>
        {def && clause.edited && <Button onClick={() => void reset()}>{s.reset}</Button>}
        <Button
          disabled={first}
          onClick={() => void act(s.actionFailed, () => moveClauseInDb(db, clause.id, 'up'))}
        >
          {s.moveUp}
        </Button>
        <Button
          disabled={last}
          onClick={() => void act(s.actionFailed, () => moveClauseInDb(db, clause.id, 'down'))}
        >
          {s.moveDown}
        </Button>
        <Button
          variant={review.needsReview ? 'primary' : 'secondary'}
          onClick={() => void act(s.actionFailed, () => markClauseReviewed(db, clause.id))}
        >
          {s.markReviewed}
        </Button>
        {clause.origin !== 'standard' && (
          <Button variant="danger" onClick={() => void remove()}>
            {s.delete}
          </Button>
        )}
      </div>
      <p className="pol-clause__reviewed muted">
        {clause.lastReviewed
          ? s.lastReviewed(formatDateTime(clause.lastReviewed))
          : s.neverReviewed}
      </p>
      <CheckboxField
        label={s.hide}
        checked={pendingHidden ?? clause.hidden}
        disabled={!clause.hidden && blocked !== null}
        hint={hiddenButRequired ? s.hiddenButRequiredHint(blocked) : (blocked ?? undefined)}
        onChange={(hidden) => {
          if (busy) return
          setPendingHidden(hidden)
          void act(s.actionFailed, async () => {
            try {
              await setClauseHidden(db, clause.id, hidden)
            } catch (error) {
              setPendingHidden(null)
              throw error
            }
          })
        }}
      />
      <div className="pol-links">
        {def && (
          <>
            <h4 className="pol-links__title">{s.byRuleTitle}</h4>
            <p className="field__hint">
              {s.rules[def.key]}{' '}
              {def.links !== null && (def.namesActivities ? s.namesActivities : s.generalClause)}
            </p>
            {def.links !== null &&
              (byRule.length === 0 ? (
                <p className="muted">{s.byRuleNone}</p>
              ) : (
                <ul className="pol-links__list">
                  {byRule.map((a) => (
                    <li key={a.id}>
                      <a href={routeHref('activities', a.id)}>{a.name}</a>
                    </li>
                  ))}
                </ul>
              ))}
          </>
        )}
        <h4 className="pol-links__title">{def ? s.pinnedTitle : s.byHandTitle}</h4>
        {def && <p className="field__hint">{s.pinnedHint}</p>}
        {byHand.length === 0 ? (
          <p className="muted">{s.byHandNone}</p>
        ) : (
          <ul className="pol-links__list">
            {byHand.map(({ id, activity }) => (
              <li key={id}>
                <a href={routeHref('activities', id)}>{activity?.name ?? id}</a>
                {activity?.status === 'archived' && (
                  <span className="pol-tag pol-tag--hidden">{s.archived}</span>
                )}
                {activity?.status === 'draft' && <span className="pol-tag">{s.draft}</span>}{' '}
                <Button
                  variant="quiet"
                  aria-label={s.unlink(activity?.name ?? id)}
                  onClick={() =>
                    void act(s.actionFailed, () => setActivityLink(db, clause.id, id, false))
                  }
                >
                  {s.unlinkShort}
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Button onClick={onEditLinks}>{s.editLinks}</Button>
      </div>
    </>
  )
}
