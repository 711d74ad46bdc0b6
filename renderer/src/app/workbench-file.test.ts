import { describe, expect, it } from 'vitest'
import { fileNameProblem } from '../../../shared/ipc'
import { workbenchFileName } from './workbench-file'

describe('workbenchFileName', () => {
  it('names the copy after the organisation and the date', () => {
    expect(workbenchFileName('Eksempel Energi AS', '2026-11-23')).toBe(
      'Eksempel Energi AS 2026-11-23.ombud.json',
    )
  })
  it('falls back to "arbeidsbok" without a usable name', () => {
    expect(workbenchFileName(null, '2026-11-23')).toBe('arbeidsbok 2026-11-23.ombud.json')
    expect(workbenchFileName(' ...', '2026-11-23')).toBe('arbeidsbok 2026-11-23.ombud.json')
  })
  it('always gives a name every file system accepts', () => {
    const hostile = [
      'A/S «Ø» : Kraft?',
      'con',
      'x\u0000y',
      'a\\b',
      `${'å'.repeat(300)}.`,
      'Navn med  mellomrom  ',
      '..',
    ]
    for (const name of hostile) {
      const fileName = workbenchFileName(name, '2026-11-23')
      expect(fileNameProblem(fileName), fileName).toBeNull()
      expect(fileName.endsWith('.ombud.json')).toBe(true)
    }
  })
})
