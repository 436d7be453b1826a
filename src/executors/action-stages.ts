/**
 * The pre and post stages of actions (docs/runner-emulation.md §4.6, §6), each run as the runner
 * runs such a step: condition, then the stage, then its result line (`runConditionalStage`).
 *
 * - Pre: every top-level action step with a `pre` runs it before the first nested step, in list
 *   order, as `Pre <name>`, subject to `pre-if` (the runner would run them at job start).
 * - Post: our post stage runs the registrations of the post manifest (post-manifest.ts) newest
 *   first, each subject to `post-if` against the job status of that moment.
 */
import type { ActionCatalog, LoadedAction } from '../catalog/model.js'
import { stepDisplayName } from '../engine/display-name.js'
import type { StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { githubContext, runnerContext } from '../expressions/contexts.js'
import type { ExpressionScope, JobStatus } from '../expressions/evaluate.js'
import { evaluateIf, evaluateStepEnv } from '../expressions/evaluate.js'
import { finishedTitle } from '../report/format.js'
import type { StepLog, StepLogs } from '../report/log.js'
import type { PlannedStep, UsesStep } from '../workflow/model.js'
import { usesOf } from '../workflow/plan.js'
import { actionKind, type ActionRunners } from './action-services.js'
import { stageCondition, stageEntry } from './action-stage.js'
import type { RunContext } from './context.js'
import { readPostManifest, type PostManifest, type PostStageEntry } from './post-manifest.js'
import { errorText } from '../errors.js'

export type StageResult = 'Succeeded' | 'Failed' | 'Skipped'

/** A pre or post stage as the runner runs it: condition, stage, result line. */
interface ConditionalStage {
  title: string
  /** The stage's condition (`pre-if`, `post-if`); throws on an evaluation error. */
  condition(): boolean
  /** Opens the stage's log: only a stage that runs (or whose condition failed) gets one. */
  openLog(): StepLog
  run(log: StepLog): Promise<StepExecution>
}

/**
 * Condition → run → finish: a false condition skips the stage without a log; an evaluation error
 * fails it with the error in its log; a stage that throws fails with its message.
 */
async function runConditionalStage(
  stage: ConditionalStage
): Promise<{ result: StageResult; execution?: StepExecution }> {
  let runIt = false
  let conditionError: string | undefined
  try {
    runIt = stage.condition()
  } catch (error) {
    conditionError = errorText(error)
  }
  if (!runIt && conditionError === undefined) return { result: 'Skipped' }
  const log = stage.openLog()
  const started = Date.now()
  let execution: StepExecution
  if (conditionError !== undefined) {
    log.error(conditionError)
    execution = emptyExecution('Failed')
  } else {
    try {
      execution = await stage.run(log)
    } catch (error) {
      log.error(errorText(error))
      execution = emptyExecution('Failed')
    }
  }
  log.end(finishedTitle(stage.title, execution.result, Date.now() - started))
  return { result: execution.result, execution }
}

/**
 * Evaluates `pre-if`/`post-if` as written: unlike a step `if:`, it is not wrapped in
 * `success() && (…)` (runner PR #293). A `${{ }}` around it is optional; empty means `always()`.
 */
export function evaluateStageCondition(condition: string, scope: ExpressionScope): boolean {
  const trimmed = condition.trim()
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(trimmed)
  const expression = (wrapped ? wrapped[1] : trimmed).trim()
  if (expression === '') return true
  // `always() && (x)` has x's truthiness, and its status function stops the implicit wrapping.
  return evaluateIf(`always() && (${expression})`, scope)
}

// ---------------------------------------------------------------------------------------------
// Pre

export interface PreStageHooks {
  /** Runs the pre stage of a step (the list's `uses:` executor). */
  runStage(request: StepRequest<UsesStep>): Promise<StepExecution>
  /** The job's scope at start; `pre-if` and the name see it with an empty `steps` context. */
  scope(): ExpressionScope
  /** A request that runs `title` (`Pre <name>`) for this step, its log opened with that title. */
  request(step: UsesStep, title: string, envContext: Record<string, string>): StepRequest<UsesStep>
}

export interface PreStageOutcome {
  step: UsesStep
  title: string
  result: StageResult
  /** What the stage produced (GITHUB_ENV/PATH apply to later steps); absent when skipped. */
  execution?: StepExecution
}

/**
 * The top-level steps whose action has a `pre` we run (§4.6): a remote node or docker action with
 * its own `pre`, or a remote composite action whose steps use one (it runs their pres).
 */
export function stepsWithPre(
  steps: readonly PlannedStep[],
  catalog: ActionCatalog
): Array<{ step: UsesStep; action: LoadedAction }> {
  const found: Array<{ step: UsesStep; action: LoadedAction }> = []
  for (const step of steps) {
    if (step.kind !== 'uses') continue
    let action: LoadedAction
    try {
      action = catalog.get(step.uses)
    } catch {
      continue // the main stage reports the missing action
    }
    // Local actions get no pre; their main warns about it, as the runner does.
    if (action.reference.kind === 'local') continue
    if (stageEntry(action, 'pre') !== undefined || hasEmbeddedPre(action, catalog)) {
      found.push({ step, action })
    }
  }
  return found
}

/** A composite action whose own steps use a remote action with a `pre`. */
function hasEmbeddedPre(action: LoadedAction, catalog: ActionCatalog): boolean {
  const runs = action.manifest.runs
  if (runs.using !== 'composite') return false
  return usesOf(runs.steps).some((uses) => {
    try {
      const embedded = catalog.get(uses)
      return embedded.reference.kind === 'remote' && stageEntry(embedded, 'pre') !== undefined
    } catch {
      return false
    }
  })
}

/**
 * Runs the pre stages in list order before the first nested step. `pre-if` is evaluated with
 * the job status so far (success, unless an earlier pre failed) and no `steps` context; every
 * stage gets the step's `env:`, evaluated for it (§4.6, R4.1). The caller applies each
 * execution's effects and merges failures into the job status.
 */
export async function runPreStages(
  steps: readonly PlannedStep[],
  catalog: ActionCatalog,
  hooks: PreStageHooks
): Promise<PreStageOutcome[]> {
  const outcomes: PreStageOutcome[] = []
  let status: JobStatus = 'success'
  for (const { step, action } of stepsWithPre(steps, catalog)) {
    const base = hooks.scope()
    const scope: ExpressionScope = { ...base, contexts: { ...base.contexts, steps: {} }, status }
    const title = `Pre ${stepDisplayName(step, scope)}`
    let envContext = scope.contexts.env
    let request: StepRequest<UsesStep> | undefined
    const outcome = await runConditionalStage({
      title,
      condition: () => {
        envContext = evaluateStepEnv(step.env, scope)
        const withEnv = { ...scope, contexts: { ...scope.contexts, env: envContext } }
        return evaluateStageCondition(stageCondition(action, 'pre'), withEnv)
      },
      openLog: () => (request = hooks.request(step, title, envContext)).log,
      run: async () => hooks.runStage(request!)
    })
    if (outcome.result === 'Failed') status = 'failure'
    outcomes.push({ step, title, ...outcome })
  }
  return outcomes
}

// ---------------------------------------------------------------------------------------------
// Post

export interface PostStagesOptions {
  /** The outer job status when our post runs (read from our `job` input). */
  jobStatus: JobStatus
  /** Our post process's context: its env is the base of every post's environment. */
  context: RunContext
  runners: ActionRunners
  log: Pick<StepLogs, 'open'>
  /** Contexts `post-if` may read; github and runner default to ones built from the env. */
  contexts?: Partial<ExpressionScope['contexts']>
  cancelSignal: AbortSignal
  killSignal: AbortSignal
}

export interface PostStageOutcome {
  key: string
  title: string
  result: StageResult
  execution?: StepExecution
}

export interface PostStagesResult {
  /** True when any post stage failed. */
  failed: boolean
  /** Newest registration first, skipped ones included. */
  stages: PostStageOutcome[]
  /** GITHUB_ENV and GITHUB_PATH writes of the posts, in order, to hand over to the job. */
  env: Array<[string, string]>
  path: string[]
  /** Non-empty step summaries of the posts, in run order. */
  summaries: string[]
}

/**
 * Runs the registered post stages of a manifest, newest first. Each `post-if` sees the job
 * status of that moment: a failed post turns a successful job status into failure for the
 * posts after it. Env and PATH changes of a post reach the posts after it.
 */
export async function runPostStages(
  manifestPath: string,
  options: PostStagesOptions
): Promise<PostStagesResult> {
  const result: PostStagesResult = { failed: false, stages: [], env: [], path: [], summaries: [] }
  const manifest = await readPostManifest(manifestPath)
  if (manifest === undefined) return result
  let status = options.jobStatus
  const changes = { env: {} as Record<string, string>, path: [] as string[] }
  for (const entry of [...manifest.entries].reverse()) {
    const title = `Post ${entry.displayName}`
    const outcome = await runConditionalStage({
      title,
      condition: () => evaluateStageCondition(entry.condition, postScope(options, status)),
      openLog: () => options.log.open({ title, live: true }),
      run: async (log) => runPost(entry, manifest, changes, log, options)
    })
    const execution = outcome.execution
    if (execution !== undefined) collectPostEffects(execution, changes, result)
    if (outcome.result === 'Failed') {
      result.failed = true
      if (status === 'success') status = 'failure'
    }
    result.stages.push({ key: entry.key, title, ...outcome })
  }
  return result
}

/** One post stage, from what its step's main left in the manifest (§6.5). */
async function runPost(
  entry: PostStageEntry,
  manifest: PostManifest,
  changes: { env: Record<string, string>; path: string[] },
  log: StepLog,
  options: PostStagesOptions
): Promise<StepExecution> {
  const basePath = manifest.final?.pathPrepend ?? entry.pathPrepend
  const kind = actionKind(entry.action)
  if (kind === 'composite') throw new Error(`'${entry.action.uses}' has no post stage.`)
  return options.runners[kind]({
    stage: 'post',
    action: entry.action,
    inputs: entry.inputs,
    identity: entry.identity,
    envContext: { ...(manifest.final?.env ?? entry.envContext), ...entry.stepEnv, ...changes.env },
    stepEnvNames: Object.keys(entry.stepEnv),
    // A post prints `Post job cleanup.` only: no env block.
    headerEnvNames: [],
    pathPrepend: withPathEntries(basePath, changes.path),
    state: entry.state,
    files: options.context.fileCommands.create(),
    log,
    cancelSignal: options.cancelSignal,
    killSignal: options.killSignal
  })
}

/** A post's GITHUB_ENV/PATH writes reach the posts after it and the job; its summary is kept. */
function collectPostEffects(
  execution: StepExecution,
  changes: { env: Record<string, string>; path: string[] },
  result: PostStagesResult
): void {
  for (const [name, value] of execution.env) {
    changes.env[name] = value
    result.env.push([name, value])
  }
  for (const entryPath of execution.path) {
    addPathEntry(changes.path, entryPath)
    result.path.push(entryPath)
  }
  if (execution.summary !== '') result.summaries.push(execution.summary)
}

/** GITHUB_PATH semantics: a re-added entry moves to the end (the front of PATH). */
function addPathEntry(entries: string[], entry: string): void {
  const existing = entries.indexOf(entry)
  if (existing >= 0) entries.splice(existing, 1)
  entries.push(entry)
}

function withPathEntries(base: readonly string[], added: readonly string[]): string[] {
  const entries = [...base]
  for (const entry of added) addPathEntry(entries, entry)
  return entries
}

/** The scope of a `post-if`: job-level contexts only, status functions on the given status. */
function postScope(options: PostStagesOptions, status: JobStatus): ExpressionScope {
  const given = options.contexts ?? {}
  const env = options.context.baseEnv
  const job = typeof given.job === 'object' && given.job !== null ? given.job : {}
  return {
    contexts: {
      github: given.github ?? githubContext(env, {}, undefined),
      runner: given.runner ?? runnerContext(env),
      job: { ...job, status },
      strategy: given.strategy ?? {},
      matrix: given.matrix ?? {},
      env: {},
      steps: {},
      secrets: {},
      vars: given.vars ?? {},
      inputs: {}
    },
    status: status === 'cancelled' ? 'success' : status,
    cancelled: status === 'cancelled',
    workspace: options.context.workspace,
    hashFilesWorker: options.context.hashFilesWorker
  }
}
