import { describe, expect, it } from 'vitest'
import { COUNTRY_NAMES } from '../../../shared/law'
import { countryOptions } from './country-fields'

describe('countryOptions', () => {
  it('lists every known country once, by Norwegian name in Norwegian order', () => {
    const options = countryOptions()
    expect(options).toHaveLength(Object.keys(COUNTRY_NAMES).length)
    const labels = options.map((o) => o.label)
    expect(labels.indexOf('Sverige')).toBeLessThan(labels.indexOf('Østerrike'))
    expect(labels.indexOf('Øst-Timor')).toBeLessThan(labels.indexOf('Åland'))
    expect(labels.at(-1)).toBe('Åland')
    expect(labels).toContain('Isle of Man')
    expect(labels).toContain('Mexico')
    expect(options.find((o) => o.value === 'IN')).toEqual({ value: 'IN', label: 'India' })
  })
  it('keeps a code it does not know, so an imported record still shows its country', () => {
    const options = countryOptions(['XK', ''])
    expect(options.find((o) => o.value === 'XK')).toEqual({ value: 'XK', label: 'XK' })
    expect(options.some((o) => o.value === '')).toBe(false)
    expect(countryOptions(['NO'])).toHaveLength(Object.keys(COUNTRY_NAMES).length)
  })
})
