/** The documents name a country in their own language: the policy in bokmål or nynorsk, the protokoll in bokmål. */
import { describe, expect, it } from 'vitest'
import { composePolicy } from '../policy/compose'
import { testWorkbench } from '../policy/test-workbench'
import { ropaDocument } from '../ropa/protokoll-docx'
import { ropaTestWorkbench } from '../ropa/test-workbench'

const NB = 'De forente arabiske emirater'
const NN = 'Dei sameinte arabiske emirata'

describe('country names in the documents', () => {
  it('the policy uses the name of its language', () => {
    const wb = testWorkbench()
    wb.transfers = wb.transfers.map((t) => (t.id === 't-support' ? { ...t, country: 'AE' } : t))
    const nb = JSON.stringify(composePolicy(wb, 'nb', { updated: '2026-11-23' }))
    const nn = JSON.stringify(composePolicy(wb, 'nn', { updated: '2026-11-23' }))
    expect(nb).toContain(NB)
    expect(nb).not.toContain(NN)
    expect(nn).toContain(NN)
    expect(nn).not.toContain(NB)
  })

  it('the protokoll names a country of the full list in bokmål', () => {
    const wb = ropaTestWorkbench()
    const transfer = wb.transfers.find((t) => wb.activities.some((a) => a.transferIds.includes(t.id)))!
    wb.transfers = wb.transfers.map((t) => (t.id === transfer.id ? { ...t, country: 'MX' } : t))
    const doc = JSON.stringify(ropaDocument(wb))
    expect(doc).toContain(`${transfer.recipient} (Mexico)`)
  })
})
