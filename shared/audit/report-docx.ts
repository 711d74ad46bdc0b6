/**
 * The readiness report (readinessReportText) as a Word document, for the audit pack. The
 * report's text is Markdown-like: "# " title, "## " area headings, "- " findings with an
 * indented "Slik retter du det:" line. Those become Word's Title and Heading 1 styles,
 * bullets and indented paragraphs, so the document has a navigation pane and reads like
 * the text version.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'

const FONT = 'Calibri'
const LANGUAGE = { value: 'nb-NO' }
const BULLETS = 'report-bullets'

function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = []
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd()
    if (line.trim() === '') continue
    if (line.startsWith('# ')) {
      out.push(
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(line.slice(2))] }),
      )
    } else if (line.startsWith('## ')) {
      out.push(
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(line.slice(3))] }),
      )
    } else if (line.startsWith('- ')) {
      const item = line.slice(2)
      // "FEIL: …" / "Advarsel: …": the severity in bold, so errors stand out when skimming.
      const m = /^(FEIL|Advarsel):\s(.*)$/.exec(item)
      out.push(
        new Paragraph({
          numbering: { reference: BULLETS, level: 0 },
          keepNext: true,
          children: m
            ? [
                new TextRun({
                  text: `${m[1]}: `,
                  bold: true,
                  color: m[1] === 'FEIL' ? 'C00000' : '7F6000',
                }),
                new TextRun(m[2]!),
              ]
            : [new TextRun(item)],
        }),
      )
    } else if (/^\s+/.test(line)) {
      out.push(
        new Paragraph({
          indent: { left: 567 },
          spacing: { after: 160 },
          children: [new TextRun({ text: line.trim(), italics: true })],
        }),
      )
    } else {
      out.push(new Paragraph({ children: [new TextRun(line)] }))
    }
  }
  return out
}

/** Writes the report text as .docx (bokmål, A4). Resolves to the bytes of the document. */
export async function reportTextToDocx(
  text: string,
  opts: { title: string; company: string },
): Promise<Uint8Array> {
  const document = new Document({
    title: opts.title,
    creator: opts.company || 'Ombud',
    lastModifiedBy: 'Ombud',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: LANGUAGE },
          paragraph: { spacing: { after: 100 } },
        },
        title: {
          run: { font: FONT, size: 40, bold: true, color: '1F3864', language: LANGUAGE },
          paragraph: { spacing: { after: 240 } },
        },
        heading1: {
          run: { font: FONT, size: 28, bold: true, color: '1F3864', language: LANGUAGE },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true },
        },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '\u2022',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 567, hanging: 283 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Side ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
                    size: 18,
                    color: '595959',
                  }),
                ],
              }),
            ],
          }),
        },
        children: paragraphsOf(text),
      },
    ],
  })
  return Packer.pack(document, 'uint8array')
}
