import { useEffect, useId, useMemo, useState } from 'react'
import type { Lang } from '../../../../shared/model'
import { composeCurrentPolicy, diffPolicy, newestPublished, versionDoc } from './engine'
import { useDb } from '../../app/db-context'
import { formatDate, todayIso } from '../../i18n/format'
import { t } from '../../i18n/nb'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import { ClauseLibrary } from './clause-library'
import { clauseTitle } from './clause-text'
import { ensureStandardClauseRecords } from './ensure-clauses'
import { errorMessage } from './format'
import { PolicyPreview } from './policy-preview'
import { PolicyVersionsPanel } from './policy-versions-panel'
import { PolicyWarnings } from './policy-warnings'
import { usePolicyData, type PolicyData } from './use-policy-data'

const s = t.policy

/**
 * «Personvernerklæring» at `#/policy`, `#/policy/<clause id>` with that clause selected:
 * the clause library, the live preview and the saved versions.
 */
export function PolicyPage({ rest }: { rest: string[] }) {
  const db = useDb()
  const dialogs = useDialogs()
  const data = usePolicyData()

  useEffect(() => {
    ensureStandardClauseRecords(db).catch((error: unknown) =>
      dialogs.alert({ title: s.ensureFailed, message: errorMessage(error) }),
    )
  }, [db, dialogs])

  return (
    <div className="page pol-page">
      <header className="page__header">
        <h1>{s.title}</h1>
        <p className="page__intro">{s.intro}</p>
      </header>
      {data === undefined ? (
        <p className="loading" role="status">
          {t.common.loading}
        </p>
      ) : (
        <PolicyWorkspace data={data} routeClauseId={rest[0] ?? null} />
      )}
    </div>
  )
}

function PolicyWorkspace({
  data,
  routeClauseId,
}: {
  data: PolicyData
  routeClauseId: string | null
}) {
  const [chosenLang, setChosenLang] = useState<Lang | null>(null)
  const [showChanges, setShowChanges] = useState(false)
  const [selectedId, setSelectedId] = useState<string | null>(routeClauseId)
  const [revealToken, setRevealToken] = useState(routeClauseId ? 1 : 0)
  // A new route (a link from an activity to one of its clauses) selects that clause.
  const [seenRoute, setSeenRoute] = useState(routeClauseId)
  if (seenRoute !== routeClauseId) {
    setSeenRoute(routeClauseId)
    if (routeClauseId) {
      setSelectedId(routeClauseId)
      setRevealToken((n) => n + 1)
    }
  }
  const lang: Lang = chosenLang ?? data.organization?.language ?? 'nb'
  const today = todayIso()
  // «Sist oppdatert» of the policy as it stands: the day its content last changed.
  const doc = useMemo(() => composeCurrentPolicy(data, lang, { today }), [data, lang, today])
  const published = newestPublished(data.policyVersions, lang)
  const marked = showChanges && published !== null
  const shownDoc = useMemo(
    () => (marked ? diffPolicy(versionDoc(published), doc) : doc),
    [marked, published, doc],
  )
  const clauseTitles = useMemo(
    () => new Map(data.clauses.map((c) => [c.id, clauseTitle(c)])),
    [data.clauses],
  )
  const activityNames = useMemo(
    () => new Map(data.activities.map((a) => [a.id, a.name])),
    [data.activities],
  )
  const previewId = useId()
  const langName = useId()
  const changesHintId = useId()

  return (
    <>
      <PolicyWarnings data={data} />
      <div className="pol-columns">
        <ClauseLibrary
          data={data}
          selectedId={selectedId}
          revealToken={revealToken}
          onSelect={setSelectedId}
        />
        <section className="pol-preview" aria-labelledby={previewId}>
          <h2 id={previewId}>{s.preview.title}</h2>
          <div className="pol-preview__toolbar">
            <fieldset className="pol-langs">
              <legend>{s.preview.language}</legend>
              {(['nb', 'nn'] as const).map((l) => (
                <label key={l} className="pol-langs__option">
                  <input
                    type="radio"
                    name={langName}
                    value={l}
                    checked={lang === l}
                    onChange={() => setChosenLang(l)}
                  />
                  {s.languages[l]}
                </label>
              ))}
            </fieldset>
            <div>
              <CheckboxField
                label={s.preview.showChanges}
                checked={marked}
                disabled={published === null}
                hint={
                  published
                    ? s.preview.changesSince(formatDate(published.publishedOn))
                    : s.preview.noPublished(s.languages[lang])
                }
                onChange={setShowChanges}
              />
              {marked && (
                <p id={changesHintId} className="pol-preview__legend">
                  <ins className="pol-ins">{s.preview.legendIns}</ins>{' '}
                  <del className="pol-del">{s.preview.legendDel}</del>
                </p>
              )}
            </div>
          </div>
          <PolicyPreview
            doc={shownDoc}
            clauseTitles={clauseTitles}
            activityNames={activityNames}
            selectedClauseId={selectedId}
            onSelectClause={(id) => {
              setSelectedId(id)
              setRevealToken((n) => n + 1)
            }}
          />
        </section>
      </div>
      <PolicyVersionsPanel data={data} doc={doc} lang={lang} />
    </>
  )
}
