/**
 * The readiness report: the findings in Norwegian sentences, grouped by area, for the
 * audit pack and the CLI. One structure (`readinessReport`) read by two writers: the plain
 * text here (headings with #, findings with -, readable as text and as Markdown) and the
 * Word document of shared/audit/report-docx.ts. Text for people is sentences; the codes of
 * the findings, which only a tool or a developer needs, stand apart: their own line in the
 * text, their own column in the document.
 */
import { formatOrgNumber } from '../model/org-number'
import type { Organization } from '../model/organization'
import {
  AREA_OF,
  READINESS_AREAS,
  norwegianDate,
  type ReadinessScores,
  type RecordFinding,
} from './readiness'

const TABLE_LABELS: Record<RecordFinding['ref']['table'], string> = {
  activities: 'behandlingsaktivitet',
  processors: 'databehandler',
  transfers: 'overføring',
  clauses: 'avsnitt i personvernerklæringen',
  organization: 'virksomheten',
  policy: 'personvernerklæringen',
  routines: 'rutine',
}

export const REPORT_TITLE = 'Klar for tilsyn? Kontroll av protokollen'
export const SEVERITY_LABELS = { error: 'Feil', warning: 'Advarsel' } as const
export const FIX_LABEL = 'Slik retter du det:'

/** One finding as the report shows it. */
export interface ReportFinding {
  severity: RecordFinding['severity']
  /** The finding in a sentence or two. */
  message: string
  /** What to do about it. */
  hint: string
  /** The provision it rests on. */
  article: string
  /** What kind of record it concerns, in Norwegian: «behandlingsaktivitet». */
  about: string
  /** The stable code (`draft-activity`), for tools and for searching the documentation. */
  code: string
}

export interface ReportArea {
  /** «Protokollen (art. 30) – 80 av 100». */
  heading: string
  /** «3 poster kontrollert, 1 feil, 0 advarsler.», or «Ikke kontrollert.» */
  summary: string | null
  /** Errors first. Empty with `none` set when the area was checked and had nothing. */
  findings: ReportFinding[]
  none: string | null
}

export interface ReadinessReport {
  title: string
  facts: Array<{ label: string; value: string }>
  /** What the numbers mean: a clean bill, or errors to fix first. */
  verdict: string | null
  areas: ReportArea[]
  /** Documents the audit pack should hold but does not (the pack adds them). */
  missing: readonly string[]
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * The report's content. Errors come before warnings within each area; an area without
 * findings says so, so the reader sees it was checked. `missing` lists documents the
 * audit pack lacks.
 */
export function readinessReport(
  findings: readonly RecordFinding[],
  scores: ReadinessScores,
  org: Organization | null,
  today: string,
  missing: readonly string[] = [],
): ReadinessReport {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  const facts = [
    {
      label: 'Virksomhet',
      value: org ? `${org.name} (org.nr. ${formatOrgNumber(org.orgNumber)})` : 'ikke registrert',
    },
    { label: 'Kontrollert', value: norwegianDate(today) },
    {
      label: 'Samlet vurdering',
      value: scores.overall === null ? 'ingenting å kontrollere' : `${scores.overall} av 100`,
    },
    { label: 'Funn', value: `${count(errors, 'feil', 'feil')} og ${count(warnings, 'advarsel', 'advarsler')}.` },
  ]
  const verdict =
    errors === 0 && warnings === 0
      ? 'Ingen funn. Protokollen ser klar ut for tilsyn.'
      : errors > 0
        ? 'Feil er brudd på regelverket eller mangler Datatilsynet vil påpeke. Rett dem først.'
        : null

  const areas = READINESS_AREAS.map((area): ReportArea => {
    const score = scores.areas.find((s) => s.area === area)
    const inArea = findings.filter((f) => AREA_OF[f.code] === area)
    inArea.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    const summary = !score
      ? null
      : score.checked === 0
        ? 'Ikke kontrollert.'
        : `${count(score.checked, 'post', 'poster')} kontrollert, ${count(score.errors, 'feil', 'feil')}, ${count(score.warnings, 'advarsel', 'advarsler')}.`
    return {
      heading: `${score?.label ?? area}${score && score.score !== null ? ` – ${score.score} av 100` : ''}`,
      summary,
      findings: inArea.map((f) => ({
        severity: f.severity,
        message: f.message,
        hint: f.hint,
        article: f.article,
        about: TABLE_LABELS[f.ref.table],
        code: f.code,
      })),
      none: inArea.length === 0 && (!score || score.checked > 0) ? 'Ingen funn.' : null,
    }
  })
  return { title: REPORT_TITLE, facts, verdict, areas, missing }
}

/** The title of the section that lists the documents the audit pack lacks. */
export const MISSING_HEADING = 'Dokumenter som mangler i tilsynspakken'

/**
 * The report as plain text (CRLF-free, ends with a line break). Each finding is a
 * sentence with its severity, the fix on the next line, and on a line of its own where it
 * rests in the law, what it concerns and its code.
 */
export function readinessReportText(
  findings: readonly RecordFinding[],
  scores: ReadinessScores,
  org: Organization | null,
  today: string,
  missing: readonly string[] = [],
): string {
  return reportToText(readinessReport(findings, scores, org, today, missing))
}

export function reportToText(report: ReadinessReport): string {
  const lines: string[] = [`# ${report.title}`, '']
  for (const f of report.facts) lines.push(`${f.label}: ${f.value}`)
  if (report.verdict) lines.push(report.verdict)
  for (const area of report.areas) {
    lines.push('', `## ${area.heading}`)
    if (area.summary) lines.push(area.summary)
    if (area.none) lines.push(area.none)
    if (area.findings.length === 0) continue
    lines.push('')
    for (const f of area.findings) {
      lines.push(`- ${SEVERITY_LABELS[f.severity]}: ${f.message}`)
      lines.push(`  ${FIX_LABEL} ${f.hint}`)
      lines.push(`  Hjemmel: ${f.article}. Gjelder: ${f.about}. Kode: ${f.code}`)
    }
  }
  if (report.missing.length > 0) {
    lines.push('', `## ${MISSING_HEADING}`, '')
    for (const m of report.missing) lines.push(`- ${m}`)
  }
  return `${lines.join('\n')}\n`
}
