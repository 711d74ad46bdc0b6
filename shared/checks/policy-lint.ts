/**
 * The privacy-policy linter: reads a policy as plain text and reports outdated law and
 * mechanisms and missing art. 13/14 information. Rules and their wording live in
 * policy-lint-rules.ts and policy-lint-patterns.ts; turning .docx or HTML into text is
 * policy-text.ts, the one reader of policy files.
 */
import type { PolicyDoc } from '../model/policy-doc'
import { runsText } from '../policy/blocks'
import type { Finding } from './finding'
import { detectLanguage, type PolicyLanguage } from './language'
import { analysePolicy } from './policy-lint-document'
import { POLICY_LINT_CODES, POLICY_LINT_RULE_LIST } from './policy-lint-rules'
import { renderBlocks, type HeadingLevel, type PolicyBlock } from './policy-text-blocks'

export {
  POLICY_LINT_CODES,
  POLICY_LINT_RULES,
  type PolicyLintCode,
  type PolicyLintRule,
} from './policy-lint-rules'

export interface PolicyLintOptions {
  /** Skip detection when the caller knows the written standard. */
  language?: PolicyLanguage
  /**
   * Heading lines known from the markup (1-based line → level), as the policy reader
   * returns them; without them, headings are guessed from the shape of the text.
   */
  headings?: ReadonlyMap<number, HeadingLevel>
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
  const doc = analysePolicy(text, opts.headings)
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

/** The blocks of a generated policy, in reading order; deleted text (a tracked change) is left out. */
export function policyDocBlocks(doc: PolicyDoc): PolicyBlock[] {
  const blocks: PolicyBlock[] = [{ kind: 'heading', level: 1, text: doc.title }]
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        blocks.push({
          kind: 'heading',
          level: (block.level + 1) as 2 | 3,
          text: runsText(block.runs, true),
        })
        break
      case 'paragraph':
        blocks.push({ kind: 'paragraph', text: runsText(block.runs, true) })
        break
      case 'list':
        block.items.forEach((item, i) =>
          blocks.push({
            kind: 'item',
            text: runsText(item, true),
            marker: block.ordered ? `${i + 1}.` : '•',
          }),
        )
        break
      case 'table':
        for (const row of [block.header, ...block.rows]) {
          blocks.push({
            kind: 'row',
            cells: row.map((cell) => runsText(cell, true).replace(/\s*\n\s*/g, ' ')),
          })
        }
        break
    }
  }
  return blocks
}

/**
 * Lints a policy Ombud generated, straight from its document model: headings are known, so
 * nothing is guessed, and no .docx is written and read back.
 */
export function lintPolicyDocument(doc: PolicyDoc): PolicyLintResult {
  const { text, headings } = renderBlocks(policyDocBlocks(doc))
  return lintPolicy(text, { language: doc.lang, headings })
}
