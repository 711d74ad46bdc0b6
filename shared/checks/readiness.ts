/**
 * Readiness for an audit (tilsyn): checks on the whole workbench that Datatilsynet would
 * look at first — the record (art. 30), legal bases, processor agreements, transfers,
 * the privacy policy and whether the record is kept up to date.
 *
 * Every finding names the record it concerns (`ref`), so the dashboard can link to it,
 * and carries a hint saying how to fix it. Codes are stable: they are shown in the CLI's
 * JSON output and may be filtered on by users, so they are never renamed.
 */
import { ART28_ITEMS, ART28_LABELS } from '../law/art28'
import { countryName, hasAdequacyDecision, isEea } from '../law/countries'
import { ART6, type Art9Basis } from '../law/legal-bases'
import {
  MECHANISM_INFO,
  isOutdatedMechanism,
  type TransferMechanism,
} from '../law/transfer-mechanisms'
import type { ProcessingActivity } from '../model/activity'
import { art9BasesOf, categoryNames, hasCriminalData } from '../model/activity-view'
import type { Clause } from '../model/clause'
import type { Dpia } from '../model/dpia'
import type { ActivityScreening } from '../model/dpia-screening'
import { FIELD_LABELS } from '../model/messages'
import type { Organization } from '../model/organization'
import type { Processor } from '../model/processor'
import { ROUTINE_KINDS, type Routine } from '../model/routine'
import type { Transfer } from '../model/transfer'
import { ROUTINE_KIND_LABELS } from '../registers/labels'
import { screenActivity } from '../registers/screening'
import { validateActivity } from './activity-rules'
import type { Finding } from './finding'
import { futureDates, type FutureDate } from './past-dates'

export const READINESS_CODES = [
  'missing-art30-field',
  'legal-basis-incomplete',
  'special-category-without-basis',
  'criminal-data-without-basis',
  'processor-without-agreement',
  'processor-agreement-incomplete',
  'transfer-without-mechanism',
  'outdated-mechanism',
  'dpf-without-fallback',
  'dpf-check-stale',
  'scc-without-tia',
  'scc-without-module',
  'adequacy-not-adequate',
  'third-country-processor-without-transfer',
  'dpia-not-done',
  'dpia-unknown',
  'review-overdue',
  'routine-missing',
  'routine-review-overdue',
  'not-in-policy',
  'clause-needs-review',
  'draft-activity',
  'future-date',
  'policy-not-published',
] as const
export type ReadinessCode = (typeof READINESS_CODES)[number]

export const READINESS_AREAS = [
  'record',
  'legal-bases',
  'processors',
  'transfers',
  'policy',
  'review',
] as const
export type ReadinessArea = (typeof READINESS_AREAS)[number]

/** Headings of the areas as the user reads them. */
export const AREA_LABELS: Record<ReadinessArea, string> = {
  record: 'Protokollen (art. 30)',
  'legal-bases': 'Behandlingsgrunnlag (art. 6, 9 og 10)',
  processors: 'Databehandlere (art. 28)',
  transfers: 'Overføring til tredjeland (art. 44–49)',
  policy: 'Personvernerklæringen (art. 13 og 14)',
  review: 'Oppdatering og risikovurdering (art. 24 og 35)',
}

/** The area each code counts towards in the score and the report. */
export const AREA_OF: Record<ReadinessCode, ReadinessArea> = {
  'missing-art30-field': 'record',
  'draft-activity': 'record',
  'future-date': 'record',
  'legal-basis-incomplete': 'legal-bases',
  'special-category-without-basis': 'legal-bases',
  'criminal-data-without-basis': 'legal-bases',
  'processor-without-agreement': 'processors',
  'processor-agreement-incomplete': 'processors',
  'transfer-without-mechanism': 'transfers',
  'outdated-mechanism': 'transfers',
  'dpf-without-fallback': 'transfers',
  'dpf-check-stale': 'transfers',
  'scc-without-tia': 'transfers',
  'scc-without-module': 'transfers',
  'adequacy-not-adequate': 'transfers',
  'third-country-processor-without-transfer': 'transfers',
  'not-in-policy': 'policy',
  'clause-needs-review': 'policy',
  'policy-not-published': 'policy',
  'dpia-not-done': 'review',
  'dpia-unknown': 'review',
  'review-overdue': 'review',
  'routine-missing': 'review',
  'routine-review-overdue': 'review',
}

export type RecordTable = 'activities' | 'processors' | 'transfers' | 'clauses' | 'organization' | 'policy' | 'routines'

/**
 * The record a finding concerns. The organisation is one record with id `organization`;
 * the privacy policy as a whole (its published versions) is `policy` with id `policy`.
 * A routine is named by its kind (`routines` with id `requests`, `breaches` …): the
 * organisation needs one routine of each kind, and a missing one has no record id.
 */
export interface RecordRef {
  table: RecordTable
  id: string
  /** Dotted path of the field, as in the editors (e.g. `retention.period`). */
  field?: string
}

/** A readiness finding: a `Finding` tied to a record, with a hint how to fix it. */
export interface RecordFinding extends Finding {
  code: ReadinessCode
  ref: RecordRef
  /** Norwegian: what to do about it. */
  hint: string
}

