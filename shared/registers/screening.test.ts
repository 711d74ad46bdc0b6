import { describe, expect, it } from 'vitest'
import { WP248_CRITERIA } from '../law/dpia-criteria'
import { DPIA_LIST, DPIA_LIST_ITEMS } from '../law/dpia-list'
import { dpiaScreening } from '../model/dpia-screening'
import { screenActivity, screeningReasonText } from './screening'

const none = { art35Cases: [], listItems: [], criteria: [] } as const

describe('screenActivity', () => {
  it('requires nothing when nothing is ticked', () => {
    expect(screenActivity(none)).toEqual({ required: false, reasons: [], listItemsWithoutCriterion: [] })
  })

  it('does not require a DPIA for one criterion alone', () => {
    expect(screenActivity({ ...none, criteria: ['large-scale'] }).required).toBe(false)
  })

  it('requires a DPIA for two criteria', () => {
    const r = screenActivity({ ...none, criteria: ['evaluation-scoring', 'large-scale'] })
    expect(r.required).toBe(true)
    expect(r.reasons).toEqual([{ kind: 'criteria', codes: ['evaluation-scoring', 'large-scale'] }])
  })

  it('counts a criterion ticked twice once', () => {
    expect(screenActivity({ ...none, criteria: ['large-scale', 'large-scale'] }).required).toBe(false)
  })

  it('requires a DPIA for a list entry that stands alone', () => {
    const r = screenActivity({ ...none, listItems: ['employee-monitoring'] })
    expect(r.required).toBe(true)
    expect(r.reasons).toEqual([{ kind: 'list', code: 'employee-monitoring' }])
  })

  it('counts a list entry that needs a criterion only with one', () => {
    const alone = screenActivity({ ...none, listItems: ['location-data'] })
    expect(alone.required).toBe(false)
    expect(alone.listItemsWithoutCriterion).toEqual(['location-data'])
    const withOne = screenActivity({ ...none, listItems: ['location-data'], criteria: ['systematic-monitoring'] })
    expect(withOne.required).toBe(true)
    expect(withOne.reasons).toEqual([{ kind: 'list', code: 'location-data' }])
  })

  it('does not let innovative technology on the list count itself as its other criterion', () => {
    expect(screenActivity({ ...none, listItems: ['innovative-technology'], criteria: ['innovative-technology'] }).required).toBe(false)
    expect(
      screenActivity({ ...none, listItems: ['innovative-technology'], criteria: ['innovative-technology', 'large-scale'] })
        .reasons,
    ).toContainEqual({ kind: 'list', code: 'innovative-technology' })
  })

  it('requires a DPIA for any case of art. 35(3)', () => {
    expect(screenActivity({ ...none, art35Cases: ['public-area-monitoring'] })).toMatchObject({
      required: true,
      reasons: [{ kind: 'art35', code: 'public-area-monitoring' }],
    })
  })

  it('words each reason in bokmål and nynorsk', () => {
    const r = screenActivity({ art35Cases: ['large-scale-special'], listItems: ['employee-monitoring'], criteria: ['large-scale', 'vulnerable-subjects'] })
    const nb = r.reasons.map((x) => screeningReasonText(x, 'nb'))
    const nn = r.reasons.map((x) => screeningReasonText(x, 'nn'))
    expect(nb).toEqual([
      'Personvernforordningen art. 35 nr. 3 bokstav b: særlige kategorier eller straffbare forhold i stor skala.',
      'Står på Datatilsynets liste: systematisk overvåking av ansattes aktiviteter.',
      'Oppfyller 2 av kriteriene i WP248: behandling i stor skala, sårbare registrerte.',
    ])
    expect(nn.join(' ')).not.toMatch(/\b(ikke|hva|hvordan|opplysninger|ansattes)\b/)
  })
})

describe('the reference data', () => {
  it('has nine WP248 criteria and fourteen list entries, each with labels and help in both languages', () => {
    expect(WP248_CRITERIA).toHaveLength(9)
    expect(DPIA_LIST_ITEMS).toHaveLength(14)
    for (const item of DPIA_LIST_ITEMS) {
      const info = DPIA_LIST[item]
      for (const text of [info.label.nb, info.label.nn, info.help.nb, info.help.nn]) expect(text.trim()).not.toBe('')
    }
  })
})

describe('dpiaScreening', () => {
  const valid = { ...none, art35Cases: [], listItems: [], criteria: ['large-scale'], notes: '', screenedOn: '2026-03-02', screenedBy: 'Kari Nordmann, personvernombud' }

  it('accepts a screening', () => {
    expect(dpiaScreening.safeParse(valid).success).toBe(true)
  })

  it('rejects an unknown code, a repeated code, and a screening without who and when', () => {
    expect(dpiaScreening.safeParse({ ...valid, criteria: ['guesswork'] }).success).toBe(false)
    const repeated = dpiaScreening.safeParse({ ...valid, criteria: ['large-scale', 'large-scale'] })
    expect(repeated.error?.issues[0]?.message).toBe('har samme valg mer enn én gang')
    expect(dpiaScreening.safeParse({ ...valid, screenedBy: '  ' }).success).toBe(false)
    expect(dpiaScreening.safeParse({ ...valid, screenedOn: '2.3.2026' }).success).toBe(false)
  })
})
