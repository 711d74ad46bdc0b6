/**
 * The rules the activity and transfer editors run on save. Each problem names the field
 * (a dotted path into the record, so the form can show it at the field) and says in
 * Norwegian what is missing, citing the article that requires it.
 *
 * A draft may be saved with problems listed; an activity can be set to "active" only
 * when `isComplete` holds. The caller decides: these functions only report.
 */
import { ART6 } from '../law/legal-bases'
import { countryName, hasAdequacyDecision, isEea } from '../law/countries'
import {
  MECHANISM_INFO,
  isOutdatedMechanism,
  type TransferMechanism,
} from '../law/transfer-mechanisms'
import type { ProcessingActivity } from '../model/activity'
import { art9BasesOf, hasCriminalData, hasSpecialCategories } from '../model/activity-view'
import type { Processor } from '../model/processor'
import type { Transfer } from '../model/transfer'

/** A problem at one field of the record being edited. */
export interface FieldProblem {
  /** Dotted path into the record, e.g. `legalBases.0.interest` or `retention.period`. */
  field: string
  message: string
}

/** A problem in the transfer editor. Errors block saving; warnings are shown but allowed. */
export interface TransferProblem extends FieldProblem {
  severity: 'error' | 'warning'
}

/** The other records an activity refers to. */
export interface ActivityContext {
  transfers: readonly Transfer[]
  processors: readonly Processor[]
  /**
   * `transfers` by id, when the caller already has it: the readiness checks validate
   * thousands of activities against the same transfers and should not rebuild it each time.
   */
  transfersById?: ReadonlyMap<string, Transfer>
}

const blank = (s: string | undefined | null): boolean =>
  s === undefined || s === null || s.trim() === ''


/**
 * Checks an activity as the editor saves it. Returns every problem, in form order.
 *
 * Activities where the company is a processor (`role: 'processor'`) are checked against
 * art. 30 nr. 2: the controller, the categories of processing and the transfers. Legal
 * bases, retention and the categories of data subjects and data are the controller's
 * record and are not required there.
 */
