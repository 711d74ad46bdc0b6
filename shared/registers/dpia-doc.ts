/**
 * The DPIA as a document of the one document model (blocks), in bokmål or nynorsk, so the
 * one renderer writes it as .docx with the same look as the policy. The risk map is drawn
 * by risk-map.ts and placed as a picture above its caption by `dpiaDocument`; the table of
 * risks before and after the measures carries the same facts in words.
 */
import { LIKELIHOOD_LABELS, NECESSITY, NECESSITY_POINTS, RISK_KIND_INFO, RISK_KINDS, RISK_LEVEL_LABELS, SEVERITY_LABELS, type RiskKind, type ScaleStep } from '../law/dpia-method'
import type { Lang, LocalizedText } from '../model/common'
import type { Dpia, DpiaRisk } from '../model/dpia'
import type { Block, PolicyDoc } from '../model/policy-doc'
import { bold, paragraph, table, text, type Runs } from '../policy/blocks'
import { formatLongDate } from '../policy/format'
import { highResidualRisks, riskLevel } from './dpia-risk'
import { osloDate } from './oslo-time'
import { DPIA_DECISION_LABELS, DPO_FOLLOWED_LABELS, DPIA_STATUS_LABELS, MEASURE_STATUS_LABELS } from './labels'
import type { DocumentBlock, DocumentModel } from '../document/model'
import { policyDocument } from '../policy/docx'
import { RISK_MAP_SIZE, riskMapPng, riskMapSvg } from './risk-map'

