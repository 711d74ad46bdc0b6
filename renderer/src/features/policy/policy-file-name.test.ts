import { describe, expect, it } from 'vitest'
import { fileNameProblem } from '../../../../shared/ipc'
import { policyFileName } from './policy-file-name'

describe('policyFileName', () => {
  it('names the policy after the company and the date', () => {
    expect(policyFileName({ company: 'Eksempel Energi AS', date: '2026-11-23', lang: 'nb' })).toBe(
      'Personvernerklæring Eksempel Energi AS 2026-11-23.docx',
    )
  })

  it('says nynorsk, draft and tracked changes', () => {
    expect(
      policyFileName({
        company: 'Eksempel Energi AS',
        date: '2026-11-23',
        lang: 'nn',
        draft: true,
      }),
    ).toBe('Personvernerklæring Eksempel Energi AS 2026-11-23 nynorsk utkast.docx')
    expect(
      policyFileName({
        company: 'Eksempel Energi AS',
        date: '2026-11-23',
        lang: 'nb',
        tracked: true,
      }),
    ).toBe('Personvernerklæring Eksempel Energi AS 2026-11-23 med sporede endringer.docx')
  })

  it('makes a hostile or odd company name safe for every file system', () => {
    const names = [
      policyFileName({ company: 'A/S Nord: "Kraft" <Øst>?*|\\', date: '2026-11-23', lang: 'nb' }),
      policyFileName({ company: '  ..\u0000Skjult\n firma.  ', date: '2026-11-23', lang: 'nb' }),
      policyFileName({
        company: 'å'.repeat(400),
        date: '2026-11-23',
        lang: 'nn',
        draft: true,
        tracked: true,
      }),
      policyFileName({ company: '', date: '2026-11-23', lang: 'nb' }),
    ]
    for (const name of names) expect(fileNameProblem(name), name).toBeNull()
    expect(names[0]).toBe('Personvernerklæring A-S Nord- -Kraft- -Øst- 2026-11-23.docx')
    expect(names[1]).toBe('Personvernerklæring Skjult firma 2026-11-23.docx')
    expect(names[3]).toBe('Personvernerklæring 2026-11-23.docx')
    expect(names[2]).toMatch(
      /^Personvernerklæring å+ 2026-11-23 nynorsk utkast med sporede endringer\.docx$/,
    )
  })
})
