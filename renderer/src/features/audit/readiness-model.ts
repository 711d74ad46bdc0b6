/**
 * What the «Tilsyn» dashboard shows, computed from the live workbench: the readiness
 * findings (with the policy analysis, as in the audit pack), the scores per area, the
 * findings grouped by area (errors first), and where to go to fix each one.
 */
import { policyStatus } from '../../../../shared/audit/policy-status'
import {
  AREA_OF,
  READINESS_AREAS,
  checkReadiness,
  readinessScore,
  type AreaScore,
  type ReadinessInput,
  type RecordFinding,
  type RecordRef,
  type ReadinessScores,
} from '../../../../shared/checks/readiness'
import { countryName } from '../../../../shared/law/countries'
import type { PolicyVersion } from '../../../../shared/model'
import { ROUTINE_KINDS } from '../../../../shared/model/routine'
import { ROUTINE_KIND_LABELS } from '../../../../shared/registers/labels'
import { routeHref } from '../../app/router'
import { t } from '../../i18n/nb'

export interface AreaView {
  score: AreaScore
  /** Errors first, then warnings, each in the order the checks report them. */
  findings: RecordFinding[]
}

export interface ReadinessView {
  findings: RecordFinding[]
  scores: ReadinessScores
  areas: AreaView[]
  errors: number
  warnings: number
}

/** What the dashboard reads: the record, and the status of each saved policy version. */
export interface AuditInput extends ReadinessInput {
  policyVersions: ReadonlyArray<Pick<PolicyVersion, 'status'>>
}

/** Runs the checks the audit pack runs, policy analysis included, and groups the result by area. */
export function readinessView(wb: AuditInput, today: string): ReadinessView {
  const findings = checkReadiness(wb, { today, policy: policyStatus(wb) })
  const scores = readinessScore(findings, wb)
  const areas = READINESS_AREAS.map((area) => {
    const inArea = findings.filter((f) => AREA_OF[f.code] === area)
    return {
      score: scores.areas.find((s) => s.area === area)!,
      findings: [
        ...inArea.filter((f) => f.severity === 'error'),
        ...inArea.filter((f) => f.severity === 'warning'),
      ],
    }
  })
  const errors = findings.filter((f) => f.severity === 'error').length
  return { findings, scores, areas, errors, warnings: findings.length - errors }
}

export interface FindingLink {
  href: string
  /** Names the record, so each link in the list says where it leads. */
  label: string
}

/**
 * Where to fix a finding: the record's editor with the field that fixes it in view and
 * focused (`#/activities/<id>/<field>`), the clause on the policy page, the organisation
 * page.
 */
export function findingLink(
  ref: RecordRef,
  wb: Pick<ReadinessInput, 'activities' | 'processors' | 'transfers' | 'clauses'>,
): FindingLink {
  const links = t.audit.readiness.links
  const at = ref.field ? [ref.field] : []
  switch (ref.table) {
    case 'activities': {
      const name = wb.activities.find((a) => a.id === ref.id)?.name ?? ref.id
      // A DPIA the screening requires is written on the activity's DPIA page.
      if (ref.field === 'screening') return { href: routeHref('dpia', ref.id), label: links.dpia(name) }
      return { href: routeHref('activities', ref.id, ...at), label: links.activities(name) }
    }
    case 'processors': {
      const name = wb.processors.find((p) => p.id === ref.id)?.name ?? ref.id
      return { href: routeHref('processors', ref.id, ...at), label: links.processors(name) }
    }
    case 'transfers': {
      const tr = wb.transfers.find((x) => x.id === ref.id)
      return {
        href: routeHref('transfers', ref.id, ...at),
        label: links.transfers(tr ? `${tr.recipient} (${countryName(tr.country)})` : ref.id),
      }
    }
    case 'clauses': {
      const c = wb.clauses.find((x) => x.id === ref.id)
      return {
        // The policy page selects the clause of its route and brings it into view.
        href: c ? routeHref('policy', c.id) : routeHref('policy'),
        label: links.clauses(c ? c.title.nb || c.title.nn || c.section : ref.id),
      }
    }
    case 'organization':
      return { href: routeHref('organization', ...at), label: links.organization }
    case 'policy':
      return { href: routeHref('policy'), label: links.policy }
    case 'routines': {
      // The id of a routine finding is the kind; the routines page opens that kind.
      const kind = ROUTINE_KINDS.find((k) => k === ref.id)
      const name = kind ? ROUTINE_KIND_LABELS[kind].nb : ref.id
      return { href: routeHref('routines', ref.id, ...at), label: links.routines(name.charAt(0).toLowerCase() + name.slice(1)) }
    }
  }
}
