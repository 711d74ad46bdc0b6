/**
 * The audit pack (tilsynspakke): the documents Datatilsynet asks for first in an audit,
 * made from one workbench in one go, numbered in the order a reader takes them:
 * the protokoll (art. 30) as Word and Excel, the processors and their agreements (art. 28),
 * the transfers to third countries (arts. 44–49), the published privacy policy
 * (arts. 13–14), the readiness report and the change log. «00 Innhold.txt» lists what is
 * in the pack and what is missing from it.
 *
 * Pure: the caller writes the files (the CLI atomically into a folder, the app through
 * the platform's saveFolder).
 */
import { transfersInUse } from '../model/transfer'
import {
  checkReadiness,
  norwegianDate,
  readinessScore,
  type PolicyStatus,
  type RecordFinding,
  type ReadinessScores,
} from '../checks/readiness'
import { readinessReport, reportToText } from '../checks/readiness-report'
import { fileNameProblem } from '../ipc'
import type { ChangeEntry } from '../model/change'
import type { Clause, PolicyVersion } from '../model/clause'
import type { Lang } from '../model/common'
import { formatOrgNumber } from '../model/org-number'
import { newestPublished, versionDoc } from '../policy/dates'
import { policyToDocx } from '../policy/docx'
import { changesToCsv } from '../ropa/changes-csv'
import { exportRopaDocx } from '../ropa/protokoll-docx'
import { selectActivities, type RopaSource } from '../ropa/ropa-data'
import { exportProcessorsXlsx, exportRopaXlsx, exportTransfersXlsx } from '../ropa/xlsx-export'
import { policyStatus } from './policy-status'
import { readinessReportDocx } from './report-docx'
import { truncateBytes, UNSAFE_FILE_NAME_CHARS } from '../file-names'

/** The parts of a workbench the pack reads. A `Workbench` fits. */
export interface AuditPackSource extends RopaSource {
  clauses: readonly Clause[]
  policyVersions: readonly PolicyVersion[]
  changes: readonly ChangeEntry[]
}

export interface AuditPackOptions {
  /** The day of the pack, `YYYY-MM-DD`: in the folder name, and the day the checks count from. */
  today: string
  /** The moment of the pack (ISO 8601), shown in the exported documents. */
  now: string
  /** The policy analysis, when the caller already has it; computed from the workbench otherwise. */
  policy?: PolicyStatus
}

export interface AuditPackFile {
  /** File name inside the pack's folder, e.g. «01 Protokoll.docx». */
  name: string
  /** Bytes, or text written as UTF-8. */
  data: Uint8Array | string
  /** What the file is, in Norwegian, as listed in «00 Innhold.txt». */
  description: string
}

export interface AuditPack {
  /** «Tilsynspakke <virksomhet> <ÅÅÅÅ-MM-DD>», safe as a folder name on every system. */
  folderName: string
  /** «00 Innhold.txt» first, then the documents in numbered order. */
  files: AuditPackFile[]
  /** Documents the pack should hold but cannot, in Norwegian (also listed in «00 Innhold.txt»). */
  missing: string[]
  findings: RecordFinding[]
  scores: ReadinessScores
}


/** Room for «Tilsynspakke » and the date within the common 255-byte limit, even in «å»s. */
const MAX_COMPANY_BYTES = 180

/** A company name made safe inside a file or folder name: forbidden characters become «-». */
export function safeNamePart(text: string, maxBytes = MAX_COMPANY_BYTES): string {
  const cleaned = text.replace(UNSAFE_FILE_NAME_CHARS, '-').replace(/\s+/g, ' ').trim()
  return truncateBytes(cleaned, maxBytes)
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '')
}

/** «Tilsynspakke Eksempel Energi AS 2026-11-23»; without a company name «Tilsynspakke 2026-11-23». */
export function auditPackFolderName(company: string | null | undefined, today: string): string {
  const part = safeNamePart(company ?? '')
  return part === '' ? `Tilsynspakke ${today}` : `Tilsynspakke ${part} ${today}`
}

