/**
 * Composite actions (spec/runner-emulation.md §4.7; runner `CompositeActionHandler.cs`): the
 * composite's steps run through our own engine, in a scope of their own — `inputs` (with: plus
 * defaults), a private `steps` context, action-scoped `success()`/`failure()`, GITHUB_ACTION_PATH,
 * the parent's GITHUB_ACTION — then `outputs.<id>.value` is evaluated over that scope.
 * Beyond native: background, wait, wait-all, cancel and parallel work inside (our parser accepts
 * them there), with the same slots as the top level.
 */
import type { LoadedAction } from '../catalog/model.js'
import { resolveActions } from '../catalog/resolve.js'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { runJob } from '../engine/job.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'
import { runPreStages, type ActionStageExecutor } from './post-stages.js'
import { ChildLogs } from '../report/log.js'
import type { ExecutableStep, ParsedStep, UsesStep } from '../workflow/model.js'
import { buildPlan } from '../workflow/plan.js'
import { actionInputs, evaluateWith, printActionDetails } from './action-inputs.js'
import type { HostContext } from './host.js'
import { errorText } from '../errors.js'
import { asObject } from '../expressions/contexts.js'

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
  inputs: Record<string, string>
  /** The host of the composite's own steps. */
  host: HostContext
  /** The scope of the composite step itself. */
  outer: ExpressionScope
  github: Record<string, unknown>
  /** The env names the composite step's header listed; its steps' headers list them first. */
  headerEnvNames: readonly string[]
}

/** How the composite builds the executors of its own steps (injected to avoid an import cycle). */
export type ExecutorFactory = (host: HostContext) => (step: ExecutableStep) => Executor

/** The runner's nesting limit for composite actions. */
const MAX_DEPTH = 9

export class CompositeActionExecutor implements Executor {
  constructor(
    private readonly host: HostContext,
    private readonly executorsFor: ExecutorFactory
  ) {}

  async execute(request: StepRequest): Promise<StepExecution> {
    return this.runStage('main', request)
  }

  /**
   * Main runs the composite's steps. Pre runs the `pre` of the remote actions its steps use, in
   * order, each subject to its `pre-if` (runner-emulation §4.6: "nested pre steps are cached and
   * run in the composite's pre stage"), with the composite's `inputs` and the same state and post
   * registration keys its main will use, so their main stages find what their pre saved.
   */
  async runStage(stage: 'pre' | 'main', request: StepRequest): Promise<StepExecution> {
    const prepared = await this.prepare(request)
    if ('result' in prepared) return prepared
    return stage === 'pre'
      ? this.runEmbeddedPre(request, prepared)
      : this.runMain(request, prepared)
  }

  /** The composite's action, inputs, child host and `github` context; a failed execution if not. */
  private async prepare(request: StepRequest): Promise<Composite | StepExecution> {
    const step = request.step as UsesStep
    const { log } = request
    let action: LoadedAction
    let inputs: Record<string, string>
    try {
      action = this.host.actions!.get(step.uses)
      const scope = request.scope()
      const result = actionInputs(action, evaluateWith(step.with, scope), scope)
      inputs = result.inputs
      for (const warning of result.warnings) log.warning(warning)
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }
    const runs = action.manifest.runs
    if (runs.using !== 'composite') {
      log.error(`'${step.uses}' is not a composite action.`)
      return emptyExecution('Failed')
    }
    // The runner prints the same header for a composite as for any action (PrintActionDetails).
    const headerEnvNames = request.headerEnvNames ?? Object.keys(step.env)
    printActionDetails(log, inputs, headerEnvNames, request.envContext)
    const depth = (this.host.depth ?? 0) + 1
    if (depth > MAX_DEPTH) {
      log.error(`Composite action depth exceeded max depth ${MAX_DEPTH}`)
      return emptyExecution('Failed')
    }

    // The runner prepares the actions of a local composite only when it runs.
    let catalog = this.host.actions!
    if (this.host.resolveOptions) {
      const resolution = await resolveActions(runs.steps, { ...this.host.resolveOptions, depth })
      if (resolution.errors.length > 0) {
        for (const message of resolution.errors) log.error(message)
        return emptyExecution('Failed')
      }
      catalog = resolution.catalog
    }

    const outer = request.scope()
    const github = { ...asObject(outer.contexts.github), action_path: action.directory }
    const host: HostContext = {
      ...this.host,
      actions: catalog,
      // Workflow `defaults.run` never applies inside a composite.
      defaults: {},
      parentAction: this.host.parentAction ?? step.id,
      actionPath: action.directory,
      keyScope: `${this.host.keyScope ?? ''}${step.key}/`,
      depth
    }
    return { action, steps: runs.steps, inputs, host, outer, github, headerEnvNames }
  }

  /** The embedded pres run as the top level's do (`runPreStages`), each shown inside our group. */
  private async runEmbeddedPre(request: StepRequest, composite: Composite): Promise<StepExecution> {
    const { host, outer, github, inputs } = composite
    const executorFor = this.executorsFor(host)
    const contexts = compositeContexts(outer, github, inputs)
    const embeddedLogs = new ChildLogs(request.log)
    const outcomes = await runPreStages(buildPlan(composite.steps).steps, host.actions!, {
      executorFor: (step) => executorFor(step) as Executor & ActionStageExecutor,
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

  private async runMain(request: StepRequest, composite: Composite): Promise<StepExecution> {
    const { log } = request
    const { action, host, outer, github, inputs } = composite
    const report = await runJob({
      parentAction: host.parentAction,
      plan: buildPlan(composite.steps),
      executorFor: this.executorsFor(host),
      log: new ChildLogs(log),
      contexts: compositeContexts(outer, github, inputs),
      initialEnv: request.envContext,
      headerEnvBase: composite.headerEnvNames,
      workspace: this.host.workspace,
      hashFilesWorker: this.host.hashFilesWorker,
      maxConcurrency: this.host.maxConcurrency ?? 10,
      failFast: false,
      // Job cancellation reaches the composite's steps even when the composite itself keeps
      // running (`if: always()`); its own abort (timeout, cancel) stops them too.
      cancelSignal: this.host.jobCancelSignal
        ? AbortSignal.any([this.host.jobCancelSignal, request.cancelSignal])
        : request.cancelSignal,
      killSignal: request.killSignal
    })

    // outputs.<id>.value over the composite's own steps context (ActionManifestManager).
    const outputs: Array<[string, string]> = []
    const outputScope = {
      ...outer,
      contexts: { ...outer.contexts, github, inputs, steps: report.steps, env: request.envContext }
    }
    let failed = report.result !== 'success'
    for (const [name, definition] of Object.entries(action.manifest.outputs)) {
      if (definition.value === undefined) continue
      try {
        outputs.push([name, evaluateString(definition.value, outputScope, `outputs.${name}`)])
      } catch (error) {
        log.error(errorText(error))
        failed = true
      }
    }
    return {
      result: failed ? 'Failed' : 'Succeeded',
      outputs,
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
