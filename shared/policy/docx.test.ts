import JSZip from 'jszip'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { sampleWorkbench } from '../../resources/sample-company'
import type { Lang } from '../model/common'
import type { PolicyDoc } from '../model/policy-doc'
import { composePolicy } from './compose'
import { diffPolicy } from './diff'
import { policyToDocx } from './docx'
import { testWorkbench } from './test-workbench'

const NOW = '2026-11-23T14:00:00.000Z'

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes)
  const out: Record<string, string> = {}
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) out[name] = await zip.file(name)!.async('string')
  }
  return out
}

function compose(lang: Lang): PolicyDoc {
  return composePolicy(sampleWorkbench(NOW), lang, { updated: '2026-03-05' })
}

describe('policyToDocx', () => {
  for (const lang of ['nb', 'nn'] as const) {
    it(`writes a Word document with headings, lists and tables (${lang})`, async () => {
      const doc = compose(lang)
      const bytes = await policyToDocx(doc)
      expect(bytes).toBeInstanceOf(Uint8Array)
      expect(bytes[0]).toBe(0x50) // "PK": a zip package
      const { value: html, messages } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
      expect(messages.filter((m) => m.type === 'error')).toEqual([])
      // mammoth shows the Title style as a plain paragraph; the style itself is checked in the XML below.
      // The company's name keeps together (non-breaking spaces), so "AS" is never alone on a line.
      expect(doc.company).toBe('Eksempel Energi AS')
      expect(html).toContain(`<p>${doc.title.replace('Eksempel Energi AS', 'Eksempel\u00a0Energi\u00a0AS')}</p>`)
      // A table of contents: a link to each section, in order, each to its own heading.
      const sections = doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => (b.type === 'heading' ? b.runs.map((r) => r.text).join('') : ''))
      const entries = [...html.matchAll(/<a href="#(_Ombud\d+)">([^<]*)<\/a>/g)]
      expect(entries.map((m) => m[2])).toEqual(sections)
      for (const [, anchor, text] of entries) expect(html).toContain(`<h1><a id="${anchor}"></a>${text}</h1>`)
      // E-mail addresses are mailto links.
      const emails = new Set(doc.blocks.flatMap((b) => (JSON.stringify(b).match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [])))
      expect(emails.size).toBeGreaterThan(0)
      for (const email of emails) expect(html).toContain(`<a href="mailto:${email}">${email}</a>`)
      const h1 = html.match(/<h1>/g)!.length
      const h2 = html.match(/<h2>/g)!.length
      expect(h1).toBe(doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).length)
      expect(h2).toBe(doc.blocks.filter((b) => b.type === 'heading' && b.level === 2).length)
      expect(html.match(/<table>/g)!.length).toBe(doc.blocks.filter((b) => b.type === 'table').length)
      expect(html).toContain('<ul>')
      expect(html).toContain('<ol>')
      expect(html).toContain(lang === 'nb' ? 'Sist oppdatert 5. mars 2026' : 'Sist oppdatert 5. mars 2026')
      expect(html).toContain('Postboks 458 Sentrum, 0105 Oslo')
    })

    it(`sets styles, language, footer page numbers and properties (${lang})`, async () => {
      const doc = compose(lang)
      const xml = await parts(await policyToDocx(doc, { author: 'Kari Nordmann' }))
      const body = xml['word/document.xml']!
      const styles = xml['word/styles.xml']!
      const tag = lang === 'nb' ? 'nb-NO' : 'nn-NO'
      expect(body).toContain('<w:pStyle w:val="Title"/>')
      expect(body).toContain('<w:pStyle w:val="Heading1"/>')
      expect(body).toContain('<w:pStyle w:val="Heading2"/>')
      expect(body).toContain(`<w:lang w:val="${tag}"/>`)
      expect(body).not.toContain(`<w:lang w:val="${lang === 'nb' ? 'nn-NO' : 'nb-NO'}"/>`)
      expect(styles).toContain(`<w:lang w:val="${tag}"/>`)
      expect(body).toContain('<w:tblHeader/>')
      expect(body).toContain('<w:numPr>')
      expect(xml['word/numbering.xml']).toContain('w:val="bullet"')
      expect(xml['word/numbering.xml']).toContain('w:val="decimal"')
      const footerName = Object.keys(xml).find((n) => /^word\/footer\d*\.xml$/.test(n))!
      const footer = xml[footerName]!
      expect(footer).toMatch(/PAGE/)
      expect(footer).toMatch(/NUMPAGES/)
      expect(footer).toContain('Side ')
      expect(footer).toContain(' av ')
      expect(xml['docProps/core.xml']).toContain(`<dc:title>${doc.title}</dc:title>`)
      expect(xml['docProps/core.xml']).toContain('<dc:creator>Kari Nordmann</dc:creator>')
      expect(xml['docProps/app.xml']).toContain('<Company>Eksempel Energi AS</Company>')
      // No tracked changes in a plain policy, and no revision tracking switched on.
      expect(body).not.toContain('<w:ins ')
      expect(body).not.toContain('<w:del ')
      expect(xml['word/settings.xml']).not.toMatch(/<w:trackRevisions(?! w:val="false")/)
    })
  }

  it('writes marked runs as tracked insertions and deletions', async () => {
    const wb = testWorkbench()
    const before = composePolicy(wb, 'nn', { updated: '2026-01-01' })
    wb.activities = wb.activities.map((a) => (a.id === 'a-kamera' ? { ...a, retention: a.retention.map((r) => ({ ...r, period: { nb: '30 dagar', nn: '30 dagar' } })) } : a))
    const base = wb.activities.find((a) => a.id === 'a-nyhetsbrev')!
    wb.activities = wb.activities.filter((a) => a.id !== 'a-helse')
    wb.activities.push({ ...base, id: 'a-ny', name: 'Kundeundersøkingar', transferIds: [] })
    const diff = diffPolicy(before, composePolicy(wb, 'nn', { updated: '2026-02-01' }))
    const xml = await parts(await policyToDocx(diff, { author: 'Ombud', date: '2026-02-01T10:00:00Z' }))
    const body = xml['word/document.xml']!
    expect(body).toMatch(/<w:ins w:id="\d+" w:author="Ombud" w:date="2026-02-01T10:00:00Z">/)
    expect(body).toMatch(/<w:del w:id="\d+" w:author="Ombud" w:date="2026-02-01T10:00:00Z">/)
    expect(body).toMatch(/<w:delText[^>]*>7 dager<\/w:delText>/)
    expect(body).toMatch(/<w:ins [^>]*><w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:lang w:val="nn-NO"\/><\/w:rPr><w:t[^>]*>30 dagar<\/w:t>/)
    expect(body).toContain('<w:lang w:val="nn-NO"/>')
    // A whole new row and a whole deleted row are marked as such, so Word removes them on reject/accept.
    expect(body).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:ins /)
    expect(body).toMatch(/<w:trPr>(?:(?!<\/w:trPr>).)*<w:del /)
    // Revision ids are unique.
    const ids = [...body.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1])
    expect(new Set(ids).size).toBe(ids.length)
    expect(xml['word/settings.xml']).toMatch(/<w:trackRevisions(?! w:val="false")/)
    // mammoth reads the document with the changes accepted: new text in, old text out.
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await policyToDocx(diff)) })
    expect(html).toContain('Kundeundersøkingar')
    expect(html).not.toContain('Varsling ved strømbrudd for medisinsk utstyr')
  })

  it('marks a moved date under the title as a tracked change, and leaves a kept one alone', async () => {
    const wb = testWorkbench()
    const before = composePolicy(wb, 'nb', { updated: '2026-01-10' })
    const diff = diffPolicy(before, composePolicy(wb, 'nb', { updated: '2026-02-01' }))
    const moved = (await parts(await policyToDocx(diff, { date: '2026-02-01T10:00:00Z', updatedBefore: before.updated })))['word/document.xml']!
    const dateLine = /<w:pStyle w:val="Updated"\/>(?:(?!<\/w:p>).)*<\/w:p>/.exec(moved)![0]
    expect(dateLine).toMatch(/<w:delText[^>]*>10\. januar 2026<\/w:delText>/)
    expect(dateLine).toMatch(/<w:ins [^>]*>(?:(?!<\/w:ins>).)*<w:t[^>]*>1\. februar 2026<\/w:t>/)
    // The content is the same, so the date is the only change, and Word keeps tracking.
    const settings = (await parts(await policyToDocx(diff, { updatedBefore: before.updated })))['word/settings.xml']!
    expect(settings).toMatch(/<w:trackRevisions(?! w:val="false")/)
    const kept = (await parts(await policyToDocx(diff, { updatedBefore: '2026-02-01' })))['word/document.xml']!
    expect(kept).not.toContain('<w:del ')
    expect(kept).toContain('Sist oppdatert 1. februar 2026')
  })

  it('keeps line breaks inside a cell as breaks', async () => {
    const doc = composePolicy(testWorkbench(), 'nb', { updated: '2026-01-01' })
    const body = (await parts(await policyToDocx(doc)))['word/document.xml']!
    expect(body).toMatch(/Fakturering og regnskap<\/w:t><\/w:r><w:r>(?:(?!<\/w:p>).)*<w:br\/>(?:(?!<\/w:p>).)*Sende faktura<\/w:t>/)
  })
})
