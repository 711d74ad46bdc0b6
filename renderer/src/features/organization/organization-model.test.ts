import { describe, expect, it } from 'vitest'
import { organization, type Organization } from '../../../../shared/model'
import { fromFormState, organizationProblems, toFormState } from './organization-model'

const org: Organization = {
  name: 'Lyngheim Sykkel og Sport AS',
  orgNumber: '915000002',
  address: { street: 'Strandgaten 12', postalCode: '5013', city: 'Bergen' },
  email: 'post@lyngheim.example',
  phone: '+47 55 00 00 00',
  website: 'https://lyngheim.example',
  dpo: { name: 'Ingrid Haugland', email: 'personvern@lyngheim.example', phone: '' },
  customerService: { email: 'kundeservice@lyngheim.example', phone: '', url: '' },
  representative: null,
  language: 'nb',
  bothLanguages: false,
}

describe('toFormState and fromFormState', () => {
  it('round-trip a stored record unchanged, showing the number grouped', () => {
    const state = toFormState(org)
    expect(state.orgNumber).toBe('915 000 002')
    expect(fromFormState(state)).toEqual(org)
    expect(organization.safeParse(fromFormState(state)).success).toBe(true)
  })
  it('start from an empty organisation when none is stored', () => {
    const state = toFormState(null)
    expect(state).toMatchObject({ name: '', orgNumber: '', noDpo: true, hasRepresentative: false, language: 'nb' })
  })
  it('turn «no DPO» and «no representative» into null, but keep the typed fields in the form', () => {
    const state = { ...toFormState(org), noDpo: true }
    expect(fromFormState(state).dpo).toBeNull()
    expect(state.dpo.name).toBe('Ingrid Haugland')
    const withRep = {
      ...toFormState(org),
      hasRepresentative: true,
      representative: { name: ' EU Rep GmbH ', address: 'Berlin', email: '', phone: '' },
    }
    expect(fromFormState(withRep).representative).toEqual({ name: 'EU Rep GmbH', address: 'Berlin', email: '', phone: '' })
  })
})

describe('organizationProblems', () => {
  const fields = (over: Partial<ReturnType<typeof toFormState>>) =>
    organizationProblems({ ...toFormState(org), ...over }).map((p) => [p.field, p.message])

  it('accepts the stored record', () => {
    expect(fields({})).toEqual([])
  })
  it('checks the organisation number’s check digit with a Norwegian message', () => {
    expect(fields({ orgNumber: '915 000 003' })).toEqual([
      ['orgNumber', 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke. Sjekk at sifrene er riktige.'],
    ])
    expect(fields({ orgNumber: '12345' })).toEqual([['orgNumber', 'Organisasjonsnummeret må ha ni siffer.']])
  })
  it('asks for the name, a four-digit postal code, the DPO unless there is none, and the representative’s name', () => {
    expect(fields({ name: ' ' }).map(([f]) => f)).toEqual(['name'])
    expect(fields({ address: { street: '', postalCode: '501', city: '' } }).map(([f]) => f)).toEqual(['address.postalCode'])
    expect(fields({ dpo: { name: '', email: '', phone: '' } }).map(([f]) => f)).toEqual(['dpo.name'])
    expect(fields({ dpo: { name: '', email: '', phone: '' }, noDpo: true })).toEqual([])
    expect(fields({ hasRepresentative: true }).map(([f]) => f)).toEqual(['representative.name'])
  })
})