const LANG_NAMES: Record<Lang, string> = { nb: 'bokmål', nn: 'nynorsk' }

/** The newest published version in each language: latest publication date, then latest saved. */
export function publishedPolicies(versions: readonly PolicyVersion[]): PolicyVersion[] {
  return (['nb', 'nn'] as const).flatMap((lang) => {
    const v = newestPublished(versions, lang)
    return v ? [v] : []
  })
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nb-NO')} ${n === 1 ? one : many}`
}

/** Text files use CRLF and a byte order mark, so Notepad on an older Windows shows «æøå» too. */
function windowsText(text: string): string {
  return `\ufeff${text.replace(/\r?\n/g, '\r\n')}`
}

function contentsText(
  pack: { folderName: string; files: AuditPackFile[]; missing: string[]; notes: string[] },
  src: AuditPackSource,
  today: string,
): string {
  const org = src.organization
  const lines: string[] = []
  lines.push(
    org
      ? `Tilsynspakke for ${org.name} (org.nr. ${formatOrgNumber(org.orgNumber)})`
      : 'Tilsynspakke',
  )
  lines.push(`Laget ${norwegianDate(today)} med Ombud.`)
  lines.push('')
  lines.push(
    'Pakken samler dokumentasjonen Datatilsynet vanligvis ber om først ved tilsyn: protokollen over behandlingsaktiviteter (personvernforordningen artikkel 30), databehandlerne og databehandleravtalene (artikkel 28), overføringene til tredjeland (artikkel 44–49) og den gjeldende personvernerklæringen (artikkel 13 og 14). Kontrollrapporten viser hva som bør rettes, og endringsloggen viser hvordan protokollen er holdt oppdatert.',
  )
  lines.push('')
  lines.push('Innhold:')
  for (const f of pack.files) lines.push(`${f.name} – ${f.description}`)
  lines.push('')
  if (pack.missing.length === 0) {
    lines.push('Mangler: ingenting.')
  } else {
    lines.push('Mangler:')
    for (const m of pack.missing) lines.push(`- ${m}`)
  }
  if (pack.notes.length > 0) {
    lines.push('')
    lines.push('Merknader:')
    for (const n of pack.notes) lines.push(`- ${n}`)
  }
  return `${lines.join('\n')}\n`
}

/**
 * Builds the audit pack of a workbench. Archived activities are left out of the protokoll,
 * as in the ordinary exports; the change log holds every change. The readiness checks run
 * with the policy analysis (`opts.policy`, else computed), like the dashboard's.
 *
 * When no policy version is published, the pack holds no policy: it is listed as missing
 * in «00 Innhold.txt» and in the readiness report, rather than replaced by a draft that
 * was never shown to anyone.
 *
 * @throws RangeError when `opts.today` is not a date or `opts.now` not a moment.
 */
