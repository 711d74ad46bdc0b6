import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, sampleOrganization, T0, T1 } from '../test-support'
import { listChanges } from './changes'
import { getOrganization, saveOrganization } from './organization'
import { expectValidationError } from './test-expect'

describe('organization', () => {
  it('is null until saved', async () => {
    expect(await getOrganization(freshDb())).toBeNull()
  })

  it('saves, normalising the organisation number, and logs a create', async () => {
    const db = freshDb()
    const stored = await saveOrganization(db, sampleOrganization({ orgNumber: '915 000 002' }), T0)
    expect(stored.orgNumber).toBe('915000002')
    expect(await getOrganization(db)).toEqual(stored)
    const changes = await db.changes.toArray()
    expect(changes).toHaveLength(1)
    expect(changes[0]).toMatchObject({
      table: 'organization',
      recordId: 'organization',
      action: 'create',
      at: T0,
      before: null,
      after: stored,
    })
  })

  it('logs an update with before and after, and nothing for an unchanged save', async () => {
    const db = freshDb()
    const first = await saveOrganization(db, sampleOrganization(), T0)
    await saveOrganization(db, sampleOrganization({ orgNumber: '915 000 002' }), T1)
    expect(await db.changes.count()).toBe(1)
    const second = await saveOrganization(db, sampleOrganization({ dpo: null }), T1)
    const [entry] = await listChanges(db, {
      table: 'organization',
      recordId: 'organization',
      limit: 1,
    })
    expect(entry).toMatchObject({ action: 'update', at: T1, before: first, after: second })
  })

  it('rejects an organisation number with a wrong check digit, in Norwegian, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      saveOrganization(db, sampleOrganization({ orgNumber: '915000003' }), T0),
    )
    expect(error.issues).toEqual([
      {
        field: 'orgNumber',
        message: 'Organisasjonsnummer må ha ni siffer og gyldig kontrollsiffer (modulus 11).',
      },
    ])
    expect(error.message).toContain('Kan ikke lagre virksomhetsopplysningene')
    expect(await getOrganization(db)).toBeNull()
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects a bad postal code and keeps the stored organisation', async () => {
    const db = freshDb()
    const stored = await saveOrganization(db, sampleOrganization(), T0)
    const error = await expectValidationError(
      saveOrganization(
        db,
        sampleOrganization({ address: { street: '', postalCode: '50', city: 'Bergen' } }),
        T1,
      ),
    )
    expect(error.issues).toEqual([
      { field: 'address.postalCode', message: 'Adresse › postnummer må ha fire siffer.' },
    ])
    expect(await getOrganization(db)).toEqual(stored)
    expect(await db.changes.count()).toBe(1)
  })
})
