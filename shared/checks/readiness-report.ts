/**
 * The readiness findings as a plain-text report in Norwegian, grouped by area, for the
 * audit pack and the CLI. Markdown-ish (headings with #, list items with -) so it reads
 * well both as plain text and when rendered.
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

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/**
 * Builds the report. Errors come before warnings within each area; an area without
 * findings says so, so the reader sees it was checked.
 */
export function readinessReportText(
  findings: readonly RecordFinding[],
  scores: ReadinessScores,
  org: Organization | null,
  today: string,
): string {
  const lines: string[] = []
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors

  lines.push('# Klar for tilsyn? Kontroll av protokollen')
  lines.push('')
  lines.push(
    org
      ? `Virksomhet: ${org.name} (org.nr. ${formatOrgNumber(org.orgNumber)})`
      : 'Virksomhet: ikke registrert',
  )
  lines.push(`Kontrollert: ${norwegianDate(today)}`)
  lines.push(
    `Samlet vurdering: ${scores.overall === null ? 'ingenting å kontrollere' : `${scores.overall} av 100`}`,
  )
  lines.push(
    `Funn: ${count(errors, 'feil', 'feil')} og ${count(warnings, 'advarsel', 'advarsler')}.`,
  )
  if (errors === 0 && warnings === 0) lines.push('Ingen funn. Protokollen ser klar ut for tilsyn.')
  else if (errors > 0)
    lines.push(
      'Feil er brudd på regelverket eller mangler Datatilsynet vil påpeke. Rett dem først.',
    )

  for (const area of READINESS_AREAS) {
    const score = scores.areas.find((s) => s.area === area)
    const inArea = findings.filter((f) => AREA_OF[f.code] === area)
    inArea.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    lines.push('')
    const heading = score?.label ?? area
    lines.push(`## ${heading}${score && score.score !== null ? ` – ${score.score} av 100` : ''}`)
    if (score) {
      lines.push(
        score.checked === 0
          ? 'Ikke kontrollert.'
          : `${count(score.checked, 'post', 'poster')} kontrollert, ${count(score.errors, 'feil', 'feil')}, ${count(score.warnings, 'advarsel', 'advarsler')}.`,
      )
    }
    if (inArea.length === 0) {
      if (!score || score.checked > 0) lines.push('Ingen funn.')
      continue
    }
    lines.push('')
    for (const f of inArea) {
      lines.push(
        `- ${f.severity === 'error' ? 'FEIL' : 'Advarsel'}: ${f.message} (${f.article}; ${TABLE_LABELS[f.ref.table]}, kode ${f.code})`,
      )
      lines.push(`  Slik retter du det: ${f.hint}`)
    }
  }
  return `${lines.join('\n')}\n`
}
