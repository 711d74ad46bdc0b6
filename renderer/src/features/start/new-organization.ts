import { isValidOrgNumber, normalizeOrgNumber, type Organization } from '../../../../shared/model'
import { t } from '../../i18n/nb'

/**
 * The organisation as first registered: name and number only. Everything else the
 * schema requires starts empty and is filled in later under «Virksomheten».
 */
export function newOrganization(name: string, orgNumber: string): Organization {
  return {
    name: name.trim(),
    orgNumber: normalizeOrgNumber(orgNumber),
    address: { street: '', postalCode: '', city: '' },
    email: '',
    phone: '',
    website: '',
    dpo: null,
    customerService: { email: '', phone: '', url: '' },
    representative: null,
    language: 'nb',
    bothLanguages: false,
  }
}

/** What is wrong with an organisation number as typed, in Norwegian; null when it is valid. */
export function orgNumberError(value: string): string | null {
  const digits = normalizeOrgNumber(value)
  if (digits === '') return t.organizationForm.orgNumberMissing
  if (!/^\d{9}$/.test(digits)) return t.organizationForm.orgNumberLength
  if (!isValidOrgNumber(digits)) return t.organizationForm.orgNumberCheckDigit
  return null
}

export function organizationNameError(value: string): string | null {
  return value.trim() === '' ? t.organizationForm.nameMissing : null
}
