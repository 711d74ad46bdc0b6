/**
 * The protokoll as a Word document for Datatilsynet, a document of the one document model
 * (shared/document): a cover page, a table of contents of links, the controller and the DPO,
 * the activities under a heading per functional area, each with every item of
 * art. 30(1)(a)–(g) as a two-column table named by its activity on every page it runs over,
 * and an art. 30(2) part for the activities where the company is a processor. Bokmål, nb-NO.
 */
import { isTransferInUse } from '../model/transfer'
import { renderDocx } from '../document/docx'
import {
  fieldTable,
  heading,
  para,
  type DocumentBlock,
  type DocumentModel,
  type FieldRow,
} from '../document/model'
import { ART6, ART9 } from '../law/legal-bases'
import type { ProcessingActivity } from '../model/activity'
import type { FlatActivity } from '../model/activity-flat'
import type { Processor } from '../model/processor'
import { DPIA_LABELS, formatSources, SPECIAL_MARK, STATUS_LABELS } from './cell-format'
import { transferSafeguard } from './links-format'
import {
  exportDate,
  flatFor,
  formatLongNorwegianDate,
  formatNorwegianDate,
  organizationFacts,
  DRAFT_MARK,
  selectActivities,
  type RopaExportOptions,
  type RopaSource,
} from './ropa-data'

export type RopaDocxOptions = RopaExportOptions
export type { FieldRow }

// A large record repeats a few dates thousands of times, and formatting one makes an Intl.DateTimeFormat.
const DATE_CACHE_SIZE = 1000
const dateTexts = new Map<string, string>()

function dateText(date: string): string {
  let text = dateTexts.get(date)
  if (text === undefined) {
    if (dateTexts.size >= DATE_CACHE_SIZE) dateTexts.clear()
    text = formatNorwegianDate(date)
    dateTexts.set(date, text)
  }
  return text
}

function legalBasisLines(a: FlatActivity): string[] {
  return a.legalBases.map((b) => {
    const info = ART6[b.basis]
    const law = b.law.trim().replace(/\s*\n\s*/g, ' ')
    const interest = b.interest.trim().replace(/\s*\n\s*/g, ' ')
    // The text the basis needs (the law, or the interest) follows the colon; any other text goes in parentheses.
    const [main, other] =
      info.needs === 'interest'
        ? [interest, law && `hjemmel: ${law}`]
        : [law, interest && `interesse: ${interest}`]
    const text = [main, other && (main ? `(${other})` : other)].filter((s) => s !== '').join(' ')
    return `${info.label.nb} (${info.article.nb})${text ? `: ${text}` : ''}`
  })
}

function specialLines(a: FlatActivity): string[] {
  const out: string[] = []
  if (a.specialCategories.length > 0)
    out.push(`Særlige kategorier: ${a.specialCategories.join(', ')}`)
  for (const b of a.art9Bases) out.push(`Grunnlag: ${ART9[b].label.nb} (${ART9[b].article.nb})`)
  if (a.art9Detail.trim() !== '') out.push(`Hjemmel: ${a.art9Detail.trim()}`)
  if (a.criminalData) {
    out.push(
      `Opplysninger om straffedommer og lovovertredelser (art. 10)${a.criminalDataBasis.trim() !== '' ? `: ${a.criminalDataBasis.trim()}` : ''}`,
    )
  }
  return out
}

function processorLines(ids: readonly string[], processors: readonly Processor[]): string[] {
  return ids.flatMap((id) => {
    const p = processors.find((x) => x.id === id)
    if (!p) return []
    const agreement = p.agreement.signedOn
      ? `databehandleravtale signert ${dateText(p.agreement.signedOn)}`
      : 'databehandleravtale mangler'
    return [`${p.name} (${agreement})`]
  })
}

function transferLines(a: ProcessingActivity, src: RopaSource): string[] {
  return a.transferIds.flatMap((id) => {
    const t = src.transfers.find((x) => x.id === id && isTransferInUse(x))
    return t ? [transferSafeguard(t)] : []
  })
}

function retentionText(a: ProcessingActivity): string {
  return a.retention
    .map((r) => [r.period.nb.trim(), r.basis.nb.trim() !== '' ? `Grunnlag: ${r.basis.nb.trim()}` : ''].filter((s) => s !== '').join('\n'))
    .join('\n')
}

/** One line per purpose with exactly the basis that covers it. */
function purposeLines(a: ProcessingActivity): string[] {
  return a.purposes.map((p) => {
    const basis = p.basis ? `${ART6[p.basis].label.nb} (${ART6[p.basis].article.nb})` : 'behandlingsgrunnlag ikke valgt'
    return `${p.text.nb.trim() || 'Formål ikke angitt'} – ${basis}`
  })
}

