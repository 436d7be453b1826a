/**
 * The pre and post stages of node and docker actions (spec/runner-emulation.md §4.6, §6).
 *
 * - Pre: every top-level action step with a `pre` runs it before the first nested step, in list
 *   order, as `Pre <name>`, subject to `pre-if` (the runner would run them at job start).
 * - Post: a step registers its post the moment its pre or main starts; the registry keeps the
 *   registrations in start order and persists everything the post needs to a JSON manifest under
 *   RUNNER_TEMP, because our post runs in another process. Our post stage runs them newest
 *   first, each subject to `post-if` against the job status of that moment.
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { githubContext, runnerContext } from '../expressions/contexts.js'
import type { ExpressionScope, JobStatus } from '../expressions/evaluate.js'
import { evaluateIf, evaluateStepEnv, evaluateString } from '../expressions/evaluate.js'
import type { ActionIdentity, ActionStageRun } from './action-inputs.js'
import { stageCondition, stageEntry } from './action-inputs.js'
import { DockerActionExecutor } from './docker-action.js'
import type { HostContext } from './host.js'
import { NodeActionExecutor } from './node-action.js'
import { finishedTitle } from '../report/format.js'
import type { LogMultiplexer } from '../report/log.js'
import type { PlannedStep, UsesStep } from '../workflow/model.js'
import { syntheticName, usesOf } from '../workflow/plan.js'
import type { ActionCatalog, LoadedAction } from '../catalog/model.js'
import { errorText } from '../errors.js'

/** Everything one post stage needs, as persisted in the manifest. */
export interface PostStageEntry {
  /** The step's plan key, scoped by composite use: one registration per step of the job (the runner ignores duplicates). */
  key: string
  /** The step's display name; the stage is shown as `Post <displayName>`. */
  displayName: string
  /** `post-if` as written, `always()` by default. */
  condition: string
  action: LoadedAction
  /** Inputs as evaluated by the step's latest stage (not re-evaluated: runner#3514). */
  inputs: Record<string, string>
  identity: ActionIdentity
  /** The step's env context when its latest stage started (used when no final env was saved). */
  envContext: Record<string, string>
  /** The step's own `env:` values; they override the job env in post, as the runner re-applies them. */
  stepEnv: Record<string, string>
  pathPrepend: string[]
  /** The step's intra-action state; the live record, so the manifest holds its latest values. */
  state: Record<string, string>
}

/** The job's env context and PATH prepends at the end of our main; posts start from them (§6.5). */
export interface FinalJobState {
  env: Record<string, string>
  pathPrepend: string[]
}

interface PostManifest {
  version: 1
  entries: PostStageEntry[]
  final?: FinalJobState
}

/**
 * Post registrations of one run, in start order. Every change is written to the manifest at
 * once, synchronously: our main can be killed at any moment after (the runner's SIGKILL, our own
 * cancellation backstop), and the post stage must find every registration and the latest state.
 * A write is a few KiB, once per start or end of an action's stage, next to a process spawn.
 */
export class PostStageRegistry {
  /** Where the manifest is written; the lead saves this path in our own state. */
  readonly manifestPath: string
  private readonly entries: PostStageEntry[] = []
  private final: FinalJobState | undefined
  /** The message of the last failed write; cleared by the next successful one. */
  private writeError: string | undefined

  constructor(options: { runnerTemp: string; manifestPath?: string }) {
    // The file holds evaluated inputs and env (possibly secrets): RUNNER_TEMP is emptied at
    // job end, and the file is only readable by us.
    this.manifestPath =
      options.manifestPath ??
      path.join(options.runnerTemp, `background-steps-post-${randomUUID()}.json`)
  }

  /** Registers a post stage; a second registration for the same step returns the first one. */
  register(entry: PostStageEntry): PostStageEntry {
    const existing = this.entries.find((registered) => registered.key === entry.key)
    if (existing !== undefined) return existing
    this.entries.push(entry)
    this.changed()
    return entry
  }

