/**
 * Editors of the parts of an activity (record model v2): purposes with their bases,
 * data-subject groups with how they are informed, data categories with their groups and
 * sources, and retention periods. Every text that can reach a published document has
 * its nynorsk field beside the bokmål one when the organisation publishes in both.
 */
import { useState } from 'react'
import { ART6, ART6_BASES, ART9, ART9_BASES, type Art6Basis } from '../../../../shared/law'
import {
  CATEGORY_KINDS,
  emptyPurpose,
  CATEGORY_KIND_LABELS,
  INFORMED_BY,
  INFORMED_BY_LABELS,
  NAMED_SOURCE_KINDS,
  NAMED_SOURCE_KIND_LABELS,
  hasCriminalData,
  hasSpecialCategories,
  missingNynorsk,
  newId,
  type CategoryKind,
  type DataCategory,
  type DataSource,
  type InformedBy,
  type NamedSourceKind,
  type ProcessingActivity,
  type Purpose,
  type RetentionRule,
  type SubjectGroup,
} from '../../../../shared/model'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { CheckboxField } from '../../ui/checkbox-field'
import { FieldAnchor as At } from '../../ui/field-anchor'
import { SelectField } from '../../ui/select-field'
import { TextAreaField } from '../../ui/text-area-field'
import { TextField } from '../../ui/text-field'

const s = t.activityEditor

type Localized = { nb: string; nn: string }
type Patch = (change: (d: ProcessingActivity) => ProcessingActivity) => void

export interface PartsProps {
  draft: ProcessingActivity
  patch: Patch
  error: (field: string) => string | null
  /** The organisation publishes in nynorsk: show the nynorsk field beside each text. */
  nynorsk: boolean
}

/** A text in bokmål, with its nynorsk twin beside it when the organisation publishes in nynorsk. */
export function LocalizedField({
  label,
  hint,
  value,
  onChange,
  error,
  nynorsk,
  rows,
}: {
  label: string
  hint?: string
  value: Localized
  onChange: (value: Localized) => void
  error?: string | null
  nynorsk: boolean
  rows?: number
}) {
  const Field = rows ? TextAreaField : TextField
  return (
    <div className={nynorsk ? 'reg-grid activities-localized' : undefined}>
      <Field label={label} hint={hint} value={value.nb} onChange={(nb: string) => onChange({ ...value, nb })} error={error ?? null} rows={rows} />
      {nynorsk && (
        <Field
          label={s.nynorsk(label)}
          hint={missingNynorsk(value) ? s.nynorskMissing : undefined}
          value={value.nn}
          onChange={(nn: string) => onChange({ ...value, nn })}
          rows={rows}
        />
      )}
    </div>
  )
}

function replaceAt<T>(list: readonly T[], index: number, change: Partial<T>): T[] {
  return list.map((x, i) => (i === index ? { ...x, ...change } : x))
}

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id)
}

