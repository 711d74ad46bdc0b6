/**
 * The policy engine (shared/policy) without its .docx writer. The features import the
 * engine from here: the index of shared/policy also loads the docx library, which is
 * large and needed only when a document is exported (policy-versions-panel loads it then).
 */
export * from '../../../../shared/policy/clauses'
export * from '../../../../shared/policy/blocks'
export * from '../../../../shared/policy/linking'
export * from '../../../../shared/policy/clause-records'
export * from '../../../../shared/policy/review'
export * from '../../../../shared/policy/compose'
export * from '../../../../shared/policy/dates'
export * from '../../../../shared/policy/diff'
export * from '../../../../shared/policy/hash'
export * from '../../../../shared/policy/format'
