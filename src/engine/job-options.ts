/**
 * What one step list's run is given (`runJob`'s options): the plan, the executors of its steps,
 * the contexts, signals and limits, and what the `pre` stages did before it.
 */
import type { ExpressionScope } from '../expressions/evaluate.js'
import type { StepLogs } from '../report/log.js'
import type { Plan } from '../workflow/model.js'
import type { StepExecutors } from './executor.js'
import type { StepRecord } from './records.js'

/** The contexts that do not change while the list runs. */
export type StaticContexts = Omit<ExpressionScope['contexts'], 'env' | 'steps'>

export interface JobOptions {
  plan: Plan
  /** The executors of this list's steps. */
  executors: StepExecutors
  log: StepLogs
  contexts: StaticContexts
  /** The env context the list starts with (runner-emulation §1.5). */
  initialEnv: Record<string, string>
  workspace: string
  /** The hashFiles() worker; the one next to the running bundle unless given (tests). */
  hashFilesWorker?: string
  maxConcurrency: number
  failFast: boolean
  /** Job cancellation: our own step is being cancelled (SIGINT/SIGTERM from the runner). */
  cancelSignal: AbortSignal
  /** Hard stop of every process, near our own deadline (Q12). */
  killSignal: AbortSignal
  /**
   * The scheduling decisions (queued, slot taken, finished, flushed, cancelled and why,
   * abandoned), one line each, as the runner traces them: `core.debug` in the action, so
   * `ACTIONS_STEP_DEBUG` shows them.
   */
  debug: (message: string) => void
  /** Whether the script echo of `run:` steps is coloured (off with NO_COLOR); default on. */
  colour?: boolean
  /** Milliseconds clock; injectable for tests. */
  now?: () => number
  /** Grace period of `cancel` (R29); injectable for tests. */
  cancelGraceMs?: number
  /** What ran before the first step (nested actions' `pre` stages): applied before the list. */
  prelude?: Prelude
  /** Inside a composite: the composite step's id, every embedded step's `github.action`. */
  parentAction?: string
  /**
   * Inside a composite: the env names the composite step's header listed, which its steps'
   * headers list first (their env context is the global env, the composite step's `env:`,
   * then their own: runner-emulation §4.7).
   */
  headerEnvBase?: readonly string[]
}

/** The effects of the `pre` stages, which the runner runs at job start (runner-emulation §4.6). */
export interface Prelude {
  records: StepRecord[]
  env: ReadonlyArray<readonly [string, string]>
  path: readonly string[]
  failed: boolean
}
