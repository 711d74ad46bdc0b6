import { describe, expect, it } from 'vitest'
import { acceptAttribute } from './web'

describe('acceptAttribute', () => {
  it('lists each extension once with a dot', () => {
    expect(
      acceptAttribute([
        { name: 'Arbeidsbok', extensions: ['json', 'JSON'] },
        { name: 'Word', extensions: ['docx'] },
      ]),
    ).toBe('.json,.docx')
  })
  it('accepts anything for * or no filters', () => {
    expect(acceptAttribute([{ name: 'Alle filer', extensions: ['*'] }])).toBe('')
    expect(acceptAttribute([])).toBe('')
  })
})
