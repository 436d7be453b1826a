/**
 * Everything our main does before the first nested step, once: settings, masks, validation, the
 * plan, the log, the run's services and — for a list that names actions — "Prepare all required
 * actions". The result is one immutable `PreparedRun` (execute-run.ts runs it), or the message our
 * step fails with when something is wrong before anything ran.
 */
import * as core from '@actions/core'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { NO_ACTIONS } from './catalog/model.js'
import type { Cancellation } from './cancellation.js'
import { LOG_SPILL_FOLDER, POST_MANIFEST_STATE } from './constants.js'
import type { StepExecutors } from './engine/executor.js'
import type { StaticContexts } from './engine/job.js'
import { topLevel, type ListScope, type RunContext } from './executors/context.js'
import { createStepExecutors, noActionExecutor } from './executors/index.js'
import type { PostStageRegistry } from './executors/post-manifest.js'
import { baseEnvContext, githubContext, runnerContext } from './expressions/contexts.js'
import { bundledHashFilesWorker } from './expressions/hash-files.js'
import { LogMultiplexer } from './report/log.js'
import { recordingMasks, SecretMasker } from './report/masker.js'
import type { StepLogs } from './report/log.js'
import type { StdoutWrite } from './report/stdout.js'
import { FileCommandPool } from './runner/file-command-pool.js'
import { processNodeRuntime } from './runner/node-runtime.js'
import type { ProcessRegistry } from './runner/process.js'
import { checkRunnerTemp } from './runner/runner-temp.js'
import { ShellCache } from './runner/shell-cache.js'
import { readSettings, type Settings } from './settings.js'
import type { ParsedStep, Plan, ValidationError } from './workflow/model.js'
import { parseStepList } from './workflow/parse.js'
import { buildPlan, syntheticName, usesOf } from './workflow/plan.js'

/** What the entry point (src/run.ts) holds for the whole process and hands the run. */
export interface RunEntry {
  readonly cancellation: Cancellation
  /** Where the run's processes are started: the entry signals what is left of them at exit. */
  readonly processes: ProcessRegistry
  /** Our stdout, the entry point's: the log writes through it. */
  readonly stdout: StdoutWrite
  /** Told of the log once it exists: the cancellation backstop flushes it. */
  logCreated(log: LogMultiplexer): void
}

/** A run ready to execute: nothing in it changes once made. */
export interface PreparedRun {
  readonly settings: Settings
  readonly plan: Plan
  readonly context: RunContext
  /** The top-level list's scope and the executors of its steps. */
  readonly list: ListScope
  readonly executors: StepExecutors
  /** The contexts that do not change while the list runs; `env` starts as `initialEnv`. */
  readonly contexts: StaticContexts
  readonly initialEnv: Record<string, string>
  /** The log writer (flushed at the end) and the step logs over it that record nested masks. */
  readonly log: LogMultiplexer
  readonly logs: StepLogs
  readonly masker: SecretMasker
  readonly cancellation: Cancellation
  /** What `uses:` steps need at the end; undefined when the list names no action. */
  readonly actions: PreparedActions | undefined
}

/** The post registry of a list that names actions (our post runs what it holds). */
export interface PreparedActions {
  readonly postStages: PostStageRegistry
}

/** A valid list and what it runs with, before the run's services exist. */
interface Validated {
  settings: Settings
  parsed: ParsedStep[]
  plan: Plan
  masker: SecretMasker
  runnerTemp: string
  /** The run's file-command files, already being made ahead of the first steps. */
  fileCommands: FileCommandPool
}

/** What a run is built from before its actions are prepared. */
interface Foundation extends Validated {
  context: RunContext
}

