/**
 * The audit pack's own documents, made with the one document model and renderer
 * (shared/document): the cover letter (følgebrev) to Datatilsynet, the summary of the
 * request log, and a routine written in Ombud. All in bokmål, like the protokoll.
 */
import type { DocumentBlock, DocumentModel } from '../document/model'
import { fieldTable, heading, para } from '../document/model'
import { renderDocx } from '../document/docx'
import type { DataSubjectRequest } from '../model/data-subject-request'
import { REQUEST_TYPES } from '../model/data-subject-request'
import type { Organization } from '../model/organization'
import { formatOrgNumber } from '../model/org-number'
import type { Routine } from '../model/routine'
import { list, parsePlainText, table, text } from '../policy/blocks'
import { formatLongDate } from '../policy/format'
import { REQUEST_TYPE_LABELS, ROUTINE_KIND_LABELS } from '../registers/labels'
import { summarizeRequests } from '../registers/register-summary'

/** One line of the cover letter's list of contents. */
export interface CoverLetterEntry {
  /** The numbered folder, e.g. «01 Protokoll». */
  folder: string
  /** The file inside it. */
  file: string
  /** What the document is. */
  description: string
  /** Its version or the date it speaks of, e.g. «Versjon 2, godkjent 3. mars 2026». */
  version: string
}

export interface CoverLetterInput {
  organization: Organization | null
  /** The day of the pack, `YYYY-MM-DD`. */
  today: string
  entries: readonly CoverLetterEntry[]
  /** Documents the pack should hold but cannot. */
  missing: readonly string[]
  /** Remarks on the contents (attachments that could not be found, …). */
  notes: readonly string[]
}

function longDate(day: string): string {
  return formatLongDate(day, 'nb')
}

function nonEmpty(parts: readonly string[], sep: string): string {
  return parts.filter((p) => p.trim() !== '').join(sep)
}

/**
 * The cover letter as a document: who sends the pack (the organisation and its DPO), the
 * date, and the contents, folder by folder, with the version or date of each document.
 */
export function coverLetterDocument(input: CoverLetterInput): DocumentModel {
  const org = input.organization
  const name = org?.name ?? 'Virksomheten'
  const dpo = org?.dpo ?? null
  const dpoText = dpo && dpo.name.trim() !== '' ? nonEmpty([dpo.name, dpo.email, dpo.phone], '\n') : null
  const rows = [
    { label: 'Virksomhet', content: org ? org.name : 'Ikke registrert i Ombud' },
    ...(org
      ? [
          { label: 'Organisasjonsnummer', content: formatOrgNumber(org.orgNumber) },
          { label: 'Adresse', content: nonEmpty([org.address.street, nonEmpty([org.address.postalCode, org.address.city], ' ')], '\n') || null },
        ]
      : []),
    {
      label: 'Personvernombud',
      article: 'art. 37–39',
      content: dpoText,
      empty: 'Virksomheten har ikke registrert et personvernombud.',
    },
    { label: 'Dato', content: longDate(input.today) },
  ]
  const blocks: DocumentBlock[] = [
    { type: 'title', text: 'Følgebrev til tilsynspakken', subtitle: [text(`${name}, ${longDate(input.today)}`)] },
    fieldTable(rows),
    para(
      `Vedlagt er dokumentasjonen av hvordan ${name} behandler personopplysninger, samlet for Datatilsynet. Dokumentene ligger i nummererte mapper i den rekkefølgen de er listet nedenfor. For hvert dokument står versjonen eller datoen det gjelder.`,
    ),
    heading(1, 'Innhold'),
    table(
      [[text('Mappe')], [text('Dokument')], [text('Versjon eller dato')]],
      input.entries.map((e) => [[text(e.folder)], [text(`${e.file}\n`), { text: e.description, italic: true }], [text(e.version)]]),
    ),
  ]
  if (input.missing.length > 0) {
    blocks.push(heading(1, 'Dokumenter som mangler'), list(input.missing.map((m) => [text(m)]), false))
  }
  if (input.notes.length > 0) {
    blocks.push(heading(1, 'Merknader'), list(input.notes.map((m) => [text(m)]), false))
  }
  blocks.push(
    para(
      dpo && dpo.name.trim() !== ''
        ? 'Spørsmål om dokumentasjonen kan rettes til personvernombudet.'
        : `Spørsmål om dokumentasjonen kan rettes til ${name}.`,
    ),
    para('Med vennlig hilsen'),
    para(dpo && dpo.name.trim() !== '' ? `${dpo.name}\npersonvernombud, ${name}` : name),
  )
  return {
    lang: 'nb',
    title: `Følgebrev til tilsynspakken – ${name}`,
    subject: 'Tilsynspakke for Datatilsynet',
    keywords: 'tilsyn, Datatilsynet, personvern, dokumentasjon',
    company: org?.name ?? '',
    runningHeader: `Følgebrev til tilsynspakken – ${name}`,
    blocks,
  }
}

