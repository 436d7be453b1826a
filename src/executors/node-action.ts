/**
 * JavaScript (node) actions (spec/runner-emulation.md §4.5; runner
 * `Handlers/NodeScriptActionHandler.cs`): `<node> <actionDir>/<entry>`, the node picked as the
 * runner picks it (`runner/node-runtime.ts`), with the workspace as working directory, `INPUT_*` and `STATE_*` over the env context, the runtime variables kept,
 * per-stage file commands, workflow commands in stdout and stderr.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { ActionStageExecutor } from './post-stages.js'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { buildStepEnvironment } from '../runner/environment.js'
import { createFileCommandFiles } from '../runner/file-commands.js'
import { processNodeRuntime, runnerBoolean, selectNode } from '../runner/node-runtime.js'
import type { ActionStageRun } from './action-inputs.js'
import {
  inputVariables,
  printActionHeader,
  runActionStep,
  stageEntry,
  stateVariables
} from './action-inputs.js'
import { CommandCollector } from './command-collector.js'
import type { HostContext } from './host.js'

/** Runs `uses:` steps whose action is `runs.using: node12|16|20|24`. */
export class NodeActionExecutor implements Executor, ActionStageExecutor {
  private readonly states: Map<string, Record<string, string>>

  constructor(private readonly host: HostContext) {
    this.states = host.states ?? new Map<string, Record<string, string>>()
  }

  async execute(request: StepRequest): Promise<StepExecution> {
    return this.runStage('main', request)
  }

  /** Runs the pre or main stage of a step (post runs from the manifest through `runAction`). */
  async runStage(stage: 'pre' | 'main', request: StepRequest): Promise<StepExecution> {
    const catalog = this.host.actions
    return runActionStep(
      stage,
      request,
      {
        host: this.host,
        states: this.states,
        resolve: (uses) => {
          if (catalog === undefined) throw new Error(`The action '${uses}' was not prepared.`)
          return catalog.get(uses)
        }
      },
      async (run) => this.runAction(run)
    )
  }

  /** Runs one stage of a node action and reads its file commands after it exits. */
  async runAction(run: ActionStageRun): Promise<StepExecution> {
    const { log, action } = run
    if (!action.manifest.runs.using.startsWith('node')) {
      log.error(`'${action.uses}' is not a JavaScript action.`)
      return emptyExecution('Failed')
    }
    // Picked in every stage, post included, as the runner's HandlerFactory does (§4.5).
    const node = selectNode(
      action.manifest.runs.using,
      run.envContext,
      this.host.baseEnv,
      this.host.nodeRuntime ?? processNodeRuntime()
    )
    for (const warning of node.warnings) log.warning(warning)
    printActionHeader(run)
    if (node.note !== undefined) log.text(node.note)
    const entry = stageEntry(action, run.stage)
    if (entry === undefined) {
      // ArgUtil.NotNullOrEmpty(target) in the handler.
      log.error("Value cannot be null. (Parameter 'target')")
      return emptyExecution('Failed')
    }
    const target = path.join(action.directory, entry)
    if (!existsSync(target)) {
      log.error(`File not found: '${target}'`)
      return emptyExecution('Failed')
    }

    const files = run.files ?? createFileCommandFiles(this.host.runnerTemp)
    const env = buildStepEnvironment({
      base: this.host.baseEnv,
      envContext: run.envContext,
      pathPrepend: run.pathPrepend,
      identity: { ...run.identity, files: files.files },
      kind: 'node',
      extra: { ...stateVariables(run.state), ...inputVariables(run.inputs) }
    })
    const collector = new CommandCollector(log, env)
    const outcome = await collector.spawn({
      file: node.file,
      args: [...nodeFlags(node.version, env), target],
      cwd: this.host.workspace,
      env,
      cancelSignal: run.cancelSignal,
      killSignal: run.killSignal
    })

    return collector.completeAction(files, outcome)
  }
}

/**
 * The runner's flags for the node it starts (§4.5): `--no-maglev` when the binary that runs is
 * node24 and `ACTIONS_RUNNER_DISABLE_NODE_MAGLEV` is true (a workaround for V8 Maglev crashes).
 * `version` is the node that runs, not `runs.using`: a node20 action forced to node24 gets it.
 */
export function nodeFlags(version: string, env: Record<string, string>): string[] {
  return version === 'node24' && runnerBoolean(env.ACTIONS_RUNNER_DISABLE_NODE_MAGLEV)
    ? ['--no-maglev']
    : []
}
