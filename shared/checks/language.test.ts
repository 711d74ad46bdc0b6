import { describe, expect, it } from 'vitest'
import { detectLanguage } from './language'

describe('detectLanguage', () => {
  it('recognises bokmål', () => {
    expect(
      detectLanguage(
        'Vi behandler personopplysninger om deg. Hvis du ikke ønsker dette, kan du si fra.',
      ),
    ).toBe('nb')
    expect(detectLanguage('Hva er et personvernombud, og hvordan kontakter jeg det?')).toBe('nb')
  })

  it('recognises nynorsk', () => {
    expect(
      detectLanguage(
        'Vi behandlar personopplysningar om deg. Viss du ikkje ønskjer dette, kan du seie frå.',
      ),
    ).toBe('nn')
    expect(detectLanguage('Kva er eit personvernombod, og korleis kontaktar eg det?')).toBe('nn')
    expect(detectLanguage('Opplysningane vert delte med mottakarar dei har avtale med.')).toBe('nn')
  })

  it('follows the majority when a text mixes forms', () => {
    // Nynorsk with a few bokmål forms, as real policies often have.
    expect(
      detectLanguage(
        'Når du blir kunde, treng vi opplysningar. Det er berre vi som har tilgong til dei, og vi krever ikkje meir.',
      ),
    ).toBe('nn')
    expect(
      detectLanguage(
        'Vi lagrer opplysninger om deg, men vi deler dem ikke med andre. Kva vi lagrer, står her.',
      ),
    ).toBe('nb')
  })

  it('ignores case and punctuation', () => {
    expect(detectLanguage('IKKJE! KVA? KORLEIS.')).toBe('nn')
  })

  it('defaults to bokmål without marker words', () => {
    expect(detectLanguage('')).toBe('nb')
    expect(detectLanguage('Personvern. Kontakt. Datatilsynet.')).toBe('nb')
  })
})
