/**
 * The privacy-policy linter: reads a policy as plain text and reports outdated law and
 * mechanisms and missing art. 13/14 information. Rules and their wording live in
 * policy-lint-rules.ts and policy-lint-patterns.ts; turning .docx or HTML into text is
 * policy-text.ts.
 */
import type { Finding } from './finding'
import { detectLanguage, type PolicyLanguage } from './language'
import { analysePolicy } from './policy-lint-document'
import { POLICY_LINT_CODES, POLICY_LINT_RULE_LIST } from './policy-lint-rules'

export {
  POLICY_LINT_CODES,
  POLICY_LINT_RULES,
  type PolicyLintCode,
  type PolicyLintRule,
} from './policy-lint-rules'

export interface PolicyLintOptions {
  /** Skip detection when the caller knows the written standard. */
  language?: PolicyLanguage
}

export interface PolicyLintResult {
  language: PolicyLanguage
  findings: Finding[]
}

const CODE_ORDER = new Map<string, number>(POLICY_LINT_CODES.map((code, i) => [code, i]))

/**
 * Lints a privacy policy given as plain text (bokmål or nynorsk; both standards' wording is
 * recognised whatever the language, since real policies mix them). Findings that point at
 * text come first, by line; findings about something missing follow, in code order.
 */
export function lintPolicy(text: string, opts: PolicyLintOptions = {}): PolicyLintResult {
  const doc = analysePolicy(text)
  const language = opts.language ?? detectLanguage(doc.text)
  const findings = POLICY_LINT_RULE_LIST.flatMap((rule) => rule(doc))
  findings.sort((a, b) => {
    if (a.line !== undefined && b.line !== undefined && a.line !== b.line) return a.line - b.line
    if (a.line === undefined && b.line !== undefined) return 1
    if (a.line !== undefined && b.line === undefined) return -1
    return (CODE_ORDER.get(a.code) ?? 0) - (CODE_ORDER.get(b.code) ?? 0)
  })
  return { language, findings }
}