/** The cover letter as .docx bytes. */
export function coverLetterDocx(input: CoverLetterInput): Uint8Array {
  return renderDocx(coverLetterDocument(input))
}

/**
 * The request log in figures, for Datatilsynet: the requests of each type, and how many
 * were answered within the deadline of art. 12(3). Counts only: no case references, no
 * dates of single requests, nothing about the people who asked.
 */
export function requestSummaryDocument(requests: readonly DataSubjectRequest[], org: Organization | null, today: string): DocumentModel {
  const name = org?.name ?? 'Virksomheten'
  const from = requests.reduce((min, r) => (r.receivedOn < min ? r.receivedOn : min), today)
  const s = summarizeRequests(requests, from, today, today)
  const n = (x: number) => x.toLocaleString('nb-NO')
  const blocks: DocumentBlock[] = [
    { type: 'title', text: 'Krav fra de registrerte: oppsummering av loggen', subtitle: [text(`${name}, per ${longDate(today)}`)] },
    para(
      s.total === 0
        ? 'Loggen har ingen krav fra de registrerte.'
        : `Oppsummeringen gjelder ${n(s.total)} krav mottatt fra ${longDate(from)} til ${longDate(today)}. Den er laget av loggen over krav fra de registrerte (personvernforordningen artikkel 15–22) og inneholder bare tall: ingen navn, saksreferanser eller andre opplysninger om dem som har spurt.`,
    ),
    heading(1, 'Krav etter type'),
    table(
      [[text('Type krav')], [text('Artikkel')], [text('Antall')]],
      [
        ...REQUEST_TYPES.map((t) => [[text(REQUEST_TYPE_LABELS[t].nb)], [text(REQUEST_TYPE_LABELS[t].article)], [text(n(s.byType[t]))]]),
        [[{ text: 'I alt', bold: true }], [text('')], [{ text: n(s.total), bold: true }]],
      ],
    ),
    heading(1, 'Fristene'),
    para(
      'Et krav skal besvares uten ugrunnet opphold og senest én måned etter at det kom inn. Fristen kan forlenges med to måneder når det er nødvendig, og den som spør, skal da få vite det med begrunnelse innen én måned (artikkel 12 nr. 3).',
    ),
    table(
      [[text('Status')], [text('Antall')]],
      [
        [[text('Besvart innen fristen')], [text(n(s.answeredInTime))]],
        [[text('Besvart etter fristen')], [text(n(s.answeredLate))]],
        [[text('Ikke besvart, fristen løper')], [text(n(s.open))]],
        [[text('Ikke besvart, fristen er ute')], [text(n(s.overdue))]],
        [[text('Trukket tilbake')], [text(n(s.withdrawn))]],
        [[text('Herav med forlenget frist')], [text(n(s.extended))]],
      ],
    ),
  ]
  return {
    lang: 'nb',
    title: `Krav fra de registrerte: oppsummering – ${name}`,
    company: org?.name ?? '',
    blocks,
  }
}

/** The summary of the request log as .docx bytes. */
export function requestSummaryDocx(requests: readonly DataSubjectRequest[], org: Organization | null, today: string): Uint8Array {
  return renderDocx(requestSummaryDocument(requests, org, today))
}

/** A routine written in Ombud, as a document in the language it is written in (bokmål first). */
export function routineDocument(r: Routine & { content: { form: 'text' } }, org: Organization | null): DocumentModel {
  const lang = r.content.text.nb.trim() === '' && r.content.text.nn.trim() !== '' ? 'nn' : 'nb'
  const body = r.content.text[lang]
  const nn = lang === 'nn'
  return {
    lang,
    title: r.title,
    company: org?.name ?? '',
    blocks: [
      { type: 'title', text: r.title, subtitle: org ? [text(org.name)] : undefined },
      fieldTable([
        { label: nn ? 'Type rutine' : 'Type rutine', content: ROUTINE_KIND_LABELS[r.kind][lang] },
        { label: nn ? 'Ansvarleg' : 'Ansvarlig', content: r.owner || null },
        {
          label: nn ? 'Sist gått gjennom' : 'Sist gjennomgått',
          content: r.lastReviewed ? formatLongDate(r.lastReviewed, lang) : null,
          empty: nn ? 'Ikkje gått gjennom' : 'Ikke gjennomgått',
        },
      ]),
      ...parsePlainText(body),
    ],
  }
}

/** A routine written in Ombud as .docx bytes. */
export function routineDocx(r: Routine & { content: { form: 'text' } }, org: Organization | null): Uint8Array {
  return renderDocx(routineDocument(r, org))
}