export function validateActivity(
  activity: ProcessingActivity,
  ctx: ActivityContext,
): FieldProblem[] {
  const problems: FieldProblem[] = []
  const add = (field: string, message: string) => problems.push({ field, message })
  const controller = activity.role === 'controller'

  if (!controller && blank(activity.onBehalfOf)) {
    add(
      'onBehalfOf',
      'Art. 30 nr. 2 bokstav a: skriv hvilken behandlingsansvarlig virksomheten behandler opplysningene for.',
    )
  }

  if (activity.purposes.length === 0) {
    add(
      'purposes',
      controller
        ? 'Art. 30 nr. 1 bokstav b: skriv minst ett formål med behandlingen.'
        : 'Art. 30 nr. 2 bokstav b: beskriv hvilke kategorier behandling som utføres for den behandlingsansvarlige.',
    )
  }

  if (controller) {
    activity.purposes.forEach((p, i) => {
      if (blank(p.text.nb)) add(`purposes.${i}.text`, 'Art. 30 nr. 1 bokstav b: skriv formålet.')
      if (!p.basis) {
        add(`purposes.${i}.basis`, 'Art. 6 nr. 1: velg behandlingsgrunnlaget som dekker dette formålet.')
        return
      }
      const needs = ART6[p.basis].needs
      if (needs === 'interest' && blank(p.interest.nb)) {
        add(
          `purposes.${i}.interest`,
          'Art. 6 nr. 1 bokstav f: skriv hvilken berettiget interesse behandlingen bygger på.',
        )
      }
      if (needs === 'law' && blank(p.law.nb)) {
        const letter = p.basis === 'legal-obligation' ? 'c' : 'e'
        add(
          `purposes.${i}.law`,
          `Art. 6 nr. 1 bokstav ${letter} og nr. 3: skriv hvilken lov eller forskrift behandlingen bygger på (f.eks. bokføringsloven § 13).`,
        )
      }
    })

    if (hasSpecialCategories(activity) && art9BasesOf(activity).length === 0) {
      add(
        'purposes',
        'Art. 9 nr. 2: særlige kategorier personopplysninger kan bare behandles med et unntak etter art. 9 nr. 2. Velg grunnlaget for formålet som bruker dem.',
      )
    }
    if (hasCriminalData(activity) && activity.purposes.every((p) => blank(p.art10Basis.nb))) {
      add(
        'purposes',
        'Art. 10: opplysninger om straffedommer og lovovertredelser kan bare behandles under offentlig myndighet eller med hjemmel i lov. Skriv hjemmelen for formålet som bruker dem.',
      )
    }

    if (activity.dataSubjects.length === 0) {
      add(
        'dataSubjects',
        'Art. 30 nr. 1 bokstav c: skriv hvilke kategorier registrerte behandlingen gjelder.',
      )
    }
    if (activity.dataCategories.length === 0) {
      add(
        'dataCategories',
        'Art. 30 nr. 1 bokstav c: skriv hvilke kategorier personopplysninger som behandles.',
      )
    }

    activity.dataCategories.forEach((c, i) => {
      if (!c.fromSubject && !c.generated && c.sourceIds.length === 0) {
        add(
          `dataCategories.${i}.sources`,
          'Art. 14 nr. 2 bokstav f: angi hvor opplysningene kommer fra (den registrerte selv, virksomheten selv eller en navngitt kilde).',
        )
      }
    })

    if (activity.automatedDecisions.used) {
      if (blank(activity.automatedDecisions.logic.nb)) {
        add(
          'automatedDecisions.logic',
          'Art. 13 nr. 2 bokstav f: beskriv logikken i de automatiserte avgjørelsene.',
        )
      }
      if (blank(activity.automatedDecisions.consequences.nb)) {
        add(
          'automatedDecisions.consequences',
          'Art. 13 nr. 2 bokstav f: beskriv betydningen og de forventede konsekvensene for den registrerte.',
        )
      }
    }

    if (activity.retention.length === 0) {
      add(
        'retention',
        'Art. 30 nr. 1 bokstav f og art. 13 nr. 2 bokstav a: skriv hvor lenge opplysningene lagres.',
      )
    }
    activity.retention.forEach((r, i) => {
      if (blank(r.period.nb)) {
        add(
          `retention.${i}.period`,
          'Art. 30 nr. 1 bokstav f og art. 13 nr. 2 bokstav a: skriv hvor lenge opplysningene lagres.',
        )
      }
      if (blank(r.basis.nb)) {
        add(
          `retention.${i}.basis`,
          'Art. 13 nr. 2 bokstav a: skriv hva lagringstiden bygger på (en lov eller konkrete kriterier).',
        )
      }
    })
  }

  if (activity.transferIds.length > 0) {
    const byId = ctx.transfersById ?? new Map(ctx.transfers.map((t) => [t.id, t]))
    for (const transferId of activity.transferIds) {
      const t = byId.get(transferId)
      if (!t) {
        add(
          'transferIds',
          `Art. 30 nr. 1 bokstav e: den koblede overføringen («${transferId}») finnes ikke. Fjern koblingen eller registrer overføringen.`,
        )
        continue
      }
      for (const m of linkedTransferMessages(t)) add('transferIds', m)
    }
  }

  return problems
}

/** What is wrong with a transfer an activity links to, from the activity's side. */
function linkedTransferMessages(t: Transfer): string[] {
  const to = `Overføringen til ${t.recipient} (${countryName(t.country)})`
  const messages: string[] = []
  if (!(t.mechanism as TransferMechanism | undefined)) {
    messages.push(`Art. 44: ${to} mangler overføringsgrunnlag.`)
    return messages
  }
  if (isOutdatedMechanism(t.mechanism)) {
    const info = MECHANISM_INFO[t.mechanism]
    messages.push(
      `Art. 44 og 46: ${to} bygger på ${info.label.nb}, som ikke lenger er gyldig. ${info.invalidSince?.reason.nb ?? ''}`.trim(),
    )
  }
  if (t.mechanism === 'scc-2021' && t.sccModule === null) {
    messages.push(
      `Art. 46 nr. 2 bokstav c: ${to} bygger på standardavtalene, men modulen er ikke valgt.`,
    )
  }
  if (t.mechanism === 'eu-us-dpf' && (t.dpfCheckedOn === null || t.fallback === null)) {
    messages.push(
      `Art. 45: ${to} bygger på Data Privacy Framework, men dato for kontroll av sertifiseringen og reservegrunnlag må fylles ut.`,
    )
  }
  if (t.mechanism === 'derogation' && t.derogation === null) {
    messages.push(`Art. 49: ${to} bygger på et unntak, men det er ikke angitt hvilket.`)
  }
  return messages
}

/**
 * True when the activity has no problems and may be set to "active". Drafts may be
 * saved incomplete; the editor lists the problems and keeps them as drafts.
 */
export function isComplete(activity: ProcessingActivity, ctx: ActivityContext): boolean {
  return validateActivity(activity, ctx).length === 0
}

