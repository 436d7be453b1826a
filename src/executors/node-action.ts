/**
 * JavaScript (node) actions (docs/runner-emulation.md §4.5; runner
 * `Handlers/NodeScriptActionHandler.cs`): `<node> <actionDir>/<entry>`, the node picked as the
 * runner picks it (`runner/node-runtime.ts`), with the workspace as working directory,
 * `INPUT_*` and `STATE_*` over the env context, the runtime variables kept,
 * per-stage file commands, workflow commands in stdout and stderr.
 */
import { existsSync } from 'node:fs'
import * as path from 'node:path'
import type { StepExecution } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { buildStepEnvironment } from '../runner/environment.js'
import { runnerBoolean, selectNode } from '../runner/node-runtime.js'
import { inputVariables, stateVariables } from './action-inputs.js'
import {
  printActionHeader,
  stageEntry,
  type ActionStageRun,
  type StageRunner
} from './action-stage.js'
import { CommandCollector } from './command-collector.js'
import type { RunContext } from './context.js'

/** The runner of node action stages (`runs.using: node12|16|20|24`), pre, main and post alike. */
export function nodeStageRunner(context: RunContext): StageRunner {
  return async (run) => runNodeStage(context, run)
}

/** Runs one stage of a node action and reads its file commands after it exits. */
async function runNodeStage(context: RunContext, run: ActionStageRun): Promise<StepExecution> {
  const { log, action } = run
  if (!action.manifest.runs.using.startsWith('node')) {
    log.error(`'${action.uses}' is not a JavaScript action.`)
    return emptyExecution('Failed')
  }
  // Picked in every stage, post included, as the runner's HandlerFactory does (§4.5).
  const node = selectNode(
    action.manifest.runs.using,
    run.envContext,
    context.baseEnv,
    context.nodeRuntime
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

  const env = buildStepEnvironment({
    base: context.baseEnv,
    envContext: run.envContext,
    pathPrepend: run.pathPrepend,
    identity: { ...run.identity, files: run.files.files },
    kind: 'node',
    extra: { ...stateVariables(run.state), ...inputVariables(run.inputs) }
  })
  const collector = new CommandCollector(log, env, context)
  const outcome = await collector.spawn({
    file: node.file,
    args: [...nodeFlags(node.version, env), target],
    cwd: context.workspace,
    env,
    cancelSignal: run.cancelSignal,
    killSignal: run.killSignal
  })

  return collector.completeAction(run.files, outcome)
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
