import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { dpia, type Dpia } from '../model/dpia'
import { composeDpiaDoc } from './dpia-doc'
import { prefillDpia } from './dpia-prefill'
import { highResidualRisks, needsPriorConsultation, riskLevel } from './dpia-risk'
import { draftVersion, editProblem, emptyDpia, reviseDpia, reviseProblem, seriesVersions, signOff, signOffProblems, versionInForce } from './dpia-versions'
import { blockText } from '../policy/blocks'
import { riskMapPng, riskMapSvg } from './risk-map'
import { dpiaDocx } from './dpia-export'

const NOW = '2026-05-04T10:00:00.000Z'
const wb = sampleWorkbench(NOW)

function complete(): Dpia {
  const d = emptyDpia({ id: 'd1', seriesId: 's1', title: 'Forbruksinnsikt', activityIds: ['act-forbruksinnsikt'], now: NOW })
  const filled: Dpia = { ...d, ...prefillDpia(d.activityIds, wb) }
  for (const k of ['access', 'change', 'loss'] as const) {
    filled.risks[k] = { ...filled.risks[k], likelihood: 2, severity: 2, residual: { likelihood: 1, severity: 2 } }
  }
  return {
    ...filled,
    dpoAdvice: { givenOn: '2026-05-01', by: 'Kari Nordmann', advice: { nb: 'Gjennomfør.', nn: 'Gjennomfør.' }, followed: 'yes', reason: { nb: '', nn: '' } },
    subjectViews: { sought: false, summary: { nb: 'Ikke innhentet fordi behandlingen er frivillig.', nn: 'Ikkje henta inn fordi behandlinga er friviljug.' } },
    decision: { outcome: 'proceed', reasoning: { nb: 'Lav restrisiko.', nn: 'Låg restrisiko.' } },
  }
}

describe('risk levels and prior consultation', () => {
  it('weighs severity: high when both are at least 3, or severity 4 with likelihood 2', () => {
    expect(riskLevel(3, 3)).toBe('high')
    expect(riskLevel(2, 4)).toBe('high')
    expect(riskLevel(4, 2)).toBe('medium')
    expect(riskLevel(1, 4)).toBe('medium')
    expect(riskLevel(2, 2)).toBe('low')
    expect(riskLevel(null, 2)).toBeNull()
  })

  it('flags prior consultation when a residual risk stays high', () => {
    const d = complete()
    expect(needsPriorConsultation(d)).toBe(false)
    d.risks.loss = { ...d.risks.loss, residual: { likelihood: 3, severity: 4 } }
    expect(highResidualRisks(d)).toEqual(['loss'])
    expect(signOffProblems(d).map((p) => p.field)).toEqual(['decision.outcome'])
    expect(signOffProblems({ ...d, decision: { ...d.decision, outcome: 'prior-consultation' } })).toEqual([])
  })
})