const W = {
  nb: {
    title: 'Vurdering av personvernkonsekvenser',
    about: 'Om vurderingen',
    activities: 'Behandlingsaktiviteter',
    version: 'Versjon',
    status: 'Status',
    revisionOf: 'Reviderer',
    approved: (by: string, on: string) => `Godkjent ${on} av ${by}`,
    description: 'Systematisk beskrivelse av behandlingen (art. 35 nr. 7 bokstav a)',
    parts: { nature: 'Behandlingens art', scope: 'Omfang', context: 'Sammenheng', purposes: 'Formål' },
    necessity: 'Nødvendighet og forholdsmessighet (art. 35 nr. 7 bokstav b)',
    risks: 'Risiko for de registrerte (art. 35 nr. 7 bokstav c og d)',
    sources: 'Risikokilder',
    threats: 'Trusler',
    impacts: 'Konsekvenser for de registrerte',
    likelihood: 'Sannsynlighet',
    severity: 'Alvorlighet',
    level: 'Risikonivå',
    before: 'Før tiltakene',
    after: 'Etter tiltakene (restrisiko)',
    measures: 'Tiltak',
    measure: 'Tiltak',
    due: 'Frist',
    owner: 'Ansvarlig',
    notAssessed: 'Ikke vurdert',
    none: 'Ingen angitt.',
    noMeasures: 'Ingen tiltak angitt.',
    map: 'Risikokart',
    mapCaption:
      'Risikokartet viser hver risiko etter sannsynlighet (vannrett, fra 1 ubetydelig til 4 maksimal) og alvorlighet (loddrett, fra 1 ubetydelig til 4 maksimal). Et åpent merke viser risikoen før tiltakene, et fylt merke restrisikoen etter dem.',
    risk: 'Risiko',
    dpo: 'Personvernombudets råd (art. 35 nr. 2)',
    given: (by: string, on: string) => `Gitt ${on}${by ? ` av ${by}` : ''}.`,
    noAdvice: 'Personvernombudets råd er ikke innhentet ennå.',
    reason: 'Begrunnelse',
    views: 'De registrertes synspunkter (art. 35 nr. 9)',
    sought: 'Synspunktene er innhentet.',
    notSought: 'Synspunktene er ikke innhentet.',
    prior: 'Forhåndsdrøftelse med Datatilsynet (art. 36)',
    priorNeeded: (risks: string) =>
      `Restrisikoen er høy for ${risks}. Datatilsynet skal rådspørres før behandlingen starter (art. 36 nr. 1).`,
    priorNotNeeded: 'Ingen restrisiko er vurdert som høy, så forhåndsdrøftelse med Datatilsynet er ikke nødvendig.',
    priorOpen: 'Restrisikoen er ikke ferdig vurdert.',
    sent: (on: string, ref: string) => `Sendt til Datatilsynet ${on}${ref ? ` (referanse ${ref})` : ''}.`,
    decision: 'Beslutning og godkjenning',
    noDecision: 'Beslutningen er ikke tatt ennå.',
    draft: 'Vurderingen er et utkast og er ikke godkjent.',
    and: 'og',
  },
  nn: {
    title: 'Vurdering av personvernkonsekvensar',
    about: 'Om vurderinga',
    activities: 'Behandlingsaktivitetar',
    version: 'Versjon',
    status: 'Status',
    revisionOf: 'Reviderer',
    approved: (by: string, on: string) => `Godkjend ${on} av ${by}`,
    description: 'Systematisk skildring av behandlinga (art. 35 nr. 7 bokstav a)',
    parts: { nature: 'Arten av behandlinga', scope: 'Omfang', context: 'Samanheng', purposes: 'Formål' },
    necessity: 'Naudsyn og forholdsmessigheit (art. 35 nr. 7 bokstav b)',
    risks: 'Risiko for dei registrerte (art. 35 nr. 7 bokstav c og d)',
    sources: 'Risikokjelder',
    threats: 'Truslar',
    impacts: 'Konsekvensar for dei registrerte',
    likelihood: 'Sannsyn',
    severity: 'Alvor',
    level: 'Risikonivå',
    before: 'Før tiltaka',
    after: 'Etter tiltaka (restrisiko)',
    measures: 'Tiltak',
    measure: 'Tiltak',
    due: 'Frist',
    owner: 'Ansvarleg',
    notAssessed: 'Ikkje vurdert',
    none: 'Ingen oppgjevne.',
    noMeasures: 'Ingen tiltak oppgjevne.',
    map: 'Risikokart',
    mapCaption:
      'Risikokartet viser kvar risiko etter sannsyn (vassrett, frå 1 ubetydeleg til 4 maksimal) og alvor (loddrett, frå 1 ubetydeleg til 4 maksimal). Eit ope merke viser risikoen før tiltaka, eit fylt merke restrisikoen etter dei.',
    risk: 'Risiko',
    dpo: 'Rådet frå personvernombodet (art. 35 nr. 2)',
    given: (by: string, on: string) => `Gjeve ${on}${by ? ` av ${by}` : ''}.`,
    noAdvice: 'Rådet frå personvernombodet er ikkje henta inn enno.',
    reason: 'Grunngjeving',
    views: 'Synspunkta til dei registrerte (art. 35 nr. 9)',
    sought: 'Synspunkta er henta inn.',
    notSought: 'Synspunkta er ikkje henta inn.',
    prior: 'Førehandsdrøfting med Datatilsynet (art. 36)',
    priorNeeded: (risks: string) =>
      `Restrisikoen er høg for ${risks}. Datatilsynet skal rådspørjast før behandlinga startar (art. 36 nr. 1).`,
    priorNotNeeded: 'Ingen restrisiko er vurdert som høg, så førehandsdrøfting med Datatilsynet er ikkje naudsynt.',
    priorOpen: 'Restrisikoen er ikkje ferdig vurdert.',
    sent: (on: string, ref: string) => `Sendt til Datatilsynet ${on}${ref ? ` (referanse ${ref})` : ''}.`,
    decision: 'Avgjerd og godkjenning',
    noDecision: 'Avgjerda er ikkje teken enno.',
    draft: 'Vurderinga er eit utkast og er ikkje godkjend.',
    and: 'og',
  },
} as const

function heading(level: 1 | 2, value: string): Block {
  return { type: 'heading', level, runs: [text(value)], source: {} }
}

/** Paragraphs of a text, split at blank lines; nothing for an empty text. */
function paragraphs(value: string): Block[] {
  return value
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => paragraph([text(p)]))
}

function loc(t: LocalizedText, lang: Lang): string {
  return lang === 'nn' && t.nn.trim() !== '' ? t.nn : t.nb
}

function stepText(s: ScaleStep | null, labels: typeof LIKELIHOOD_LABELS, lang: Lang): string {
  return s === null ? W[lang].notAssessed : `${String(s)} ${labels[s][lang].toLowerCase()}`
}

function levelText(l: ScaleStep | null, s: ScaleStep | null, lang: Lang): string {
  const level = riskLevel(l, s)
  return level === null ? W[lang].notAssessed : RISK_LEVEL_LABELS[level][lang]
}

