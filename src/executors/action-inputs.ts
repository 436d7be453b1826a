/**
 * What an action step (node or docker) receives before its process starts, and the stage
 * lifecycle both executors share (spec/runner-emulation.md §5, §4.6, §1.4; runner
 * `ActionRunner.RunAsync`, `Handler.AddInputsToEnvironment`, `Handler.PrintActionDetails`):
 * `with:` evaluated at the start of every stage, declared defaults merged, the runner's input
 * warnings, `INPUT_*`/`STATE_*` names, the step identity, and post registration at start.
 */
import type { LoadedAction } from '../catalog/model.js'
import type { PostStageEntry } from './post-stages.js'
import type { StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { fileCommandGithub, withStepGithub } from '../expressions/contexts.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'
import type { StepLog } from '../report/log.js'
import type { StepIdentity } from '../runner/environment.js'
import { createFileCommandFiles, type FileCommandFiles } from '../runner/file-commands.js'
import type { UsesStep } from '../workflow/model.js'
import type { HostContext } from './host.js'
import { errorText } from '../errors.js'

export type ActionStage = 'pre' | 'main' | 'post'

/**
 * `GITHUB_ACTION*` of an action step. `GITHUB_ACTION_PATH` is set only inside a composite, to the
 * composite's folder: the runner's composite handler sets `github.action_path` on every embedded
 * step, whatever its kind, and no other handler sets it (runner-emulation §1.4).
 */
export type ActionIdentity = Omit<StepIdentity, 'files'>

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
  /** The stage's file-command files, made before its inputs were evaluated (pre and main; a post makes its own). */
  files?: FileCommandFiles
  log: StepLog
  cancelSignal?: AbortSignal
  killSignal?: AbortSignal
}

/** What a pre/main stage needs besides the request. */
export interface ActionStepOptions {
  host: HostContext
  /** State per step key (the host's store, or the executor's own when the host has none). */
  states: Map<string, Record<string, string>>
  /** The action a `uses:` string names; throws when it was not prepared. */
  resolve(uses: string): LoadedAction
}

export interface ActionInputsResult {
  inputs: Record<string, string>
  /** Warning annotations, in the runner's order: deprecations, then unexpected inputs. */
  warnings: string[]
}

/** Docker actions always accept these two inputs (runner: "container action always accept …"). */
const DOCKER_IMPLICIT_INPUTS = ['entryPoint', 'args']

/**
 * Provided inputs (keys case-insensitive, the first spelling kept) plus each declared input not
 * provided, its `default` evaluated only then. Defaults see only the input-default contexts
 * (github, strategy, matrix, job, runner, hashFiles): the others are passed empty, so a reference
 * to them reads '' instead of failing as the runner's schema check would. `required` is not
 * enforced, as in the runner.
 */
export function actionInputs(
  action: LoadedAction,
  provided: Record<string, string>,
  scope: ExpressionScope
): ActionInputsResult {
  const inputs: Record<string, string> = {}
  const spelling = new Map<string, string>()
  for (const [name, value] of Object.entries(provided)) {
    const folded = name.toLowerCase()
    const key = spelling.get(folded) ?? name
    spelling.set(folded, key)
    inputs[key] = value
  }

  const declared = action.manifest.inputs
  const warnings: string[] = []
  for (const name of spelling.values()) {
    // The runner's deprecation table is keyed by the declared name, compared exactly.
    const message = Object.hasOwn(declared, name) ? declared[name].deprecationMessage : undefined
    if (message !== undefined) {
      warnings.push(`Input '${name}' has been deprecated with message: ${message}`)
    }
  }

  const defaultsScope = inputDefaultScope(scope)
  for (const [name, definition] of Object.entries(declared)) {
    if (spelling.has(name.toLowerCase())) continue
    spelling.set(name.toLowerCase(), name)
    inputs[name] =
      definition.default === undefined
        ? ''
        : evaluateString(definition.default, defaultsScope, `inputs.${name}.default`)
  }

  // Only actions with metadata (repository and local) are checked, not `docker://` images.
  if (action.reference.kind !== 'docker') {
    const unexpected = unexpectedInputs(action, provided)
    if (unexpected.invalid.length > 0) {
      warnings.push(
        `Unexpected input(s) '${unexpected.invalid.join("', '")}', valid inputs are ['${unexpected.valid.join("', '")}']`
      )
    }
  }
  return { inputs, warnings }
}

/** `INPUT_<NAME>`: spaces become `_`, then upper-cased; hyphens and dots are kept (§5.5). */
export function inputVariables(inputs: Record<string, string>): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const [name, value] of Object.entries(inputs)) {
    variables[`INPUT_${name.replaceAll(' ', '_').toUpperCase()}`] = value
  }
  return variables
}

/** `STATE_<name>`: the name keeps its case (runner-emulation §1.1 step 2). */
export function stateVariables(state: Record<string, string>): Record<string, string> {
  const variables: Record<string, string> = {}
  for (const [name, value] of Object.entries(state)) variables[`STATE_${name}`] = value
  return variables
}