export function PurposesEditor({ draft, patch, error, nynorsk }: PartsProps) {
  const set = (i: number, change: Partial<Purpose>) => patch((d) => ({ ...d, purposes: replaceAt(d.purposes, i, change) }))
  const special = hasSpecialCategories(draft)
  const criminal = hasCriminalData(draft)
  return (
    <At field="purposes">
      <fieldset className="reg-fieldset reg-fieldset--inner">
        <legend>{s.purposes}</legend>
        <p className="field__hint">{s.purposesHint}</p>
        {draft.purposes.map((p, i) => {
          const info = p.basis ? ART6[p.basis] : null
          return (
            <div key={p.id} className="activities-part" data-testid="purpose">
              <At field={`purposes.${i}.text`}>
                <LocalizedField label={s.purpose(i + 1)} value={p.text} onChange={(text) => set(i, { text })} error={error(`purposes.${i}.text`)} nynorsk={nynorsk} />
              </At>
              <At field={`purposes.${i}.basis`}>
                <SelectField
                  label={s.purposeBasis(i + 1)}
                  hint={info?.help.nb ?? s.legalBasesHint}
                  value={p.basis ?? ''}
                  options={[{ value: '', label: s.chooseBasis }, ...ART6_BASES.map((b) => ({ value: b, label: s.basisOption(ART6[b].label.nb, ART6[b].article.nb) }))]}
                  onChange={(v) => set(i, { basis: v === '' ? null : (v as Art6Basis) })}
                  error={error(`purposes.${i}.basis`)}
                />
              </At>
              {info?.needs === 'law' && (
                <At field={`purposes.${i}.law`}>
                  <LocalizedField label={s.law(info.article.nb)} hint={s.lawHint} value={p.law} onChange={(law) => set(i, { law })} error={error(`purposes.${i}.law`)} nynorsk={nynorsk} />
                </At>
              )}
              {info?.needs === 'interest' && (
                <>
                  <At field={`purposes.${i}.interest`}>
                    <LocalizedField label={s.interest} hint={s.interestHint} value={p.interest} onChange={(interest) => set(i, { interest })} error={error(`purposes.${i}.interest`)} nynorsk={nynorsk} rows={2} />
                  </At>
                  <TextField label={s.balancingTest} hint={s.balancingTestHint} value={p.balancingTest} onChange={(balancingTest) => set(i, { balancingTest })} />
                </>
              )}
              {p.basis === 'consent' && (
                <LocalizedField label={s.consent} hint={s.consentHint} value={p.consent} onChange={(consent) => set(i, { consent })} nynorsk={nynorsk} rows={2} />
              )}
              {(special || p.art9Bases.length > 0) && (
                <fieldset className="reg-fieldset reg-fieldset--inner">
                  <legend>{s.art9Bases}</legend>
                  <p className="field__hint">{s.art9BasesHint}</p>
                  {ART9_BASES.map((b) => (
                    <CheckboxField
                      key={b}
                      label={s.basisOption(ART9[b].label.nb, ART9[b].article.nb)}
                      checked={p.art9Bases.includes(b)}
                      onChange={(on) => set(i, { art9Bases: on ? [...p.art9Bases.filter((x) => x !== b), b] : p.art9Bases.filter((x) => x !== b) })}
                    />
                  ))}
                  <LocalizedField label={s.art9Detail} hint={s.art9DetailHint} value={p.art9Detail} onChange={(art9Detail) => set(i, { art9Detail })} nynorsk={nynorsk} />
                </fieldset>
              )}
              {(criminal || p.art10Basis.nb !== '') && (
                <LocalizedField label={s.art10Basis} hint={s.criminalDataBasisHint} value={p.art10Basis} onChange={(art10Basis) => set(i, { art10Basis })} nynorsk={nynorsk} />
              )}
              <Button variant="quiet" className="reg-row-remove" onClick={() => patch((d) => ({ ...d, purposes: d.purposes.filter((_, j) => j !== i) }))}>
                {s.removePurpose(i + 1)}
              </Button>
            </div>
          )
        })}
        {error('purposes') && <p className="field__error">{error('purposes')}</p>}
        <Button onClick={() => patch((d) => ({ ...d, purposes: [...d.purposes, emptyPurpose(newId())] }))}>{s.addPurpose}</Button>
      </fieldset>
    </At>
  )
}

export function GroupsEditor({ draft, patch, error, nynorsk }: PartsProps) {
  const set = (i: number, change: Partial<SubjectGroup>) => patch((d) => ({ ...d, dataSubjects: replaceAt(d.dataSubjects, i, change) }))
  return (
    <At field="dataSubjects">
      <fieldset className="reg-fieldset reg-fieldset--inner">
        <legend>{s.dataSubjects}</legend>
        <p className="field__hint">{s.dataSubjectsHint}</p>
        {draft.dataSubjects.map((g, i) => (
          <div key={g.id} className="activities-part">
            <LocalizedField label={s.group(i + 1)} value={g.name} onChange={(name) => set(i, { name })} error={error(`dataSubjects.${i}.name`)} nynorsk={nynorsk} />
            <At field={`dataSubjects.${i}.informedBy`}>
              <SelectField
                label={s.informedBy(i + 1)}
                hint={s.informedByHint}
                value={g.informedBy}
                options={INFORMED_BY.map((v) => ({ value: v, label: INFORMED_BY_LABELS[v].nb }))}
                onChange={(v) => set(i, { informedBy: v as InformedBy })}
                error={error(`dataSubjects.${i}.informedBy`)}
              />
            </At>
            {g.informedBy === 'notice' && <TextField label={s.notice} hint={s.noticeHint} value={g.notice} onChange={(notice) => set(i, { notice })} />}
            {g.informedBy === 'exemption' && (
              <TextAreaField label={s.exemptionReason} value={g.exemptionReason} onChange={(exemptionReason) => set(i, { exemptionReason })} rows={2} />
            )}
            <Button
              variant="quiet"
              className="reg-row-remove"
              onClick={() =>
                patch((d) => ({
                  ...d,
                  dataSubjects: d.dataSubjects.filter((_, j) => j !== i),
                  dataCategories: d.dataCategories.map((c) => ({ ...c, subjectIds: c.subjectIds.filter((x) => x !== g.id) })),
                }))
              }
            >
              {s.removeGroup(i + 1)}
            </Button>
          </div>
        ))}
        {error('dataSubjects') && <p className="field__error">{error('dataSubjects')}</p>}
        <Button
          onClick={() =>
            patch((d) => ({ ...d, dataSubjects: [...d.dataSubjects, { id: newId(), name: { nb: '', nn: '' }, informedBy: 'policy', notice: '', exemptionReason: '' }] }))
          }
        >
          {s.addGroup}
        </Button>
      </fieldset>
    </At>
  )
}