export async function buildAuditPack(
  src: AuditPackSource,
  opts: AuditPackOptions,
): Promise<AuditPack> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
    throw new RangeError(`today må være en dato på formen ÅÅÅÅ-MM-DD, fikk «${opts.today}»`)
  const org = src.organization
  const policy = opts.policy ?? policyStatus(src)
  const findings = checkReadiness(src, { today: opts.today, policy })
  const scores = readinessScore(findings, src)

  const missing: string[] = []
  const notes: string[] = []
  if (org === null) {
    missing.push(
      'Virksomheten er ikke registrert, så protokollen mangler navn og kontaktopplysninger til den behandlingsansvarlige (artikkel 30 nr. 1 bokstav a).',
    )
  }
  const controller = selectActivities(src, 'controller').length
  const processorRole = selectActivities(src, 'processor').length
  if (controller + processorRole === 0)
    missing.push('Protokollen har ingen behandlingsaktiviteter.')
  const policies = publishedPolicies(src.policyVersions)
  if (policies.length === 0) {
    missing.push(
      'Personvernerklæring: ingen versjon er publisert i Ombud. Publiser den gjeldende personvernerklæringen (under Personvernerklæring) og lag tilsynspakken på nytt.',
    )
  }
  const activeProcessors = src.processors.filter((p) => p.status === 'active').length
  if (src.changes.length === 0)
    notes.push('Endringsloggen er tom: arbeidsboken har ingen registrerte endringer.')

  const documents: Array<Omit<AuditPackFile, 'name'> & { base: string }> = []
  const company = org?.name ?? ''
  documents.push({
    base: 'Protokoll.docx',
    description: `Protokoll over behandlingsaktiviteter etter artikkel 30 nr. 1 og 2 (${count(controller, 'behandlingsaktivitet', 'behandlingsaktiviteter')} som behandlingsansvarlig, ${count(processorRole, 'behandlingsaktivitet', 'behandlingsaktiviteter')} som databehandler), Word`,
    data: await exportRopaDocx(src, { now: opts.now }),
  })
  documents.push({
    base: 'Protokoll.xlsx',
    description: 'Protokollen i Datatilsynets kolonneoppsett, Excel',
    data: await exportRopaXlsx(src, { now: opts.now }),
  })
  documents.push({
    base: 'Databehandlere.xlsx',
    description: `Databehandlere med status for databehandleravtalene etter artikkel 28 (${count(activeProcessors, 'databehandler', 'databehandlere')}), Excel`,
    data: await exportProcessorsXlsx(src, { now: opts.now }),
  })
  documents.push({
    base: 'Overføringer til tredjeland.xlsx',
    description: `Overføringer til land utenfor EØS med overføringsgrunnlag etter artikkel 44–49 (${count(transfersInUse(src.transfers).length, 'overføring', 'overføringer')}), Excel`,
    data: await exportTransfersXlsx(src, { now: opts.now }),
  })
  for (const version of policies) {
    documents.push({
      base: `Personvernerklæring ${LANG_NAMES[version.lang]}.docx`,
      description: `Gjeldende personvernerklæring på ${LANG_NAMES[version.lang]}${version.publishedOn ? `, publisert ${norwegianDate(version.publishedOn)}` : ''}, Word`,
      data: await policyToDocx(versionDoc(version)),
    })
  }
  const report = readinessReport(findings, scores, org, opts.today, missing)
  documents.push({
    base: 'Kontrollrapport.docx',
    description:
      'Kontroll av om protokollen er klar for tilsyn: funn per område og hva som bør rettes, Word',
    data: readinessReportDocx(report, { company }),
  })
  documents.push({
    base: 'Kontrollrapport.txt',
    description: 'Den samme kontrollrapporten som ren tekst',
    data: windowsText(reportToText(report)),
  })
  documents.push({
    base: 'Endringslogg.csv',
    description: `Endringsloggen, én linje per endret felt (${count(src.changes.length, 'endring', 'endringer')}), semikolonseparert UTF-8 som åpnes i Excel`,
    data: changesToCsv(src.changes, src),
  })

  const files: AuditPackFile[] = documents.map((d, i) => ({
    name: `${String(i + 1).padStart(2, '0')} ${d.base}`,
    data: d.data,
    description: d.description,
  }))
  const folderName = auditPackFolderName(company, opts.today)
  const contents: AuditPackFile = {
    name: '00 Innhold.txt',
    description: 'Denne oversikten over innholdet',
    data: '',
  }
  contents.data = windowsText(contentsText({ folderName, files, missing, notes }, src, opts.today))
  const all = [contents, ...files]
  for (const name of [folderName, ...all.map((f) => f.name)]) {
    const problem = fileNameProblem(name)
    // The names are made here from safe parts; a problem is a bug, not the user's doing.
    if (problem !== null) throw new Error(`Ugyldig navn i tilsynspakken «${name}»: ${problem}`)
  }
  return { folderName, files: all, missing, findings, scores }
}
