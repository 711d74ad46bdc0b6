import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { deepEqual, type Lang, type Organization } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { getOrganization, saveOrganization } from '../../db/repo/organization'
import { ValidationError } from '../../db/repo/validation'
import { t } from '../../i18n/nb'
import { EditorFooter } from '../../ui/editor-footer'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import { messageAt, type FieldMessage } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { TextField } from '../../ui/text-field'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { fromFormState, organizationProblems, toFormState, type OrganizationFormState } from './organization-model'

const s = t.organizationPage

/** «Virksomheten»: the controller's details, at `#/organization`. */
export function OrganizationPage() {
  const db = useDb()
  // null: no organisation is stored yet (a workbench opened without one); the form starts empty.
  const stored = useLiveQuery(() => getOrganization(db), [db])
  if (stored === undefined) return <p className="loading">{t.common.loading}</p>
  return <OrganizationEditor initial={stored} />
}

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="reg-fieldset">
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {children}
    </fieldset>
  )
}

function OrganizationEditor({ initial }: { initial: Organization | null }) {
  const db = useDb()
  const dialogs = useDialogs()
  const titleId = useId()
  const [base, setBase] = useState(() => toFormState(initial))
  const [draft, setDraft] = useState(base)
  const [issues, setIssues] = useState<FieldMessage[]>([])
  const [status, setStatus] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const dirty = !deepEqual(base, draft)
  useLeaveGuard(dirty)

  const error = (field: string) => messageAt(issues, field)
  const patch = (change: (d: OrganizationFormState) => OrganizationFormState) => {
    setDraft(change)
    setStatus(null)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    const problems = organizationProblems(draft)
    setIssues(problems)
    if (problems.length > 0) return
    setSaving(true)
    try {
      const stored = await saveOrganization(db, fromFormState(draft))
      const next = toFormState(stored)
      setStatus(deepEqual(next, base) ? t.forms.unchanged : s.saved)
      setBase(next)
      setDraft(next)
    } catch (e) {
      if (e instanceof ValidationError) setIssues(e.issues)
      else await dialogs.alert({ title: t.forms.saveFailedTitle, message: e instanceof Error ? e.message : t.common.unknownError })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form className="page reg-editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId}>{s.title}</h1>
        <p className="page__intro">{s.intro}</p>
      </header>
      <div className="reg-scroll">
        <MessageSummary messages={issues} />
        <Group legend={s.identity}>
          <TextField
            label={s.name}
            value={draft.name}
            onChange={(name) => patch((d) => ({ ...d, name }))}
            error={error('name')}
            autoComplete="organization"
            required
          />
          <TextField
            label={s.orgNumber}
            hint={s.orgNumberHint}
            value={draft.orgNumber}
            inputMode="numeric"
            onChange={(orgNumber) => patch((d) => ({ ...d, orgNumber }))}
            error={error('orgNumber')}
            required
          />
          <div className="reg-grid reg-grid--3">
            <TextField
              label={s.street}
              value={draft.address.street}
              onChange={(street) => patch((d) => ({ ...d, address: { ...d.address, street } }))}
              error={error('address.street')}
              autoComplete="street-address"
            />
            <TextField
              label={s.postalCode}
              value={draft.address.postalCode}
              inputMode="numeric"
              onChange={(postalCode) => patch((d) => ({ ...d, address: { ...d.address, postalCode } }))}
              error={error('address.postalCode')}
              autoComplete="postal-code"
            />
            <TextField
              label={s.city}
              value={draft.address.city}
              onChange={(city) => patch((d) => ({ ...d, address: { ...d.address, city } }))}
              error={error('address.city')}
              autoComplete="address-level2"
            />
          </div>
          <div className="reg-grid reg-grid--3">
            <TextField
              label={s.email}
              type="email"
              value={draft.email}
              onChange={(email) => patch((d) => ({ ...d, email }))}
              error={error('email')}
            />
            <TextField
              label={s.phone}
              type="tel"
              value={draft.phone}
              onChange={(phone) => patch((d) => ({ ...d, phone }))}
              error={error('phone')}
            />
            <TextField
              label={s.website}
              type="url"
              value={draft.website}
              onChange={(website) => patch((d) => ({ ...d, website }))}
              error={error('website')}
            />
          </div>
        </Group>

        <Group legend={s.dpo} hint={s.dpoHint}>
          <CheckboxField
            label={s.noDpo}
            hint={s.noDpoHint}
            checked={draft.noDpo}
            onChange={(noDpo) => patch((d) => ({ ...d, noDpo }))}
          />
          {!draft.noDpo && (
            <div className="reg-grid reg-grid--3">
              <TextField
                label={s.dpoName}
                value={draft.dpo.name}
                onChange={(name) => patch((d) => ({ ...d, dpo: { ...d.dpo, name } }))}
                error={error('dpo.name')}
              />
              <TextField
                label={s.dpoEmail}
                type="email"
                value={draft.dpo.email}
                onChange={(email) => patch((d) => ({ ...d, dpo: { ...d.dpo, email } }))}
                error={error('dpo.email')}
              />
              <TextField
                label={s.dpoPhone}
                type="tel"
                value={draft.dpo.phone}
                onChange={(phone) => patch((d) => ({ ...d, dpo: { ...d.dpo, phone } }))}
                error={error('dpo.phone')}
              />
            </div>
          )}
        </Group>

        <Group legend={s.customerService} hint={s.customerServiceHint}>
          <div className="reg-grid reg-grid--3">
            <TextField
              label={s.customerServiceEmail}
              type="email"
              value={draft.customerService.email}
              onChange={(email) => patch((d) => ({ ...d, customerService: { ...d.customerService, email } }))}
              error={error('customerService.email')}
            />
            <TextField
              label={s.customerServicePhone}
              type="tel"
              value={draft.customerService.phone}
              onChange={(phone) => patch((d) => ({ ...d, customerService: { ...d.customerService, phone } }))}
              error={error('customerService.phone')}
            />
            <TextField
              label={s.customerServiceUrl}
              type="url"
              value={draft.customerService.url}
              onChange={(url) => patch((d) => ({ ...d, customerService: { ...d.customerService, url } }))}
              error={error('customerService.url')}
            />
          </div>
        </Group>

        <Group legend={s.representative} hint={s.representativeHint}>
          <CheckboxField
            label={s.hasRepresentative}
            checked={draft.hasRepresentative}
            onChange={(hasRepresentative) => patch((d) => ({ ...d, hasRepresentative }))}
          />
          {draft.hasRepresentative && (
            <>
              <div className="reg-grid">
                <TextField
                  label={s.representativeName}
                  value={draft.representative.name}
                  onChange={(name) => patch((d) => ({ ...d, representative: { ...d.representative, name } }))}
                  error={error('representative.name')}
                />
                <TextField
                  label={s.representativeAddress}
                  value={draft.representative.address}
                  onChange={(address) => patch((d) => ({ ...d, representative: { ...d.representative, address } }))}
                  error={error('representative.address')}
                />
              </div>
              <div className="reg-grid">
                <TextField
                  label={s.representativeEmail}
                  type="email"
                  value={draft.representative.email}
                  onChange={(email) => patch((d) => ({ ...d, representative: { ...d.representative, email } }))}
                  error={error('representative.email')}
                />
                <TextField
                  label={s.representativePhone}
                  type="tel"
                  value={draft.representative.phone}
                  onChange={(phone) => patch((d) => ({ ...d, representative: { ...d.representative, phone } }))}
                  error={error('representative.phone')}
                />
              </div>
            </>
          )}
        </Group>

        <fieldset className="reg-fieldset" aria-describedby={`${titleId}-lang-hint`}>
          <legend>{s.language}</legend>
          <p className="field__hint" id={`${titleId}-lang-hint`}>
            {s.languageHint}
          </p>
          <div className="reg-radios">
            {(['nb', 'nn'] as const satisfies readonly Lang[]).map((lang) => (
              <label key={lang} className="reg-radio">
                <input
                  type="radio"
                  name={`${titleId}-language`}
                  value={lang}
                  checked={draft.language === lang}
                  onChange={() => patch((d) => ({ ...d, language: lang }))}
                />
                {s.languages[lang]}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <EditorFooter dirty={dirty} status={status} saving={saving} />
    </form>
  )
}
