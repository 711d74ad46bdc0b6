import { describe, expect, it } from 'vitest'
import { hasErrors, messageAt, messageTexts, type FieldMessage } from './field-messages'

const messages: FieldMessage[] = [
  { field: 'name', message: 'Navn må fylles ut.' },
  { field: 'services.1', message: 'Tjenester › nr. 2 må fylles ut.' },
  { field: 'country', message: 'Norge er i EØS.', severity: 'warning' },
  { field: 'country', message: 'Land må være en landkode.', severity: 'error' },
  { field: 'contact.email', message: 'Kontaktperson › e-post er ikke en gyldig e-postadresse.' },
  { field: 'contact.email', message: 'Kontaktperson › e-post er ikke en gyldig e-postadresse.' },
]

describe('messageAt', () => {
  it('finds the errors of exactly one field; without severity a message is an error', () => {
    expect(messageAt(messages, 'name')).toBe('Navn må fylles ut.')
    expect(messageAt(messages, 'country')).toBe('Land må være en landkode.')
    expect(messageAt(messages, 'services')).toBeNull()
  })
  it('finds warnings separately', () => {
    expect(messageAt(messages, 'country', 'warning')).toBe('Norge er i EØS.')
    expect(messageAt(messages, 'name', 'warning')).toBeNull()
  })
  it('includes nested fields when asked, and says a repeated message once', () => {
    expect(messageAt(messages, 'services', 'error', { within: true })).toBe('Tjenester › nr. 2 må fylles ut.')
    expect(messageAt(messages, 'contact', 'error', { within: true })).toBe(
      'Kontaktperson › e-post er ikke en gyldig e-postadresse.',
    )
    // "contact" must not match a field that merely starts with the same letters.
    expect(messageAt([{ field: 'contactless', message: 'x' }], 'contact', 'error', { within: true })).toBeNull()
  })
})

describe('hasErrors and messageTexts', () => {
  it('tells errors from warnings', () => {
    expect(hasErrors(messages)).toBe(true)
    expect(hasErrors([{ field: 'a', message: 'b', severity: 'warning' }])).toBe(false)
    expect(hasErrors([])).toBe(false)
  })
  it('lists distinct texts in order', () => {
    expect(messageTexts(messages, 'warning')).toEqual(['Norge er i EØS.'])
    expect(messageTexts(messages, 'error')).toEqual([
      'Navn må fylles ut.',
      'Tjenester › nr. 2 må fylles ut.',
      'Land må være en landkode.',
      'Kontaktperson › e-post er ikke en gyldig e-postadresse.',
    ])
  })
})
