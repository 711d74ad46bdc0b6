import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { policyVersion } from '../model/clause'
import type { PolicyDoc } from '../model/policy-doc'
import { composePolicy } from './compose'
import { canonicalJson, hashPolicyDoc } from './hash'
import { testWorkbench } from './test-workbench'

describe('canonicalJson', () => {
  it('sorts keys at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: [{ y: 'x', x: undefined, w: null }], c: { e: true, d: 'é' } })).toBe(
      '{"a":[{"w":null,"y":"x"}],"b":1,"c":{"d":"é","e":true}}',
    )
  })
})

describe('hashPolicyDoc', () => {
  const doc = composePolicy(testWorkbench(), 'nb', { updated: '2026-01-01' })

  it('is the SHA-256 of the canonical JSON, in hex', async () => {
    const expected = createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex')
    expect(await hashPolicyDoc(doc)).toBe(expected)
    expect(await hashPolicyDoc({ lang: 'nb', title: '', company: '', updated: '2026-01-01', blocks: [] })).toBe(
      createHash('sha256').update('{"blocks":[],"company":"","lang":"nb","title":"","updated":"2026-01-01"}').digest('hex'),
    )
  })

  it('ignores key order and changes with the content', async () => {
    const reordered = JSON.parse(JSON.stringify(doc, Object.keys(doc).reverse())) as PolicyDoc
    expect(Object.keys(reordered)).not.toEqual(Object.keys(doc))
    expect(await hashPolicyDoc({ ...reordered, blocks: doc.blocks })).toBe(await hashPolicyDoc(doc))
    expect(await hashPolicyDoc({ ...doc, updated: '2026-01-02' })).not.toBe(await hashPolicyDoc(doc))
  })

  it('fits the hash field of a policy version', async () => {
    const hash = await hashPolicyDoc(doc)
    const version = { id: 'v1', lang: 'nb', status: 'published', createdAt: '2026-01-01T00:00:00.000Z', publishedOn: '2026-01-01', hash, note: '', doc }
    expect(() => policyVersion.parse(version)).not.toThrow()
  })
})
