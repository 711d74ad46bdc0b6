/**
 * The first text of a DPIA, drawn from the record: the systematic description and the
 * points of necessity and proportionality, in bokmål and nynorsk. Only facts from the
 * record go in, each said as the record says it, for the DPO to edit and assess; nothing is
 * concluded on the DPO's behalf. Record texts are inserted as they are (in bokmål until the
 * record keeps nynorsk texts too).
 *
 * Every read of the activity record is in `facts`, so a change of the record model is a
 * change of that one function.
 */
import { isTransferInUse } from '../model/transfer'
import { ART6, ART9 } from '../law/legal-bases'
import { countryName } from '../law/countries'
import { MECHANISM_INFO } from '../law/transfer-mechanisms'
import type { NecessityPoint } from '../law/dpia-method'
import type { ProcessingActivity } from '../model/activity'
import { flattenActivity } from '../model/activity-flat'
import type { DataSource } from '../model/source'
import type { Lang, LocalizedText } from '../model/common'
import type { Dpia } from '../model/dpia'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'
import { formatLongDate } from '../policy/format'

/** What the prefill reads from the workbench. */
export interface PrefillSource {
  activities: readonly ProcessingActivity[]
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  /** The shared list of named sources; without it the facts name no third-party source. */
  sources?: readonly DataSource[]
}

interface Facts {
  name: string
  description: string
  systems: string[]
  purposes: string[]
  bases: { label: LocalizedText; detail: string }[]
  art9: LocalizedText[]
  art9Detail: string
  criminal: string | null
  subjects: string[]
  external: boolean
  categories: string[]
  special: string[]
  sources: string[]
  recipients: string[]
  retention: { period: string; basis: string }
  automated: { used: boolean; profiling: boolean; logic: string; consequences: string }
  basisCodes: string[]
  processors: Processor[]
  transfers: Transfer[]
}

function facts(activity: ProcessingActivity, src: PrefillSource): Facts {
  const a = flattenActivity(activity, new Map((src.sources ?? []).map((s) => [s.id, s])))
  return {
    name: a.name,
    description: a.description,
    systems: a.systems,
    purposes: a.purposes,
    bases: a.legalBases.map((b) => ({ label: ART6[b.basis].label, detail: b.basis === 'legitimate-interests' ? b.interest : b.law })),
    art9: a.art9Bases.map((b) => ART9[b].label),
    art9Detail: a.art9Detail,
    criminal: a.criminalData ? a.criminalDataBasis : null,
    subjects: a.dataSubjects,
    external: a.externalSubjects,
    categories: a.dataCategories,
    special: a.specialCategories,
    sources: a.sources.map((s) => s.name),
    recipients: a.recipients,
    retention: a.retention,
    automated: a.automatedDecisions,
    basisCodes: a.legalBases.map((b) => b.basis),
    processors: a.processorIds.flatMap((id) => src.processors.filter((p) => p.id === id)),
    transfers: a.transferIds.flatMap((id) => src.transfers.filter((t) => t.id === id && isTransferInUse(t))),
  }
}