/** Prepares the run; a string is the failure message of a run that cannot start. */
export async function prepareRun(entry: RunEntry): Promise<PreparedRun | string> {
  const validated = validate()
  if (typeof validated === 'string') return validated
  const { settings, plan, masker } = validated
  // NO_COLOR (any non-empty value, no-color.org) turns off every colour we print.
  const colour = !process.env.NO_COLOR
  const log = new LogMultiplexer({
    mode: settings.logMode,
    write: entry.stdout,
    spillDir: path.join(validated.runnerTemp, LOG_SPILL_FOLDER),
    colour,
    labelWidth: labelWidth(plan),
    heartbeatMs: heartbeatMs(process.env)
  })
  entry.logCreated(log)
  const context = { ...runContext(validated, entry, log), colour }
  const foundation = { ...validated, context }
  // Nested masks are recorded too: the summary is a file the runner's masker never sees.
  const logs = recordingMasks(log, masker)
  const actions = await prepareActions(foundation)
  if (typeof actions === 'string') return actions
  const env = context.baseEnv
  return {
    settings,
    plan,
    context,
    list: actions.list,
    executors: actions.executors,
    contexts: {
      github: githubContext(env, readEvent(env), settings.token),
      runner: runnerContext(env),
      job: settings.job,
      strategy: settings.strategy,
      matrix: settings.matrix,
      secrets: settings.secrets,
      vars: settings.vars,
      inputs: settings.inputs,
      needs: settings.needs
    },
    initialEnv: baseEnvContext(env),
    log,
    logs,
    masker,
    cancellation: entry.cancellation,
    actions: actions.prepared
  }
}

/** Settings, masks, the parsed and validated list, RUNNER_TEMP and the plan. */
function validate(): Validated | string {
  const { settings, errors } = readSettings()
  if (!settings) {
    for (const error of errors) core.error(error.message, { title: 'Background Steps input' })
    return `Invalid input: ${errors.length} error(s).`
  }
  const masker = maskSecrets(settings)
  if (settings.autoConcurrency) {
    core.info(`max-concurrency: auto → ${settings.maxConcurrency} slots (one per CPU)`)
  }
  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  const fileCommands = new FileCommandPool(runnerTemp)
  // The first steps' file-command files get made on another core while we validate: as many
  // as the list may start at once, guessed from its `- ` items (the plan corrects it below).
  const items = settings.source.text.match(/^\s*- /gm)?.length ?? 0
  void fileCommands.prefetch(Math.min(settings.maxConcurrency, items) + 1)
  const parsed = parseStepList({
    source: settings.source.text,
    fileName: settings.source.fileName,
    mode: settings.source.mode
  })
  if (parsed.errors.length > 0) {
    for (const error of parsed.errors) annotate(error, settings)
    return `The step list is invalid (${parsed.errors.length} error(s)); no step ran.`
  }
  const tempProblem = checkRunnerTemp(runnerTemp)
  if (tempProblem !== undefined) {
    core.error(tempProblem, { title: 'Background Steps' })
    return 'RUNNER_TEMP is not usable; no step ran.'
  }
  const plan = buildPlan(parsed.steps, { shard: settings.shard })
  // As many sets as can be in use at once: the background steps a slot can hold, and one more.
  const background = plan.steps.filter((step) => 'background' in step && step.background).length
  void fileCommands.prefetch(Math.min(settings.maxConcurrency, background) + 1)
  return { settings, parsed: parsed.steps, plan, masker, runnerTemp, fileCommands }
}

/**
 * Secrets are masked before anything else is printed: our secrets input, each line of a
 * multi-line one (output reaches the runner line by line), and the tokens.
 */
function maskSecrets(settings: Settings): SecretMasker {
  const masker = new SecretMasker()
  for (const value of [
    ...Object.values(settings.secrets),
    settings.token,
    settings.fallbackToken
  ]) {
    if (value) masker.add(value)
  }
  for (const value of masker.secrets) core.setSecret(value)
  return masker
}

