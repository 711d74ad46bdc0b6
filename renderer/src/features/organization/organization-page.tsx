import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react'
import { deepEqual, type Lang, type Organization } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { getOrganization, saveOrganization } from '../../db/repo/organization'
import { getUserName, saveUserName } from '../../db/repo/user-name'
import { ValidationError } from '../../db/repo/validation'
import { t } from '../../i18n/nb'
import { EditorFooter } from '../../ui/editor-footer'
import { CheckboxField } from '../../ui/checkbox-field'
import { useDialogs } from '../../ui/dialogs'
import { FieldAnchor, revealField, useRevealField } from '../../ui/field-anchor'
import { messageAt } from '../../ui/field-messages'
import { MessageSummary } from '../../ui/message-summary'
import { TextField } from '../../ui/text-field'
import { useLeaveGuard } from '../../ui/use-leave-guard'
import { useSaveShortcut } from '../../ui/save-shortcut'
import { useStoreIssues } from '../../ui/use-store-issues'
import { fromFormState, organizationProblems, toFormState, type OrganizationFormState } from './organization-model'
import { errorMessage } from '../../db/store-error'

const s = t.organizationPage

/**
 * «Virksomheten»: the controller's details, at `#/organization` (`#/organization/<field>`
 * with that field in view and focused).
 */
export function OrganizationPage({ field }: { field?: string }) {
  const db = useDb()
  // null: no organisation is stored yet (a workbench opened without one); the form starts empty.
  const stored = useLiveQuery(() => getOrganization(db), [db])
  const userName = useLiveQuery(() => getUserName(db), [db])
  if (stored === undefined || userName === undefined) return <p className="loading">{t.common.loading}</p>
  return <OrganizationEditor initial={stored} initialUserName={userName} field={field} />
}

function Group({
  legend,
  hint,
  field,
  children,
}: {
  legend: string
  hint?: string
  /** The record field the whole group shows (e.g. `dpo`), for links and messages. */
  field?: string
  children: ReactNode
}) {
  return (
    <fieldset className="reg-fieldset" data-field={field}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {children}
    </fieldset>
  )
}