function riskBlocks(kind: RiskKind, r: DpiaRisk, lang: Lang): Block[] {
  const w = W[lang]
  const items = (values: readonly LocalizedText[]): Runs => [text(values.length > 0 ? values.map((v) => loc(v, lang)).join('\n') : w.none)]
  const rows: Runs[][] = [
    [[bold(w.sources)], items(r.sources)],
    [[bold(w.threats)], items(r.threats)],
    [[bold(w.impacts)], items(r.impacts)],
    [[bold(`${w.likelihood}, ${w.before.toLowerCase()}`)], [text(stepText(r.likelihood, LIKELIHOOD_LABELS, lang))]],
    [[bold(`${w.severity}, ${w.before.toLowerCase()}`)], [text(stepText(r.severity, SEVERITY_LABELS, lang))]],
    [[bold(`${w.level}, ${w.before.toLowerCase()}`)], [text(levelText(r.likelihood, r.severity, lang))]],
  ]
  const blocks: Block[] = [heading(2, RISK_KIND_INFO[kind].label[lang]), table([[text(w.risk)], [text(RISK_KIND_INFO[kind].help[lang])]], rows)]
  blocks.push(paragraph([bold(w.measures)]))
  blocks.push(
    r.measures.length === 0
      ? paragraph([text(w.noMeasures)])
      : table(
          [[text(w.measure)], [text(w.status)], [text(w.due)], [text(w.owner)]],
          r.measures.map((m) => [
            [text(loc(m.text, lang))],
            [text(MEASURE_STATUS_LABELS[m.status][lang])],
            [text(m.due ? formatLongDate(m.due, lang) : '–')],
            [text(m.owner || '–')],
          ]),
        ),
  )
  blocks.push(
    table(
      [[text(w.after)], [text('')]],
      [
        [[bold(w.likelihood)], [text(stepText(r.residual.likelihood, LIKELIHOOD_LABELS, lang))]],
        [[bold(w.severity)], [text(stepText(r.residual.severity, SEVERITY_LABELS, lang))]],
        [[bold(w.level)], [text(levelText(r.residual.likelihood, r.residual.severity, lang))]],
      ],
    ),
  )
  return blocks
}

/** The names of the activities assessed, in the order of the DPIA. */
export interface DpiaDocContext {
  company: string
  activityNames: ReadonlyMap<string, string>
  /** The version number revised, when `revisionOf` is set. */
  revisedVersion?: number
}