/** The part of a workbench the readiness checks read. */
export interface ReadinessInput {
  organization: Organization | null
  activities: readonly ProcessingActivity[]
  processors: readonly Processor[]
  transfers: readonly Transfer[]
  clauses: readonly Clause[]
  /**
   * The registers (issue 10). Each is optional so that a caller holding only the record
   * can still run the checks; when given, the routines are checked (one of each kind,
   * reviewed in the last twelve months) and the DPIA screenings and DPIAs decide
   * `dpia-not-done` together with the activity's own DPIA fields.
   */
  routines?: readonly Routine[]
  screenings?: readonly ActivityScreening[]
  dpias?: ReadonlyArray<Pick<Dpia, 'activityIds' | 'status'>>
}

/** Results of the privacy-policy analysis, computed elsewhere (shared/policy). */
export interface PolicyStatus {
  /** Whether any version of the policy is published: a policy never published informs no one. */
  published: boolean
  /** Activities in use whose processing the published policy does not disclose. */
  undisclosedActivityIds: readonly string[]
  /** Clauses whose text no longer matches the record. */
  clausesNeedingReview: ReadonlyArray<{ clauseId: string; title: string }>
}

export interface ReadinessOptions {
  /** The day the check is made, `YYYY-MM-DD`; ages (reviews, DPF checks) count from it. */
  today: string
  policy?: PolicyStatus
}

export const ORGANIZATION_ID = 'organization'
export const POLICY_ID = 'policy'

/** Art. 9(2) grounds that only apply on the basis of Union or national law (art. 9 nr. 2 b, g–j). */
const ART9_NEEDS_LAW: ReadonlySet<Art9Basis> = new Set([
  'employment',
  'substantial-public-interest',
  'health-care',
  'public-health',
  'archiving-research',
])

const blank = (s: string | null | undefined): boolean =>
  s === undefined || s === null || s.trim() === ''

