import { describe, expect, it } from 'vitest'
import { countryCode } from '../model/common'
import { parseCountry } from '../ropa/links-format'
import {
  ADEQUACY_DECISIONS,
  ADEQUATE,
  adequacyDecision,
  COUNTRY_CODES,
  COUNTRY_NAMES,
  countryName,
  EEA,
  EEA_TERRITORIES,
  hasAdequacyDecision,
  isEea,
} from './countries'

describe('the country list', () => {
  it('has every ISO 3166-1 country and territory, and nothing else', () => {
    expect(COUNTRY_CODES).toHaveLength(249)
    for (const code of COUNTRY_CODES) expect(code).toMatch(/^[A-Z]{2}$/)
    for (const code of ['MX', 'AE', 'MY', 'CL', 'AQ', 'VA', 'SJ', 'AX']) expect(COUNTRY_CODES).toContain(code)
    // User-assigned codes are not ISO 3166-1: not countries, and the model refuses them.
    for (const code of ['ZZ', 'XK', 'EU', 'UK', 'EL', 'no', '']) {
      expect(COUNTRY_CODES).not.toContain(code)
      expect(countryCode.safeParse(code).success).toBe(false)
    }
    expect(countryCode.safeParse('MX').success).toBe(true)
  })

  it('names each country in bokmål and nynorsk', () => {
    expect(COUNTRY_NAMES.MX).toEqual({ nb: 'Mexico', nn: 'Mexico' })
    expect(COUNTRY_NAMES.AE).toEqual({ nb: 'De forente arabiske emirater', nn: 'Dei sameinte arabiske emirata' })
    expect(COUNTRY_NAMES.MY).toEqual({ nb: 'Malaysia', nn: 'Malaysia' })
    expect(COUNTRY_NAMES.CL).toEqual({ nb: 'Chile', nn: 'Chile' })
    expect(COUNTRY_NAMES.NO).toEqual({ nb: 'Norge', nn: 'Noreg' })
    expect(COUNTRY_NAMES.AT).toEqual({ nb: 'Østerrike', nn: 'Austerrike' })
    expect(COUNTRY_NAMES.PH).toEqual({ nb: 'Filippinene', nn: 'Filippinane' })
    expect(countryName('FO', 'nn')).toBe('Færøyane')
    expect(countryName('ZZ')).toBe('ZZ')
    for (const code of COUNTRY_CODES) {
      expect(COUNTRY_NAMES[code]!.nb.trim()).not.toBe('')
      expect(COUNTRY_NAMES[code]!.nn.trim()).not.toBe('')
    }
  })

  it('gives no two countries the same name, and names the Isle of Man so no one reads «Man» as a word', () => {
    for (const lang of ['nb', 'nn'] as const) {
      const names = COUNTRY_CODES.map((c) => COUNTRY_NAMES[c]![lang].toLowerCase())
      expect(new Set(names).size).toBe(names.length)
      expect(names).not.toContain('man')
      expect(names).not.toContain('kongo')
    }
    expect(countryName('IM')).toBe('Isle of Man')
    expect(countryName('IM', 'nn')).toBe('Isle of Man')
    // Workbooks written before still read back: «Man» and the old Belarus names.
    expect(parseCountry('Man')).toBe('IM')
    expect(parseCountry('Isle of Man')).toBe('IM')
    expect(parseCountry('Kviterussland')).toBe('BY')
    expect(parseCountry('Dei sameinte arabiske emirata')).toBe('AE')
    expect(parseCountry('Mexico')).toBe('MX')
  })

  it('places the EEA and its territories, and the countries with an adequacy decision with its source', () => {
    expect(EEA).toHaveLength(30)
    for (const code of [...EEA, ...EEA_TERRITORIES]) {
      expect(COUNTRY_CODES).toContain(code)
      expect(isEea(code)).toBe(true)
      expect(hasAdequacyDecision(code)).toBe(false)
    }
    // Outside the EU though part of a member state's realm, or outside the EEA Agreement.
    for (const code of ['GL', 'FO', 'SJ', 'BL', 'AW', 'CW', 'PF', 'NC', 'GI']) expect(isEea(code)).toBe(false)
    expect([...ADEQUATE].sort()).toEqual(
      ['AD', 'AR', 'CA', 'CH', 'FO', 'GB', 'GG', 'IL', 'IM', 'JE', 'JP', 'KR', 'NZ', 'UY'],
    )
    for (const code of ADEQUATE) {
      expect(COUNTRY_CODES).toContain(code)
      expect(adequacyDecision(code)!.decision).toMatch(/^(gjennomførings)?beslutning (\(EU\) \d{4}\/\d+|\d{4}\/\d+\/E[FU])$/)
    }
    expect(ADEQUACY_DECISIONS.CA.scope.nb).toContain('PIPEDA')
    // The United States only through the Data Privacy Framework, a mechanism of its own.
    expect(hasAdequacyDecision('US')).toBe(false)
    expect(adequacyDecision('MX')).toBeUndefined()
    expect(isEea('MX')).toBe(false)
  })
})
