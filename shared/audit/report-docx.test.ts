import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import { checkReadiness, readinessScore } from '../checks/readiness'
import { readinessReport } from '../checks/readiness-report'
import type { GridBlock } from '../document/model'
import { THEME } from '../document/theme'
import { readinessReportDocument, readinessReportDocx } from './report-docx'

const TODAY = '2026-12-02'

function sampleReport() {
  const wb = sampleWorkbench('2026-12-02T10:00:00.000Z')
  const findings = checkReadiness(wb, { today: TODAY })
  return { findings, report: readinessReport(findings, readinessScore(findings, wb), wb.organization, TODAY, ['Personvernerklæring: ingen versjon er publisert.']) }
}

describe('the readiness report as Word', () => {
  it('puts each finding in a row: sentences for people, the code in a column of its own', () => {
    const { findings, report } = sampleReport()
    expect(findings.length).toBeGreaterThan(0)
    const doc = readinessReportDocument(report, { company: 'Eksempel Energi AS' })
    const grids = doc.blocks.filter((b): b is GridBlock => b.type === 'grid')
    expect(grids.length).toBeGreaterThan(0)
    const rows = grids.flatMap((g) => g.rows)
    expect(rows).toHaveLength(findings.length)
    for (const g of grids) expect(g.columns.map((c) => c.title)).toEqual(['Alvor', 'Funn og hva du gjør', 'Gjelder og hjemmel', 'Kode'])
    const codes = new Set(findings.map((f) => f.code))
    for (const [severity, text, about, code] of rows) {
      expect(['Feil', 'Advarsel']).toContain(severity!.map((r) => r.text).join(''))
      expect(codes.has(code!.map((r) => r.text).join('') as never)).toBe(true)
      const sentences = [...text!, ...about!].map((r) => r.text).join('')
      expect(sentences).toMatch(/^«|^[A-ZÆØÅ]/)
      expect(sentences).toContain('Slik retter du det: ')
      for (const c of codes) expect(sentences).not.toContain(c)
      expect(sentences).not.toMatch(/\bkode\b/i)
    }
    // The documents the pack lacks close the report.
    expect(doc.blocks.at(-1)).toMatchObject({ type: 'list', items: [[{ text: 'Personvernerklæring: ingen versjon er publisert.' }]] })
  })

  it('is written by the one document renderer, in its theme and in bokmål', () => {
    const { report } = sampleReport()
    const files = unzipSync(readinessReportDocx(report, { company: 'Eksempel Energi AS' }))
    const styles = strFromU8(files['word/styles.xml']!)
    expect(styles).toContain(`w:ascii="${THEME.font}"`)
    expect(styles).toContain('<w:lang w:val="nb-NO"/>')
    const body = strFromU8(files['word/document.xml']!)
    expect(body).toContain('<w:pStyle w:val="Title"/>')
    expect(body).toContain('<w:tblHeader/>')
    expect(body).toContain('>dpia-not-done<')
    expect(body).not.toContain('kode dpia-not-done')
  })
})
