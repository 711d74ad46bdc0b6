import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import { describe, expect, it } from 'vitest'
import { lintPolicy } from './policy-lint'
import { readPolicyDocx, readPolicyHtml } from './policy-text'

const textOf = (source: string): string => readPolicyHtml(source).text

describe('character references', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(textOf('<p>Bl&aring;b&aelig;r &amp; r&#248;dt &#xE6; &laquo;sitat&raquo;</p>')).toBe(
      'Blåbær & rødt æ «sitat»',
    )
  })

  it('maps Windows-1252 numeric references and reads the rest as a browser does', () => {
    expect(textOf('<p>a &#150; b &#8211; c</p>')).toBe('a – b – c')
    expect(textOf('<p>&ukjent; &copy ?a=1&b=2</p>')).toBe('&ukjent; © ?a=1&b=2')
    expect(textOf('<p>&#0;</p>')).toBe('\ufffd')
  })
})

describe('readPolicyHtml', () => {
  it('puts headings, paragraphs and list items on their own lines', () => {
    const html = `<h1>Personvern</h1><p>Innledning   over
      flere linjer.</p><h2>Rettigheter</h2><ul><li>Innsyn</li><li>Retting</li></ul><ol><li>Først</li><li>Så</li></ol><p>Slutt</p>`
    expect(textOf(html)).toBe(
      'Personvern\n\nInnledning over flere linjer.\n\nRettigheter\n\n• Innsyn\n• Retting\n\n1. Først\n2. Så\n\nSlutt',
    )
  })

  it('drops script, style, comments, head and navigation, even with tags inside scripts', () => {
    const html = `<!doctype html><html><head><title>Tittel</title><style>p > a { color: red }</style></head>
      <body><nav><a href="/">Hjem</a></nav><script>if (a < b) document.write("<p>Privacy Shield</p>")</script>
      <!-- <p>Safe Harbor</p> --><p>Innhold</p><noscript>Slå på JavaScript</noscript></body></html>`
    expect(textOf(html)).toBe('Innhold')
  })

  it('keeps inline markup inside words and spaces between them', () => {
    expect(textOf('<p>Per<b>son</b>vern og <a href="x">mer</a> <em>tekst</em></p>')).toBe(
      'Personvern og mer tekst',
    )
  })

  it('handles quoted ">" in attributes, bare "<" in text, soft hyphens and non-breaking spaces', () => {
    const html =
      '<p title="a > b" data-x=\'<\'>alder &lt; 13 og 5 < 7</p><p>person&shy;opplysninger&nbsp;og\u00adsikkerhet</p>'
    expect(textOf(html)).toBe('alder < 13 og 5 < 7\n\npersonopplysninger ogsikkerhet')
  })

  it('turns <br> into line breaks and two <br> into a paragraph break', () => {
    expect(textOf('<p>Postboks 100<br>0150 Oslo<br/><br />E-post</p>')).toBe(
      'Postboks 100\n0150 Oslo\n\nE-post',
    )
  })

  it('writes table rows as lines with cells separated by |', () => {
    const html =
      '<table><tr><th>Formål</th><th>Grunnlag</th></tr><tr><td>Faktura</td><td><p>Rettslig</p><p>forpliktelse</p></td></tr></table>'
    expect(textOf(html)).toBe('Formål | Grunnlag\nFaktura | Rettslig forpliktelse')
  })

  it('keeps preformatted text as written', () => {
    expect(textOf('<pre>linje 1\n  linje 2</pre>')).toBe('linje 1\nlinje 2')
  })

  it('places line numbers of findings on the converted text', () => {
    const text = textOf('<h1>Personvern</h1><p>Vi bruker <strong>Privacy Shield</strong>.</p>')
    const finding = lintPolicy(text).findings.find((f) => f.code === 'outdated-privacy-shield')!
    expect(text.split('\n')[finding.line! - 1]).toBe('Vi bruker Privacy Shield.')
  })
})

describe('readPolicyDocx', () => {
  const docxText = async (bytes: Uint8Array): Promise<string> => (await readPolicyDocx(bytes)).text

  async function docxOf(paragraphs: Paragraph[]): Promise<Uint8Array> {
    const doc = new Document({ sections: [{ children: paragraphs }] })
    return new Uint8Array(await Packer.toArrayBuffer(doc))
  }

  it('reads headings, paragraphs and bullet lists from a .docx made with the docx package', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Personvernerklæring', heading: HeadingLevel.HEADING_1 }),
      new Paragraph({
        children: [
          new TextRun('Vi bruker '),
          new TextRun({ text: 'Privacy Shield', bold: true }),
          new TextRun('.'),
        ],
      }),
      new Paragraph({ text: 'Dine rettigheter', heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ text: 'Innsyn', bullet: { level: 0 } }),
      new Paragraph({ text: 'Retting', bullet: { level: 0 } }),
    ])
    const text = await docxText(bytes)
    expect(text).toBe(
      'Personvernerklæring\n\nVi bruker Privacy Shield.\n\nDine rettigheter\n\n• Innsyn\n• Retting',
    )
    const finding = lintPolicy(text).findings.find((f) => f.code === 'outdated-privacy-shield')!
    expect(finding.line).toBe(3)
  })

  it('lints the complete bokmål policy written as .docx with zero findings', async () => {
    const source = readFileSync(
      join(__dirname, '..', '..', 'tests', 'fixtures', 'policies', 'eksempel-energi-nb.txt'),
      'utf8',
    )
    const paragraphs = source
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) =>
        line.startsWith('• ')
          ? new Paragraph({ text: line.slice(2), bullet: { level: 0 } })
          : line.length < 70 && !/[.:]$/.test(line)
            ? new Paragraph({ text: line, heading: HeadingLevel.HEADING_2 })
            : new Paragraph({ text: line }),
      )
    const text = await docxText(await docxOf(paragraphs))
    expect(text).toContain('• Rett til begrensning av behandlingen (art. 18)')
    expect(lintPolicy(text)).toEqual({ language: 'nb', findings: [] })
  })

  it('rejects bytes that are not a .docx', async () => {
    await expect(readPolicyDocx(new TextEncoder().encode('ikke et dokument'))).rejects.toThrow()
  })
})
