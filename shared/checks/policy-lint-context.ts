/**
 * What the linter knows about a policy beyond its words: which sentences define terms
 * rather than describe the controller's processing, which sentences describe a right of
 * the data subject, and which legal bases the controller relies on. Which rights a policy
 * must describe depends on the bases: portability only for consent or contract (art. 20),
 * objection under art. 21(1) only for public task or legitimate interests.
 */
import {
  isListItem,
  sectionHeading,
  type PolicyDocument,
  type Sentence,
} from './policy-lint-document'
import * as P from './policy-lint-patterns'

// Rules ask the same questions of the same sentences; the answers are kept per document.
const definitions = new WeakMap<Sentence, boolean>()
const statementsOf = new WeakMap<PolicyDocument, BasisStatement[]>()
const basesOf = new WeakMap<PolicyDocument, ControllerBases>()

/** A sentence that explains a word («Behandlingsansvarleg er verksemda som …») or the law in general. */
export function isDefinition(doc: PolicyDocument, sentence: Sentence): boolean {
  let answer = definitions.get(sentence)
  if (answer === undefined) {
    answer =
      P.DEFINITION_HEADING.test(sectionHeading(doc, sentence)) ||
      (P.DEFINITION.test(sentence.text) &&
        // «Dette er definert som berettiget interesse» is about the controller's own processing.
        !P.PERSON.test(sentence.text) &&
        !/(?<![\p{L}])dette(?![\p{L}])/u.test(sentence.text))
    definitions.set(sentence, answer)
  }
  return answer
}

/** The line before a list that introduces it ("Du har rett til:"), lower-cased; '' for none. */
export function listLead(doc: PolicyDocument, sentence: Sentence): string {
  if (!isListItem(doc.lines[sentence.line - 1]!)) return ''
  for (let l = sentence.line - 2, seen = 0; l >= 0 && seen < 20; l--) {
    const previous = doc.lines[l]!
    if (previous.trim() === '') continue
    seen++
    if (!isListItem(previous)) {
      const start = doc.lineStarts[l]!
      return doc.lower.slice(start, start + previous.length)
    }
  }
  return ''
}

/**
 * A sentence that describes a right of the data subject: it has the wording of a right
 * («du har rett til», «du kan be om»), is a list entry under such a sentence, or stands in a
 * section whose heading is about rights («Dine rettar», «Innsyn, retting og sletting»);
 * `section: false` leaves the heading out (retention rules often stand under «Dine rettar»).
 */
export function inRightsContext(
  doc: PolicyDocument,
  sentence: Sentence,
  opts: { section?: boolean } = {},
): boolean {
  if (P.RIGHT_INDICATOR.test(sentence.text)) return true
  const lead = listLead(doc, sentence)
  if (lead !== '' && P.RIGHT_INDICATOR.test(lead)) return true
  if (opts.section === false) return false
  const heading = sectionHeading(doc, sentence)
  return heading !== '' && isRightsHeading(heading)
}

export function isRightsHeading(heading: string): boolean {
  // «Sletting av personopplysningar» is often a heading over retention, so one right's
  // name is not enough; a heading about rights, or naming two, is.
  return P.RIGHTS_HEADING.test(heading) || P.RIGHT_WORDS.all(heading).length >= 2
}

export type BasisKind = 'consent' | 'contract' | 'obligation' | 'public' | 'interest' | 'vital'

const LETTERS: Record<string, BasisKind> = {
  a: 'consent',
  b: 'contract',
  c: 'obligation',
  d: 'vital',
  e: 'public',
  f: 'interest',
}

/** A sentence that is about keeping or deleting data, not about why it is processed. */
function aboutRetentionOnly(text: string): boolean {
  return P.RETENTION.test(text) && !/(?<![\p{L}])(behandl|handsam)/u.test(text)
}

/** Words without which a sentence cannot state a legal basis. */
const BASIS_WORDS =
  /samtykk|avtale|kontrakt|grunnlag|hjemmel|heimel|plikt|forplikt|lov|interess|offentl|art|oppgåve|oppgave|samfunnsoppdrag|vitale|styresmakt|myndigh/u