  /** The registrations, oldest first. */
  get registered(): readonly PostStageEntry[] {
    return this.entries
  }

  /** Writes the manifest (after a registration, or when a stage's state changed). */
  changed(): void {
    try {
      this.write()
      this.writeError = undefined
    } catch (error) {
      this.writeError = errorText(error)
    }
  }

  /** Writes the manifest, with the job's final env and PATH when given; resolves to its path. */
  async persist(final?: FinalJobState): Promise<string> {
    if (final !== undefined) {
      this.final = { env: { ...final.env }, pathPrepend: [...final.pathPrepend] }
    }
    this.changed()
    if (this.writeError !== undefined) {
      throw new Error(`The post-stage manifest could not be written: ${this.writeError}`)
    }
    return Promise.resolve(this.manifestPath)
  }

  private write(): void {
    const manifest: PostManifest = { version: 1, entries: this.entries, final: this.final }
    const temporary = `${this.manifestPath}.${randomUUID()}.tmp`
    mkdirSync(path.dirname(this.manifestPath), { recursive: true })
    writeFileSync(temporary, JSON.stringify(manifest), { mode: 0o600 })
    // Rename is atomic: a post stage never reads a half-written manifest.
    renameSync(temporary, this.manifestPath)
  }
}

/** The stage-running side of the node and docker executors. */
export interface ActionStageExecutor {
  runStage(stage: 'pre' | 'main', request: StepRequest): Promise<StepExecution>
}

export interface PreStageHooks {
  /** The executor for this step's action (node or docker). */
  executorFor(step: UsesStep, action: LoadedAction): ActionStageExecutor
  /** The job's scope at start; `pre-if` and the name see it with an empty `steps` context. */
  scope(): ExpressionScope
  /** A request that runs `title` (`Pre <name>`) for this step, its log opened with that title. */
  request(step: UsesStep, title: string, envContext: Record<string, string>): StepRequest
}

export type StageResult = 'Succeeded' | 'Failed' | 'Skipped'

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
 * the job status so far (success, unless an earlier pre failed) and no `steps` context. The
 * caller applies each execution's effects and merges failures into the job status.
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
    const title = `Pre ${displayNameOf(step, scope)}`
    let runIt: boolean
    let conditionError: string | undefined
    // §4.6 / R4.1: every stage of the step gets its `env:`, evaluated for this stage.
    let envContext = scope.contexts.env
    try {
      envContext = evaluateStepEnv(step.env, scope)
      const withEnv = { ...scope, contexts: { ...scope.contexts, env: envContext } }
      runIt = evaluateStageCondition(stageCondition(action, 'pre'), withEnv)
    } catch (error) {
      runIt = false
      conditionError = errorText(error)
    }
    if (!runIt && conditionError === undefined) {
      outcomes.push({ step, title, result: 'Skipped' })
      continue
    }
    const request = hooks.request(step, title, envContext)
    const started = Date.now()
    let execution: StepExecution
    if (conditionError !== undefined) {
      request.log.error(conditionError)
      execution = emptyExecution('Failed')
    } else {
      try {
        execution = await hooks.executorFor(step, action).runStage('pre', request)
      } catch (error) {
        request.log.error(errorText(error))
        execution = emptyExecution('Failed')
      }
    }
    request.log.end(finishedTitle(title, execution.result, Date.now() - started))
    if (execution.result === 'Failed') status = 'failure'
    outcomes.push({ step, title, result: execution.result, execution })
  }
  return outcomes
}

