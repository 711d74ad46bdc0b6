/**
 * The shape of the standard texts of one written language. nb.ts and nn.ts fill it; the
 * templates (templates.ts) decide which sentences apply and insert the facts of the record.
 * Keeping the texts apart from the logic lets a language reviewer read one file.
 */
import type { REQUIREMENTS } from '../../model/activity'
import type { NamedSourceKind } from '../../model/source'
import type { Lang } from '../../model/common'
import type { StandardClauseKey } from './keys'

type Requirement = (typeof REQUIREMENTS)[number]

export interface ClausePhrases {
  lang: Lang
  /** The document language for Word's spelling and grammar check. */
  wordLanguage: 'nb-NO' | 'nn-NO'
  docTitle: (company: string) => string
  /** "Sist oppdatert" before the date under the title. */
  updated: string
  /** Footer: "Side X av Y". */
  page: string
  pageOf: string
  /** The heading of the table of contents. */
  contents: string
  months: readonly string[]
  /** The word that joins the last two items of a list ("og"). */
  and: string
  /** A marked gap where the record lacks a fact the policy must state. */
  missing: (what: string) => string
  missingWhat: {
    company: string
    purposes: string
    dataCategories: string
    basis: string
    interest: string
    law: string
    retention: string
    consequence: string
    logic: string
    consequences: string
    contact: string
  }
  titles: Record<StandardClauseKey, string>

  introduction: { lead: (company: string) => string; groups: string; definition: string; law: string }
  controller: {
    lead: (company: string) => string
    contact: string
    labels: { orgNumber: string; address: string; email: string; phone: string; website: string; customerService: string }
    representative: string
  }
  dpo: { lead: string; labels: { name: string; email: string; phone: string }; none: string }
  purposes: {
    lead: string
    header: readonly [string, string, string, string]
    special: string
    criminal: string
    specialBasis: string
    criminalBasis: string
    /** Joins a legal basis to its law, e.g. "jf. bokføringsloven § 13". */
    lawPrefix: string
    newPurpose: string
    none: string
  }
  legitimateInterests: { lead: string; objection: string; none: string }
  sources: { lead: string; header: readonly [string, string, string]; kinds: Record<NamedSourceKind, string>; none: string }
  recipients: {
    lead: string
    recipients: string
    processors: string
    joint: (party: string, activity: string) => string
    none: string
  }
  transfers: {
    lead: string
    header: readonly [string, string, string]
    module: string
    derogation: string
    fallback: string
    copy: (contact: string) => string
    adequacy: string
    none: string
    /** Word for "decision" in article references, e.g. "(EU) 2023/1795". */
    decision: string
  }
  retention: { paragraphs: readonly string[] }
  /** Art. 13(2)(e): stated only for activities where giving the data is a requirement. */
  requirement: { lead: string; labels: Record<Exclude<Requirement, 'voluntary'>, string>; otherwiseVoluntary: string; none: string }
  automated: {
    lead: string
    header: readonly [string, string, string]
    kinds: { decision: string; profiling: string; both: string }
    humanReview: string
    none: string
  }
  rights: { paragraphs: readonly string[]; howTo: string; steps: (contact: string) => readonly string[] }
  rightAccess: readonly string[]
  rightRectification: readonly string[]
  rightErasure: readonly string[]
  rightRestriction: readonly string[]
  rightPortability: readonly string[]
  /**
   * Art. 21: `lead`, `stop` and `applies` state 21(1), only where an activity rests on
   * art. 6(1)(e) or (f); `marketing` states the absolute right of 21(2)–(3).
   */
  objection: { lead: string; stop: string; marketing: string; applies: string; how: (contact: string) => string }
  consent: { lead: string; applies: string; how: (contact: string) => string; none: string }
  complaint: { lead: string; address: string }
  cookies: { paragraphs: readonly string[]; applies: string }
  changes: { paragraphs: readonly string[] }
}
