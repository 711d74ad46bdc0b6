/**
 * `check --workbench FILE [--json] [--today YYYY-MM-DD] [--report]`: the readiness checks
 * on a workbench file, with the privacy-policy findings, as the dashboard and the audit
 * pack make them. Exits 1 when any finding is an error, so it can gate a script.
 */
import { policyStatus } from '../../../shared/audit/policy-status'
import { hasErrors } from '../../../shared/checks/finding'
import { checkReadiness, readinessScore } from '../../../shared/checks/readiness'
import { readinessReportText } from '../../../shared/checks/readiness-report'
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError,
  loadWorkbench,
  out,
  parseCommandArgs,
  requireOption,
  todayOption,
} from '../cli-io'

export async function checkCommand(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {
    workbench: { type: 'string' },
    json: { type: 'boolean' },
    today: { type: 'string' },
    report: { type: 'boolean' },
  })
  const file = requireOption(values.workbench, '--workbench FIL')
  const today = todayOption(values.today)
  if (values.json && values.report)
    throw new UsageError('--json og --report kan ikke brukes sammen')

  const wb = await loadWorkbench(file)
  // The policy as the workbench's clauses compose it, as buildAuditPack analyses it, so
  // `check` and the pack report the same findings. A workbench without clause records
  // (one the app never opened the policy of) is read as the standard clauses with the
  // library's text: undisclosedActivities makes up their records, so an activity is
  // reported only when no standard clause names it, and no clause needs review.
  const findings = checkReadiness(wb, { today, policy: policyStatus(wb) })

  if (values.json) {
    out(
      JSON.stringify(
        {
          file,
          language: wb.organization?.language ?? null,
          findings: findings.map((f) => ({
            code: f.code,
            article: f.article,
            severity: f.severity,
            message: f.message,
            hint: f.hint,
            ref: f.ref,
          })),
        },
        null,
        2,
      ),
    )
  } else if (values.report) {
    out(readinessReportText(findings, readinessScore(findings, wb), wb.organization, today))
  } else {
    for (const f of findings) {
      const where = `${f.ref.table}/${f.ref.id}${f.ref.field ? `#${f.ref.field}` : ''}`
      out(
        `${f.severity === 'error' ? 'feil    ' : 'advarsel'}  ${f.code}  ${where}  ${f.message} (${f.article})`,
      )
    }
    const errors = findings.filter((f) => f.severity === 'error').length
    const warnings = findings.length - errors
    out(
      findings.length === 0
        ? 'Ingen funn.'
        : `${errors} feil, ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}.`,
    )
  }
  return hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK
}
