/**
 * A step's settings, evaluated when they are needed: its `env:`, `name:` and `if:` as it is about
 * to start (the main loop's steps and graph steps alike), `timeout-minutes` and
 * `continue-on-error` with the runner's fallbacks when they fail to evaluate.
 */
import { errorText } from '../errors.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import {
  effectiveCondition,
  evaluateBoolean,
  evaluateIf,
  evaluateNumber,
  evaluateStepEnv
} from '../expressions/evaluate.js'
import type { ExecutableStep, PlannedStep } from '../workflow/model.js'
import type { ListRuntime } from './list-runtime.js'
import type { StepRecord } from './records.js'

/** A step about to start: its env context and whether its `if:` holds, or why they failed. */
export type StepStart = { envContext: Record<string, string>; runIt: boolean } | { error: string }

/**
 * R4.1: the env context is the job env overlaid with the step's own env (evaluated first); then
 * the display name and the `if:` see it. Sets the record's display name on the way.
 */
export function evaluateStepStart(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord
): StepStart {
  try {
    const envContext = evaluateStepEnv(step.env, list.scope(undefined, step))
    record.displayName = list.displayName(step, list.scope(envContext, step))
    return { envContext, runIt: evaluateIf(step.if, list.scope(envContext, step)) }
  } catch (error) {
    return { error: errorText(error) }
  }
}

/**
 * The log line of a skipped step: the runner shows a skipped step in its UI; inside our one step,
 * the log is where a reader looks.
 */
export function announceSkipped(list: ListRuntime, step: ExecutableStep, record: StepRecord): void {
  list.options.log.event(
    `⏭ ${record.displayName} (skipped: ${effectiveCondition(step.if)} was false)`
  )
}

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