export interface TransferRuleOptions {
  /** The transfer is being created (not edited). */
  isNew: boolean
  /**
   * The mechanism the transfer had when it was last saved. An outdated mechanism that an
   * imported record already carries may be kept while the DPO edits the record (it is
   * reported as a warning); choosing one anew is an error.
   */
  savedMechanism?: TransferMechanism
}

/** Art. 49 derogations that need the assessment documented in the record (art. 49 nr. 6). */
const DOCUMENTED_DEROGATIONS: ReadonlySet<string> = new Set(['compelling-legitimate-interests'])

/** Checks a transfer as the transfer editor saves it. Errors block saving. */
export function validateTransfer(t: Transfer, options: TransferRuleOptions): TransferProblem[] {
  const problems: TransferProblem[] = []
  const error = (field: string, message: string) =>
    problems.push({ field, message, severity: 'error' })
  const warning = (field: string, message: string) =>
    problems.push({ field, message, severity: 'warning' })
  const land = countryName(t.country)

  if (isEea(t.country)) {
    warning(
      'country',
      `${land} er i EØS. Å gi opplysninger til en mottaker der er ikke overføring til tredjeland (kapittel V), og krever ikke overføringsgrunnlag.`,
    )
  }

  if (isOutdatedMechanism(t.mechanism)) {
    const info = MECHANISM_INFO[t.mechanism]
    const kept =
      !options.isNew &&
      (options.savedMechanism === undefined || options.savedMechanism === t.mechanism)
    const text =
      `Art. 44 og 46: ${info.label.nb} er ikke lenger et gyldig overføringsgrunnlag. ${info.invalidSince?.reason.nb ?? ''}`.trim()
    if (kept) warning('mechanism', `${text} Velg et gjeldende grunnlag.`)
    else error('mechanism', `${text} Det kan ikke velges for en overføring.`)
  }

  if (t.mechanism === 'adequacy' && !isEea(t.country) && !hasAdequacyDecision(t.country)) {
    error(
      'mechanism',
      t.country === 'US'
        ? 'Art. 45: USA har bare tilstrekkelig beskyttelsesnivå for virksomheter som er sertifisert under EU–US Data Privacy Framework. Velg det grunnlaget, eller et annet.'
        : `Art. 45: EU-kommisjonen har ikke fattet beslutning om tilstrekkelig beskyttelsesnivå for ${land}. Velg et annet overføringsgrunnlag.`,
    )
  }

  if (t.mechanism === 'scc-2021') {
    if (t.sccModule === null) {
      error(
        'sccModule',
        'Art. 46 nr. 2 bokstav c: velg hvilken modul i standardavtalene (beslutning (EU) 2021/914) som brukes.',
      )
    }
    if (t.tiaDate === null) {
      warning(
        'tiaDate',
        'Standardavtalene punkt 14 krever en dokumentert vurdering av overføringen (TIA). Skriv datoen vurderingen ble gjort.',
      )
    }
  }

  if (t.mechanism === 'eu-us-dpf') {
    if (t.country !== 'US') {
      error('country', 'Art. 45: EU–US Data Privacy Framework gjelder bare mottakere i USA.')
    }
    if (t.dpfCheckedOn === null) {
      error(
        'dpfCheckedOn',
        'Art. 45: skriv når det sist ble kontrollert at mottakeren er sertifisert på listen til Data Privacy Framework.',
      )
    }
    if (t.fallback === null) {
      error(
        'fallback',
        'Art. 46: en anke om gyldigheten av Data Privacy Framework er til behandling i EU-domstolen. Registrer et reservegrunnlag (som regel standardavtalene) som overføringen kan bygge på om rammeverket faller.',
      )
    }
  }

  if (t.mechanism === 'derogation') {
    if (t.derogation === null) {
      error('derogation', 'Art. 49 nr. 1: velg hvilket unntak overføringen bygger på.')
    } else if (DOCUMENTED_DEROGATIONS.has(t.derogation) && blank(t.notes)) {
      warning(
        'notes',
        'Art. 49 nr. 1 annet ledd og nr. 6: dokumenter interesseavveiingen og garantiene i merknadene, og husk å underrette Datatilsynet.',
      )
    }
  }

  if (t.fallback !== null) {
    if (isOutdatedMechanism(t.fallback)) {
      error(
        'fallback',
        `${MECHANISM_INFO[t.fallback].label.nb} er ikke lenger gyldig og kan ikke være reservegrunnlag.`,
      )
    } else if (t.fallback === t.mechanism) {
      error('fallback', 'Reservegrunnlaget må være et annet grunnlag enn hovedgrunnlaget.')
    }
  }

  return problems
}