function dpiaText(a: ProcessingActivity): string {
  const label =
    a.dpia.needed === 'yes'
      ? 'Ja, behandlingen kan innebære høy risiko'
      : a.dpia.needed === 'no'
        ? 'Nei'
        : DPIA_LABELS.unknown
  return a.dpia.doneOn
    ? `${label}. Vurdering av personvernkonsekvenser (DPIA) gjennomført ${dateText(a.dpia.doneOn)}.`
    : label
}

function statusText(a: ProcessingActivity): string {
  return `${STATUS_LABELS[a.status]}${a.lastReviewed ? `, sist gjennomgått ${dateText(a.lastReviewed)}` : ', ikke gjennomgått'}`
}

/** The art. 30(1) items of one activity where the company is the controller, in the order of the document. */
export function controllerRows(a: ProcessingActivity, src: RopaSource): FieldRow[] {
  const flat = flatFor(a, src)
  const rows: FieldRow[] = []
  if (a.description.trim() !== '') rows.push({ label: 'Beskrivelse', content: a.description })
  rows.push(
    { label: 'Intern ansvarlig (avdeling)', content: a.owner },
    { label: 'Funksjonsområde', content: a.area },
    { label: 'Formål med behandlingen', article: 'art. 30 nr. 1 bokstav b', content: purposeLines(a) },
    { label: 'Behandlingsgrunnlag', article: 'art. 6 nr. 1', content: legalBasisLines(flat) },
    {
      label: 'Særlige kategorier og straffedommer',
      article: 'art. 9 og art. 10',
      content: specialLines(flat),
      empty: 'Ingen',
    },
    {
      label: 'Kategorier av registrerte',
      article: 'art. 30 nr. 1 bokstav c',
      content: flat.dataSubjects,
    },
    {
      label: 'Kategorier av personopplysninger',
      article: 'art. 30 nr. 1 bokstav c',
      content: [...flat.dataCategories, ...flat.specialCategories.map((s) => `${s} (${SPECIAL_MARK})`)],
    },
    {
      label: 'Kilde',
      content: formatSources(flat.sources)
        .split('\n')
        .filter((s) => s !== ''),
    },
    {
      label: 'Mottakere',
      article: 'art. 30 nr. 1 bokstav d',
      content: flat.recipients,
      empty: 'Ingen utlevering registrert',
    },
    {
      label: 'Databehandlere',
      article: 'art. 28',
      content: processorLines(a.processorIds, src.processors),
      empty: 'Ingen',
    },
    {
      label: 'Felles behandlingsansvarlig',
      article: 'art. 30 nr. 1 bokstav a',
      content: a.jointController,
      empty: 'Ingen',
    },
    {
      label: 'Overføring til tredjeland',
      article: 'art. 30 nr. 1 bokstav e',
      content: transferLines(a, src),
      empty: 'Ingen overføring til land utenfor EØS',
    },
    { label: 'Sletting', article: 'art. 30 nr. 1 bokstav f', content: retentionText(a) },
    {
      label: 'Sikkerhetstiltak',
      article: 'art. 30 nr. 1 bokstav g og art. 32',
      content: a.securityMeasures,
    },
    { label: 'System', content: a.systems },
    { label: 'Høy risiko – DPIA', article: 'art. 35', content: dpiaText(a) },
    { label: 'Status', content: statusText(a) },
  )
  return rows
}

/** The art. 30(2) items of one activity where the company is a processor. */
export function processorActivityRows(a: ProcessingActivity, src: RopaSource): FieldRow[] {
  return [
    { label: 'Behandlingsansvarlig', article: 'art. 30 nr. 2 bokstav a', content: a.onBehalfOf },
    {
      label: 'Kategorier av behandling',
      article: 'art. 30 nr. 2 bokstav b',
      content: a.description.trim() !== '' ? `${a.name}\n${a.description}` : a.name,
    },
    {
      label: 'Underdatabehandlere',
      article: 'art. 30 nr. 2 bokstav a',
      content: processorLines(a.processorIds, src.processors),
      empty: 'Ingen',
    },
    {
      label: 'Overføring til tredjeland',
      article: 'art. 30 nr. 2 bokstav c',
      content: transferLines(a, src),
      empty: 'Ingen overføring til land utenfor EØS',
    },
    {
      label: 'Sikkerhetstiltak',
      article: 'art. 30 nr. 2 bokstav d og art. 32',
      content: a.securityMeasures,
    },
    { label: 'Intern ansvarlig (avdeling)', content: a.owner },
    { label: 'Status', content: statusText(a) },
  ]
}

/** «, av dem 1 utkast» when drafts are listed: the scope says how much is not yet in use. */
function draftsNote(activities: readonly ProcessingActivity[]): string {
  const drafts = activities.filter((a) => a.status === 'draft').length
  return drafts === 0 ? '' : `, av dem ${drafts} utkast (merket «${DRAFT_MARK}»)`
}

function countText(n: number): string {
  return n === 1 ? '1 behandlingsaktivitet' : `${n} behandlingsaktiviteter`
}