/** Evaluates a step's `with:` values as templates, in source order (R7: when the stage starts). */
export function evaluateWith(
  templates: Record<string, string>,
  scope: ExpressionScope
): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, template] of Object.entries(templates)) {
    values[name] = evaluateString(template, scope, `with.${name}`)
  }
  return values
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
 * Prepares the pre or main stage of a `uses:` step: resolves the action, registers its post
 * (before anything can fail, as the runner does), evaluates `with:` and merges defaults,
 * reporting the runner's warnings. Synchronous, so registration order is start order. Throws
 * with the message the step should fail with.
 */
export function prepareActionStage(
  stage: 'pre' | 'main',
  request: StepRequest,
  options: ActionStepOptions
): ActionStageRun {
  const step = request.step as UsesStep
  const { log } = request
  const action = options.resolve(step.uses)
  if (
    stage === 'main' &&
    action.reference.kind === 'local' &&
    stageEntry(action, 'pre') !== undefined
  ) {
    log.warning(
      `\`pre\` execution is not supported for local action from '${action.reference.path}'`
    )
  }

  // One state and one post per step of the whole job, whichever list (or composite use) it is in.
  const key = `${options.host.keyScope ?? ''}${step.key}`
  let state = options.states.get(key)
  if (state === undefined) {
    state = {}
    options.states.set(key, state)
  }
  // Steps inside a composite keep the composite step's GITHUB_ACTION (runner PR #615).
  const identity: ActionIdentity = {
    ...actionIdentity(options.host.parentAction ?? step.id, action),
    ...(options.host.actionPath !== undefined
      ? { GITHUB_ACTION_PATH: options.host.actionPath }
      : {})
  }
  const stepEnvNames = Object.keys(step.env)
  const stepEnv = Object.fromEntries(
    stepEnvNames.map((name) => [name, request.envContext[name] ?? ''])
  )
  const pathPrepend = [...request.pathPrepend()]
  const entry = registerPost(stage, request, options, key, {
    action,
    identity,
    state,
    stepEnv,
    pathPrepend
  })

  // The stage's files exist before its inputs are evaluated: `with:` sees the step's own
  // `github.action`, repository, ref and files (expressions.md §3).
  const files = createFileCommandFiles(options.host.runnerTemp)
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
    headerEnvNames: request.headerEnvNames ?? stepEnvNames,
    pathPrepend,
    state,
    files,
    log,
    cancelSignal: request.cancelSignal,
    killSignal: request.killSignal
  }
}

/** Runs the pre or main stage of an action step; the stage's saved state joins the step's state. */
export async function runActionStep(
  stage: 'pre' | 'main',
  request: StepRequest,
  options: ActionStepOptions,
  runAction: (run: ActionStageRun) => Promise<StepExecution>
): Promise<StepExecution> {
  let run: ActionStageRun
  try {
    run = prepareActionStage(stage, request, options)
  } catch (error) {
    request.log.error(errorText(error))
    return emptyExecution('Failed')
  }
  try {
    const execution = await runAction(run)
    for (const [name, value] of execution.state) run.state[name] = value
    return execution
  } finally {
    // The manifest holds the live state of registered steps: write it again once it changed.
    if (stageEntry(run.action, 'post') !== undefined) options.host.postStages?.changed()
  }
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

function registerPost(
  stage: 'pre' | 'main',
  request: StepRequest,
  options: ActionStepOptions,
  key: string,
  parts: Pick<PostStageEntry, 'action' | 'identity' | 'state' | 'stepEnv' | 'pathPrepend'>
): PostStageEntry | undefined {
  const registry = options.host.postStages
  if (registry === undefined || stageEntry(parts.action, 'post') === undefined) return undefined
  // Registered from pre, the post must not read `Post Pre <name>` (ActionRunner trims it too).
  const displayName =
    stage === 'pre' && /^pre /i.test(request.displayName)
      ? request.displayName.slice('Pre '.length)
      : request.displayName
  const entry = registry.register({
    key,
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

function unexpectedInputs(
  action: LoadedAction,
  provided: Record<string, string>
): { invalid: string[]; valid: string[] } {
  const valid: string[] = []
  const known = new Set<string>()
  const accept = (name: string): void => {
    if (known.has(name.toLowerCase())) return
    known.add(name.toLowerCase())
    valid.push(name)
  }
  if (action.manifest.runs.using === 'docker') DOCKER_IMPLICIT_INPUTS.forEach(accept)
  Object.keys(action.manifest.inputs).forEach(accept)

  const invalid: string[] = []
  const seen = new Set<string>()
  for (const name of Object.keys(provided)) {
    const folded = name.toLowerCase()
    if (seen.has(folded)) continue
    seen.add(folded)
    if (!known.has(folded)) invalid.push(name)
  }
  return { invalid, valid }
}

/** The contexts an input default may use (expressions.md §3.1); the rest are empty. */
function inputDefaultScope(scope: ExpressionScope): ExpressionScope {
  const { github, runner, job, strategy, matrix } = scope.contexts
  return {
    ...scope,
    contexts: {
      github,
      runner,
      job,
      strategy,
      matrix,
      env: {},
      steps: {},
      secrets: {},
      vars: {},
      inputs: {}
    }
  }
}