export interface PostStagesOptions {
  /** The outer job status when our post runs (read from our `job` input). */
  jobStatus: JobStatus
  /** Our post process's host: its env is the base of every post's environment. */
  host: HostContext
  log: Pick<LogMultiplexer, 'open'>
  /** Contexts `post-if` may read; github and runner default to ones built from the env. */
  contexts?: Partial<ExpressionScope['contexts']>
  cancelSignal?: AbortSignal
  killSignal?: AbortSignal
  /** Runs one stage; by default the node or docker executor, chosen by `runs.using`. */
  runAction?: (run: ActionStageRun) => Promise<StepExecution>
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
  const manifest = await readManifest(manifestPath)
  if (manifest === undefined) return result
  const runAction = options.runAction ?? defaultStageRunner(options.host)
  let status = options.jobStatus
  const envChanges: Record<string, string> = {}
  const pathChanges: string[] = []

  for (const entry of [...manifest.entries].reverse()) {
    const title = `Post ${entry.displayName}`
    let runIt: boolean
    let conditionError: string | undefined
    try {
      runIt = evaluateStageCondition(entry.condition, postScope(options, status))
    } catch (error) {
      runIt = false
      conditionError = errorText(error)
    }
    if (!runIt && conditionError === undefined) {
      result.stages.push({ key: entry.key, title, result: 'Skipped' })
      continue
    }

    const log = options.log.open({ title, live: true })
    const started = Date.now()
    let execution: StepExecution
    if (conditionError !== undefined) {
      log.error(conditionError)
      execution = emptyExecution('Failed')
    } else {
      const basePath = manifest.final?.pathPrepend ?? entry.pathPrepend
      try {
        execution = await runAction({
          stage: 'post',
          action: entry.action,
          inputs: entry.inputs,
          identity: entry.identity,
          envContext: {
            ...(manifest.final?.env ?? entry.envContext),
            ...entry.stepEnv,
            ...envChanges
          },
          stepEnvNames: Object.keys(entry.stepEnv),
          // A post prints `Post job cleanup.` only: no env block.
          headerEnvNames: [],
          pathPrepend: withPathEntries(basePath, pathChanges),
          state: entry.state,
          log,
          cancelSignal: options.cancelSignal,
          killSignal: options.killSignal
        })
      } catch (error) {
        log.error(errorText(error))
        execution = emptyExecution('Failed')
      }
    }
    log.end(finishedTitle(title, execution.result, Date.now() - started))

    for (const [name, value] of execution.env) {
      envChanges[name] = value
      result.env.push([name, value])
    }
    for (const entryPath of execution.path) {
      addPathEntry(pathChanges, entryPath)
      result.path.push(entryPath)
    }
    if (execution.summary !== '') result.summaries.push(execution.summary)
    if (execution.result === 'Failed') {
      result.failed = true
      if (status === 'success') status = 'failure'
    }
    result.stages.push({ key: entry.key, title, result: execution.result, execution })
  }
  return result
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
  const env = options.host.baseEnv
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
    workspace: options.host.workspace,
    hashFilesWorker: options.host.hashFilesWorker
  }
}

function defaultStageRunner(host: HostContext): (run: ActionStageRun) => Promise<StepExecution> {
  let node: NodeActionExecutor | undefined
  let docker: DockerActionExecutor | undefined
  return async (run) => {
    if (run.action.manifest.runs.using === 'docker') {
      docker ??= new DockerActionExecutor(host)
      return docker.runAction(run)
    }
    node ??= new NodeActionExecutor(host)
    return node.runAction(run)
  }
}

async function readManifest(manifestPath: string): Promise<PostManifest | undefined> {
  let text: string
  try {
    text = await readFile(manifestPath, 'utf8')
  } catch (error) {
    // No manifest: nothing registered a post (or our main never got that far).
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  return JSON.parse(text) as PostManifest
}

/** The step's display name at start: its evaluated `name:`, else the runner's default. */
function displayNameOf(step: UsesStep, scope: ExpressionScope): string {
  if (step.name === undefined) return syntheticName(step)
  try {
    return evaluateString(step.name, scope, 'name') || syntheticName(step)
  } catch {
    return step.name
  }
}