/** `YYYY-MM-DD` twelve months before `today`. Compared as strings, so 29 February needs no care. */
export function monthsBefore(today: string, months: number): string {
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7)) - 1 - months
  const year = y + Math.floor(m / 12)
  const month = ((m % 12) + 12) % 12
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}${today.slice(7)}`
}

/** `2026-11-23` → `23.11.2026`, the Norwegian way of writing a date. */
export function norwegianDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

/** Labels for a field inside a purpose or a data category, where the list's own label says too little. */
const PART_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  purposes: { basis: 'behandlingsgrunnlag', law: 'lovhjemmel', interest: 'berettiget interesse' },
  dataCategories: { sources: 'hvor opplysningene kommer fra' },
}

function label(field: string): string {
  const parts = field.split('.')
  const top = parts[0] ?? field
  const part = PART_LABELS[top]?.[parts[parts.length - 1] ?? '']
  return part ?? FIELD_LABELS[top] ?? top
}

/**
 * Runs every readiness check on the workbench. Archived activities and processors are
 * skipped everywhere, and so are transfers belonging to an archived processor.
 *
 * A draft activity gets one `draft-activity` warning listing what it still lacks, not a
 * finding per missing field: a draft is work in progress, and the editor will not let it
 * become active until it is complete.
 *
 * @throws RangeError when `opts.today` is not a `YYYY-MM-DD` date.
 */
export function checkReadiness(wb: ReadinessInput, opts: ReadinessOptions): RecordFinding[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.today))
    throw new RangeError(`today må være en dato på formen ÅÅÅÅ-MM-DD, fikk «${opts.today}»`)
  const yearAgo = monthsBefore(opts.today, 12)
  const findings: RecordFinding[] = []
  const add = (
    code: ReadinessCode,
    severity: 'error' | 'warning',
    article: string,
    ref: RecordRef,
    message: string,
    hint: string,
  ) => findings.push({ code, article, severity, message, hint, ref })

  const processorsById = new Map<string, Processor>()
  for (const p of wb.processors) processorsById.set(p.id, p)
  const transfersById = new Map<string, Transfer>()
  /** Third countries for which each processor has a transfer recorded. */
  const transferCountriesByProcessor = new Map<string, Set<string>>()
  for (const t of wb.transfers) {
    transfersById.set(t.id, t)
    if (t.processorId !== null) {
      let set = transferCountriesByProcessor.get(t.processorId)
      if (!set) transferCountriesByProcessor.set(t.processorId, (set = new Set()))
      set.add(t.country)
    }
  }

  checkOrganization(wb.organization, add)
  if (wb.routines) checkRoutines(wb.routines, opts.today, yearAgo, add)

  const screeningsById = new Map<string, ActivityScreening>()
  for (const sc of wb.screenings ?? []) screeningsById.set(sc.id, sc)
  /** Activities covered by a signed-off DPIA. */
  const signedOffDpia = new Set<string>()
  for (const d of wb.dpias ?? []) if (d.status === 'signed-off') for (const id of d.activityIds) signedOffDpia.add(id)

  for (const a of wb.activities) {
    if (a.status === 'archived') continue
    const ref = (field?: string): RecordRef =>
      field ? { table: 'activities', id: a.id, field } : { table: 'activities', id: a.id }
    const name = `«${a.name}»`
    addFutureDates(futureDates('activities', a, opts.today), name, ref, add)

    if (a.status === 'draft') {
      const problems = validateActivity(a, {
        transfers: wb.transfers,
        processors: wb.processors,
        transfersById,
      })
      const missing = [...new Set(problems.map((p) => label(p.field)))]
      add(
        'draft-activity',
        'warning',
        'art. 30 nr. 1',
        ref('status'),
        `${name} er et utkast og står ikke som aktiv i protokollen.${missing.length > 0 ? ` Det mangler: ${missing.join(', ')}.` : ''}`,
        missing.length > 0
          ? 'Fyll ut det som mangler og sett statusen til «aktiv», eller arkiver aktiviteten hvis behandlingen ikke skjer.'
          : 'Gå gjennom utkastet og sett statusen til «aktiv», eller arkiver aktiviteten hvis behandlingen ikke skjer.',
      )
      continue
    }

    const controller = a.role === 'controller'
    const missingField = (
      field: string,
      severity: 'error' | 'warning',
      article: string,
      message: string,
      hint: string,
    ) => add('missing-art30-field', severity, article, ref(field), `${name}: ${message}`, hint)

    if (!controller && blank(a.onBehalfOf)) {
      missingField(
        'onBehalfOf',
        'error',
        'art. 30 nr. 2 bokstav a',
        'det står ikke hvem virksomheten behandler opplysningene for.',
        'Skriv navnet på den behandlingsansvarlige.',
      )
    }
    if (a.purposes.length === 0) {
      missingField(
        'purposes',
        'error',
        controller ? 'art. 30 nr. 1 bokstav b' : 'art. 30 nr. 2 bokstav b',
        controller ? 'formålet med behandlingen mangler.' : 'kategoriene av behandling mangler.',
        controller
          ? 'Skriv hvorfor opplysningene behandles, konkret nok til å avgrense bruken.'
          : 'Beskriv hva virksomheten gjør med opplysningene for den behandlingsansvarlige.',
      )
    }
    a.purposes.forEach((p, i) => {
      if (!blank(p.text.nb)) return
      missingField(
        `purposes.${i}.text`,
        'error',
        controller ? 'art. 30 nr. 1 bokstav b' : 'art. 30 nr. 2 bokstav b',
        `formål nr. ${i + 1} er ikke beskrevet.`,
        'Skriv hvorfor opplysningene behandles, konkret nok til å avgrense bruken.',
      )
    })
    if (controller) {
      if (a.dataSubjects.length === 0) {
        missingField(
          'dataSubjects',
          'error',
          'art. 30 nr. 1 bokstav c',
          'kategoriene av registrerte mangler.',
          'Skriv hvem opplysningene gjelder, f.eks. kunder, ansatte eller jobbsøkere.',
        )
      }
      if (a.dataCategories.length === 0) {
        missingField(
          'dataCategories',
          'error',
          'art. 30 nr. 1 bokstav c',
          'kategoriene av personopplysninger mangler.',
          'Skriv hvilke opplysninger som behandles, f.eks. kontaktopplysninger eller måleverdier.',
        )
      }
      if (a.recipients.length === 0 && a.processorIds.length === 0 && a.transferIds.length === 0) {
        missingField(
          'recipients',
          'warning',
          'art. 30 nr. 1 bokstav d',
          'ingen mottakere er registrert.',
          'Skriv hvem som mottar opplysningene. Hvis ingen utenfor virksomheten får dem, skriv det uttrykkelig (f.eks. «Ingen utenfor virksomheten»).',
        )
      }
      if (a.retention.length === 0 || a.retention.some((r) => blank(r.period.nb))) {
        const i = a.retention.findIndex((r) => blank(r.period.nb))
        missingField(
          i >= 0 ? `retention.${i}.period` : 'retention',
          'error',
          'art. 30 nr. 1 bokstav f',
          'lagringstiden mangler.',
          'Skriv når opplysningene slettes, f.eks. «5 år etter utløpet av regnskapsåret».',
        )
      } else if (a.retention.some((r) => blank(r.basis.nb))) {
        missingField(
          `retention.${a.retention.findIndex((r) => blank(r.basis.nb))}.basis`,
          'warning',
          'art. 13 nr. 2 bokstav a',
          'det står ikke hva lagringstiden bygger på.',
          'Skriv loven eller kriteriene som bestemmer lagringstiden, f.eks. «bokføringsloven § 13».',
        )
      }
    }
    if (a.securityMeasures.length === 0) {
      missingField(
        'securityMeasures',
        'error',
        controller ? 'art. 30 nr. 1 bokstav g' : 'art. 30 nr. 2 bokstav d',
        'en generell beskrivelse av sikkerhetstiltakene mangler.',
        'Beskriv de tekniske og organisatoriske tiltakene etter art. 32, f.eks. tilgangsstyring, kryptering og logging.',
      )
    }

    if (controller) {
      if (a.purposes.length > 0 && a.purposes.every((p) => p.basis === null)) {
        add(
          'legal-basis-incomplete',
          'error',
          'art. 6 nr. 1',
          ref('purposes'),
          `${name}: behandlingsgrunnlag mangler.`,
          'Velg grunnlaget etter art. 6 nr. 1 for hvert formål.',
        )
      }
      a.purposes.forEach((p, i) => {
        if (!p.basis) {
          if (a.purposes.some((q) => q.basis !== null)) {
            add(
              'legal-basis-incomplete',
              'error',
              'art. 6 nr. 1',
              ref(`purposes.${i}.basis`),
              `${name}: formålet «${p.text.nb}» har ikke behandlingsgrunnlag.`,
              'Velg grunnlaget etter art. 6 nr. 1 som dekker dette formålet.',
            )
          }
          return
        }
        const info = ART6[p.basis]
        if (info.needs === 'law' && blank(p.law.nb)) {
          add(
            'legal-basis-incomplete',
            'error',
            `${info.article.nb} og nr. 3`,
            ref(`purposes.${i}.law`),
            `${name}: ${info.label.nb.toLowerCase()} er valgt som grunnlag, men loven er ikke navngitt.`,
            'Skriv hvilken lov eller forskrift som pålegger behandlingen, f.eks. «bokføringsloven § 13».',
          )
        }
        if (info.needs === 'interest' && blank(p.interest.nb)) {
          add(
            'legal-basis-incomplete',
            'error',
            info.article.nb,
            ref(`purposes.${i}.interest`),
            `${name}: berettiget interesse er valgt som grunnlag, men interessen er ikke beskrevet.`,
            'Skriv hvilken berettiget interesse behandlingen skal ivareta, og dokumenter interesseavveiingen.',
          )
        }
      })

      const special = categoryNames(a, 'special')
      const art9 = art9BasesOf(a)
      if (special.length > 0 && art9.length === 0) {
        add(
          'special-category-without-basis',
          'error',
          'art. 9 nr. 2',
          ref('purposes'),
          `${name}: særlige kategorier (${special.join(', ')}) behandles uten grunnlag etter art. 9 nr. 2.`,
          'Velg unntaket i art. 9 nr. 2 som tillater behandlingen, eller fjern de særlige kategoriene hvis de ikke behandles.',
        )
      } else if (
        special.length > 0 &&
        a.purposes.every((p) => blank(p.art9Detail.nb)) &&
        art9.some((b) => ART9_NEEDS_LAW.has(b))
      ) {
        const needsLaw = a.purposes.findIndex((p) => p.art9Bases.some((b) => ART9_NEEDS_LAW.has(b)))
        add(
          'special-category-without-basis',
          'warning',
          'art. 9 nr. 2',
          ref(`purposes.${needsLaw}.art9Detail`),
          `${name}: grunnlaget etter art. 9 nr. 2 forutsetter hjemmel i lov, men hjemmelen er ikke navngitt.`,
          'Skriv lovhjemmelen, f.eks. arbeidsmiljøloven eller personopplysningsloven § 6.',
        )
      }

      if (hasCriminalData(a) && a.purposes.every((p) => blank(p.art10Basis.nb))) {
        add(
          'criminal-data-without-basis',
          'error',
          'art. 10',
          ref('purposes'),
          `${name}: opplysninger om straffedommer og lovovertredelser behandles uten at hjemmelen er angitt.`,
          'Skriv lovhjemmelen for behandlingen, eller fjern kategorien hvis slike opplysninger ikke behandles.',
        )
      }

      // One rule for the DPIA, whichever way the need was recorded: the activity's own answer
      // («DPIA nødvendig: ja») or a stored screening that finds it required. It is done when
      // the activity records a date or a DPIA covering it is signed off in the register.
      const screening = screeningsById.get(a.id)
      const screenedRequired = screening !== undefined && screenActivity(screening).required
      const needed = a.dpia.needed === 'yes' || screenedRequired
      const done = a.dpia.doneOn !== null || signedOffDpia.has(a.id)
      if (needed && !done) {
        // Only activities in use reach this point (drafts are reported above): the processing
        // already runs, and art. 35(1) asks for the assessment before it starts.
        add(
          'dpia-not-done',
          'error',
          'art. 35 nr. 1',
          screenedRequired ? ref('screening') : ref('dpia.doneOn'),
          `${name}: behandlingen er i gang uten vurdering av personvernkonsekvenser (DPIA), i strid med artikkel 35 nr. 1, som krever vurderingen før behandlingen starter.`,
          `${screenedRequired ? 'Kartleggingen viser at DPIA er påkrevd. Gjennomfør DPIA-en nå og godkjenn den på DPIA-siden.' : 'Gjennomfør DPIA-en nå og registrer datoen.'} Vurder om behandlingen må stanses eller begrenses til den er gjort, og om Datatilsynet må konsulteres fordi høy risiko gjenstår (artikkel 36).`,
        )
      } else if (a.dpia.needed === 'unknown' && screening === undefined) {
        add(
          'dpia-unknown',
          'warning',
          'art. 35',
          ref('dpia.needed'),
          `${name}: det er ikke vurdert om behandlingen krever DPIA.`,
          'Vurder behandlingen mot Datatilsynets liste over behandlinger som alltid krever DPIA, og registrer svaret.',
        )
      }
    }

    for (const transferId of a.transferIds) {
      if (!transfersById.has(transferId)) {
        add(
          'transfer-without-mechanism',
          'error',
          'art. 30 nr. 1 bokstav e',
          ref('transferIds'),
          `${name}: den koblede overføringen («${transferId}») finnes ikke i registeret.`,
          'Registrer overføringen med overføringsgrunnlag, eller fjern koblingen.',
        )
      }
    }

    if (a.lastReviewed === null || a.lastReviewed < yearAgo) {
      add(
        'review-overdue',
        'warning',
        'art. 24 nr. 1',
        ref('lastReviewed'),
        a.lastReviewed === null
          ? `${name}: aktiviteten er aldri gjennomgått.`
          : `${name}: aktiviteten ble sist gjennomgått ${norwegianDate(a.lastReviewed)}, for mer enn tolv måneder siden.`,
        'Gå gjennom aktiviteten sammen med den ansvarlige avdelingen og registrer datoen.',
      )
    }
  }

  for (const p of wb.processors) {
    if (p.status === 'archived') continue
    addFutureDates(
      futureDates('processors', p, opts.today),
      `«${p.name}»`,
      (field) => ({ table: 'processors', id: p.id, field }),
      add,
    )
    checkProcessor(p, transferCountriesByProcessor.get(p.id), add)
  }

  for (const t of transfersById.values()) {
    if (t.status === 'archived') continue
    if (t.processorId !== null && processorsById.get(t.processorId)?.status === 'archived') continue
    addFutureDates(
      futureDates('transfers', t, opts.today),
      `Overføringen til ${t.recipient} (${countryName(t.country)})`,
      (field) => ({ table: 'transfers', id: t.id, field }),
      add,
    )
    // Giving data to a recipient inside the EEA is no transfer under chapter V; the editor warns about it.
    if (isEea(t.country)) continue
    checkTransfer(t, yearAgo, add)
  }

  if (opts.policy) {
    if (!opts.policy.published) {
      add(
        'policy-not-published',
        'error',
        'art. 12 nr. 1 og art. 13',
        { table: 'policy', id: POLICY_ID },
        'Ingen versjon av personvernerklæringen er publisert, så de registrerte har ikke fått informasjonen artikkel 13 og 14 krever.',
        'Gå gjennom erklæringen, publiser den under Personvernerklæring, og gjør den tilgjengelig for de registrerte.',
      )
    }
    const activitiesById = new Map<string, ProcessingActivity>()
    for (const a of wb.activities) activitiesById.set(a.id, a)
    for (const activityId of new Set(opts.policy.undisclosedActivityIds)) {
      const a = activitiesById.get(activityId)
      if (!a || a.status !== 'active') continue
      add(
        'not-in-policy',
        'error',
        'art. 13 og 14',
        { table: 'activities', id: a.id },
        `«${a.name}»: behandlingen er ikke beskrevet i personvernerklæringen.`,
        'Knytt aktiviteten til et avsnitt i personvernerklæringen og publiser en ny versjon.',
      )
    }
    for (const c of opts.policy.clausesNeedingReview) {
      add(
        'clause-needs-review',
        'warning',
        'art. 12 nr. 1',
        { table: 'clauses', id: c.clauseId },
        `Avsnittet «${c.title}» i personvernerklæringen stemmer ikke lenger med protokollen.`,
        'Les gjennom avsnittet, oppdater teksten og marker det som gjennomgått.',
      )
    }
  }

  return findings
}

type Add = (
  code: ReadinessCode,
  severity: 'error' | 'warning',
  article: string,
  ref: RecordRef,
  message: string,
  hint: string,
) => void

/**
 * A date that records something done but lies after today: an import or a typing slip
 * the editor would have refused. Every check that counts ages from it would be fooled.
 */
function addFutureDates(
  dates: readonly FutureDate[],
  subject: string,
  ref: (field: string) => RecordRef,
  add: Add,
): void {
  for (const d of dates) {
    add(
      'future-date',
      'error',
      'art. 5 nr. 1 bokstav d og nr. 2',
      ref(d.field),
      `${subject}: «${d.label}» er satt til ${norwegianDate(d.date)}, en dato fram i tid.`,
      'Rett datoen til den dagen det faktisk skjedde, eller tøm feltet til det har skjedd.',
    )
  }
}

/**
 * The routines Datatilsynet asks for (art. 24 nr. 2): one of each kind, reviewed within
 * the last twelve months. A kind with several routines counts its latest review.
 */
function checkRoutines(routines: readonly Routine[], today: string, yearAgo: string, add: Add): void {
  for (const kind of ROUTINE_KINDS) {
    const name = ROUTINE_KIND_LABELS[kind].nb
    const what = name.charAt(0).toLowerCase() + name.slice(1)
    const ref = (field?: string): RecordRef => (field ? { table: 'routines', id: kind, field } : { table: 'routines', id: kind })
    const ofKind = routines.filter((r) => r.kind === kind)
    if (ofKind.length === 0) {
      add(
        'routine-missing',
        'error',
        'art. 24 nr. 2',
        ref(),
        `Virksomheten har ingen rutine for ${what}.`,
        'Skriv rutinen under Rutiner med standardteksten som utgangspunkt, eller legg ved rutinen dere har.',
      )
      continue
    }
    for (const r of ofKind) addFutureDates(futureDates('routines', r, today), `Rutinen «${r.title}»`, ref, add)
    const reviewed = ofKind
      .map((r) => r.lastReviewed)
      .filter((d): d is string => d !== null && d <= today)
      .sort()
      .at(-1)
    if (reviewed === undefined || reviewed < yearAgo) {
      add(
        'routine-review-overdue',
        'warning',
        'art. 24 nr. 1',
        ref('lastReviewed'),
        reviewed === undefined
          ? `Rutinen for ${what} er aldri gjennomgått.`
          : `Rutinen for ${what} ble sist gjennomgått ${norwegianDate(reviewed)}, for mer enn tolv måneder siden.`,
        'Gå gjennom rutinen, oppdater den der praksis er endret, og merk den som gjennomgått.',
      )
    }
  }
}

function checkOrganization(org: Organization | null, add: Add): void {
  const ref = (field?: string): RecordRef =>
    field
      ? { table: 'organization', id: ORGANIZATION_ID, field }
      : { table: 'organization', id: ORGANIZATION_ID }
  if (org === null) {
    add(
      'missing-art30-field',
      'error',
      'art. 30 nr. 1 bokstav a',
      ref(),
      'Virksomheten (den behandlingsansvarlige) er ikke registrert.',
      'Fyll ut navn, organisasjonsnummer og kontaktopplysninger under Innstillinger.',
    )
    return
  }
  if (blank(org.email) && blank(org.phone) && blank(org.address.street)) {
    add(
      'missing-art30-field',
      'error',
      'art. 30 nr. 1 bokstav a',
      ref('email'),
      'Virksomheten har ingen kontaktopplysninger i protokollen.',
      'Registrer adresse, e-post eller telefon for virksomheten.',
    )
  }
  if (org.dpo === null) {
    add(
      'missing-art30-field',
      'warning',
      'art. 30 nr. 1 bokstav a og art. 37 nr. 7',
      ref('dpo'),
      'Ingen personvernombud er registrert.',
      'Har virksomheten personvernombud, registrer navn og kontaktopplysninger. Hvis ikke, bør det dokumenteres hvorfor art. 37 ikke krever det.',
    )
  } else {
    if (blank(org.dpo.name)) {
      add(
        'missing-art30-field',
        'error',
        'art. 30 nr. 1 bokstav a',
        ref('dpo.name'),
        'Personvernombudet mangler navn.',
        'Skriv navnet på personvernombudet (eller funksjonen).',
      )
    }
    if (blank(org.dpo.email) && blank(org.dpo.phone)) {
      add(
        'missing-art30-field',
        'error',
        'art. 30 nr. 1 bokstav a og art. 37 nr. 7',
        ref('dpo.email'),
        'Personvernombudet har ingen kontaktopplysninger.',
        'Registrer e-post eller telefon til personvernombudet; de skal også stå i personvernerklæringen.',
      )
    }
  }
}

function checkProcessor(p: Processor, recordedCountries: Set<string> | undefined, add: Add): void {
  const ref = (field?: string): RecordRef =>
    field ? { table: 'processors', id: p.id, field } : { table: 'processors', id: p.id }
  const name = `«${p.name}»`
  if (p.agreement.signedOn === null) {
    add(
      'processor-without-agreement',
      'error',
      'art. 28 nr. 3',
      ref('agreement.signedOn'),
      `${name}: det er ikke registrert en signert databehandleravtale.`,
      'Inngå databehandleravtale (f.eks. etter standardavtalen i beslutning (EU) 2021/915) og registrer datoen den ble signert.',
    )
  } else {
    const unchecked = ART28_ITEMS.filter((item) => p.agreement.checklist[item] !== true)
    if (unchecked.length > 0) {
      add(
        'processor-agreement-incomplete',
        'warning',
        'art. 28 nr. 3',
        ref('agreement.checklist'),
        `${name}: databehandleravtalen er ikke kontrollert for ${unchecked.length === 1 ? 'ett punkt' : `${unchecked.length} punkter`} i art. 28 nr. 3: ${unchecked
          .map((item) => ART28_LABELS[item].article.replace('art. 28 nr. 3 ', ''))
          .join(', ')}.`,
        'Les avtalen mot sjekklisten og huk av punktene den dekker. Mangler avtalen et punkt, be om et tillegg.',
      )
    }
  }

  const own = new Set<string>()
  for (const c of [p.country, ...p.locations]) if (!isEea(c)) own.add(c)
  const viaSub = new Set<string>()
  for (const s of p.subProcessors)
    if (!isEea(s.country) && !own.has(s.country)) viaSub.add(s.country)
  const uncoveredOwn = [...own].filter((c) => !recordedCountries?.has(c))
  const uncoveredSub = [...viaSub].filter((c) => !recordedCountries?.has(c))
  if (uncoveredOwn.length > 0 || uncoveredSub.length > 0) {
    const countries = [...uncoveredOwn, ...uncoveredSub].map((c) => countryName(c)).join(', ')
    add(
      'third-country-processor-without-transfer',
      uncoveredOwn.length > 0 ? 'error' : 'warning',
      'art. 44 og art. 30 nr. 1 bokstav e',
      ref(uncoveredOwn.length > 0 ? 'locations' : 'subProcessors'),
      uncoveredOwn.length > 0
        ? `${name} behandler opplysninger utenfor EØS (${countries}), men ingen overføring er registrert.`
        : `${name} bruker underdatabehandlere utenfor EØS (${countries}), men ingen overføring er registrert.`,
      'Registrer overføringen med land og overføringsgrunnlag, og knytt den til databehandleren og aktivitetene.',
    )
  }
}

function checkTransfer(t: Transfer, yearAgo: string, add: Add): void {
  const ref = (field?: string): RecordRef =>
    field ? { table: 'transfers', id: t.id, field } : { table: 'transfers', id: t.id }
  const to = `Overføringen til ${t.recipient} (${countryName(t.country)})`
  const mechanism = t.mechanism as TransferMechanism | undefined | null
  if (!mechanism) {
    add(
      'transfer-without-mechanism',
      'error',
      'art. 44',
      ref('mechanism'),
      `${to} har ikke overføringsgrunnlag.`,
      'Velg overføringsgrunnlag etter art. 45, 46, 47 eller 49.',
    )
    return
  }
  if (isOutdatedMechanism(mechanism)) {
    const info = MECHANISM_INFO[mechanism]
    add(
      'outdated-mechanism',
      'error',
      'art. 44 og 46',
      ref('mechanism'),
      `${to} bygger på ${info.label.nb}, som ikke lenger er gyldig. ${info.invalidSince?.reason.nb ?? ''}`.trim(),
      'Inngå standardavtalene i beslutning (EU) 2021/914 (eller bruk et annet gyldig grunnlag) og oppdater overføringen.',
    )
  }
  if (t.fallback !== null && isOutdatedMechanism(t.fallback)) {
    add(
      'outdated-mechanism',
      'error',
      'art. 44 og 46',
      ref('fallback'),
      `${to} har ${MECHANISM_INFO[t.fallback].label.nb} som reservegrunnlag, og det er ikke lenger gyldig.`,
      'Bytt reservegrunnlaget til standardavtalene i beslutning (EU) 2021/914.',
    )
  }
  if (mechanism === 'derogation' && t.derogation === null) {
    add(
      'transfer-without-mechanism',
      'error',
      'art. 49 nr. 1',
      ref('derogation'),
      `${to} bygger på et unntak i art. 49, men det står ikke hvilket.`,
      'Velg unntaket, og vurder om det virkelig gjelder: unntakene skal tolkes strengt.',
    )
  }
  if (mechanism === 'adequacy' && !hasAdequacyDecision(t.country)) {
    add(
      'adequacy-not-adequate',
      'error',
      'art. 45',
      ref('mechanism'),
      t.country === 'US'
        ? `${to} bygger på tilstrekkelig beskyttelsesnivå, men for USA gjelder det bare virksomheter sertifisert under Data Privacy Framework.`
        : `${to} bygger på tilstrekkelig beskyttelsesnivå, men EU-kommisjonen har ikke fattet en slik beslutning for ${countryName(t.country)}.`,
      t.country === 'US'
        ? 'Kontroller at mottakeren er sertifisert og velg Data Privacy Framework, eller inngå standardavtalene.'
        : 'Velg et annet overføringsgrunnlag, f.eks. standardavtalene i beslutning (EU) 2021/914.',
    )
  }
  if (mechanism === 'eu-us-dpf') {
    if (t.country !== 'US') {
      add(
        'adequacy-not-adequate',
        'error',
        'art. 45',
        ref('country'),
        `${to} bygger på Data Privacy Framework, som bare gjelder mottakere i USA.`,
        'Velg et overføringsgrunnlag som gjelder for landet.',
      )
    }
    if (t.dpfCheckedOn === null) {
      add(
        'dpf-check-stale',
        'error',
        'art. 45',
        ref('dpfCheckedOn'),
        `${to} bygger på Data Privacy Framework, men det er ikke registrert at mottakerens sertifisering er kontrollert.`,
        'Slå opp mottakeren på listen på dataprivacyframework.gov, kontroller at sertifiseringen er aktiv og dekker opplysningene, og registrer datoen.',
      )
    } else if (t.dpfCheckedOn < yearAgo) {
      add(
        'dpf-check-stale',
        'warning',
        'art. 45',
        ref('dpfCheckedOn'),
        `${to}: mottakerens DPF-sertifisering ble sist kontrollert ${norwegianDate(t.dpfCheckedOn)}, for mer enn tolv måneder siden.`,
        'Kontroller sertifiseringen på nytt (den må fornyes årlig) og registrer datoen.',
      )
    }
    if (t.fallback === null) {
      add(
        'dpf-without-fallback',
        'warning',
        'art. 46',
        ref('fallback'),
        `${to} bygger på Data Privacy Framework uten reservegrunnlag.`,
        'En anke om gyldigheten av rammeverket er til behandling i EU-domstolen. Inngå standardavtalene som reserve, og registrer dem som reservegrunnlag.',
      )
    }
  }
  if (mechanism === 'scc-2021') {
    if (t.tiaDate === null) {
      add(
        'scc-without-tia',
        'error',
        'art. 46 og standardavtalene punkt 14',
        ref('tiaDate'),
        `${to} bygger på standardavtalene, men det er ikke registrert en vurdering av overføringen (TIA).`,
        'Gjennomfør og dokumenter vurderingen etter EDPBs anbefalinger 01/2020, og registrer datoen.',
      )
    }
    if (t.sccModule === null) {
      add(
        'scc-without-module',
        'warning',
        'art. 46 nr. 2 bokstav c',
        ref('sccModule'),
        `${to} bygger på standardavtalene, men det står ikke hvilken modul.`,
        'Registrer modulen: 1 (behandlingsansvarlig til behandlingsansvarlig), 2 (til databehandler), 3 (databehandler til databehandler) eller 4 (databehandler til behandlingsansvarlig).',
      )
    }
  }
}

/** Score of one area. `score` is null when the area had nothing to check. */
export interface AreaScore {
  area: ReadinessArea
  label: string
  score: number | null
  errors: number
  warnings: number
  /** Records the area's checks looked at. */
  checked: number
}

export interface ReadinessScores {
  /** Mean of the area scores that are not null, rounded; null when no area had anything to check. */
  overall: number | null
  areas: AreaScore[]
}

export interface ScoreOptions {
  /** Whether the privacy policy was analysed (`opts.policy` was given). Default true. */
  policyChecked?: boolean
}

/**
 * Scores each area from 0 to 100.
 *
 * Each record the area checks earns 1 point when it has no finding in the area, ½ point
 * when it has only warnings, and 0 when it has an error. The score is the points as a
 * percentage of the records checked, rounded: 10 activities of which one has an error
 * and two have warnings only score (7 + 1) / 10 = 80. The overall score is the plain
 * mean of the areas that had something to check.
 *
 * Records checked per area (archived records are never counted):
 * - record: the organisation plus every activity (drafts included);
 * - legal-bases and review: the active activities (legal bases only those where the
 *   company is controller); review also the five kinds of routine, when the routines are given;
 * - processors: the processors;
 * - transfers: the transfers to third countries plus the processors (each is checked for
 *   processing outside the EEA that no transfer covers);
 * - policy: the active activities plus the clauses (0 when the policy was not analysed).
 *   A policy never published scores 0 whatever its text: it informs no one.
 */
export function readinessScore(
  findings: readonly RecordFinding[],
  wb: ReadinessInput,
  options: ScoreOptions = {},
): ReadinessScores {
  const policyChecked = options.policyChecked ?? true
  const inUse = wb.activities.filter((a) => a.status !== 'archived')
  const active = inUse.filter((a) => a.status === 'active')
  const processors = wb.processors.filter((p) => p.status === 'active').length
  const archivedProcessors = new Set(
    wb.processors.filter((p) => p.status === 'archived').map((p) => p.id),
  )
  const transfers = wb.transfers.filter(
    (t) =>
      t.status !== 'archived' &&
      !isEea(t.country) &&
      !(t.processorId !== null && archivedProcessors.has(t.processorId)),
  ).length

  const checked: Record<ReadinessArea, number> = {
    record: 1 + inUse.length,
    'legal-bases': active.filter((a) => a.role === 'controller').length,
    processors,
    transfers: transfers + processors,
    policy: policyChecked ? active.length + wb.clauses.length : 0,
    review: active.length + (wb.routines ? ROUTINE_KINDS.length : 0),
  }

  const perArea = new Map<
    ReadinessArea,
    { errors: number; warnings: number; worst: Map<string, 'error' | 'warning'> }
  >()
  for (const area of READINESS_AREAS)
    perArea.set(area, { errors: 0, warnings: 0, worst: new Map() })
  for (const f of findings) {
    const bucket = perArea.get(AREA_OF[f.code])!
    if (f.severity === 'error') bucket.errors++
    else bucket.warnings++
    const key = `${f.ref.table}/${f.ref.id}`
    if (f.severity === 'error' || !bucket.worst.has(key)) bucket.worst.set(key, f.severity)
  }

  const areas = READINESS_AREAS.map((area): AreaScore => {
    const { errors, warnings, worst } = perArea.get(area)!
    // A finding on a record outside the counted set (e.g. a clause passed in by the policy
    // analysis) still counts as checked, so the score never drops below 0.
    const n = Math.max(checked[area], worst.size)
    let failed = 0
    for (const severity of worst.values()) failed += severity === 'error' ? 1 : 0.5
    const unpublished = area === 'policy' && findings.some((f) => f.code === 'policy-not-published')
    return {
      area,
      label: AREA_LABELS[area],
      score: n === 0 ? null : unpublished ? 0 : Math.round((100 * (n - failed)) / n),
      errors,
      warnings,
      checked: n,
    }
  })
  const scored = areas.filter((a) => a.score !== null).map((a) => a.score!)
  const overall =
    scored.length === 0 ? null : Math.round(scored.reduce((s, x) => s + x, 0) / scored.length)
  return { overall, areas }
}