export interface BasisStatement {
  sentence: Sentence
  kinds: Set<BasisKind>
  /** Offered as one of several possibilities, not as the basis of this processing. */
  hedged: boolean
  /** In a section whose heading is about the legal basis. */
  inBasisSection: boolean
}

/**
 * Sentences that state a legal basis of the controller's processing, with the bases they
 * name. A definition («for at det skal vere lovleg, er det nødvendig med
 * behandlingsgrunnlag»), a right («du kan protestere mot behandling som bygger på
 * berettiget interesse») or a retention rule («oppbevarast med heimel i arkivlova») is not
 * a statement of the basis.
 */
export function basisStatements(doc: PolicyDocument): BasisStatement[] {
  const known = statementsOf.get(doc)
  if (known) return known
  const out: BasisStatement[] = []
  statementsOf.set(doc, out)
  for (const sentence of doc.sentences) {
    const text = sentence.text
    // Most sentences name no basis at all; one cheap test skips them.
    if (!BASIS_WORDS.test(text) && !P.BASIS_HEADING.test(sectionHeading(doc, sentence))) continue
    if (isDefinition(doc, sentence) || aboutRetentionOnly(text)) continue
    const kinds = new Set<BasisKind>()
    // Keeping data «pålagt av lov», or giving it out «når lovbestemt opplysningsplikt», is
    // no statement of why it is processed in the first place.
    const keepingOrGiving = P.RETENTION.test(text) || P.DISCLOSURE.test(text)
    for (const m of P.ART6_LETTER.all(text)) {
      const letter = m.groups?.letter ?? m.groups?.letter2
      if (letter) kinds.add(LETTERS[letter]!)
    }
    const objection = P.RIGHT_OBJECTION_STRONG.test(text) || P.RIGHT_OBJECTION_WEAK.test(text)
    if (P.LEGITIMATE_INTEREST.test(text) && !objection) kinds.add('interest')
    if (P.BASIS_CONTRACT.test(text)) kinds.add('contract')
    if (P.BASIS_OBLIGATION.test(text) && !keepingOrGiving) kinds.add('obligation')
    if (P.BASIS_PUBLIC.test(text) && !objection && !keepingOrGiving) kinds.add('public')
    if (P.BASIS_VITAL.test(text)) kinds.add('vital')
    // «Dersom behandlinga er basert på samtykke, …» says what follows if consent is used, not that it is.
    const consentNamed =
      !P.CONSENT_NEGATED.test(text) &&
      !P.CONSENT_NOT_BASIS.test(text) &&
      !P.CONSENT_CONDITIONAL.test(text) &&
      // «Du kan trekke samtykket tilbake» says consent can be withdrawn, not what rests on it.
      !P.CONSENT_WITHDRAWAL.test(text) &&
      !P.CONSENT_WITHDRAWAL_BROAD.test(text)
    if (P.CONSENT_AS_BASIS.test(text) && consentNamed) kinds.add('consent')
    // Under a heading about the basis, or in a list after «… følgjande grunnlag:», the
    // bare names count: «• Samtykke», «• Avtale».
    const heading = sectionHeading(doc, sentence)
    const lead = listLead(doc, sentence)
    const inBasisSection = P.BASIS_HEADING.test(heading)
    if (
      inBasisSection ||
      (lead !== '' && P.BASIS_CONTEXT.test(lead)) ||
      P.BASIS_CONTEXT.test(text)
    ) {
      if (/(?<![\p{L}])samtykk/u.test(text) && consentNamed) kinds.add('consent')
      if (/(?<![\p{L}])(avtale|kontrakt|medlemsavtale)/u.test(text)) kinds.add('contract')
      if (
        !keepingOrGiving &&
        /(?<![\p{L}])(lov|lova|loven|lovverk|forskrift)(?![\p{L}])|\p{L}lov(a|en)?(?![\p{L}])|plikt/u.test(
          text,
        )
      )
        kinds.add('obligation')
      if (!keepingOrGiving && /(?<![\p{L}])offentl\p{L}*/u.test(text)) kinds.add('public')
    }
    if (kinds.size > 0) {
      const hedged = P.HEDGED.test(text) || (lead !== '' && P.HEDGED.test(lead))
      out.push({ sentence, kinds, hedged, inBasisSection })
    }
  }
  return out
}