export interface CategoriesProps extends PartsProps {
  sources: readonly DataSource[]
  /** Adds a source to the shared list and returns its id. */
  onNewSource: (name: string, kind: NamedSourceKind) => Promise<string>
}

export function CategoriesEditor({ draft, patch, error, nynorsk, sources, onNewSource }: CategoriesProps) {
  const set = (i: number, change: Partial<DataCategory>) => patch((d) => ({ ...d, dataCategories: replaceAt(d.dataCategories, i, change) }))
  const [newName, setNewName] = useState('')
  const [newKind, setNewKind] = useState<NamedSourceKind>('third-party')
  return (
    <At field="dataCategories">
      <fieldset className="reg-fieldset reg-fieldset--inner">
        <legend>{s.dataCategories}</legend>
        <p className="field__hint">{s.dataCategoriesHint}</p>
        {draft.dataCategories.map((c, i) => (
          <div key={c.id} className="activities-part">
            <LocalizedField label={s.category(i + 1)} value={c.name} onChange={(name) => set(i, { name })} error={error(`dataCategories.${i}.name`)} nynorsk={nynorsk} />
            <SelectField
              label={s.categoryKind(i + 1)}
              value={c.kind}
              options={CATEGORY_KINDS.map((k) => ({ value: k, label: CATEGORY_KIND_LABELS[k].nb }))}
              onChange={(v) => set(i, { kind: v as CategoryKind })}
            />
            <fieldset className="reg-fieldset reg-fieldset--inner">
              <legend>{s.categoryGroups}</legend>
              {draft.dataSubjects.map((g) => (
                <CheckboxField key={g.id} label={g.name.nb || '–'} checked={c.subjectIds.includes(g.id)} onChange={(on) => set(i, { subjectIds: toggle(c.subjectIds, g.id, on) })} />
              ))}
            </fieldset>
            <At field={`dataCategories.${i}.sources`}>
              <fieldset className="reg-fieldset reg-fieldset--inner">
                <legend>{s.categoryOrigin}</legend>
                <CheckboxField label={s.fromSubject} checked={c.fromSubject} onChange={(fromSubject) => set(i, { fromSubject })} />
                <CheckboxField label={s.generated} checked={c.generated} onChange={(generated) => set(i, { generated })} />
                {sources.map((src) => (
                  <CheckboxField
                    key={src.id}
                    label={`${src.name.nb} (${NAMED_SOURCE_KIND_LABELS[src.kind].nb.toLowerCase()})`}
                    checked={c.sourceIds.includes(src.id)}
                    onChange={(on) => set(i, { sourceIds: toggle(c.sourceIds, src.id, on) })}
                  />
                ))}
                {error(`dataCategories.${i}.sources`) && <p className="field__error">{error(`dataCategories.${i}.sources`)}</p>}
              </fieldset>
            </At>
            <Button
              variant="quiet"
              className="reg-row-remove"
              onClick={() =>
                patch((d) => ({
                  ...d,
                  dataCategories: d.dataCategories.filter((_, j) => j !== i),
                  retention: d.retention.map((r) => ({ ...r, categoryIds: r.categoryIds.filter((x) => x !== c.id) })),
                }))
              }
            >
              {s.removeCategory(i + 1)}
            </Button>
          </div>
        ))}
        {error('dataCategories') && <p className="field__error">{error('dataCategories')}</p>}
        <Button
          onClick={() =>
            patch((d) => ({
              ...d,
              dataCategories: [
                ...d.dataCategories,
                { id: newId(), name: { nb: '', nn: '' }, kind: 'ordinary', subjectIds: d.dataSubjects.map((g) => g.id), fromSubject: true, generated: false, sourceIds: [] },
              ],
            }))
          }
        >
          {s.addCategory}
        </Button>
        <div className="reg-grid reg-grid--row">
          <TextField label={s.newSource} hint={s.newSourceHint} value={newName} onChange={setNewName} />
          <SelectField
            label={s.newSourceKind}
            value={newKind}
            options={NAMED_SOURCE_KINDS.map((k) => ({ value: k, label: NAMED_SOURCE_KIND_LABELS[k].nb }))}
            onChange={(v) => setNewKind(v as NamedSourceKind)}
          />
          <Button
            disabled={newName.trim() === ''}
            onClick={() => {
              void onNewSource(newName.trim(), newKind).then(() => setNewName(''))
            }}
          >
            {s.addSource}
          </Button>
        </div>
      </fieldset>
    </At>
  )
}

