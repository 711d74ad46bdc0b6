import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { t } from './strings'

/** Norwegian letters, the quote marks of the messages, and common Norwegian words. */
const NORWEGIAN =
  /[æøåÆØÅ«»]|\b(ikke|og|finnes|kunne|eller|Lagre|Avslutt|Hjelp|Vindu|Rediger|Ugyldig)\b/i

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

/** The text of every string and template literal in `file` (comments are not literals). */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const found: { text: string; line: number }[] = []
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      found.push({ text: node.text, line })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('the strings of electron/main', () => {
  it('live in strings.ts only', () => {
    const offenders = sourceFiles(__dirname)
      .filter((file) => !file.endsWith('strings.ts'))
      .flatMap((file) =>
        literals(file)
          .filter(({ text }) => NORWEGIAN.test(text))
          .map(({ text, line }) => `${relative(__dirname, file)}:${line} ${JSON.stringify(text)}`),
      )
    expect(offenders, 'Norwegian text belongs in electron/main/strings.ts').toEqual([])
  })

  it('quote names in «», as the interface does', () => {
    expect(t.writeErrors.busy('a.docx')).toBe(
      '«a.docx» er i bruk av et annet program. Lukk den der og prøv igjen.',
    )
    expect(t.writeErrors.other('a.docx', undefined)).toBe('Ombud kunne ikke lagre «a.docx».')
    expect(t.writeErrors.other('a.docx', 'EIO')).toBe('Ombud kunne ikke lagre «a.docx» (EIO).')
  })
})
