import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../../../resources/sample-company'
import { findingLink, readinessView } from './readiness-model'

const NOW = '2026-11-23T14:00:00.000Z'

describe('readinessView', () => {
  const wb = sampleWorkbench(NOW)
  const view = readinessView(wb, NOW.slice(0, 10))

  it('groups the sample’s findings by area, errors first, with the policy analysed', () => {
    expect(
      view.areas.map((a) => [
        a.score.area,
        a.findings.map((f) => `${f.severity} ${f.code} ${f.ref.id}`),
      ]),
    ).toEqual([
      ['record', ['warning draft-activity act-smartstyring']],
      ['legal-bases', []],
      [
        'processors',
        [
          'warning processor-agreement-incomplete proc-relaywell',
          'warning processor-agreement-incomplete proc-vaktoye',
        ],
      ],
      ['transfers', []],
      ['policy', []],
      [
        'review',
        [
          'error dpia-not-done act-forbruksinnsikt',
          'warning review-overdue act-kundeservice',
          'warning review-overdue act-kundeundersokelser',
        ],
      ],
    ])
    expect([view.errors, view.warnings]).toEqual([1, 5])
    // The policy was analysed, so its area has a score.
    expect(view.areas.find((a) => a.score.area === 'policy')!.score.score).toBe(100)
  })
})

describe('findingLink', () => {
  const wb = sampleWorkbench(NOW)

  it('leads to the record that fixes the finding, naming it', () => {
    expect(
      findingLink({ table: 'activities', id: 'act-forbruksinnsikt', field: 'dpia.doneOn' }, wb),
    ).toEqual({
      href: '#/activities/act-forbruksinnsikt',
      label: 'Åpne behandlingsaktiviteten «Forbruksinnsikt og energiråd i appen»',
    })
    expect(findingLink({ table: 'processors', id: 'proc-vaktoye' }, wb)).toEqual({
      href: '#/processors/proc-vaktoye',
      label: 'Åpne databehandleren «Vaktøye Sikkerhet AS»',
    })
    expect(findingLink({ table: 'transfers', id: 'tr-relaywell-in' }, wb).href).toBe(
      '#/transfers/tr-relaywell-in',
    )
    expect(findingLink({ table: 'transfers', id: 'tr-relaywell-in' }, wb).label).toBe(
      'Åpne overføringen til Relaywell Technologies Pvt. Ltd. (India)',
    )
    expect(findingLink({ table: 'clauses', id: 'x' }, wb).href).toBe('#/policy')
    expect(findingLink({ table: 'organization', id: 'organization', field: 'dpo' }, wb)).toEqual({
      href: '#/organization',
      label: 'Åpne opplysningene om virksomheten',
    })
  })
})