export function RetentionEditor({ draft, patch, error, nynorsk }: PartsProps) {
  const set = (i: number, change: Partial<RetentionRule>) => patch((d) => ({ ...d, retention: replaceAt(d.retention, i, change) }))
  return (
    <At field="retention">
      <fieldset className="reg-fieldset reg-fieldset--inner">
        <legend>{s.retentionPeriod}</legend>
        <p className="field__hint">{s.retentionPeriodHint}</p>
        {draft.retention.map((r, i) => (
          <div key={r.id} className="activities-part">
            <At field={`retention.${i}.period`}>
              <LocalizedField label={s.retentionRule(i + 1)} value={r.period} onChange={(period) => set(i, { period })} error={error(`retention.${i}.period`)} nynorsk={nynorsk} />
            </At>
            <At field={`retention.${i}.basis`}>
              <LocalizedField label={s.retentionBasis} hint={s.retentionBasisHint} value={r.basis} onChange={(basis) => set(i, { basis })} error={error(`retention.${i}.basis`)} nynorsk={nynorsk} />
            </At>
            {(draft.dataCategories.length > 1 || draft.purposes.length > 1) && (
              <fieldset className="reg-fieldset reg-fieldset--inner">
                <legend>{s.retentionAppliesTo}</legend>
                {draft.dataCategories.map((c) => (
                  <CheckboxField key={c.id} label={c.name.nb || '–'} checked={r.categoryIds.includes(c.id)} onChange={(on) => set(i, { categoryIds: toggle(r.categoryIds, c.id, on) })} />
                ))}
                {draft.purposes.map((p) => (
                  <CheckboxField key={p.id} label={p.text.nb || '–'} checked={r.purposeIds.includes(p.id)} onChange={(on) => set(i, { purposeIds: toggle(r.purposeIds, p.id, on) })} />
                ))}
              </fieldset>
            )}
            <Button variant="quiet" className="reg-row-remove" onClick={() => patch((d) => ({ ...d, retention: d.retention.filter((_, j) => j !== i) }))}>
              {s.removeRetention(i + 1)}
            </Button>
          </div>
        ))}
        {error('retention') && <p className="field__error">{error('retention')}</p>}
        <Button
          onClick={() =>
            patch((d) => ({ ...d, retention: [...d.retention, { id: newId(), period: { nb: '', nn: '' }, basis: { nb: '', nn: '' }, categoryIds: [], purposeIds: [] }] }))
          }
        >
          {s.addRetention}
        </Button>
      </fieldset>
    </At>
  )
}

/** What the DPO must check ("må gjennomgås"), with a button that clears it. */
export function ReviewNotes({ draft, patch }: Pick<PartsProps, 'draft' | 'patch'>) {
  if (draft.reviewNotes.length === 0) return null
  return (
    <div className="activities-review" role="note" aria-label={s.reviewTitle}>
      <strong>{s.reviewTitle}</strong>
      <p className="field__hint">{s.reviewHint}</p>
      <ul>
        {draft.reviewNotes.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <Button onClick={() => patch((d) => ({ ...d, reviewNotes: [] }))}>{s.reviewDone}</Button>
    </div>
  )
}
