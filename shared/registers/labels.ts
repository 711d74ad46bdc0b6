/**
 * Labels of the registers' enums in bokmål and nynorsk, for the interface, the documents
 * and the messages alike. They move to shared/labels/ with the rest of the label tables
 * when that lands.
 */
import type { Localized } from '../law/legal-bases'
import type { AttachmentPurpose } from '../model/attachment'
import type { BreachRisk, BreachType, NotInformedReason } from '../model/breach'
import type { RequestStatus, RequestType } from '../model/data-subject-request'
import type { DpiaDecision, DpiaStatus } from '../model/dpia'
import type { RoutineKind } from '../model/routine'

export const DPIA_STATUS_LABELS: Record<DpiaStatus, Localized> = {
  draft: { nb: 'Utkast', nn: 'Utkast' },
  'signed-off': { nb: 'Godkjent', nn: 'Godkjend' },
}

export const DPIA_DECISION_LABELS: Record<DpiaDecision, Localized> = {
  proceed: { nb: 'Behandlingen kan gjennomføres', nn: 'Behandlinga kan gjennomførast' },
  'proceed-with-measures': {
    nb: 'Behandlingen kan gjennomføres når de planlagte tiltakene er på plass',
    nn: 'Behandlinga kan gjennomførast når dei planlagde tiltaka er på plass',
  },
  'prior-consultation': {
    nb: 'Datatilsynet skal rådspørres før behandlingen starter (art. 36)',
    nn: 'Datatilsynet skal rådspørjast før behandlinga startar (art. 36)',
  },
  'do-not-proceed': { nb: 'Behandlingen skal ikke gjennomføres', nn: 'Behandlinga skal ikkje gjennomførast' },
}

export const MEASURE_STATUS_LABELS: Record<'in-place' | 'planned', Localized> = {
  'in-place': { nb: 'Gjennomført', nn: 'Gjennomført' },
  planned: { nb: 'Planlagt', nn: 'Planlagd' },
}

export const DPO_FOLLOWED_LABELS: Record<'yes' | 'partly' | 'no', Localized> = {
  yes: { nb: 'Rådet følges', nn: 'Rådet vert følgt' },
  partly: { nb: 'Rådet følges delvis', nn: 'Rådet vert delvis følgt' },
  no: { nb: 'Rådet følges ikke', nn: 'Rådet vert ikkje følgt' },
}

export const BREACH_TYPE_LABELS: Record<BreachType, Localized> = {
  confidentiality: { nb: 'Brudd på konfidensialitet', nn: 'Brot på konfidensialitet' },
  integrity: { nb: 'Brudd på integritet', nn: 'Brot på integritet' },
  availability: { nb: 'Brudd på tilgjengelighet', nn: 'Brot på tilgjenge' },
}

export const BREACH_RISK_LABELS: Record<BreachRisk, Localized> = {
  unlikely: { nb: 'Trolig ingen risiko for de berørte', nn: 'Truleg ingen risiko for dei det gjeld' },
  risk: { nb: 'Risiko for de berørte', nn: 'Risiko for dei det gjeld' },
  high: { nb: 'Høy risiko for de berørte', nn: 'Høg risiko for dei det gjeld' },
}

export const NOT_INFORMED_LABELS: Record<NotInformedReason, Localized> = {
  'not-high-risk': { nb: 'Bruddet medfører ikke høy risiko (art. 34 nr. 1)', nn: 'Brotet fører ikkje med seg høg risiko (art. 34 nr. 1)' },
  'art34-3-a': {
    nb: 'Opplysningene var uleselige for uvedkommende, for eksempel kryptert (art. 34 nr. 3 bokstav a)',
    nn: 'Opplysningane var uleselege for uvedkomande, til dømes krypterte (art. 34 nr. 3 bokstav a)',
  },
  'art34-3-b': {
    nb: 'Tiltak etter bruddet gjør at den høye risikoen trolig ikke lenger vil oppstå (art. 34 nr. 3 bokstav b)',
    nn: 'Tiltak etter brotet gjer at den høge risikoen truleg ikkje lenger vil oppstå (art. 34 nr. 3 bokstav b)',
  },
  'art34-3-c': {
    nb: 'Det ville kreve uforholdsmessig stor innsats; offentlig informasjon i stedet (art. 34 nr. 3 bokstav c)',
    nn: 'Det ville krevje uforholdsmessig stor innsats; offentleg informasjon i staden (art. 34 nr. 3 bokstav c)',
  },
}

export const REQUEST_TYPE_LABELS: Record<RequestType, Localized & { article: string }> = {
  access: { nb: 'Innsyn', nn: 'Innsyn', article: 'art. 15' },
  rectification: { nb: 'Retting', nn: 'Retting', article: 'art. 16' },
  erasure: { nb: 'Sletting', nn: 'Sletting', article: 'art. 17' },
  restriction: { nb: 'Begrensning av behandlingen', nn: 'Avgrensing av behandlinga', article: 'art. 18' },
  portability: { nb: 'Dataportabilitet', nn: 'Dataportabilitet', article: 'art. 20' },
  objection: { nb: 'Protest', nn: 'Protest', article: 'art. 21' },
  'withdraw-consent': { nb: 'Trekk av samtykke', nn: 'Trekkje tilbake samtykke', article: 'art. 7 nr. 3' },
}

export const REQUEST_STATUS_LABELS: Record<RequestStatus, Localized> = {
  received: { nb: 'Mottatt', nn: 'Motteke' },
  'in-progress': { nb: 'Under behandling', nn: 'Under behandling' },
  answered: { nb: 'Besvart', nn: 'Svara' },
  rejected: { nb: 'Avslått med begrunnelse', nn: 'Avslått med grunngjeving' },
  withdrawn: { nb: 'Trukket tilbake', nn: 'Trekt tilbake' },
}

export const ROUTINE_KIND_LABELS: Record<RoutineKind, Localized> = {
  requests: { nb: 'Henvendelser fra de registrerte', nn: 'Førespurnader frå dei registrerte' },
  deletion: { nb: 'Sletting', nn: 'Sletting' },
  breaches: { nb: 'Avvikshåndtering', nn: 'Avvikshandtering' },
  'internal-control': { nb: 'Internkontroll', nn: 'Internkontroll' },
  'dpo-role': { nb: 'Personvernombudets rolle', nn: 'Rolla til personvernombodet' },
}

export const ATTACHMENT_PURPOSE_LABELS: Record<AttachmentPurpose, Localized> = {
  'signed-agreement': { nb: 'Signert databehandleravtale', nn: 'Signert databehandlaravtale' },
  scc: { nb: 'Standard personvernbestemmelser (SCC)', nn: 'Standard personvernføresegner (SCC)' },
  tia: { nb: 'Vurdering av overføringen (TIA)', nn: 'Vurdering av overføringa (TIA)' },
  'balancing-test': { nb: 'Interesseavveiing', nn: 'Interesseavveging' },
  'dpia-appendix': { nb: 'Vedlegg til DPIA', nn: 'Vedlegg til DPIA' },
  'breach-documentation': { nb: 'Dokumentasjon av avvik', nn: 'Dokumentasjon av avvik' },
  routine: { nb: 'Rutine', nn: 'Rutine' },
  other: { nb: 'Annet dokument', nn: 'Anna dokument' },
}
