/**
 * Risk levels on CNIL's four-step scales, and the art. 36 flag. Ombud's rule for the level
 * of a (likelihood, severity) pair: high when both are at least "betydelig", or when the
 * severity is "maksimal" and the likelihood more than "ubetydelig"; medium when one of them
 * is at least "betydelig"; low otherwise. Severity weighs more than likelihood, as in
 * CNIL's method, where a risk of high severity must be reduced whatever its likelihood.
 */
import { RISK_KINDS, type RiskKind, type RiskLevel, type ScaleStep } from '../law/dpia-method'
import type { Dpia, DpiaRisk } from '../model/dpia'

/** The level of a risk, or null while likelihood or severity is not assessed. */
export function riskLevel(likelihood: ScaleStep | null, severity: ScaleStep | null): RiskLevel | null {
  if (likelihood === null || severity === null) return null
  if ((likelihood >= 3 && severity >= 3) || (severity === 4 && likelihood >= 2)) return 'high'
  if (likelihood >= 3 || severity >= 3) return 'medium'
  return 'low'
}

/** The level before the measures. */
export function initialLevel(r: DpiaRisk): RiskLevel | null {
  return riskLevel(r.likelihood, r.severity)
}

/** The level after the measures. */
export function residualLevel(r: DpiaRisk): RiskLevel | null {
  return riskLevel(r.residual.likelihood, r.residual.severity)
}

/**
 * The risks whose residual level is high. When there is any, the controller must consult
 * Datatilsynet before the processing starts (art. 36(1)).
 */
export function highResidualRisks(d: Pick<Dpia, 'risks'>): RiskKind[] {
  return RISK_KINDS.filter((k) => residualLevel(d.risks[k]) === 'high')
}

/** Whether prior consultation with Datatilsynet is required (art. 36(1)). */
export function needsPriorConsultation(d: Pick<Dpia, 'risks'>): boolean {
  return highResidualRisks(d).length > 0
}
