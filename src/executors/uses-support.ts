/**
 * Everything `uses:` steps need — resolving and downloading actions, their pre and post stages,
 * the node, Docker and composite executors — behind one dynamic import. A list of `run:` steps
 * never loads any of it, which keeps a third of our code out of the start-up path
 * (`npm run bench`, B1/B3/B5).
 */
import type { ResolveOptions } from '../catalog/resolve.js'
import type { StageExecutor } from '../engine/executor.js'
import type { ActionRunners, ActionServices } from './action-services.js'
import type { StageRecords } from './action-stage.js'
import type { ListScope, RunContext } from './context.js'
import { DockerStageRunner } from './docker-action.js'
import { createStepExecutors } from './index.js'
import { nodeStageRunner } from './node-action.js'
import { UsesStepExecutor } from './uses-step.js'

export { resolveActions } from '../catalog/resolve.js'
export { runPostStages } from './action-stages.js'
export { PostStageRegistry } from './post-manifest.js'
export { resolveOptionsFor, runPrelude } from './prelude.js'

/** The runners of node and Docker stages of one run (or of our post). */
export function createActionRunners(
  context: RunContext,
  dockerNetwork: string | undefined
): ActionRunners {
  const docker = new DockerStageRunner(context, dockerNetwork)
  return { node: nodeStageRunner(context), docker: async (run) => docker.runStage(run) }
}

/** The run's `uses:` services, and through them the `uses:` executor of every list. */
export function createActionServices(
  context: RunContext,
  parts: { records: StageRecords; resolveOptions: ResolveOptions; runners: ActionRunners }
): ActionServices & { usesExecutor(list: ListScope): StageExecutor } {
  const services = {
    ...parts,
    usesExecutor: (list: ListScope): StageExecutor => new UsesStepExecutor(context, services, list),
    executorsFor: (list: ListScope) => createStepExecutors(context, list, services.usesExecutor)
  }
  return services
}