const W = {
  nb: {
    systems: 'Systemer',
    purposes: 'Formål',
    subjects: 'Registrerte',
    categories: 'Personopplysninger',
    special: 'Særlige kategorier',
    criminal: 'Opplysninger om straffedommer og lovovertredelser',
    sources: 'Opplysningene kommer fra',
    recipients: 'Mottakere',
    external: 'Behandlingen gjelder personer utenfor virksomheten.',
    internal: 'Behandlingen gjelder bare personer i virksomheten.',
    profiling: 'Behandlingen omfatter profilering.',
    automated: 'Behandlingen omfatter automatiserte avgjørelser.',
    logic: 'Logikken',
    consequences: 'Konsekvensene for den registrerte',
    basis: 'Behandlingsgrunnlag',
    art9: 'Grunnlag for særlige kategorier',
    retention: 'Lagringstid',
    retentionBasis: 'Begrunnelse',
    noRetention: 'Protokollen angir ingen lagringstid.',
    noSources: 'Protokollen angir ingen kilder.',
    info: 'Behandlingen gjelder personer utenfor virksomheten, som skal informeres etter art. 13 og 14, i personvernerklæringen eller på annen måte.',
    infoInternal: 'Behandlingen gjelder personer i virksomheten, som skal informeres etter art. 13 og 14, for eksempel i personalhåndboken.',
    rightsAll:
      'Retten til innsyn (art. 15), retting (art. 16) og begrensning av behandlingen (art. 18) gjelder. Retten til sletting (art. 17) gjelder med unntakene i art. 17 nr. 3, for eksempel når opplysningene må lagres etter lov.',
    portability: 'Behandlingen bygger på samtykke eller avtale, så retten til dataportabilitet (art. 20) gjelder for opplysninger den registrerte selv har gitt, når behandlingen skjer automatisert.',
    objection: 'Retten til å protestere av grunner knyttet til den registrertes særlige situasjon (art. 21 nr. 1) gjelder, fordi behandlingen bygger på berettiget interesse eller allmennhetens interesse.',
    withdraw: 'Samtykket kan trekkes tilbake når som helst, like enkelt som det ble gitt (art. 7 nr. 3).',
    agreementSigned: (date: string) => `databehandleravtale signert ${date}`,
    agreementMissing: 'ingen signert databehandleravtale i protokollen',
    noProcessors: 'Protokollen angir ingen databehandlere for behandlingen.',
    noTransfers: 'Protokollen viser ingen overføring til land utenfor EØS for behandlingen.',
    tia: (date: string) => `vurdering av overføringen (TIA) ${date}`,
  },
  nn: {
    systems: 'System',
    purposes: 'Formål',
    subjects: 'Registrerte',
    categories: 'Personopplysningar',
    special: 'Særlege kategoriar',
    criminal: 'Opplysningar om straffedomar og lovbrot',
    sources: 'Opplysningane kjem frå',
    recipients: 'Mottakarar',
    external: 'Behandlinga gjeld personar utanfor verksemda.',
    internal: 'Behandlinga gjeld berre personar i verksemda.',
    profiling: 'Behandlinga omfattar profilering.',
    automated: 'Behandlinga omfattar automatiserte avgjerder.',
    logic: 'Logikken',
    consequences: 'Konsekvensane for den registrerte',
    basis: 'Behandlingsgrunnlag',
    art9: 'Grunnlag for særlege kategoriar',
    retention: 'Lagringstid',
    retentionBasis: 'Grunngjeving',
    noRetention: 'Protokollen gjev inga lagringstid.',
    noSources: 'Protokollen gjev ingen kjelder.',
    info: 'Behandlinga gjeld personar utanfor verksemda, som skal informerast etter art. 13 og 14, i personvernerklæringa eller på anna vis.',
    infoInternal: 'Behandlinga gjeld personar i verksemda, som skal informerast etter art. 13 og 14, til dømes i personalhandboka.',
    rightsAll:
      'Retten til innsyn (art. 15), retting (art. 16) og avgrensing av behandlinga (art. 18) gjeld. Retten til sletting (art. 17) gjeld med unntaka i art. 17 nr. 3, til dømes når opplysningane må lagrast etter lov.',
    portability: 'Behandlinga byggjer på samtykke eller avtale, så retten til dataportabilitet (art. 20) gjeld for opplysningar den registrerte sjølv har gjeve, når behandlinga skjer automatisert.',
    objection: 'Retten til å protestere av grunnar knytte til den særlege situasjonen til den registrerte (art. 21 nr. 1) gjeld, fordi behandlinga byggjer på berettiga interesse eller allmenta si interesse.',
    withdraw: 'Samtykket kan trekkjast tilbake når som helst, like enkelt som det vart gjeve (art. 7 nr. 3).',
    agreementSigned: (date: string) => `databehandlaravtale signert ${date}`,
    agreementMissing: 'ingen signert databehandlaravtale i protokollen',
    noProcessors: 'Protokollen gjev ingen databehandlarar for behandlinga.',
    noTransfers: 'Protokollen viser inga overføring til land utanfor EØS for behandlinga.',
    tia: (date: string) => `vurdering av overføringa (TIA) ${date}`,
  },
} as const

type Words = (typeof W)[Lang]

function line(label: string, values: readonly string[]): string | null {
  return values.length > 0 ? `${label}: ${values.join('; ')}.` : null
}

function sentences(parts: readonly (string | null | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim() !== '').join(' ')
}

type Part = 'nature' | 'scope' | 'context' | 'purposes'

