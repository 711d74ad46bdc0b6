import { describe, expect, it } from 'vitest'
import { policyVersion } from '../../../../shared/model'
import { samplePolicyVersion } from '../../db/test-support'
import { hashPolicyDoc, newestPublished } from './engine'
import { newPolicyVersion, publishedDraft, shortHash, versionDate } from './policy-versions-model'

describe('newestPublished', () => {
  const v = (id: string, over: Parameters<typeof samplePolicyVersion>[0]) =>
    samplePolicyVersion({ id, ...over })

  it('is the latest published version of the language; drafts and other languages do not count', () => {
    const versions = [
      v('old', {
        status: 'published',
        publishedOn: '2026-01-10',
        createdAt: '2026-01-10T08:00:00.000Z',
      }),
      v('new', {
        status: 'published',
        publishedOn: '2026-03-01',
        createdAt: '2026-03-01T08:00:00.000Z',
      }),
      v('draft', { status: 'draft', createdAt: '2026-04-01T08:00:00.000Z' }),
      v('nn', {
        lang: 'nn',
        status: 'published',
        publishedOn: '2026-05-01',
        createdAt: '2026-05-01T08:00:00.000Z',
      }),
    ]
    expect(newestPublished(versions, 'nb')?.id).toBe('new')
    expect(newestPublished(versions, 'nn')?.id).toBe('nn')
    expect(newestPublished(versions.slice(2, 3), 'nb')).toBeNull()
  })

  it('takes the one saved last of two published the same day', () => {
    const versions = [
      v('later', {
        status: 'published',
        publishedOn: '2026-03-01',
        createdAt: '2026-03-01T15:00:00.000Z',
      }),
      v('earlier', {
        status: 'published',
        publishedOn: '2026-03-01',
        createdAt: '2026-03-01T09:00:00.000Z',
      }),
    ]
    expect(newestPublished(versions, 'nb')?.id).toBe('later')
    expect(newestPublished([...versions].reverse(), 'nb')?.id).toBe('later')
  })
})

describe('newPolicyVersion', () => {
  const doc = samplePolicyVersion().doc
  const base = {
    note: '  Første versjon  ',
    now: '2026-11-23T13:00:00.000Z',
    today: '2026-11-23',
  }

  it('stamps a published version with the day and a draft with none; both pass the schema once given an id', async () => {
    const published = await newPolicyVersion(doc, { ...base, status: 'published' })
    expect(published).toMatchObject({
      lang: 'nb',
      status: 'published',
      publishedOn: '2026-11-23',
      note: 'Første versjon',
    })
    const draft = await newPolicyVersion({ ...doc, lang: 'nn', updated: '2026-11-02' }, { ...base, status: 'draft' })
    expect(draft).toMatchObject({ lang: 'nn', status: 'draft', publishedOn: null })
    // The snapshot shows the publication date under its title; a draft keeps the date of
    // its last change. The hash is the hash of what is stored.
    expect(published.doc.updated).toBe('2026-11-23')
    expect(draft.doc.updated).toBe('2026-11-02')
    expect(published.hash).toBe(await hashPolicyDoc(published.doc))
    expect(draft.hash).toBe(await hashPolicyDoc(draft.doc))
    expect(policyVersion.safeParse({ ...published, id: 'v1' }).success).toBe(true)
    expect(policyVersion.safeParse({ ...draft, id: 'v2' }).success).toBe(true)
  })

  it('publishes a saved draft with the day of publication under its title', async () => {
    const draft = await newPolicyVersion({ ...doc, updated: '2026-11-02' }, { ...base, status: 'draft' })
    const published = await publishedDraft({ ...draft, id: 'v1' }, '2026-11-25')
    expect(published).toMatchObject({ id: 'v1', status: 'published', publishedOn: '2026-11-25' })
    expect(published.doc.updated).toBe('2026-11-25')
    expect(published.hash).toBe(await hashPolicyDoc(published.doc))
  })

  it('shortens the hash and dates a version by publication, else by the day it was saved', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789')
    const localDay = (d: Date) => d.toISOString().slice(0, 10)
    expect(versionDate(samplePolicyVersion({ publishedOn: '2026-02-02' }), localDay)).toBe(
      '2026-02-02',
    )
    expect(
      versionDate(samplePolicyVersion({ createdAt: '2026-01-05T09:00:00.000Z' }), localDay),
    ).toBe('2026-01-05')
  })
})
