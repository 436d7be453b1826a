/**
 * One stage of a node or Docker action step, the part every kind shares (docs/runner-emulation.md
 * §4.6, §1.4, §2.5; runner `ActionRunner.RunAsync`, `Handler.PrintActionDetails`): the step
 * identity, its state, post registration at start, `with:` evaluated with the stage's own
 * `github` context, the runner's header — then the kind's own runner, then the saved state.
 */
import type { LoadedAction } from '../catalog/model.js'
import type { LoopStage, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { fileCommandGithub, withStepGithub } from '../expressions/contexts.js'
import type { StepLog } from '../report/log.js'
import type { ActionIdentity } from '../runner/environment.js'
import type { FileCommandPool } from '../runner/file-command-pool.js'
import type { FileCommandFiles } from '../runner/file-commands.js'
import type { UsesStep } from '../workflow/model.js'
import { actionInputs, evaluateWith } from './action-inputs.js'
import type { ListScope } from './context.js'
import type { PostStageEntry, PostStageRegistry } from './post-manifest.js'
import { errorText } from '../errors.js'

export type ActionStage = LoopStage | 'post'

/** Everything one stage of an action needs; the post stage rebuilds it from the post manifest. */
export interface ActionStageRun {
  stage: ActionStage
  action: LoadedAction
  /** Evaluated inputs with defaults merged: provided ones first (as written), then defaults. */
  inputs: Record<string, string>
  identity: ActionIdentity
  /** The step's env context (job env, flushed GITHUB_ENV, then the step's own `env:`). */
  envContext: Record<string, string>
  /** Names of the step's own `env:` block: docker always passes them. */
  stepEnvNames: readonly string[]
  /** The env names the header lists (see `StepRequest.headerEnvNames`). */
  headerEnvNames: readonly string[]
  pathPrepend: readonly string[]
  /** The step's intra-action state (`STATE_*`); what the stage saves is merged into it. */
  state: Record<string, string>
  /** The stage's file-command files, made before its inputs were evaluated. */
  files: FileCommandFiles
  log: StepLog
  cancelSignal: AbortSignal
  killSignal: AbortSignal
}

/** Runs one stage of an action of one kind (node or Docker): its process and its file commands. */
export type StageRunner = (run: ActionStageRun) => Promise<StepExecution>

/** What the stages of action steps record for the whole job: their state and their posts. */
export interface StageRecords {
  /** Intra-action state (`STATE_*`) per scoped step key, shared by pre, main and post (§4.6). */
  states: Map<string, Record<string, string>>
  /** Where a step's post is registered when its pre or main starts (§4.6). */
  postStages: PostStageRegistry
}

/** Where a stage runs: its list, the job's records, and the run's pool its files come from. */
export interface StageSetting {
  list: ListScope
  records: StageRecords
  fileCommands: FileCommandPool
}

/** The identity variables of an action step (§1.4): repository and ref only for `owner/repo@ref`. */
export function actionIdentity(stepId: string, action: LoadedAction): ActionIdentity {
  const reference = action.reference
  if (reference.kind !== 'remote') {
    return { GITHUB_ACTION: stepId, GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' }
  }
  return {
    GITHUB_ACTION: stepId,
    GITHUB_ACTION_REPOSITORY: `${reference.owner}/${reference.repo}`,
    GITHUB_ACTION_REF: reference.ref
  }
}

/** The entry of a stage: a node script, or a docker entrypoint (main falls back to the image's). */
export function stageEntry(action: LoadedAction, stage: ActionStage): string | undefined {
  const runs = action.manifest.runs
  switch (runs.using) {
    case 'composite':
      return undefined
    case 'docker':
      if (stage === 'pre') return runs.preEntrypoint || undefined
      if (stage === 'post') return runs.postEntrypoint || undefined
      return runs.entrypoint || undefined
    case 'node12':
    case 'node16':
    case 'node20':
    case 'node24':
      if (stage === 'pre') return runs.pre || undefined
      if (stage === 'post') return runs.post || undefined
      return runs.main || undefined
  }
}

/** `pre-if` / `post-if`: both default to `always()` (no `success() &&` wrapping, runner PR #293). */
export function stageCondition(action: LoadedAction, stage: 'pre' | 'post'): string {
  const runs = action.manifest.runs
  if (runs.using === 'composite') return 'always()'
  return (stage === 'pre' ? runs.preIf : runs.postIf) || 'always()'
}

/**
 * Runs the pre or main stage of a node or Docker action step: prepares it, runs it with the
 * kind's runner, and keeps what it saved in the step's state. A failure to prepare (an input
 * default that does not evaluate…) fails the step with its message.
 */
export async function runActionStep(
  stage: LoopStage,
  request: StepRequest<UsesStep>,
  action: LoadedAction,
  setting: StageSetting,
  runner: StageRunner
): Promise<StepExecution> {
  let run: ActionStageRun
  try {
    run = prepareActionStage(stage, request, action, setting)
  } catch (error) {
    request.log.error(errorText(error))
    return emptyExecution('Failed')
  }
  try {
    const execution = await runner(run)
    for (const [name, value] of execution.state) run.state[name] = value
    return execution
  } finally {
    // The manifest holds the live state of registered steps: write it again once it changed.
    if (stageEntry(action, 'post') !== undefined) setting.records.postStages.changed()
  }
}

/**
 * Prepares the pre or main stage of a `uses:` step: registers its post (before anything can
 * fail, as the runner does), evaluates `with:` and merges defaults, reporting the runner's
 * warnings. Synchronous, so registration order is start order. Throws with the message the step
 * should fail with.
 */
function prepareActionStage(
  stage: LoopStage,
  request: StepRequest<UsesStep>,
  action: LoadedAction,
  setting: StageSetting
): ActionStageRun {
  const { step, log } = request
  if (stage === 'main' && action.reference.kind === 'local' && stageEntry(action, 'pre')) {
    log.warning(
      `\`pre\` execution is not supported for local action from '${action.reference.path}'`
    )
  }
  const started = startStage(stage, request, action, setting)
  const { identity, state, stepEnvNames, pathPrepend, entry } = started

  // The stage's files exist before its inputs are evaluated: `with:` sees the step's own
  // `github.action`, repository, ref and files (expressions.md §3).
  const files = setting.fileCommands.create()
  const scope = withStepGithub(request.scope(), {
    action: identity.GITHUB_ACTION,
    action_repository: identity.GITHUB_ACTION_REPOSITORY,
    action_ref: identity.GITHUB_ACTION_REF,
    ...fileCommandGithub(files.files)
  })
  const { inputs, warnings } = actionInputs(action, evaluateWith(step.with, scope), scope)
  for (const warning of warnings) log.warning(warning)
  // Post reuses the inputs of the latest stage instead of re-evaluating them (§6.5, runner#3514).
  if (entry !== undefined) entry.inputs = inputs

  return {
    stage,
    action,
    inputs,
    identity,
    envContext: request.envContext,
    stepEnvNames,
    headerEnvNames: request.headerEnvNames,
    pathPrepend,
    state,
    files,
    log,
    cancelSignal: request.cancelSignal,
    killSignal: request.killSignal
  }
}

/** What a stage fixes when it starts: the step's identity, state and post registration. */
interface StartedStage {
  identity: ActionIdentity
  state: Record<string, string>
  stepEnvNames: string[]
  pathPrepend: string[]
  /** The step's post registration, when its action has a post. */
  entry: PostStageEntry | undefined
}

function startStage(
  stage: LoopStage,
  request: StepRequest<UsesStep>,
  action: LoadedAction,
  setting: StageSetting
): StartedStage {
  const { step } = request
  const { list } = setting
  // One state and one post per step of the whole job, whichever list (or composite use) it is in.
  const key = `${list.keyScope}${step.key}`
  const state = stateOf(setting.records.states, key)
  // Steps inside a composite keep the composite step's GITHUB_ACTION (runner PR #615).
  const identity: ActionIdentity = {
    ...actionIdentity(list.caller?.stepId ?? step.id, action),
    ...(list.caller !== undefined ? { GITHUB_ACTION_PATH: list.caller.directory } : {})
  }
  const stepEnvNames = Object.keys(step.env)
  const stepEnv = Object.fromEntries(
    stepEnvNames.map((name) => [name, request.envContext[name] ?? ''])
  )
  const pathPrepend = [...request.pathPrepend()]
  const entry = registerPost(stage, request, setting.records.postStages, {
    key,
    action,
    identity,
    state,
    stepEnv,
    pathPrepend
  })
  return { identity, state, stepEnvNames, pathPrepend, entry }
}

function stateOf(states: Map<string, Record<string, string>>, key: string): Record<string, string> {
  let state = states.get(key)
  if (state === undefined) {
    state = {}
    states.set(key, state)
  }
  return state
}

/** Registers the step's post when its action has one (runner-emulation §4.6). */
function registerPost(
  stage: LoopStage,
  request: StepRequest<UsesStep>,
  registry: PostStageRegistry,
  parts: Pick<PostStageEntry, 'key' | 'action' | 'identity' | 'state' | 'stepEnv' | 'pathPrepend'>
): PostStageEntry | undefined {
  if (stageEntry(parts.action, 'post') === undefined) return undefined
  // Registered from pre, the post must not read `Post Pre <name>` (ActionRunner trims it too).
  const displayName =
    stage === 'pre' && /^pre /i.test(request.displayName)
      ? request.displayName.slice('Pre '.length)
      : request.displayName
  const entry = registry.register({
    displayName,
    condition: stageCondition(parts.action, 'post'),
    inputs: {},
    envContext: request.envContext,
    ...parts
  })
  // A later stage of the same step refreshes what post restores; the first start keeps its place.
  entry.envContext = request.envContext
  entry.stepEnv = parts.stepEnv
  entry.pathPrepend = parts.pathPrepend
  return entry
}

/** The header of a node or docker action's stage; a post prints `Post job cleanup.` only. */
export function printActionHeader(run: ActionStageRun): void {
  if (run.stage === 'post') {
    run.log.text('Post job cleanup.')
    return
  }
  printActionDetails(run.log, run.inputs, run.headerEnvNames, run.envContext)
}

/**
 * The runner's header inside the step's group, the same for every kind of action, composite
 * included (`Handler.PrintActionDetails`): `with:` (its non-empty values, defaults included)
 * when the action has inputs, then `env:` with the listed names.
 */
export function printActionDetails(
  log: StepLog,
  inputs: Record<string, string>,
  envNames: readonly string[],
  envContext: Record<string, string>
): void {
  const entries = Object.entries(inputs)
  if (entries.length > 0) {
    log.text('with:')
    for (const [name, value] of entries) if (value !== '') log.text(`  ${name}: ${value}`)
  }
  if (envNames.length > 0) {
    log.text('env:')
    for (const name of envNames) log.text(`  ${name}: ${envContext[name] ?? ''}`)
  }
}