describe('DPIA versions', () => {
  it('lists what is missing before a draft can be signed off', () => {
    const empty = emptyDpia({ id: 'd0', seriesId: 's0', title: 'Tom', activityIds: ['act-forbruksinnsikt'], now: NOW })
    const fields = signOffProblems(empty).map((p) => p.field)
    expect(fields).toContain('description.nature')
    expect(fields).toContain('necessity.retention')
    expect(fields).toContain('risks.access.likelihood')
    expect(fields).toContain('dpoAdvice.advice')
    expect(fields).toContain('decision.outcome')
    expect(() => signOff(empty, 'Ola Hansen', '2026-05-04', NOW)).toThrow(/art\. 35 nr\. 7/)
  })

  it('freezes a signed-off version: every change is refused', () => {
    const signed = signOff(complete(), 'Ola Hansen, administrerende direktør', '2026-05-04', NOW)
    expect(signed.status).toBe('signed-off')
    expect(signed.signOff).toEqual({ by: 'Ola Hansen, administrerende direktør', on: '2026-05-04' })
    expect(dpia.safeParse(signed).success).toBe(true)
    const edited = { ...signed, title: 'Endret' }
    expect(editProblem(signed, edited)).toBe('Versjon 1 er godkjent og kan ikke endres. Start en ny versjon for å gjøre endringer.')
    expect(signOffProblems(signed)).toEqual([{ field: 'status', message: 'Versjonen er allerede godkjent.' }])
  })

  it('lets a draft change its content but not its version or origin, and not sign itself off', () => {
    const draft = complete()
    expect(editProblem(draft, { ...draft, title: 'Nytt navn' })).toBeNull()
    expect(editProblem(draft, { ...draft, version: 2 })).toBe('Versjonsnummer og opphav kan ikke endres.')
    expect(editProblem(draft, { ...draft, status: 'signed-off' })).toBe('En vurdering godkjennes med navn og dato.')
  })

  it('starts a revision as a new draft version with the same content and without advice, decision or sign-off', () => {
    const v1 = signOff(complete(), 'Ola Hansen', '2026-05-04', NOW)
    const v2 = reviseDpia(v1, { id: 'd2', now: '2026-09-01T08:00:00.000Z' })
    expect(v2).toMatchObject({ id: 'd2', seriesId: 's1', version: 2, revisionOf: 'd1', status: 'draft', signOff: null })
    expect(v2.risks).toEqual(v1.risks)
    expect(v2.description).toEqual(v1.description)
    expect(v2.dpoAdvice.givenOn).toBeNull()
    expect(v2.decision.outcome).toBeNull()
    // The revision is a copy: changing it leaves the signed-off version as it was.
    v2.risks.access.sources.push({ nb: 'Ny kilde', nn: 'Ny kjelde' })
    expect(v1.risks.access.sources).toEqual([])
    expect(() => reviseDpia(v2, { id: 'd3', now: NOW })).toThrow()

    const all = [v2, v1]
    expect(seriesVersions(all, 's1').map((d) => d.version)).toEqual([1, 2])
    expect(versionInForce(all, 's1')?.id).toBe('d1')
    expect(draftVersion(all, 's1')?.id).toBe('d2')
    expect(reviseProblem(all, 's1')).toBe('Versjon 2 er under arbeid. Gjør den ferdig før du starter en ny.')
    expect(reviseProblem([v1], 's1')).toBeNull()
  })
})

describe('prefill from the record', () => {
  it('draws the description and the necessity points from the activity, in both languages', () => {
    const p = prefillDpia(['act-forbruksinnsikt'], wb)
    expect(p.description.purposes.nb).toBe('Formål: Gi kunden innsikt i eget forbruk og forslag til hvordan strøm kan spares.')
    expect(p.description.context.nb).toContain('Behandlingen omfatter profilering.')
    expect(p.necessity['purposes-bases'].nb).toContain('Behandlingsgrunnlag: Samtykke.')
    expect(p.necessity.rights.nb).toContain('Samtykket kan trekkes tilbake når som helst')
    expect(p.necessity.rights.nb).not.toContain('art. 21 nr. 1')
    expect(p.necessity.processors.nb).toMatch(/^Skyhall Drift AS: databehandleravtale signert \d+\. \w+ \d{4}\.$/)
    expect(p.necessity.transfers.nb).toBe('Protokollen viser ingen overføring til land utenfor EØS for behandlingen.')
    expect(p.necessity.retention.nn).toMatch(/^Lagringstid: /)
    expect(p.necessity.rights.nn).toContain('Samtykket kan trekkjast tilbake')
  })

  it('leads each paragraph with the activity name when several activities are assessed', () => {
    const p = prefillDpia(['act-kameraovervaking', 'act-personal'], wb)
    expect(p.description.purposes.nb.split('\n\n')).toHaveLength(2)
    expect(p.description.purposes.nb.startsWith('Kameraovervåking av innganger og serverrom: Formål:')).toBe(true)
    expect(p.necessity.rights.nb).toContain('art. 21 nr. 1')
  })
})

