/**
 * A step's display name as the runner computes it when the step starts (R4.3). The main loop and
 * the `pre` stages (whose groups are titled `Pre <name>`) both name steps this way.
 */
import { evaluateString, type ExpressionScope } from '../expressions/evaluate.js'
import type { PlannedStep } from '../workflow/model.js'
import { syntheticName } from '../workflow/plan.js'

/**
 * The evaluated `name:`, else the runner's default (`Run <first line>`, `Run <uses>`, …). An
 * empty result falls back to the default too; a `name:` that fails to evaluate shows as written.
 */
export function stepDisplayName(step: PlannedStep, scope: ExpressionScope): string {
  if (step.name === undefined) return syntheticName(step)
  try {
    return evaluateString(step.name, scope, 'name') || syntheticName(step)
  } catch {
    return step.name
  }
}
