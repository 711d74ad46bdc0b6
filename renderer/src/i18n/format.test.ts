import { describe, expect, it } from 'vitest'
import { compareText, formatDate, todayIso } from './format'

describe('formatDate', () => {
  it('shows an ISO date as day.month.year', () => {
    expect(formatDate('2026-01-05')).toBe('05.01.2026')
  })
  it('uses only the date part of a timestamp', () => {
    expect(formatDate('2026-11-23T23:30:00.000Z')).toBe('23.11.2026')
  })
  it('shows nothing for null', () => {
    expect(formatDate(null)).toBe('')
  })
})

describe('todayIso', () => {
  it('pads month and day', () => {
    expect(todayIso(new Date(2026, 2, 7, 12))).toBe('2026-03-07')
  })
})

describe('compareText', () => {
  it('puts æ, ø and å after z, and ignores case', () => {
    const words = ['Åpen', 'ære', 'Zulu', 'øst', 'alfa']
    expect([...words].sort(compareText)).toEqual(['alfa', 'Zulu', 'ære', 'øst', 'Åpen'])
  })
})