/** The activities under a heading per functional area, each a field table named by its activity. */
function byArea(
  activities: readonly ProcessingActivity[],
  rows: (a: ProcessingActivity) => FieldRow[],
): DocumentBlock[] {
  const blocks: DocumentBlock[] = []
  let area: string | null = null
  for (const a of activities) {
    const name = a.area.trim() === '' ? 'Uten funksjonsområde' : a.area.trim()
    if (name !== area) {
      blocks.push(heading(2, name))
      area = name
    }
    if (a.status === 'draft') {
      // A draft is named «Utkast» with a line saying what that means.
      blocks.push(fieldTable(rows(a), `${DRAFT_MARK}: ${a.name}`, 3))
      blocks.push(
        para(
          `${DRAFT_MARK}. Behandlingen er ikke besluttet eller tatt i bruk, og opplysningene kan være ufullstendige.`,
          { italic: true },
        ),
      )
    } else blocks.push(fieldTable(rows(a), a.name, 3))
  }
  return blocks
}

/** The protokoll as a document of the one document model. */
export function ropaDocument(src: RopaSource, opts: RopaDocxOptions = {}): DocumentModel {
  const now = exportDate(opts.now)
  const org = src.organization
  const orgName = org?.name ?? 'Virksomheten'
  const controller = selectActivities(src, 'controller', opts)
  const processor = selectActivities(src, 'processor', opts)
  const title = 'Protokoll over behandlingsaktiviteter'
  const facts = organizationFacts(org)
  const blocks: DocumentBlock[] = [
    {
      type: 'cover',
      title,
      subtitle: 'etter personvernforordningen (GDPR) artikkel 30',
      name: orgName,
      // Only what identifies the document: the controller's contacts follow on their own page.
      facts: [
        ...facts.filter((f) => f.label === 'Organisasjonsnummer'),
        { label: 'Dato', value: formatLongNorwegianDate(now) },
        {
          label: 'Omfang',
          value: `${countText(controller.length)} som behandlingsansvarlig, ${countText(processor.length)} som databehandler${draftsNote([...controller, ...processor])}`,
        },
      ],
      note: 'Protokollen føres skriftlig etter personvernforordningen artikkel 30 og gjøres tilgjengelig for Datatilsynet på forespørsel (artikkel 30 nr. 4).',
    },
    { type: 'contents', title: 'Innhold', levels: 3 },
    heading(1, 'Behandlingsansvarlig og personvernombud'),
    para(
      'Navn og kontaktopplysninger til den behandlingsansvarlige og personvernombudet (artikkel 30 nr. 1 bokstav a). Felles behandlingsansvarlige står ved hver behandlingsaktivitet.',
    ),
    fieldTable(facts.map((f) => ({ label: f.label, content: f.value }))),
    heading(1, 'Behandlingsaktiviteter som behandlingsansvarlig'),
    para(
      controller.length === 0
        ? 'Ingen behandlingsaktiviteter er registrert.'
        : `Artikkel 30 nr. 1: ${countText(controller.length)} der ${orgName} er behandlingsansvarlig, ordnet etter funksjonsområde.`,
    ),
    ...byArea(controller, (a) => controllerRows(a, src)),
    heading(1, 'Behandlingsaktiviteter som databehandler'),
    para(
      processor.length === 0
        ? `${orgName} har ikke registrert behandlinger som databehandler for andre behandlingsansvarlige.`
        : `Artikkel 30 nr. 2: ${countText(processor.length)} der ${orgName} behandler personopplysninger på vegne av andre behandlingsansvarlige, ordnet etter funksjonsområde. Databehandlerens navn, kontaktopplysninger og personvernombud står i første del av protokollen.`,
    ),
    ...byArea(processor, (a) => processorActivityRows(a, src)),
  ]
  return {
    lang: 'nb',
    title: `${title} – ${orgName}`,
    subject: 'Protokoll etter personvernforordningen artikkel 30',
    keywords: 'protokoll, behandlingsaktiviteter, GDPR artikkel 30, personvern',
    description: `${title} for ${orgName}, eksportert ${formatNorwegianDate(now)}.`,
    company: org?.name ?? '',
    revisionDate: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    runningHeader: `${title} – ${orgName}`,
    coverPage: true,
    blocks,
  }
}

/**
 * The protokoll as .docx: a cover page, a table of contents whose entries link to their
 * headings, the controller and the DPO, and the activities by functional area, each with
 * every item of art. 30(1)(a)–(g) (or 30(2)) as a two-column table. Archived activities are
 * left out unless `includeArchived`. Resolves to the bytes of the document.
 */
export async function exportRopaDocx(src: RopaSource, opts: RopaDocxOptions = {}): Promise<Uint8Array> {
  return Promise.resolve(renderDocx(ropaDocument(src, opts)))
}