describe('the DPIA document', () => {
  const names = new Map(wb.activities.map((a) => [a.id, a.name]))
  it('has the parts of art. 35(7), the DPO, the data subjects, art. 36 and the sign-off', () => {
    const signed = signOff(complete(), 'Ola Hansen', '2026-05-04', NOW)
    const doc = composeDpiaDoc(signed, { company: 'Eksempel Energi AS', activityNames: names }, 'nb')
    const headings = doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map(blockText)
    expect(headings).toEqual([
      'Om vurderingen',
      'Systematisk beskrivelse av behandlingen (art. 35 nr. 7 bokstav a)',
      'Nødvendighet og forholdsmessighet (art. 35 nr. 7 bokstav b)',
      'Risiko for de registrerte (art. 35 nr. 7 bokstav c og d)',
      'Personvernombudets råd (art. 35 nr. 2)',
      'De registrertes synspunkter (art. 35 nr. 9)',
      'Forhåndsdrøftelse med Datatilsynet (art. 36)',
      'Beslutning og godkjenning',
    ])
    expect(doc.updated).toBe('2026-05-04')
    const all = doc.blocks.map(blockText).join('\n')
    expect(all).toContain('Ingen restrisiko er vurdert som høy')
    expect(all).toContain('Godkjent 4. mai 2026 av Ola Hansen')
  })

  it('flags prior consultation in the document when a residual risk stays high', () => {
    const d = complete()
    d.risks.access = { ...d.risks.access, residual: { likelihood: 3, severity: 3 } }
    const all = composeDpiaDoc(d, { company: 'X', activityNames: names }, 'nb').blocks.map(blockText).join('\n')
    expect(all).toContain('Restrisikoen er høy for uautorisert tilgang til opplysningene. Datatilsynet skal rådspørres før behandlingen starter (art. 36 nr. 1).')
  })

  it('writes the nynorsk document without bokmål in its own words', () => {
    const d = complete()
    const doc = composeDpiaDoc({ ...d, description: { nature: d.description.nature, scope: d.description.scope, context: d.description.context, purposes: { nb: 'x', nn: 'y' } } }, { company: 'X', activityNames: new Map([['act-forbruksinnsikt', 'Forbruksinnsikt']]) }, 'nn')
    // Record texts are still bokmål in this model; the document's own words must be nynorsk.
    const own = doc.blocks.filter((b) => b.type === 'heading' || b.type === 'table').map(blockText).join('\n')
    expect(own).not.toMatch(/\b(ikke|hva|hvordan|opplysninger|mottakere|vurderingen|sannsynlighet|behandlingen)\b/i)
  })
})

describe('the risk map', () => {
  it('draws an SVG with the words and a PNG with the digits, without a canvas', () => {
    const d = complete()
    d.risks.access = { ...d.risks.access, likelihood: 3, severity: 4, residual: { likelihood: 1, severity: 4 } }
    const svg = riskMapSvg(d, 'nb')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('Sannsynlighet')
    expect(svg).toContain('Uautorisert tilgang til opplysningene')
    expect(riskMapSvg(d, 'nn')).toContain('Sannsyn')
    const png = riskMapPng(d)
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10])
    const view = new DataView(png.buffer, png.byteOffset)
    expect(view.getUint32(16)).toBe(1520)
    expect(view.getUint32(20)).toBe(940)
  })
})

describe('the DPIA as Word', () => {
  it('carries the risk map as a picture under its heading and above its caption: the PNG, and the SVG for Word', async () => {
    const d = complete()
    d.risks.loss = { ...d.risks.loss, likelihood: 3, severity: 3, residual: { likelihood: 2, severity: 2 } }
    const bytes = await dpiaDocx(d, { organization: wb.organization, activities: wb.activities }, [d])
    const parts = unzipSync(bytes)
    expect(Buffer.from(parts['word/media/image1.png']!).equals(Buffer.from(riskMapPng(d)))).toBe(true)
    expect(strFromU8(parts['word/media/image1.svg']!)).toBe(riskMapSvg(d, 'nb'))
    expect(strFromU8(parts['[Content_Types].xml']!)).toContain('<Default Extension="png" ContentType="image/png"/>')
    const xml = strFromU8(parts['word/document.xml']!)
    const heading = xml.indexOf('>Risikokart<')
    const caption = xml.indexOf('Risikokartet viser hver risiko')
    const picture = xml.indexOf('<wp:inline')
    expect(heading).toBeGreaterThan(0)
    expect(picture).toBeGreaterThan(heading)
    expect(caption).toBeGreaterThan(picture)
    // Scaled to the text width (A4 less 2 cm margins), keeping the aspect ratio.
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!
    expect(Number(cx)).toBe(9638 * 635)
    expect(Number(cx) / Number(cy)).toBeCloseTo(760 / 470, 2)
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
    expect(html).toMatch(/<img alt="Risikokart: de tre risikoene plassert etter sannsynlighet og alvorlighet, før og etter tiltakene\." src="data:image\/png;base64,/)
  })

  it('describes the picture in nynorsk in a nynorsk document', async () => {
    const d = complete()
    const xml = strFromU8(unzipSync(await dpiaDocx(d, { organization: wb.organization, activities: wb.activities }, [d], 'nn'))['word/document.xml']!)
    expect(xml).toContain('descr="Risikokart: dei tre risikoane plasserte etter sannsyn og alvor, før og etter tiltaka."')
  })
})
