/**
 * The seam between WHEN a step runs (engine) and HOW it runs (executors). The engine only
 * talks to these interfaces, so the coordinator can be tested with fake executors.
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import type { StepLog } from '../report/log.js'
import type { ExecutableStep, RunStep, UsesStep } from '../workflow/model.js'

/** Everything an executor needs to run one step of kind `S`. */
export interface StepRequest<S extends ExecutableStep = ExecutableStep> {
  step: S
  displayName: string
  /** The expression scope as of now: `run:`/`with:` are evaluated when the step starts (R7). */
  scope: () => ExpressionScope
  /** The env context snapshot taken when the step was dequeued (R4, S13). */
  envContext: Record<string, string>
  /**
   * The env context names the step's log header lists (`PrintActionDetails`): those nested steps
   * wrote to GITHUB_ENV, then the step's own `env:`.
   */
  headerEnvNames: readonly string[]
  /** The flushed PATH prepends, read when the process is spawned (R7). */
  pathPrepend: () => readonly string[]
  /** Graceful cancellation: cancel step, job cancellation, timeout (R50). */
  cancelSignal: AbortSignal
  /** Hard stop near our own deadline on job cancellation (Q12). */
  killSignal: AbortSignal
  log: StepLog
}

/** What a finished step produced; the engine applies it at once (foreground) or defers it (R13). */
export interface StepExecution {
  /** The step's own result; the engine turns it into Canceled/timed out when its signals fired (R11). */
  result: 'Succeeded' | 'Failed'
  outputs: Array<[string, string]>
  env: Array<[string, string]>
  path: string[]
  state: Array<[string, string]>
  /** The step's `GITHUB_STEP_SUMMARY` content ('' when none). */
  summary: string
}

/** Runs the main stage of steps of kind `S`. */
export interface Executor<S extends ExecutableStep> {
  execute(request: StepRequest<S>): Promise<StepExecution>
}

/** The stages of an action the main loop runs: its `pre` (before the list) and its main. */
export type LoopStage = 'pre' | 'main'

/**
 * Runs `uses:` steps, main stage and pre stage alike: the runner runs an action's `pre` as a step
 * of its own before the list (runner-emulation §4.6).
 */
export interface StageExecutor extends Executor<UsesStep> {
  runStage(stage: LoopStage, request: StepRequest<UsesStep>): Promise<StepExecution>
}

/** The executors of one step list (the top level, or one composite's steps), one per kind. */
export interface StepExecutors {
  run: Executor<RunStep>
  uses: StageExecutor
}

/** Hands a step to the executor of its kind. */
export async function executeStep(
  executors: StepExecutors,
  request: StepRequest
): Promise<StepExecution> {
  const { step } = request
  return step.kind === 'run'
    ? executors.run.execute({ ...request, step })
    : executors.uses.execute({ ...request, step })
}

/** An execution that produced nothing (a step that failed before its process started). */
export function emptyExecution(result: StepExecution['result']): StepExecution {
  return { result, outputs: [], env: [], path: [], state: [], summary: '' }
}
