import { describe, expect, it } from 'vitest'
import { fileNameProblem } from '../../../../shared/ipc'
import { protokollFileName } from './excel-file'

describe('protokollFileName', () => {
  it('names the file after the company and the date', () => {
    expect(protokollFileName('Eksempel Energi AS', '2026-11-23')).toBe(
      'Protokoll Eksempel Energi AS 2026-11-23.xlsx',
    )
  })

  it('leaves the company out when there is none', () => {
    expect(protokollFileName(null, '2026-11-23')).toBe('Protokoll 2026-11-23.xlsx')
    expect(protokollFileName('   ', '2026-11-23')).toBe('Protokoll 2026-11-23.xlsx')
  })

  it('always gives a name every file system accepts', () => {
    for (const name of ['A/S «Ø» : Kraft?', 'x\u0000y', 'a\\b', `${'å'.repeat(300)}.`, '..']) {
      const fileName = protokollFileName(name, '2026-11-23')
      expect(fileNameProblem(fileName), fileName).toBeNull()
      expect(fileName).toMatch(/^Protokoll .*2026-11-23\.xlsx$/)
    }
  })
})
