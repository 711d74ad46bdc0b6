import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { freshDb, samplePolicyVersion, T0, T1, T2 } from '../test-support'
import { listChanges } from './changes'
import {
  deletePolicyVersion,
  getPolicyVersion,
  listPolicyVersions,
  savePolicyVersion,
} from './policy-versions'
import { expectValidationError } from './test-expect'
import { RecordNotFoundError } from './validation'

describe('policy versions', () => {
  it('saves a draft, then publishes it, keeping createdAt', async () => {
    const db = freshDb()
    const id = await savePolicyVersion(db, samplePolicyVersion(), T1)
    const draft = (await getPolicyVersion(db, id))!
    expect(draft.createdAt).toBe(T1)
    await savePolicyVersion(
      db,
      { ...draft, status: 'published', publishedOn: '2026-03-15', createdAt: T0 },
      T2,
    )
    expect(await getPolicyVersion(db, id)).toMatchObject({
      status: 'published',
      publishedOn: '2026-03-15',
      createdAt: T1,
    })
    const log = await listChanges(db, { table: 'policyVersions', recordId: id, limit: 10 })
    expect(log.map((c) => c.action)).toEqual(['update', 'create'])
    expect(log[0]).toMatchObject({ at: T2, before: draft })
  })

  it('rejects a hash that is not SHA-256 hex, and writes nothing', async () => {
    const db = freshDb()
    const error = await expectValidationError(
      savePolicyVersion(db, samplePolicyVersion({ hash: 'abc' }), T0),
    )
    expect(error.issues[0]!.field).toBe('hash')
    expect(error.issues[0]!.message).toMatch(/^Kontrollsum /)
    expect(await db.policyVersions.count()).toBe(0)
    expect(await db.changes.count()).toBe(0)
  })

  it('rejects a bad block deep in the document, naming the path', async () => {
    const db = freshDb()
    const v = samplePolicyVersion()
    const bad = {
      ...v,
      doc: { ...v.doc, blocks: [{ type: 'heading', level: 3, runs: [], source: {} }] },
    } as never
    const error = await expectValidationError(savePolicyVersion(db, bad, T0))
    expect(error.issues[0]!.field).toMatch(/^doc\.blocks\.0/)
    expect(error.issues[0]!.message).toMatch(/^Dokument › blocks › nr\. 1/)
    expect(await db.changes.count()).toBe(0)
  })

  it('lists newest first and deletes with a logged entry', async () => {
    const db = freshDb()
    const older = await savePolicyVersion(db, samplePolicyVersion(), T0)
    const newer = await savePolicyVersion(db, samplePolicyVersion(), T1)
    expect((await listPolicyVersions(db)).map((v) => v.id)).toEqual([newer, older])
    await deletePolicyVersion(db, older, T2)
    expect((await listPolicyVersions(db)).map((v) => v.id)).toEqual([newer])
    const [entry] = await listChanges(db, { limit: 1 })
    expect(entry).toMatchObject({
      table: 'policyVersions',
      recordId: older,
      action: 'delete',
      after: null,
    })
    await expect(deletePolicyVersion(db, older, T2)).rejects.toThrow(RecordNotFoundError)
  })
})