function describe(f: Facts, part: Part, w: Words): string {
  switch (part) {
    case 'nature':
      return sentences([f.description, line(w.systems, f.systems)])
    case 'scope':
      return sentences([
        line(w.subjects, f.subjects),
        line(w.categories, f.categories),
        line(w.special, f.special),
        f.criminal !== null && `${w.criminal}: ${f.criminal || '–'}.`,
      ])
    case 'context':
      return sentences([
        f.external ? w.external : w.internal,
        line(w.sources, f.sources),
        line(w.recipients, f.recipients),
        f.automated.used && w.automated,
        f.automated.profiling && w.profiling,
        (f.automated.used || f.automated.profiling) && f.automated.logic && `${w.logic}: ${f.automated.logic}`,
        (f.automated.used || f.automated.profiling) && f.automated.consequences && `${w.consequences}: ${f.automated.consequences}`,
      ])
    case 'purposes':
      return sentences([line(w.purposes, f.purposes)])
  }
}

function necessity(f: Facts, point: NecessityPoint, lang: Lang): string {
  const w = W[lang]
  switch (point) {
    case 'purposes-bases':
      return sentences([
        line(w.purposes, f.purposes),
        line(
          w.basis,
          f.bases.map((b) => (b.detail ? `${b.label[lang]} (${b.detail})` : b.label[lang])),
        ),
        line(w.art9, f.art9.map((l) => l[lang]).concat(f.art9Detail ? [f.art9Detail] : [])),
      ])
    case 'minimisation':
      return sentences([line(w.categories, f.categories), line(w.special, f.special)])
    case 'accuracy':
      return f.sources.length > 0 ? sentences([line(w.sources, f.sources)]) : w.noSources
    case 'retention':
      return f.retention.period.trim() === ''
        ? w.noRetention
        : sentences([`${w.retention}: ${f.retention.period}.`, f.retention.basis && `${w.retentionBasis}: ${f.retention.basis}.`])
    case 'information':
      return f.external ? w.info : w.infoInternal
    case 'rights':
      return sentences([
        w.rightsAll,
        f.basisCodes.some((b) => b === 'consent' || b === 'contract') && w.portability,
        f.basisCodes.some((b) => b === 'legitimate-interests' || b === 'public-task') && w.objection,
        f.basisCodes.includes('consent') && w.withdraw,
      ])
    case 'processors':
      return f.processors.length === 0
        ? w.noProcessors
        : sentences(
            f.processors.map(
              (p) => `${p.name}: ${p.agreement.signedOn ? w.agreementSigned(formatLongDate(p.agreement.signedOn, lang)) : w.agreementMissing}.`,
            ),
          )
    case 'transfers':
      return f.transfers.length === 0
        ? w.noTransfers
        : sentences(
            f.transfers.map((t) => {
              const tia = t.tiaDate ? `, ${w.tia(formatLongDate(t.tiaDate, lang))}` : ''
              return `${t.recipient} (${countryName(t.country, lang)}): ${MECHANISM_INFO[t.mechanism].label[lang]}, ${MECHANISM_INFO[t.mechanism].article}${tia}.`
            }),
          )
  }
}

/** Joins the text of each activity; with several, each paragraph starts with the activity's name. */
function perActivity(all: readonly Facts[], text: (f: Facts) => string): string {
  const parts = all.map((f) => ({ name: f.name, text: text(f) })).filter((p) => p.text !== '')
  if (parts.length <= 1) return parts[0]?.text ?? ''
  return parts.map((p) => `${p.name}: ${p.text}`).join('\n\n')
}

function both(all: readonly Facts[], text: (f: Facts, lang: Lang) => string): LocalizedText {
  return { nb: perActivity(all, (f) => text(f, 'nb')), nn: perActivity(all, (f) => text(f, 'nn')) }
}

/**
 * The systematic description and the necessity points of a DPIA of `activityIds`, filled
 * from the record. The DPO edits the result; a later prefill never overwrites it unless the
 * interface asks, field by field.
 */
export function prefillDpia(activityIds: readonly string[], src: PrefillSource): Pick<Dpia, 'description' | 'necessity'> {
  const all = activityIds.flatMap((id) => src.activities.filter((a) => a.id === id)).map((a) => facts(a, src))
  const part = (p: Part): LocalizedText => both(all, (f, lang) => describe(f, p, W[lang]))
  const point = (p: NecessityPoint): LocalizedText => both(all, (f, lang) => necessity(f, p, lang))
  return {
    description: { nature: part('nature'), scope: part('scope'), context: part('context'), purposes: part('purposes') },
    necessity: {
      'purposes-bases': point('purposes-bases'),
      minimisation: point('minimisation'),
      accuracy: point('accuracy'),
      retention: point('retention'),
      information: point('information'),
      rights: point('rights'),
      processors: point('processors'),
      transfers: point('transfers'),
    },
  }
}
