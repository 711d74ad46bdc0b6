/**
 * `lint FILE [--json]`: checks a privacy policy (.txt, .md, .docx, .html) with the same
 * linter the app uses. Exit 0 without errors (warnings allowed), 1 with errors, 2 when the
 * file cannot be read.
 */
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { PolicyFileError, readPolicyFile, type PolicyFile } from '../../../shared/audit/read-policy'
import { POLICY_FILE_EXTENSIONS } from '../../../shared/audit/policy-file-types'
import { hasErrors, type Finding } from '../../../shared/checks/finding'
import { lintPolicy } from '../../../shared/checks/policy-lint'
import { EXIT_FINDINGS, EXIT_OK, UsageError, out, parseCommandArgs, type Command } from '../cli-io'

const LANGUAGE_NAMES = { nb: 'bokmål', nn: 'nynorsk' } as const

/** Reads the file with the same reader as the in-app import, so both see the same text. */
async function readPolicy(file: string): Promise<PolicyFile> {
  const name = basename(file)
  const extension = extname(name).slice(1).toLowerCase()
  // A type the reader refuses is refused before the file is read, with the reader's message.
  const known = (POLICY_FILE_EXTENSIONS as readonly string[]).includes(extension)
  let bytes: Uint8Array = new Uint8Array()
  try {
    if (known) bytes = new Uint8Array(await readFile(file))
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'filen finnes ikke'
        : 'filen kan ikke leses'
    throw new UsageError(`kan ikke lese ${file}: ${reason}`)
  }
  try {
    return await readPolicyFile(name, bytes)
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.message)
    throw error
  }
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
  const policy = await readPolicy(file)
  const { language, findings } = lintPolicy(policy.text, { headings: policy.headings })
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