export interface ControllerBases {
  /** Bases the policy states. */
  stated: Set<BasisKind>
  /** Whether the controller is a public body. */
  publicBody: boolean
  /** Whether the policy describes customers, members, accounts or orders (a contract). */
  contractual: boolean
  /** Whether it describes direct marketing (art. 21(2) applies whatever the basis). */
  marketing: boolean
}

export function controllerBases(doc: PolicyDocument): ControllerBases {
  const known = basesOf.get(doc)
  if (known) return known
  const publicBody = isPublicBody(doc)
  let statements = basisStatements(doc)
  // A section on the legal basis says what the processing rests on; basis words elsewhere
  // (a purpose «i tråd med samfunnsoppdraget») give way to it.
  if (statements.some((b) => b.inBasisSection))
    statements = statements.filter((b) => b.inBasisSection)
  const stated = new Set<BasisKind>()
  for (const { kinds, hedged } of statements) {
    for (const k of kinds) {
      // A public body listing consent or contract among possible bases does not say it uses them.
      if (hedged && publicBody && (k === 'consent' || k === 'contract')) continue
      stated.add(k)
    }
  }
  const bases: ControllerBases = {
    stated,
    publicBody,
    contractual: doc.sentences.some((s) => !isDefinition(doc, s) && P.CONTRACTUAL.test(s.text)),
    marketing: doc.sentences.some((s) => !isDefinition(doc, s) && P.MARKETING.test(s.text)),
  }
  basesOf.set(doc, bases)
  return bases
}

/**
 * Whether the controller is a public body: named as controller («Arbeids- og
 * velferdsdirektoratet har ansvaret for behandlinga»), in the title («Personvernerklæring
 * for Stranda kommune»), or processing as a public authority.
 */
export function isPublicBody(doc: PolicyDocument): boolean {
  const title = doc.paragraphs
    .slice(0, 3)
    .map((p) => p.text)
    .join(' ')
  if (/personvern\p{L}*\s+(for|i|hos)\s/u.test(title) && P.PUBLIC_BODY.test(title)) return true
  return doc.sentences.some(
    (s) =>
      ((P.CONTROLLER.test(s.text) && !isDefinition(doc, s)) ||
        /(?<![\p{L}])(er|som)\s+(ei|ein|en|et|eit)\s+offentl\p{L}*\s+(myndighet|myndigheit|organ)/u.test(
          s.text,
        ) ||
        /(?<![\p{L}])(utøve|utøva)\s+offentl/u.test(s.text)) &&
      P.PUBLIC_BODY.test(s.text),
  )
}

/** Art. 20 applies: consent or contract is a basis (stated, or a private controller with customers, members or accounts). */
export function portabilityApplies(b: ControllerBases): boolean {
  if (b.stated.has('consent') || b.stated.has('contract')) return true
  // Customers, members and accounts of a private controller rest on a contract, whatever
  // basis the policy names for them.
  return !b.publicBody && b.contractual
}

/**
 * Art. 21 applies: public task or legitimate interests is a basis, or data is used for
 * direct marketing. Without any stated basis a private controller is assumed to rely on
 * legitimate interests for some of its processing; a public body on its public task.
 */
export function objectionApplies(b: ControllerBases): boolean {
  if (b.stated.has('public') || b.stated.has('interest')) return true
  // Marketing on consent is ended by withdrawing consent; without consent, 21(2) applies.
  if (b.marketing && !b.stated.has('consent')) return true
  if (b.stated.size > 0) return false
  return true
}
