import { describe, expect, it } from 'vitest'
import { organization } from '../../../../shared/model'
import { t } from '../../i18n/nb'
import { newOrganization, orgNumberError, organizationNameError } from './new-organization'

describe('orgNumberError', () => {
  it('accepts a number with a valid check digit, with or without spaces', () => {
    // 3·9+2·7+7·4+6·7+5·6+4·0+3·6+2·7 = 173; 173 mod 11 = 8; check digit 11 − 8 = 3
    expect(orgNumberError('974760673')).toBeNull()
    expect(orgNumberError('974 760 673')).toBeNull()
  })
  it('says what is wrong in Norwegian', () => {
    expect(orgNumberError('  ')).toBe(t.organizationForm.orgNumberMissing)
    expect(orgNumberError('97476067')).toBe(t.organizationForm.orgNumberLength)
    expect(orgNumberError('97476067a')).toBe(t.organizationForm.orgNumberLength)
    expect(orgNumberError('974760674')).toBe(t.organizationForm.orgNumberCheckDigit)
  })
})

describe('organizationNameError', () => {
  it('requires a name', () => {
    expect(organizationNameError(' ')).toBe(t.organizationForm.nameMissing)
    expect(organizationNameError('Kraft AS')).toBeNull()
  })
})

describe('newOrganization', () => {
  it('is a valid organisation record', () => {
    const org = newOrganization('  Kraft AS ', '974 760 673')
    expect(organization.parse(org)).toEqual(org)
    expect(org.name).toBe('Kraft AS')
    expect(org.orgNumber).toBe('974760673')
  })
})
