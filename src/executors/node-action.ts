/**
 * JavaScript (node) actions (spec/runner-emulation.md §4.5; runner
 * `Handlers/NodeScriptActionHandler.cs`): `<node> <actionDir>/<entry>` with the workspace as
 * working directory, `INPUT_*` and `STATE_*` over the env context, the runtime variables kept,
 * per-stage file commands, workflow commands in stdout and stderr.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { ActionStageExecutor } from '../actions/post-stages.js'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { buildStepEnvironment } from '../runner/environment.js'
import { createFileCommandFiles } from '../runner/file-commands.js'
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
    printActionHeader(run)
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
    // The runner starts its own externals node; ours is the closest we have (§4.5).
    const outcome = await collector.spawn({
      file: process.execPath,
      args: [...nodeFlags(action.manifest.runs.using, env), target],
      cwd: this.host.workspace,
      env,
      cancelSignal: run.cancelSignal,
      killSignal: run.killSignal
    })

    return collector.completeAction(files, outcome)
  }
}

/**
 * The runner's flags for the node it starts (§4.5): `--no-maglev` for node24 actions when
 * `ACTIONS_RUNNER_DISABLE_NODE_MAGLEV` is true (a workaround for V8 Maglev crashes).
 */
export function nodeFlags(using: string, env: Record<string, string>): string[] {
  const disable = (env.ACTIONS_RUNNER_DISABLE_NODE_MAGLEV ?? '').trim().toLowerCase()
  return using === 'node24' && (disable === 'true' || disable === '1') ? ['--no-maglev'] : []
}