function OrganizationEditor({
  initial,
  initialUserName,
  field,
}: {
  initial: Organization | null
  /** The user's own name, kept on this machine for the change log (not part of the organisation). */
  initialUserName: string
  field?: string
}) {
  const db = useDb()
  const dialogs = useDialogs()
  const titleId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [base, setBase] = useState(() => toFormState(initial))
  const [draft, setDraft] = useState(base)
  const [userNameBase, setUserNameBase] = useState(initialUserName)
  const [userName, setUserName] = useState(initialUserName)
  const [status, setStatus] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const organizationDirty = !deepEqual(base, draft)
  const userNameDirty = userName.trim() !== userNameBase
  const dirty = organizationDirty || userNameDirty
  useLeaveGuard(dirty)
  // The form's rules run on every edit once a save was tried, so a message goes as soon as
  // its field is right; what the store refused goes when its field changes.
  const [attempted, setAttempted] = useState(false)
  const problems = useMemo(() => organizationProblems(draft), [draft])
  const store = useStoreIssues(draft)
  const issues = [...(attempted ? problems : []), ...store.issues]
  useRevealField(formRef, field)
  useSaveShortcut(formRef, () => formRef.current?.requestSubmit())

  const error = (field: string) => messageAt(issues, field)
  const patch = (change: (d: OrganizationFormState) => OrganizationFormState) => {
    setDraft(change)
    setStatus(null)
  }

  async function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    store.clear()
    // The user's name alone can be saved while the organisation is still incomplete.
    if (userNameDirty && !organizationDirty) {
      setSaving(true)
      try {
        const savedName = await saveUserName(db, userName)
        setUserNameBase(savedName)
        setUserName(savedName)
        setStatus(s.userNameSaved)
      } catch (e) {
        if (e instanceof ValidationError) store.refuse(e.issues, draft)
        else await dialogs.alert({ title: t.forms.saveFailedTitle, message: errorMessage(e) })
      } finally {
        setSaving(false)
      }
      return
    }
    setAttempted(true)
    const first = problems[0]
    if (first) {
      revealField(formRef.current, first.field)
      return
    }
    setSaving(true)
    try {
      // The name first, so that the change to the organisation is recorded with it.
      if (userNameDirty) {
        const savedName = await saveUserName(db, userName)
        setUserNameBase(savedName)
        setUserName(savedName)
      }
      const stored = await saveOrganization(db, fromFormState(draft))
      const next = toFormState(stored)
      setStatus(deepEqual(next, base) ? t.forms.unchanged : s.saved)
      setBase(next)
      setDraft(next)
    } catch (e) {
      if (e instanceof ValidationError) {
        store.refuse(e.issues, draft)
        if (e.issues[0]) revealField(formRef.current, e.issues[0].field)
      } else await dialogs.alert({ title: t.forms.saveFailedTitle, message: errorMessage(e) })
    } finally {
      setSaving(false)
    }
  }

  return (
    <form ref={formRef} className="page reg-editor" onSubmit={(event) => void save(event)} noValidate aria-labelledby={titleId}>
      <header className="page__header">
        <h1 id={titleId}>{s.title}</h1>
        <p className="page__intro">{s.intro}</p>
      </header>
      <div className="reg-scroll">
        <MessageSummary messages={issues} />
        <Group legend={s.identity}>
          <FieldAnchor field="name">
            <TextField
              label={s.name}
              value={draft.name}
              onChange={(name) => patch((d) => ({ ...d, name }))}
              error={error('name')}
              autoComplete="organization"
              required
            />
          </FieldAnchor>
          <FieldAnchor field="orgNumber">
            <TextField
              label={s.orgNumber}
              hint={s.orgNumberHint}
              value={draft.orgNumber}
              inputMode="numeric"
              onChange={(orgNumber) => patch((d) => ({ ...d, orgNumber }))}
              error={error('orgNumber')}
              required
            />
          </FieldAnchor>
          <div className="reg-grid reg-grid--3">
            <FieldAnchor field="address.street">
              <TextField
                label={s.street}
                value={draft.address.street}
                onChange={(street) => patch((d) => ({ ...d, address: { ...d.address, street } }))}
                error={error('address.street')}
                autoComplete="street-address"
              />
            </FieldAnchor>
            <FieldAnchor field="address.postalCode">
              <TextField
                label={s.postalCode}
                value={draft.address.postalCode}
                inputMode="numeric"
                onChange={(postalCode) => patch((d) => ({ ...d, address: { ...d.address, postalCode } }))}
                error={error('address.postalCode')}
                autoComplete="postal-code"
              />
            </FieldAnchor>
            <FieldAnchor field="address.city">
              <TextField
                label={s.city}
                value={draft.address.city}
                onChange={(city) => patch((d) => ({ ...d, address: { ...d.address, city } }))}
                error={error('address.city')}
                autoComplete="address-level2"
              />
            </FieldAnchor>
          </div>
          <div className="reg-grid reg-grid--3">
            <FieldAnchor field="email">
              <TextField
                label={s.email}
                type="email"
                value={draft.email}
                onChange={(email) => patch((d) => ({ ...d, email }))}
                error={error('email')}
              />
            </FieldAnchor>
            <FieldAnchor field="phone">
              <TextField
                label={s.phone}
                type="tel"
                value={draft.phone}
                onChange={(phone) => patch((d) => ({ ...d, phone }))}
                error={error('phone')}
              />
            </FieldAnchor>
            <FieldAnchor field="website">
              <TextField
                label={s.website}
                type="url"
                value={draft.website}
                onChange={(website) => patch((d) => ({ ...d, website }))}
                error={error('website')}
              />
            </FieldAnchor>
          </div>
        </Group>

        <Group legend={s.dpo} hint={s.dpoHint} field="dpo">
          <CheckboxField
            label={s.noDpo}
            hint={s.noDpoHint}
            checked={draft.noDpo}
            onChange={(noDpo) => patch((d) => ({ ...d, noDpo }))}
          />
          {!draft.noDpo && (
            <div className="reg-grid reg-grid--3">
              <FieldAnchor field="dpo.name">
                <TextField
                  label={s.dpoName}
                  value={draft.dpo.name}
                  onChange={(name) => patch((d) => ({ ...d, dpo: { ...d.dpo, name } }))}
                  error={error('dpo.name')}
                />
              </FieldAnchor>
              <FieldAnchor field="dpo.email">
                <TextField
                  label={s.dpoEmail}
                  type="email"
                  value={draft.dpo.email}
                  onChange={(email) => patch((d) => ({ ...d, dpo: { ...d.dpo, email } }))}
                  error={error('dpo.email')}
                />
              </FieldAnchor>
              <FieldAnchor field="dpo.phone">
                <TextField
                  label={s.dpoPhone}
                  type="tel"
                  value={draft.dpo.phone}
                  onChange={(phone) => patch((d) => ({ ...d, dpo: { ...d.dpo, phone } }))}
                  error={error('dpo.phone')}
                />
              </FieldAnchor>
            </div>
          )}
        </Group>

        <Group legend={s.customerService} hint={s.customerServiceHint}>
          <div className="reg-grid reg-grid--3">
            <FieldAnchor field="customerService.email">
              <TextField
                label={s.customerServiceEmail}
                type="email"
                value={draft.customerService.email}
                onChange={(email) => patch((d) => ({ ...d, customerService: { ...d.customerService, email } }))}
                error={error('customerService.email')}
              />
            </FieldAnchor>
            <FieldAnchor field="customerService.phone">
              <TextField
                label={s.customerServicePhone}
                type="tel"
                value={draft.customerService.phone}
                onChange={(phone) => patch((d) => ({ ...d, customerService: { ...d.customerService, phone } }))}
                error={error('customerService.phone')}
              />
            </FieldAnchor>
            <FieldAnchor field="customerService.url">
              <TextField
                label={s.customerServiceUrl}
                type="url"
                value={draft.customerService.url}
                onChange={(url) => patch((d) => ({ ...d, customerService: { ...d.customerService, url } }))}
                error={error('customerService.url')}
              />
            </FieldAnchor>
          </div>
        </Group>

        <Group legend={s.representative} hint={s.representativeHint} field="representative">
          <CheckboxField
            label={s.hasRepresentative}
            checked={draft.hasRepresentative}
            onChange={(hasRepresentative) => patch((d) => ({ ...d, hasRepresentative }))}
          />
          {draft.hasRepresentative && (
            <>
              <div className="reg-grid">
                <FieldAnchor field="representative.name">
                  <TextField
                    label={s.representativeName}
                    value={draft.representative.name}
                    onChange={(name) => patch((d) => ({ ...d, representative: { ...d.representative, name } }))}
                    error={error('representative.name')}
                  />
                </FieldAnchor>
                <FieldAnchor field="representative.address">
                  <TextField
                    label={s.representativeAddress}
                    value={draft.representative.address}
                    onChange={(address) => patch((d) => ({ ...d, representative: { ...d.representative, address } }))}
                    error={error('representative.address')}
                  />
                </FieldAnchor>
              </div>
              <div className="reg-grid">
                <FieldAnchor field="representative.email">
                  <TextField
                    label={s.representativeEmail}
                    type="email"
                    value={draft.representative.email}
                    onChange={(email) => patch((d) => ({ ...d, representative: { ...d.representative, email } }))}
                    error={error('representative.email')}
                  />
                </FieldAnchor>
                <FieldAnchor field="representative.phone">
                  <TextField
                    label={s.representativePhone}
                    type="tel"
                    value={draft.representative.phone}
                    onChange={(phone) => patch((d) => ({ ...d, representative: { ...d.representative, phone } }))}
                    error={error('representative.phone')}
                  />
                </FieldAnchor>
              </div>
            </>
          )}
        </Group>

        <fieldset className="reg-fieldset" aria-describedby={`${titleId}-lang-hint`} data-field="language">
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
          <CheckboxField
            label={s.bothLanguages}
            hint={s.bothLanguagesHint}
            checked={draft.bothLanguages}
            onChange={(checked) => patch((d) => ({ ...d, bothLanguages: checked }))}
          />
        </fieldset>

        <Group legend={s.userNameGroup} field="userName">
          <FieldAnchor field="userName">
            <TextField
              label={s.userName}
              hint={s.userNameHint}
              value={userName}
              onChange={(name) => {
                setUserName(name)
                setStatus(null)
              }}
              error={error('userName')}
              autoComplete="name"
            />
          </FieldAnchor>
        </Group>
      </div>
      <EditorFooter dirty={dirty} status={status} saving={saving} />
    </form>
  )
}
