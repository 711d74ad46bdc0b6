/**
 * Importing the company's current privacy policy: read the file, split it into clauses by
 * its headings, lint the whole text and place each finding in the clause it points at.
 * Nothing here writes: the records of the clauses the DPO keeps are made by
 * imported-clause.ts, and stored by the caller once the DPO has confirmed.
 */
import type { Finding } from '../checks/finding'
import type { PolicyLanguage } from '../checks/language'
import { lintPolicy } from '../checks/policy-lint'
import type { StandardClauseKey } from '../policy/clauses/keys'
import { suggestStandardClause } from './classify-clause'
import { readPolicyFile, type PolicyFileFormat } from './read-policy'
import { splitPolicyIntoClauses, type HeadingLevel, type PolicyPart } from './split-policy'

/** A clause of the imported policy with the findings that point into it. */
export interface ImportedClause extends PolicyPart {
  /** Position in the imported policy, from 0. */
  index: number
  findings: Finding[]
  /** The standard clause that covers the same element, if the heading names one. */
  suggestion: StandardClauseKey | null
}

export interface PolicyImport {
  fileName: string
  format: PolicyFileFormat
  /** Whether the headings came from the file's markup or were guessed from plain text. */
  headingsFrom: 'markup' | 'guess'
  language: PolicyLanguage
  /** The text as linted; findings' line numbers refer to it. */
  text: string
  clauses: ImportedClause[]
  /** Findings about the whole document: something missing everywhere, or text outside every clause. */
  documentFindings: Finding[]
}

/**
 * Splits `text` (with heading lines from the markup, if known), lints it and assigns each
 * finding with a line to the clause whose lines contain it. Findings without a line (an
 * element missing from the whole policy) and findings on a line outside every clause
 * (e.g. a title with no text under it) are about the whole document.
 */
export function analysePolicyText(
  text: string,
  opts: {
    fileName?: string
    format?: PolicyFileFormat
    headings?: ReadonlyMap<number, HeadingLevel>
  } = {},
): PolicyImport {
  const fromMarkup = opts.headings !== undefined && opts.headings.size > 0
  const parts = splitPolicyIntoClauses(text, fromMarkup ? { headings: opts.headings } : {})
  const { language, findings } = lintPolicy(text, fromMarkup ? { headings: opts.headings } : {})
  const clauses: ImportedClause[] = parts.map((part, index) => ({
    ...part,
    index,
    findings: [],
    suggestion: suggestStandardClause(part.title, part.body),
  }))
  const documentFindings: Finding[] = []
  for (const finding of findings) {
    const line = finding.line
    const owner =
      line === undefined ? undefined : clauses.find((c) => c.startLine <= line && line <= c.endLine)
    if (owner) owner.findings.push(finding)
    else documentFindings.push(finding)
  }
  return {
    fileName: opts.fileName ?? '',
    format: opts.format ?? 'text',
    headingsFrom: fromMarkup ? 'markup' : 'guess',
    language,
    text,
    clauses,
    documentFindings,
  }
}

/**
 * Reads a policy file and analyses it (see {@link analysePolicyText}).
 * @throws PolicyFileError for a file that cannot be read, with a Norwegian message.
 */
export async function analysePolicyFile(name: string, bytes: Uint8Array): Promise<PolicyImport> {
  const file = await readPolicyFile(name, bytes)
  return analysePolicyText(file.text, {
    fileName: name,
    format: file.format,
    headings: file.headings,
  })
}
