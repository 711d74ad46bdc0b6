import { describe, expect, it } from 'vitest'
import {
  fieldCandidates,
  hasErrors,
  messageAt,
  messageTexts,
  standingIssues,
  valueAt,
  type FieldMessage,
} from './field-messages'

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

describe('fieldCandidates', () => {
  it('lists the field and its parents, most specific first', () => {
    expect(fieldCandidates('legalBases.0.interest')).toEqual([
      'legalBases.0.interest',
      'legalBases.0',
      'legalBases',
    ])
    expect(fieldCandidates('')).toEqual([])
  })
})

describe('valueAt', () => {
  const record = { name: 'A', contact: { email: 'x' }, subProcessors: [{ name: 'S' }] }
  it('follows a dotted path through objects and arrays', () => {
    expect(valueAt(record, 'contact.email')).toBe('x')
    expect(valueAt(record, 'subProcessors.0.name')).toBe('S')
    expect(valueAt(record, '')).toBe(record)
  })
  it('is undefined where the path leads nowhere', () => {
    expect(valueAt(record, 'contact.phone')).toBeUndefined()
    expect(valueAt(record, 'name.first')).toBeUndefined()
    expect(valueAt(record, 'subProcessors.3.name')).toBeUndefined()
  })
})

describe('standingIssues', () => {
  const refused = { name: '  ', orgNumber: '123', notes: '' }
  const issues: FieldMessage[] = [
    { field: 'name', message: 'Navn må fylles ut.' },
    { field: 'orgNumber', message: 'Organisasjonsnummeret er ugyldig.' },
  ]
  it('keeps every message while nothing has changed', () => {
    expect(standingIssues(issues, refused, refused)).toEqual(issues)
    expect(standingIssues(issues, refused, { ...refused })).toEqual(issues)
  })
  it('drops the message of a field as soon as its value changes, and keeps the others', () => {
    expect(standingIssues(issues, refused, { ...refused, name: 'Skyhall' })).toEqual([issues[1]])
    expect(standingIssues(issues, refused, { ...refused, notes: 'x' })).toEqual(issues)
  })
  it('keeps a changed field that the store would still refuse, as the check reads now', () => {
    const recheck = (d: typeof refused): FieldMessage[] =>
      d.name.trim() === '' ? [{ field: 'name', message: 'Navn må fylles ut (igjen).' }] : []
    expect(standingIssues(issues, refused, { ...refused, name: ' ' }, recheck)).toEqual([
      { field: 'name', message: 'Navn må fylles ut (igjen).' },
      issues[1],
    ])
    expect(standingIssues(issues, refused, { ...refused, name: 'Skyhall' }, recheck)).toEqual([
      issues[1],
    ])
  })
  it('drops a message about the whole record once anything changes', () => {
    const whole: FieldMessage[] = [{ field: '', message: 'Posten er ugyldig.' }]
    expect(standingIssues(whole, refused, refused)).toEqual(whole)
    expect(standingIssues(whole, refused, { ...refused, notes: 'x' })).toEqual([])
  })
})
