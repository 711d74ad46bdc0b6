import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../../../resources/sample-company'
import { findingLink, readinessView } from './readiness-model'
import { ensureStandardClauses } from '../../../../shared/policy/clause-records'

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
      // The sample has published no policy: «100 av 100» there would be false comfort.
      ['policy', ['error policy-not-published policy']],
      [
        'review',
        [
          'error routine-missing requests',
          'error routine-missing deletion',
          'error routine-missing breaches',
          'error routine-missing internal-control',
          'error routine-missing dpo-role',
          'error dpia-not-done act-forbruksinnsikt',
          'warning review-overdue act-kundeservice',
          'warning review-overdue act-kundeundersokelser',
        ],
      ],
    ])
    expect([view.errors, view.warnings]).toEqual([7, 5])
    // The policy was analysed; never published, it scores 0.
    expect(view.areas.find((a) => a.score.area === 'policy')!.score.score).toBe(0)
  })
})

describe('findingLink', () => {
  const wb = sampleWorkbench(NOW)

  it('leads to the routine of the kind, and to the DPIA page when the screening requires a DPIA', () => {
    expect(findingLink({ table: 'routines', id: 'breaches' }, wb)).toEqual({
      href: '#/routines/breaches',
      label: 'Åpne rutinen for avvikshåndtering',
    })
    expect(findingLink({ table: 'routines', id: 'requests', field: 'lastReviewed' }, wb).href).toBe('#/routines/requests/lastReviewed')
    expect(findingLink({ table: 'activities', id: 'act-kameraovervaking', field: 'screening' }, wb)).toEqual({
      href: '#/dpia/act-kameraovervaking',
      label: 'Åpne DPIA for «Kameraovervåking av innganger og serverrom»',
    })
  })

  it('leads to the policy page for a policy never published', () => {
    expect(findingLink({ table: 'policy', id: 'policy' }, wb)).toEqual({
      href: '#/policy',
      label: 'Åpne personvernerklæringen',
    })
  })

  it('leads to the record that fixes the finding, naming it', () => {
    expect(findingLink({ table: 'activities', id: 'act-forbruksinnsikt' }, wb)).toEqual({
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
    expect(findingLink({ table: 'organization', id: 'organization' }, wb)).toEqual({
      href: '#/organization',
      label: 'Åpne opplysningene om virksomheten',
    })
  })

  it('names the field that fixes the finding, for the editor to show and focus', () => {
    expect(
      findingLink({ table: 'activities', id: 'act-forbruksinnsikt', field: 'dpia.doneOn' }, wb)
        .href,
    ).toBe('#/activities/act-forbruksinnsikt/dpia.doneOn')
    expect(
      findingLink({ table: 'processors', id: 'proc-vaktoye', field: 'agreement.signedOn' }, wb)
        .href,
    ).toBe('#/processors/proc-vaktoye/agreement.signedOn')
    expect(
      findingLink({ table: 'transfers', id: 'tr-relaywell-in', field: 'tiaDate' }, wb).href,
    ).toBe('#/transfers/tr-relaywell-in/tiaDate')
    expect(
      findingLink({ table: 'organization', id: 'organization', field: 'dpo.email' }, wb).href,
    ).toBe('#/organization/dpo.email')
  })

  it('leads to the clause itself on the policy page', () => {
    const clauses = [{ ...ensureStandardClauses([], NOW)[0]!, id: 'klausul-1' }]
    expect(findingLink({ table: 'clauses', id: 'klausul-1' }, { ...wb, clauses }).href).toBe(
      '#/policy/klausul-1',
    )
  })
})
