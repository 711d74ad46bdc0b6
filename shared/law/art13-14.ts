/**
 * The elements a privacy policy must contain under GDPR arts. 13 and 14 (and art. 21(4)).
 * The policy engine maps each standard clause to the elements it covers; the checks use
 * the same codes.
 */
import type { Localized } from './legal-bases'

export const POLICY_ELEMENTS = [
  'controller-identity',
  'dpo-contact',
  'purposes-and-bases',
  'legitimate-interests',
  'recipients',
  'transfers',
  'retention',
  'right-access',
  'right-rectification',
  'right-erasure',
  'right-restriction',
  'right-portability',
  'right-objection',
  'consent-withdrawal',
  'complaint',
  'requirement',
  'automated-decisions',
  'data-categories',
  'sources',
] as const
export type PolicyElement = (typeof POLICY_ELEMENTS)[number]

export const POLICY_ELEMENT_INFO: Record<PolicyElement, { article: string; label: Localized }> = {
  'controller-identity': { article: 'art. 13 nr. 1 bokstav a', label: { nb: 'Behandlingsansvarlig og kontaktopplysninger', nn: 'Behandlingsansvarleg og kontaktopplysningar' } },
  'dpo-contact': { article: 'art. 13 nr. 1 bokstav b', label: { nb: 'Kontaktopplysninger til personvernombudet', nn: 'Kontaktopplysningar til personvernombodet' } },
  'purposes-and-bases': { article: 'art. 13 nr. 1 bokstav c', label: { nb: 'Formål og behandlingsgrunnlag', nn: 'Formål og behandlingsgrunnlag' } },
  'legitimate-interests': { article: 'art. 13 nr. 1 bokstav d', label: { nb: 'Berettigede interesser', nn: 'Berettiga interesser' } },
  recipients: { article: 'art. 13 nr. 1 bokstav e', label: { nb: 'Mottakere', nn: 'Mottakarar' } },
  transfers: { article: 'art. 13 nr. 1 bokstav f', label: { nb: 'Overføring til tredjeland', nn: 'Overføring til tredjeland' } },
  retention: { article: 'art. 13 nr. 2 bokstav a', label: { nb: 'Lagringstid', nn: 'Lagringstid' } },
  'right-access': { article: 'art. 13 nr. 2 bokstav b, art. 15', label: { nb: 'Rett til innsyn', nn: 'Rett til innsyn' } },
  'right-rectification': { article: 'art. 13 nr. 2 bokstav b, art. 16', label: { nb: 'Rett til retting', nn: 'Rett til retting' } },
  'right-erasure': { article: 'art. 13 nr. 2 bokstav b, art. 17', label: { nb: 'Rett til sletting', nn: 'Rett til sletting' } },
  'right-restriction': { article: 'art. 13 nr. 2 bokstav b, art. 18', label: { nb: 'Rett til begrensning av behandlingen', nn: 'Rett til avgrensing av behandlinga' } },
  'right-portability': { article: 'art. 13 nr. 2 bokstav b, art. 20', label: { nb: 'Rett til dataportabilitet', nn: 'Rett til dataportabilitet' } },
  'right-objection': { article: 'art. 13 nr. 2 bokstav b, art. 21', label: { nb: 'Rett til å protestere', nn: 'Rett til å protestere' } },
  'consent-withdrawal': { article: 'art. 13 nr. 2 bokstav c', label: { nb: 'Trekke tilbake samtykke', nn: 'Trekkje tilbake samtykket' } },
  complaint: { article: 'art. 13 nr. 2 bokstav d, art. 77', label: { nb: 'Klage til Datatilsynet', nn: 'Klage til Datatilsynet' } },
  requirement: { article: 'art. 13 nr. 2 bokstav e', label: { nb: 'Lovpålagt eller avtalefestet krav', nn: 'Lovpålagt eller avtalefesta krav' } },
  'automated-decisions': { article: 'art. 13 nr. 2 bokstav f, art. 22', label: { nb: 'Automatiserte avgjørelser og profilering', nn: 'Automatiserte avgjerder og profilering' } },
  'data-categories': { article: 'art. 14 nr. 1 bokstav d', label: { nb: 'Kategorier av personopplysninger', nn: 'Kategoriar av personopplysningar' } },
  sources: { article: 'art. 14 nr. 2 bokstav f', label: { nb: 'Kilder', nn: 'Kjelder' } },
}
