/**
 * The versions of a DPIA. A signed-off version is frozen: nothing in it may change, so the
 * document Datatilsynet was shown stays the document on file. Changing a signed-off DPIA
 * means revising it: a new draft version with the same series id and the next number,
 * starting from the signed-off content, whose advice, decision and sign-off are sought
 * anew. A series has at most one draft at a time. The repository calls `editProblem`
 * before every write and refuses the write when it returns a message.
 */
import { NECESSITY_POINTS, RISK_KINDS } from '../law/dpia-method'
import type { LocalizedText } from '../model/common'
import type { Dpia, DpiaRisk } from '../model/dpia'
import { highResidualRisks, needsPriorConsultation } from './dpia-risk'
import type { RecordProblem } from './record-problems'

const blank: LocalizedText = { nb: '', nn: '' }

function emptyRisk(): DpiaRisk {
  return {
    sources: [],
    threats: [],
    impacts: [],
    likelihood: null,
    severity: null,
    measures: [],
    residual: { likelihood: null, severity: null },
  }
}

/** A new, empty first version of a DPIA of the given activities. */
export function emptyDpia(opts: { id: string; seriesId: string; title: string; activityIds: string[]; now: string }): Dpia {
  return {
    id: opts.id,
    seriesId: opts.seriesId,
    version: 1,
    revisionOf: null,
    status: 'draft',
    title: opts.title,
    activityIds: [...opts.activityIds],
    description: { nature: blank, scope: blank, context: blank, purposes: blank },
    necessity: Object.fromEntries(NECESSITY_POINTS.map((p) => [p, blank])) as Dpia['necessity'],
    risks: Object.fromEntries(RISK_KINDS.map((k) => [k, emptyRisk()])) as Dpia['risks'],
    dpoAdvice: { givenOn: null, by: '', advice: blank, followed: null, reason: blank },
    subjectViews: { sought: false, summary: blank },
    decision: { outcome: null, reasoning: blank },
    priorConsultation: { sentOn: null, reference: '', outcome: blank },
    signOff: null,
    createdAt: opts.now,
    updatedAt: opts.now,
  }
}

/** Whether a version may still be changed. */
export function isFrozen(d: Pick<Dpia, 'status'>): boolean {
  return d.status === 'signed-off'
}

/**
 * Why a write of `after` over `before` is not allowed, or null when it is. A signed-off
 * version cannot change at all; a draft cannot change its series, number or origin, and
 * cannot become signed off except through `signOff`.
 */
export function editProblem(before: Dpia, after: Dpia): string | null {
  if (isFrozen(before)) {
    return `Versjon ${String(before.version)} er godkjent og kan ikke endres. Start en ny versjon for å gjøre endringer.`
  }
  if (after.seriesId !== before.seriesId || after.version !== before.version || after.revisionOf !== before.revisionOf) {
    return 'Versjonsnummer og opphav kan ikke endres.'
  }
  if (after.status === 'signed-off' && after.signOff === null) {
    return 'En vurdering godkjennes med navn og dato.'
  }
  return null
}

