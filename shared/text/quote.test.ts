import { describe, expect, it } from 'vitest'
import { excerpt, MAX_EXCERPT, quote } from './quote'

describe('excerpt and quote', () => {
  it('leave a short value as it is, in one line', () => {
    expect(quote('Kundeavtale')).toBe('«Kundeavtale»')
    expect(excerpt('  to\n linjer\t her ')).toBe('to linjer her')
  })

  it('cut a long value to a short excerpt that says it was cut', () => {
    const long = 'x'.repeat(50_000_000)
    const cut = excerpt(long)
    expect(cut.length).toBeLessThanOrEqual(MAX_EXCERPT + 1)
    expect(cut.endsWith('…')).toBe(true)
    expect(quote(long)).toBe(`«${cut}»`)
  })

  it('do not split a character made of two code units', () => {
    const cut = excerpt(`${'a'.repeat(MAX_EXCERPT - 1)}😀tail`)
    expect(cut).toBe(`${'a'.repeat(MAX_EXCERPT - 1)}…`)
  })
})
