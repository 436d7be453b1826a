/**
 * How the main loop hands a `run:`/`uses:` step to its executor: the request an attempt gets, and
 * the attempts themselves (one, or up to `retry.attempts`: beyond native). Foreground and
 * background steps build both the same way; only their signals and logs differ.
 */
import type { StepLog } from '../report/log.js'
import type { ExecutableStep } from '../workflow/model.js'
import type { StepExecution, StepRequest } from './executor.js'
import type { ListRuntime } from './list-runtime.js'
import type { StepRecord } from './records.js'
import { runAttempts } from './retry.js'

/** What differs between a foreground attempt and a background one. */
export interface AttemptSignals {
  /** Graceful cancellation of this step (R50). */
  cancelSignal: AbortSignal
  /** Hard stop of this step's processes (our deadline on job cancellation; an abandoned step at the list's end). */
  killSignal: AbortSignal
  log: StepLog
}

/**
 * One attempt's request, built when the attempt starts: the display name, the header's env
 * names and the PATH prepends are those of that moment (R7).
 */
export function stepRequest(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  envContext: Record<string, string>,
  attempt: AttemptSignals
): StepRequest {
  return {
    step,
    displayName: record.displayName,
    scope: () => list.scope(envContext, step),
    envContext,
    headerEnvNames: headerEnvNames(list, step),
    // A graph step reads its own view (N5): its needs' PATH entries are in front.
    pathPrepend: () => list.stateFor(step).pathPrepend,
    cancelSignal: attempt.cancelSignal,
    killSignal: attempt.killSignal,
    log: attempt.log
  }
}

/**
 * The names a step's log header lists: a composite step's (inside one), GITHUB_ENV names
 * flushed so far, then its own `env:`.
 */
function headerEnvNames(list: ListRuntime, step: ExecutableStep): string[] {
  return [
    ...new Set([
      ...(list.options.headerEnvBase ?? []),
      ...list.stateFor(step).exportedEnv.keys(),
      ...Object.keys(step.env)
    ])
  ]
}

/** How to run a step's attempts: when to stop starting new ones, and one attempt. */
export interface AttemptRun {
  stop: AbortSignal
  execute(log: StepLog): Promise<StepExecution>
}

/**
 * Runs a `run:`/`uses:` step's attempts: one, or up to `retry.attempts` (beyond native). The
 * execution returned is the last attempt's, so only a successful attempt's effects count.
 */
export async function runStepAttempts(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  log: StepLog,
  run: AttemptRun
): Promise<StepExecution> {
  const result = await runAttempts({
    policy: step.retry,
    log,
    signal: run.stop,
    attempt: async (_number, attemptLog) => run.execute(attemptLog),
    onRetry: (number, total) => {
      // A foreground step shows its attempts live in its own group already.
      if (step.background) {
        list.options.log.event(`↻ ${record.displayName}: attempt ${number} of ${total}`)
      }
    }
  })
  if (step.retry) record.attempts = { made: result.attempts, allowed: step.retry.attempts }
  return result.execution
}