/** What must be in place before a version can be signed off, with the field it concerns. */
export function signOffProblems(d: Dpia): RecordProblem[] {
  const problems: RecordProblem[] = []
  const empty = (t: LocalizedText): boolean => t.nb.trim() === ''
  if (isFrozen(d)) return [{ field: 'status', message: 'Versjonen er allerede godkjent.' }]
  for (const part of ['nature', 'scope', 'context', 'purposes'] as const) {
    if (empty(d.description[part])) problems.push({ field: `description.${part}`, message: 'Den systematiske beskrivelsen må fylles ut (art. 35 nr. 7 bokstav a).' })
  }
  for (const p of NECESSITY_POINTS) {
    if (empty(d.necessity[p])) problems.push({ field: `necessity.${p}`, message: 'Nødvendighet og forholdsmessighet må vurderes for hvert punkt (art. 35 nr. 7 bokstav b).' })
  }
  for (const k of RISK_KINDS) {
    const r = d.risks[k]
    if (r.likelihood === null || r.severity === null) {
      problems.push({ field: `risks.${k}.likelihood`, message: 'Sannsynlighet og alvorlighet må vurderes (art. 35 nr. 7 bokstav c).' })
    }
    if (r.residual.likelihood === null || r.residual.severity === null) {
      problems.push({ field: `risks.${k}.residual.likelihood`, message: 'Restrisikoen etter tiltakene må vurderes (art. 35 nr. 7 bokstav d).' })
    }
  }
  if (d.dpoAdvice.givenOn === null || empty(d.dpoAdvice.advice)) {
    problems.push({ field: 'dpoAdvice.advice', message: 'Personvernombudets råd må innhentes og skrives inn (art. 35 nr. 2).' })
  } else if ((d.dpoAdvice.followed === 'no' || d.dpoAdvice.followed === 'partly') && empty(d.dpoAdvice.reason)) {
    problems.push({ field: 'dpoAdvice.reason', message: 'Begrunn hvorfor rådet fra personvernombudet ikke følges fullt ut.' })
  } else if (d.dpoAdvice.followed === null) {
    problems.push({ field: 'dpoAdvice.followed', message: 'Oppgi om rådet fra personvernombudet følges.' })
  }
  if (empty(d.subjectViews.summary)) {
    problems.push({
      field: 'subjectViews.summary',
      message: d.subjectViews.sought
        ? 'Oppsummer synspunktene fra de registrerte (art. 35 nr. 9).'
        : 'Begrunn hvorfor synspunktene til de registrerte ikke er innhentet (art. 35 nr. 9).',
    })
  }
  if (d.decision.outcome === null) {
    problems.push({ field: 'decision.outcome', message: 'Beslutningen må tas før vurderingen godkjennes.' })
  } else if (empty(d.decision.reasoning)) {
    problems.push({ field: 'decision.reasoning', message: 'Begrunn beslutningen.' })
  }
  if (needsPriorConsultation(d) && (d.decision.outcome === 'proceed' || d.decision.outcome === 'proceed-with-measures')) {
    problems.push({
      field: 'decision.outcome',
      message: `Restrisikoen er høy (${highResidualRisks(d).length === 1 ? 'én risiko' : `${String(highResidualRisks(d).length)} risikoer`}). Behandlingen kan ikke starte før Datatilsynet er rådspurt (art. 36 nr. 1).`,
    })
  }
  return problems
}

/** Signs off a draft: the version becomes frozen. Throws when `signOffProblems` finds any. */
export function signOff(d: Dpia, by: string, on: string, now: string): Dpia {
  const problems = signOffProblems(d)
  if (problems.length > 0) throw new Error(problems.map((p) => p.message).join(' '))
  if (by.trim() === '') throw new Error('Oppgi hvem som godkjenner vurderingen.')
  return { ...d, status: 'signed-off', signOff: { by: by.trim(), on }, updatedAt: now }
}

/**
 * A new draft version that revises a signed-off one. The content is carried over; the DPO's
 * advice, the decision and the sign-off belong to the version they were given for, so the
 * revision starts without them.
 */
export function reviseDpia(signed: Dpia, opts: { id: string; now: string }): Dpia {
  if (!isFrozen(signed)) throw new Error('Bare en godkjent versjon kan revideres; en kladd kan endres direkte.')
  const copy = structuredClone(signed)
  return {
    ...copy,
    id: opts.id,
    version: signed.version + 1,
    revisionOf: signed.id,
    status: 'draft',
    dpoAdvice: { givenOn: null, by: '', advice: blank, followed: null, reason: blank },
    decision: { outcome: null, reasoning: blank },
    priorConsultation: { sentOn: null, reference: '', outcome: blank },
    signOff: null,
    createdAt: opts.now,
    updatedAt: opts.now,
  }
}

/** The versions of one series, oldest first. */
export function seriesVersions(all: readonly Dpia[], seriesId: string): Dpia[] {
  return all.filter((d) => d.seriesId === seriesId).sort((a, b) => a.version - b.version)
}

/** The newest signed-off version of a series: the DPIA in force. */
export function versionInForce(all: readonly Dpia[], seriesId: string): Dpia | null {
  return seriesVersions(all, seriesId).filter(isFrozen).at(-1) ?? null
}

/** The draft of a series, if one is being written. */
export function draftVersion(all: readonly Dpia[], seriesId: string): Dpia | null {
  return seriesVersions(all, seriesId).find((d) => !isFrozen(d)) ?? null
}

/** Why a new version of a series cannot be started now, or null when it can. */
export function reviseProblem(all: readonly Dpia[], seriesId: string): string | null {
  const versions = seriesVersions(all, seriesId)
  if (versions.length === 0) return 'Vurderingen finnes ikke.'
  const draft = draftVersion(all, seriesId)
  if (draft) return `Versjon ${String(draft.version)} er under arbeid. Gjør den ferdig før du starter en ny.`
  return null
}
