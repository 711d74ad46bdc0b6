/**
 * The readiness report (readinessReport) as a Word document for the audit pack, made of
 * the one document model and written by its one renderer (shared/document), like the
 * protokoll, the policy and the DPIA. Each area is a heading (the navigation pane lists
 * them); its findings are a table whose wide column holds the finding and its fix as
 * sentences, beside narrow columns for the provision and the code.
 */
import {
  FIX_LABEL,
  MISSING_HEADING,
  SEVERITY_LABELS,
  type ReadinessReport,
  type ReportFinding,
} from '../checks/readiness-report'
import { renderDocx } from '../document/docx'
import { heading, type DocumentBlock, type DocumentModel, type TextRun } from '../document/model'

/**
 * Shares of the width: «personvernerklæringen», the longest word of the third column,
 * fits on its line; a code breaks at its hyphens.
 */
const COLUMNS = [
  { title: 'Alvor', share: 11 },
  { title: 'Funn og hva du gjør', share: 48 },
  { title: 'Gjelder og hjemmel', share: 24 },
  { title: 'Kode', share: 17 },
] as const

function findingRow(f: ReportFinding): TextRun[][] {
  return [
    [{ text: SEVERITY_LABELS[f.severity], bold: true }],
    [{ text: `${f.message}\n` }, { text: `${FIX_LABEL} ${f.hint}`, italic: true }],
    [{ text: `${f.about}\n` }, { text: f.article, italic: true }],
    [{ text: f.code }],
  ]
}

function paragraph(runs: TextRun[]): DocumentBlock {
  return { type: 'paragraph', runs, source: {} }
}

/** The report as a document of the one document model (bokmål). */
export function readinessReportDocument(report: ReadinessReport, opts: { company: string }): DocumentModel {
  const blocks: DocumentBlock[] = [{ type: 'title', text: report.title }]
  blocks.push(...report.facts.map((f) => paragraph([{ text: `${f.label}: `, bold: true }, { text: f.value }])))
  if (report.verdict) blocks.push(paragraph([{ text: report.verdict }]))
  for (const area of report.areas) {
    blocks.push(heading(1, area.heading))
    if (area.summary) blocks.push(paragraph([{ text: area.summary }]))
    if (area.none) blocks.push(paragraph([{ text: area.none }]))
    if (area.findings.length > 0) blocks.push({ type: 'grid', columns: COLUMNS, rows: area.findings.map(findingRow) })
  }
  if (report.missing.length > 0) {
    blocks.push(heading(1, MISSING_HEADING))
    blocks.push({ type: 'list', ordered: false, items: report.missing.map((m) => [{ text: m }]), source: {} })
  }
  return {
    lang: 'nb',
    title: report.title,
    company: opts.company,
    creator: opts.company || 'Ombud',
    runningHeader: opts.company ? `${opts.company} – ${report.title}` : report.title,
    blocks,
  }
}

/** The report as .docx bytes. */
export function readinessReportDocx(report: ReadinessReport, opts: { company: string }): Uint8Array {
  return renderDocx(readinessReportDocument(report, opts))
}
