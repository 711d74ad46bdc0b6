/**
 * `lint FILE [--json]`: checks a privacy policy (.txt, .md, .docx, .html) with the same
 * linter the app uses. Exit 0 without errors (warnings allowed), 1 with errors, 2 when the
 * file cannot be read.
 */
import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { hasErrors, type Finding } from '../../../shared/checks/finding'
import { lintPolicy } from '../../../shared/checks/policy-lint'
import { policyTextFromDocx, policyTextFromHtml } from '../../../shared/checks/policy-text'
import { EXIT_FINDINGS, EXIT_OK, UsageError, out, parseCommandArgs, type Command } from '../cli-io'

type Kind = 'text' | 'docx' | 'html'

const KINDS: Record<string, Kind> = {
  '.txt': 'text',
  '.md': 'text',
  '.docx': 'docx',
  '.html': 'html',
  '.htm': 'html',
}

const LANGUAGE_NAMES = { nb: 'bokmål', nn: 'nynorsk' } as const

/** UTF-8 first; old exports from Windows tools are often Windows-1252. */
function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

async function readPolicyText(file: string, kind: Kind): Promise<string> {
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'filen finnes ikke'
        : 'filen kan ikke leses'
    throw new UsageError(`kan ikke lese ${file}: ${reason}`)
  }
  if (kind === 'docx') {
    try {
      return await policyTextFromDocx(bytes)
    } catch {
      throw new UsageError(`kan ikke lese ${file}: ikke et gyldig .docx-dokument`)
    }
  }
  const text = decodeText(bytes)
  return kind === 'html' ? policyTextFromHtml(text) : text
}

function formatFinding(f: Finding): string {
  const where = f.line !== undefined ? `linje ${f.line}` : 'hele dokumentet'
  return `${where}: [${f.severity}] ${f.code} (${f.article}): ${f.message}`
}

function summary(findings: readonly Finding[], language: keyof typeof LANGUAGE_NAMES): string {
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  if (findings.length === 0) return `Ingen funn (${LANGUAGE_NAMES[language]}).`
  const parts = [`${errors} feil`, `${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}`]
  return `${findings.length} funn: ${parts.join(', ')} (${LANGUAGE_NAMES[language]}).`
}

export const lintCommand: Command = async (argv) => {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, true)
  if (positionals.length !== 1) throw new UsageError('bruk: lint FIL [--json]')
  const file = positionals[0]!
  const extension = extname(file).toLowerCase()
  const kind = KINDS[extension]
  if (!kind) {
    throw new UsageError(
      `filtypen støttes ikke: ${extension || file} (bruk .txt, .md, .docx, .html eller .htm)`,
    )
  }
  const text = await readPolicyText(file, kind)
  if (text.trim() === '') throw new UsageError(`kan ikke lese ${file}: fant ingen tekst`)

  const { language, findings } = lintPolicy(text)
  if (values.json) {
    const report = {
      file,
      language,
      findings: findings.map(({ code, article, severity, message, excerpt, line }) => ({
        code,
        article,
        severity,
        message,
        excerpt,
        line,
      })),
    }
    out(JSON.stringify(report, null, 2))
  } else {
    for (const finding of findings) out(formatFinding(finding))
    out(summary(findings, language))
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK
}
