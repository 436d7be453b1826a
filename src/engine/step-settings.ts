/**
 * A step's `timeout-minutes` and `continue-on-error`, evaluated when they are needed, with the
 * runner's fallbacks when they fail to evaluate.
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateBoolean, evaluateNumber } from '../expressions/evaluate.js'
import type { ExecutableStep, PlannedStep } from '../workflow/model.js'

/**
 * Minutes; 0 (no timeout) when absent or when it fails to evaluate. `failed` hears of the error:
 * a foreground step logs the runner's error, a background one only traces it (R6.2).
 */
export function timeoutMinutesOf(
  step: ExecutableStep,
  scope: () => ExpressionScope,
  failed: (error: unknown) => void
): number {
  if (step.timeoutMinutes === undefined) return 0
  try {
    return evaluateNumber(step.timeoutMinutes, scope(), 'timeout-minutes')
  } catch (error) {
    failed(error)
    return 0
  }
}

/** The runner's error when a foreground step's `timeout-minutes` fails to evaluate (R6.2). */
export const TIMEOUT_ERROR = 'An error occurred when attempting to determine the step timeout.'

/** `continue-on-error`; an evaluation error counts as false (R11.3). */
export function continueOnErrorOf(step: PlannedStep, scope: () => ExpressionScope): boolean {
  try {
    return evaluateBoolean(step.continueOnError, scope(), 'continue-on-error')
  } catch {
    return false
  }
}