/** The document of one DPIA version. Its date is the sign-off date, or the last change of a draft. */
export function composeDpiaDoc(d: Dpia, ctx: DpiaDocContext, lang: Lang): PolicyDoc {
  const w = W[lang]
  const blocks: Block[] = []
  const names = d.activityIds.map((id) => ctx.activityNames.get(id) ?? id)
  const status = d.signOff ? w.approved(d.signOff.by, formatLongDate(d.signOff.on, lang)) : DPIA_STATUS_LABELS[d.status][lang]
  const about: Runs[][] = [
    [[bold(w.activities)], [text(names.join('\n'))]],
    [[bold(w.version)], [text(String(d.version))]],
    [[bold(w.status)], [text(status)]],
  ]
  if (d.revisionOf !== null && ctx.revisedVersion !== undefined) about.push([[bold(w.revisionOf)], [text(`${w.version.toLowerCase()} ${String(ctx.revisedVersion)}`)]])
  blocks.push(heading(1, w.about), table([[text(w.about)], [text('')]], about, d.activityIds))
  if (!d.signOff) blocks.push(paragraph([text(w.draft)]))

  blocks.push(heading(1, w.description))
  for (const part of ['nature', 'scope', 'context', 'purposes'] as const) {
    blocks.push(heading(2, w.parts[part]), ...orNone(paragraphs(loc(d.description[part], lang)), w.none))
  }

  blocks.push(heading(1, w.necessity))
  for (const p of NECESSITY_POINTS) {
    blocks.push(heading(2, `${NECESSITY[p].label[lang]} (${NECESSITY[p].article})`), ...orNone(paragraphs(loc(d.necessity[p], lang)), w.none))
  }

  blocks.push(heading(1, w.risks))
  for (const k of RISK_KINDS) blocks.push(...riskBlocks(k, d.risks[k], lang))
  blocks.push(heading(2, w.map), paragraph([text(w.mapCaption)]))
  blocks.push(
    table(
      [[text(w.risk)], [text(w.before)], [text(w.after)]],
      RISK_KINDS.map((k) => {
        const r = d.risks[k]
        return [
          [text(RISK_KIND_INFO[k].label[lang])],
          [text(levelText(r.likelihood, r.severity, lang))],
          [text(levelText(r.residual.likelihood, r.residual.severity, lang))],
        ]
      }),
    ),
  )

  blocks.push(heading(1, w.dpo))
  if (d.dpoAdvice.givenOn === null) blocks.push(paragraph([text(w.noAdvice)]))
  else {
    blocks.push(paragraph([text(w.given(d.dpoAdvice.by, formatLongDate(d.dpoAdvice.givenOn, lang)))]), ...paragraphs(loc(d.dpoAdvice.advice, lang)))
    if (d.dpoAdvice.followed) blocks.push(paragraph([bold(DPO_FOLLOWED_LABELS[d.dpoAdvice.followed][lang])]))
    const reason = loc(d.dpoAdvice.reason, lang)
    if (reason.trim()) blocks.push(paragraph([bold(`${w.reason}: `), text(reason)]))
  }

  blocks.push(heading(1, w.views), paragraph([text(d.subjectViews.sought ? w.sought : w.notSought)]), ...paragraphs(loc(d.subjectViews.summary, lang)))

  blocks.push(heading(1, w.prior))
  const high = highResidualRisks(d)
  const assessed = RISK_KINDS.every((k) => riskLevel(d.risks[k].residual.likelihood, d.risks[k].residual.severity) !== null)
  if (high.length > 0) {
    const names = high.map((k) => RISK_KIND_INFO[k].label[lang].toLowerCase())
    const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} ${w.and} ${names.at(-1) ?? ''}` : names.join('')
    blocks.push(paragraph([text(w.priorNeeded(joined))]))
  } else blocks.push(paragraph([text(assessed ? w.priorNotNeeded : w.priorOpen)]))
  if (d.priorConsultation.sentOn) {
    blocks.push(paragraph([text(w.sent(formatLongDate(d.priorConsultation.sentOn, lang), d.priorConsultation.reference))]), ...paragraphs(loc(d.priorConsultation.outcome, lang)))
  }

  blocks.push(heading(1, w.decision))
  if (d.decision.outcome === null) blocks.push(paragraph([text(w.noDecision)]))
  else blocks.push(paragraph([bold(DPIA_DECISION_LABELS[d.decision.outcome][lang])]), ...paragraphs(loc(d.decision.reasoning, lang)))
  blocks.push(paragraph([text(status)]))

  return {
    lang,
    title: `${w.title}: ${d.title}`,
    company: ctx.company,
    updated: d.signOff?.on ?? osloDate(d.updatedAt),
    blocks,
  }
}

function orNone(blocks: Block[], none: string): Block[] {
  return blocks.length > 0 ? blocks : [paragraph([text(none)])]
}


const MAP_ALT = {
  nb: 'Risikokart: de tre risikoene plassert etter sannsynlighet og alvorlighet, før og etter tiltakene.',
  nn: 'Risikokart: dei tre risikoane plasserte etter sannsyn og alvor, før og etter tiltaka.',
} as const

/**
 * The DPIA as a document of the one document model, ready for the renderer: the composed
 * document with the risk map as a picture (PNG, with the SVG for Word) under its heading,
 * the caption with the words under the picture.
 */
export function dpiaDocument(d: Dpia, ctx: DpiaDocContext, lang: Lang): DocumentModel {
  const model = policyDocument(composeDpiaDoc(d, ctx, lang))
  const caption = W[lang].mapCaption
  const at = model.blocks.findIndex((b) => b.type === 'paragraph' && b.runs.length === 1 && b.runs[0]?.text === caption)
  // The caption is always composed; not finding it is a bug in this file, not the user's doing.
  if (at < 0) throw new Error('Risikokartets bildetekst mangler i DPIA-dokumentet.')
  const picture: DocumentBlock = {
    type: 'image',
    png: riskMapPng(d),
    svg: riskMapSvg(d, lang),
    width: RISK_MAP_SIZE.width,
    height: RISK_MAP_SIZE.height,
    alt: MAP_ALT[lang],
  }
  // Before its caption: the heading (kept with the next paragraph) and the picture stay on one page.
  return { ...model, blocks: [...model.blocks.slice(0, at), picture, ...model.blocks.slice(at)] }
}
