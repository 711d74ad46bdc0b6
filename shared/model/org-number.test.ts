import { describe, expect, it } from 'vitest'
import { formatOrgNumber, isValidOrgNumber, normalizeOrgNumber } from './org-number'
import { orgNumber } from './organization'

describe('isValidOrgNumber', () => {
  it.each([
    ['974760673', 'Brønnøysundregistrene'],
    ['923609016', 'Equinor'],
    ['982463718', 'a third registered company'],
    ['915000002', 'the test fixture'],
  ])('accepts %s (%s)', (n) => {
    expect(isValidOrgNumber(n)).toBe(true)
  })

  it('accepts spaces, as Brønnøysundregistrene print the number', () => {
    expect(isValidOrgNumber('974 760 673')).toBe(true)
    expect(isValidOrgNumber(' 923 609 016 ')).toBe(true)
  })

  it('rejects a wrong check digit', () => {
    for (const n of ['974760674', '923609017', '982463710', '974760670'])
      expect(isValidOrgNumber(n)).toBe(false)
  })

  it('rejects numbers whose check digit would be 10 (never issued), whatever the last digit', () => {
    // 3·9 + 2·1 + 7·5 + 6·0 + 5·0 + 4·0 + 3·0 + 2·7 = 78; 78 mod 11 = 1, so the check digit would be 10.
    for (let last = 0; last <= 9; last++) expect(isValidOrgNumber(`91500007${last}`)).toBe(false)
  })

  it('uses check digit 0 when the weighted sum is divisible by 11', () => {
    // 3·9 + 2·1 + 7·5 + 6·0 + 5·0 + 4·0 + 3·3 + 2·2 = 77 = 7·11, so the check digit is 0.
    expect(isValidOrgNumber('915000320')).toBe(true)
    expect(isValidOrgNumber('915000321')).toBe(false)
    // 3·9 + 2·1 + 7·5 + 3·1 + 2·1 = 69; 69 mod 11 = 3, so the check digit is 11 − 3 = 8.
    expect(isValidOrgNumber('915000118')).toBe(true)
  })

  it('rejects wrong lengths and non-digits', () => {
    for (const n of ['', '97476067', '9747606731', '97476067a', 'NO974760673', '974-760-673']) {
      expect(isValidOrgNumber(n)).toBe(false)
    }
  })
})

describe('normalizeOrgNumber and formatOrgNumber', () => {
  it('removes spaces and dots', () => {
    expect(normalizeOrgNumber(' 974 760\u00a0673 ')).toBe('974760673')
    expect(normalizeOrgNumber('974.760.673')).toBe('974760673')
  })

  it('formats nine digits in groups of three and leaves anything else alone', () => {
    expect(formatOrgNumber('974760673')).toBe('974 760 673')
    expect(formatOrgNumber('974 760 673')).toBe('974 760 673')
    expect(formatOrgNumber('12345')).toBe('12345')
  })
})

describe('the orgNumber schema', () => {
  it('stores the normalised number', () => {
    expect(orgNumber.parse('974 760 673')).toBe('974760673')
  })

  it('fails with a Norwegian message for a wrong check digit', () => {
    const result = orgNumber.safeParse('974760674')
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.message).toBe(
      'må ha ni siffer og gyldig kontrollsiffer (modulus 11)',
    )
  })
})
