import { describe, expect, it } from 'vitest'
import { parseHash, routeHref } from './router'

describe('parseHash', () => {
  it('splits the hash into decoded segments', () => {
    expect(parseHash('#/activities/abc%20d')).toEqual(['activities', 'abc d'])
  })
  it('treats an empty or bare hash as the root', () => {
    expect(parseHash('')).toEqual([])
    expect(parseHash('#')).toEqual([])
    expect(parseHash('#/')).toEqual([])
  })
  it('keeps a segment that is not valid percent-encoding', () => {
    expect(parseHash('#/a/%E0%A4%A')).toEqual(['a', '%E0%A4%A'])
  })
})

describe('routeHref', () => {
  it('round-trips through parseHash', () => {
    const href = routeHref('activities', 'a/b ø')
    expect(href).toBe('#/activities/a%2Fb%20%C3%B8')
    expect(parseHash(href)).toEqual(['activities', 'a/b ø'])
  })
})
