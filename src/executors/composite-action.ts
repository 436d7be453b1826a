/**
 * Composite actions (docs/runner-emulation.md §4.7; runner `CompositeActionHandler.cs`): the
 * composite's steps run through our own engine, in a scope of their own — `inputs` (with: plus
 * defaults), a private `steps` context, action-scoped `success()`/`failure()`, GITHUB_ACTION_PATH,
 * the parent's GITHUB_ACTION — then `outputs.<id>.value` is evaluated over that scope.
 * Beyond native: background, wait, wait-all, cancel and parallel work inside (our parser accepts
 * them there), with the same slots as the top level.
 */
import type { LoadedAction } from '../catalog/model.js'
import { resolveActions } from '../catalog/resolve.js'
import { MAX_COMPOSITE_DEPTH } from '../constants.js'
import type { LoopStage, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { runJob } from '../engine/job.js'
import { asObject } from '../expressions/contexts.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'
import { ChildLogs } from '../report/log.js'
import type { ParsedStep, UsesStep } from '../workflow/model.js'
import { buildPlan } from '../workflow/plan.js'
import { actionInputs, evaluateWith } from './action-inputs.js'
import type { ActionServices } from './action-services.js'
import { printActionDetails } from './action-stage.js'
import { runPreStages } from './action-stages.js'
import type { ListScope, RunContext } from './context.js'
import { errorText } from '../errors.js'

/**
 * The contexts of a composite's steps: the composite's `github` and `inputs`, and no `secrets` or
 * `vars` (expressions §3.1: composite steps have none; the action schema rejects them, and steps
 * that use our extension keys skip that check, so they must not find them here either).
 */
function compositeContexts(
  outer: ExpressionScope,
  github: Record<string, unknown>,
  inputs: Record<string, string>
): ExpressionScope['contexts'] {
  return { ...outer.contexts, github, inputs, secrets: {}, vars: {} }
}

/** What both stages of a composite step work from. */
interface Composite {
  action: LoadedAction
  steps: ParsedStep[]
  /** The contexts of the composite's own steps (before `env` and `steps`). */
  contexts: ExpressionScope['contexts']
  /** The scope of the composite step itself. */
  outer: ExpressionScope
  /** The list of the composite's own steps. */
  list: ListScope
  /** The env names the composite step's header listed; its steps' headers list them first. */
  headerEnvNames: readonly string[]
}

/** Runs composite actions' steps, in one list's scope; their steps get a list of their own. */
export class CompositeActionExecutor {
  constructor(
    private readonly context: RunContext,
    private readonly services: ActionServices,
    private readonly list: ListScope
  ) {}

  /**
   * Main runs the composite's steps. Pre runs the `pre` of the remote actions its steps use, in
   * order, each subject to its `pre-if` (runner-emulation §4.6: "nested pre steps are cached and
   * run in the composite's pre stage"), with the composite's `inputs` and the same state and post
   * registration keys its main will use, so their main stages find what their pre saved.
   */
  async runStage(
    stage: LoopStage,
    request: StepRequest<UsesStep>,
    action: LoadedAction
  ): Promise<StepExecution> {
    const prepared = await this.prepare(request, action)
    if ('result' in prepared) return prepared
    return stage === 'pre'
      ? this.runEmbeddedPre(request, prepared)
      : this.runMain(request, prepared)
  }

  /** The composite's inputs, the list of its steps and their contexts; a failed execution if not. */
  private async prepare(
    request: StepRequest<UsesStep>,
    action: LoadedAction
  ): Promise<Composite | StepExecution> {
    const { step, log } = request
    const runs = action.manifest.runs
    if (runs.using !== 'composite') {
      log.error(`'${step.uses}' is not a composite action.`)
      return emptyExecution('Failed')
    }
    let inputs: Record<string, string>
    try {
      const scope = request.scope()
      const result = actionInputs(action, evaluateWith(step.with, scope), scope)
      inputs = result.inputs
      for (const warning of result.warnings) log.warning(warning)
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }
    // The runner prints the same header for a composite as for any action (PrintActionDetails).
    printActionDetails(log, inputs, request.headerEnvNames, request.envContext)
    const list = await this.innerList(request, action, runs.steps)
    if ('result' in list) return list

    const outer = request.scope()
    const github = { ...asObject(outer.contexts.github), action_path: action.directory }
    return {
      action,
      steps: runs.steps,
      contexts: compositeContexts(outer, github, inputs),
      outer,
      list,
      headerEnvNames: request.headerEnvNames
    }
  }

  /**
   * The list of the composite's own steps: one level deeper (at most 9), its actions prepared now
   * (the runner prepares a local composite's actions only when it runs), no workflow defaults.
   */
  private async innerList(
    request: StepRequest<UsesStep>,
    action: LoadedAction,
    steps: ParsedStep[]
  ): Promise<ListScope | StepExecution> {
    const { step, log } = request
    const depth = this.list.depth + 1
    if (depth > MAX_COMPOSITE_DEPTH) {
      log.error(`Composite action depth exceeded max depth ${MAX_COMPOSITE_DEPTH}`)
      return emptyExecution('Failed')
    }
    // Its download lines go to the composite step's log, in their place among its output.
    const resolution = await resolveActions(steps, {
      ...this.services.resolveOptions,
      depth,
      log: (line) => log.text(line)
    })
    if (resolution.errors.length > 0) {
      for (const message of resolution.errors) log.error(message)
      return emptyExecution('Failed')
    }
    return {
      // Workflow `defaults.run` never applies inside a composite.
      defaults: {},
      actions: resolution.catalog,
      depth,
      keyScope: `${this.list.keyScope}${step.key}/`,
      caller: { stepId: this.list.caller?.stepId ?? step.id, directory: action.directory }
    }
  }

  /** The embedded pres run as the top level's do (`runPreStages`), each shown inside our group. */
  private async runEmbeddedPre(
    request: StepRequest<UsesStep>,
    composite: Composite
  ): Promise<StepExecution> {
    const { outer, contexts, list } = composite
    const executors = this.services.executorsFor(list)
    const embeddedLogs = new ChildLogs(request.log)
    const outcomes = await runPreStages(buildPlan(composite.steps).steps, list.actions, {
      runStage: async (preRequest) => executors.uses.runStage('pre', preRequest),
      scope: () => ({ ...outer, contexts: { ...contexts, env: request.envContext } }),
      request: (step, title, envContext) => ({
        ...request,
        step,
        displayName: title,
        scope: () => ({ ...outer, contexts: { ...contexts, steps: {}, env: envContext } }),
        envContext,
        headerEnvNames: [...new Set([...composite.headerEnvNames, ...Object.keys(step.env)])],
        log: embeddedLogs.open({ title, live: true })
      })
    })
    const combined = emptyExecution('Succeeded')
    for (const { execution } of outcomes) {
      if (execution === undefined) continue
      if (execution.result === 'Failed') combined.result = 'Failed'
      combined.env.push(...execution.env)
      combined.path.push(...execution.path)
      if (execution.summary !== '') combined.summary += `${execution.summary}\n`
    }
    return combined
  }

  private async runMain(
    request: StepRequest<UsesStep>,
    composite: Composite
  ): Promise<StepExecution> {
    const { list } = composite
    const report = await runJob({
      parentAction: list.caller?.stepId,
      plan: buildPlan(composite.steps),
      executors: this.services.executorsFor(list),
      log: new ChildLogs(request.log),
      contexts: composite.contexts,
      initialEnv: request.envContext,
      headerEnvBase: composite.headerEnvNames,
      workspace: this.context.workspace,
      hashFilesWorker: this.context.hashFilesWorker,
      maxConcurrency: this.context.maxConcurrency,
      failFast: false,
      debug: this.context.debug,
      // Job cancellation reaches the composite's steps even when the composite itself keeps
      // running (`if: always()`); its own abort (timeout, cancel) stops them too.
      cancelSignal: AbortSignal.any([this.context.jobCancelSignal, request.cancelSignal]),
      killSignal: request.killSignal
    })
    const outputs = compositeOutputs(composite, report.steps, request)
    return {
      result: report.result !== 'success' || outputs.failed ? 'Failed' : 'Succeeded',
      outputs: outputs.values,
      env: [...report.exportedEnv],
      path: report.pathPrepend,
      state: [],
      summary: report.records
        .map((record) => record.summary)
        .filter((summary) => summary.trim() !== '')
        .join('\n')
    }
  }
}

/** `outputs.<id>.value` over the composite's own steps context (ActionManifestManager). */
function compositeOutputs(
  composite: Composite,
  steps: Record<string, unknown>,
  request: StepRequest<UsesStep>
): { values: Array<[string, string]>; failed: boolean } {
  const { outer, contexts, action } = composite
  const scope: ExpressionScope = {
    ...outer,
    contexts: {
      ...outer.contexts,
      github: contexts.github,
      inputs: contexts.inputs,
      steps,
      env: request.envContext
    }
  }
  const values: Array<[string, string]> = []
  let failed = false
  for (const [name, definition] of Object.entries(action.manifest.outputs)) {
    if (definition.value === undefined) continue
    try {
      values.push([name, evaluateString(definition.value, scope, `outputs.${name}`)])
    } catch (error) {
      request.log.error(errorText(error))
      failed = true
    }
  }
  return { values, failed }
}
