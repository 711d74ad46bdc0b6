import { useRef, useState, type FocusEvent, type FormEvent } from 'react'
import { formatOrgNumber } from '../../../../shared/model'
import { useDb } from '../../app/db-context'
import { saveOrganization } from '../../db/repo/organization'
import { ValidationError } from '../../db/repo/validation'
import { t } from '../../i18n/nb'
import { Button } from '../../ui/button'
import { useDialogs } from '../../ui/dialogs'
import { TextField } from '../../ui/text-field'
import { newOrganization, orgNumberError, organizationNameError } from './new-organization'
import { errorMessage } from '../../db/store-error'

interface Errors {
  name: string | null
  orgNumber: string | null
}

/** The smallest form that makes a valid workbench: the organisation's name and number. */
export function OrganizationForm({ onBack }: { onBack: () => void }) {
  const db = useDb()
  const dialogs = useDialogs()
  const [name, setName] = useState('')
  const [orgNumber, setOrgNumber] = useState('')
  const [errors, setErrors] = useState<Errors>({ name: null, orgNumber: null })
  // Errors appear once a field has been filled in and left, or on submit; never while typing.
  // Leaving an empty field says nothing, and neither does leaving for one of the form's
  // buttons: the message would push the buttons down under the pointer between mousedown
  // and mouseup, and the click would be lost. Submitting validates anyway.
  const [touched, setTouched] = useState({ name: false, orgNumber: false })
  const [saving, setSaving] = useState(false)
  const nameInput = useRef<HTMLInputElement>(null)
  const orgNumberInput = useRef<HTMLInputElement>(null)

  const leavingForButton = (event: FocusEvent<HTMLInputElement>) =>
    event.relatedTarget instanceof HTMLButtonElement &&
    event.relatedTarget.form === event.currentTarget.form

  const check = (values: { name: string; orgNumber: string }): Errors => ({
    name: organizationNameError(values.name),
    orgNumber: orgNumberError(values.orgNumber),
  })

  async function submit(event: FormEvent) {
    event.preventDefault()
    const found = check({ name, orgNumber })
    setErrors(found)
    setTouched({ name: true, orgNumber: true })
    if (found.name) return nameInput.current?.focus()
    if (found.orgNumber) return orgNumberInput.current?.focus()
    setSaving(true)
    try {
      await saveOrganization(db, newOrganization(name, orgNumber))
      // The database is no longer empty: the app switches to the workbench by itself.
    } catch (error) {
      if (error instanceof ValidationError) {
        const byField = (field: string) =>
          error.issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message ??
          null
        setErrors({ name: byField('name'), orgNumber: byField('orgNumber') })
        if (!byField('name') && !byField('orgNumber')) {
          await dialogs.alert({ title: t.organizationForm.saveFailed, message: error.message })
        }
      } else {
        await dialogs.alert({
          title: t.organizationForm.saveFailed,
          message: errorMessage(error),
        })
      }
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="organization-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="organization-form-title"
    >
      <h2 id="organization-form-title">{t.organizationForm.title}</h2>
      <p>{t.organizationForm.intro}</p>
      <TextField
        ref={nameInput}
        label={t.organizationForm.name}
        value={name}
        onChange={(value) => {
          setName(value)
          if (touched.name) setErrors((e) => ({ ...e, name: organizationNameError(value) }))
        }}
        onBlur={(event) => {
          if (name === '' || leavingForButton(event)) return
          setTouched((s) => ({ ...s, name: true }))
          setErrors((e) => ({ ...e, name: organizationNameError(name) }))
        }}
        error={touched.name ? errors.name : null}
        autoComplete="organization"
        required
        autoFocus
      />
      <TextField
        ref={orgNumberInput}
        label={t.organizationForm.orgNumber}
        hint={t.organizationForm.orgNumberHint}
        value={orgNumber}
        inputMode="numeric"
        onChange={(value) => {
          setOrgNumber(value)
          if (touched.orgNumber) setErrors((e) => ({ ...e, orgNumber: orgNumberError(value) }))
        }}
        onBlur={(event) => {
          if (orgNumber === '' || leavingForButton(event)) return
          setTouched((s) => ({ ...s, orgNumber: true }))
          const error = orgNumberError(orgNumber)
          setErrors((e) => ({ ...e, orgNumber: error }))
          if (!error) setOrgNumber(formatOrgNumber(orgNumber))
        }}
        error={touched.orgNumber ? errors.orgNumber : null}
        required
      />
      <div className="form-actions">
        <Button onClick={onBack} disabled={saving}>
          {t.organizationForm.back}
        </Button>
        <Button type="submit" variant="primary" disabled={saving}>
          {t.organizationForm.submit}
        </Button>
      </div>
    </form>
  )
}
