import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { errorMessage } from './store-error'
import { ValidationError } from './repo/validation'

describe('errorMessage', () => {
  it('says in Norwegian what happened and what to do when the disk is full', () => {
    const message = errorMessage(new Dexie.QuotaExceededError('QuotaExceededError: quota exceeded'))
    expect(message).toMatch(/^Endringen er ikke lagret: det er ikke plass til mer på disken\./)
    expect(message).toMatch(/Frigjør plass/)
    expect(message).not.toMatch(/quota/i)
  })

  it('looks through an aborted transaction to its cause', () => {
    const aborted = new Dexie.AbortError('Transaction aborted', new Dexie.QuotaExceededError())
    expect(errorMessage(aborted)).toMatch(/ikke plass til mer på disken/)
  })

  it('replaces any other database error with a Norwegian message and a way out', () => {
    for (const error of [
      new Dexie.ConstraintError('Key already exists in the object store.'),
      new Dexie.DatabaseClosedError('Database has been closed'),
      new Dexie.UnknownError('Internal error opening backing store'),
    ]) {
      const message = errorMessage(error)
      expect(message).toMatch(/^Endringen er ikke lagret\./)
      expect(message).toMatch(/Lagre kopi som/)
      expect(message).not.toMatch(/[Kk]ey|closed|Internal/)
    }
  })

  it('keeps the store’s own Norwegian messages, and has one for what is no error', () => {
    const refused = new ValidationError('behandlingsaktiviteten', [{ field: 'name', message: 'Navn mangler.' }])
    expect(errorMessage(refused)).toBe(refused.message)
    expect(errorMessage('x')).toBe('Det oppstod en uventet feil.')
  })
})