function runContext(
  { settings, runnerTemp, fileCommands }: Validated,
  { cancellation, processes }: RunEntry,
  log: LogMultiplexer
): RunContext {
  return {
    // A plain copy, read from here on: every step's environment is built from it, and each read
    // of process.env goes through the C++ environment (0.1 ms per step for ~100 variables).
    baseEnv: { ...process.env },
    runnerTemp,
    workspace: settings.workspace,
    maxConcurrency: settings.maxConcurrency,
    jobCancelSignal: cancellation.cancelSignal,
    hashFilesWorker: bundledHashFilesWorker(),
    nodeRuntime: processNodeRuntime(),
    fileCommands,
    shellCache: new ShellCache(),
    processes,
    // Written only under step debug (the runner shows `::debug::` lines only then), through
    // the log so that it keeps its place among the groups.
    debug: core.isDebug() ? (message) => log.debug(message) : () => undefined
  }
}

/**
 * The top-level list and its executors. Only a list with a `uses:` step loads what actions need
 * (start-up of `run:`-only lists): "Prepare all required actions", every `uses:` resolved,
 * downloaded and loaded before the first step.
 */
async function prepareActions(
  foundation: Foundation
): Promise<
  { list: ListScope; executors: StepExecutors; prepared: PreparedActions | undefined } | string
> {
  const { settings, parsed, context } = foundation
  if (usesOf(parsed).length === 0) {
    const list = topLevel(settings.defaults, NO_ACTIONS)
    return {
      list,
      executors: createStepExecutors(context, list, noActionExecutor),
      prepared: undefined
    }
  }
  const uses = await import('./executors/uses-support.js')
  const postStages = new uses.PostStageRegistry({ runnerTemp: context.runnerTemp })
  // Saved now, not at the end: if our main is killed (the runner's SIGKILL, our own backstop
  // exit), the nested posts still run from the manifest, which every registration rewrites.
  core.saveState(POST_MANIFEST_STATE, postStages.manifestPath)
  const resolveOptions = uses.resolveOptionsFor(
    context.baseEnv,
    settings,
    context.runnerTemp,
    core.info
  )
  core.info('Prepare all required actions')
  const resolution = await uses.resolveActions(parsed, resolveOptions)
  if (resolution.errors.length > 0) {
    for (const message of resolution.errors) {
      core.error(message, { title: 'Background Steps: action' })
    }
    return `${resolution.errors.length} action(s) could not be prepared; no step ran.`
  }
  const services = uses.createActionServices(context, {
    records: { states: new Map(), postStages },
    resolveOptions,
    runners: uses.createActionRunners(context, settings.dockerNetwork)
  })
  const list = topLevel(settings.defaults, resolution.catalog)
  return { list, executors: services.executorsFor(list), prepared: { postStages } }
}

/**
 * The heartbeat's silence, for tests only (undocumented): BACKGROUND_STEPS_TEST_HEARTBEAT_MS.
 * Unset or invalid: the default (30 s).
 */
function heartbeatMs(env: NodeJS.ProcessEnv): number | undefined {
  const ms = Number(env.BACKGROUND_STEPS_TEST_HEARTBEAT_MS || NaN)
  return Number.isFinite(ms) && ms >= 0 ? ms : undefined
}

/** Prefixed-mode labels fit the names of run/uses steps; control steps print in their own group. */
function labelWidth(plan: Plan): number {
  return Math.max(
    1,
    ...plan.steps
      .filter((step) => step.kind === 'run' || step.kind === 'uses')
      .map((step) => (step.name ?? syntheticName(step)).length)
  )
}

/** A validation error as an annotation with line and column (and the file for steps-file). */
function annotate(error: ValidationError, settings: Settings): void {
  const inline = settings.source.mode === 'inline'
  core.error(error.message, {
    title:
      inline && error.line !== undefined
        ? `steps input (Line: ${error.line}, Col: ${error.column})`
        : undefined,
    file: inline ? undefined : settings.source.fileName,
    startLine: error.line,
    startColumn: error.column,
    endLine: error.endLine,
    endColumn: error.endLine === error.line ? error.endColumn : undefined
  })
}

/** The event payload the runner wrote for this job (github.event). */
function readEvent(env: NodeJS.ProcessEnv): unknown {
  const file = env.GITHUB_EVENT_PATH
  if (!file) return {}
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown
  } catch {
    return {}
  }
}
