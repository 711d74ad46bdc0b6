import { describe, expect, it } from 'vitest'
import { hyphenateSync } from 'hyphen/nb'
import { hyphenateText, SOFT_HYPHEN, withoutSoftHyphens } from './hyphenate'

const nb = (word: string) => hyphenateSync(word, { hyphenChar: SOFT_HYPHEN })
const show = (text: string) => hyphenateText(text, nb).replaceAll(SOFT_HYPHEN, '|')

describe('hyphenateText', () => {
  it('puts soft hyphens between the syllables of long Norwegian words', () => {
    expect(show('Produktutvikling')).toBe('Pro|dukt|ut|vik|ling')
    expect(show('Kundeavtale og strømleveranse')).toBe('Kunde|av|ta|le og strøm|le|ve|ran|se')
    expect(show('Databehandleravtale')).toMatch(/^Data\|be\|hand\|ler\|av\|ta\|le$/)
  })

  it('keeps short words, e-mail addresses, web addresses and numbers whole', () => {
    for (const text of [
      'Salg',
      'kundeservice@eksempelenergi.example',
      'https://www.eksempelenergi.example/kundeservice',
      '5 år etter utløpet',
      '2026-09-15',
    ]) {
      expect(show(text)).toBe(text)
    }
  })

  it('breaks a hyphenated compound at its own hyphen too, and can be undone', () => {
    expect(show('Personvernombud-rapportering')).toContain('-rap|por|te|ring')
    const text = 'Markedsføring på e-post og SMS til eksisterende kunder'
    expect(withoutSoftHyphens(hyphenateText(text, nb))).toBe(text)
  })

  it('leaves the words that fit on a line as they are', () => {
    const fits = (word: string) => word.length <= 12
    const text = 'Kundeinnsikt og Produktutvikling'
    expect(hyphenateText(text, nb, fits).replaceAll(SOFT_HYPHEN, '|')).toBe(
      'Kundeinnsikt og Pro|dukt|ut|vik|ling',
    )
  })
})
