/**
 * Everything `uses:` steps need — resolving and downloading actions, their pre and post stages,
 * and the node, Docker and composite executors — behind one dynamic import. A list of `run:`
 * steps never loads any of it, which keeps a third of our code out of the start-up path
 * (`npm run bench`, B1/B3/B5).
 */
import { CompositeActionExecutor } from '../executors/composite-action.js'
import { DockerActionExecutor } from '../executors/docker-action.js'
import type { HostContext } from '../executors/host.js'
import { createExecutors, type ActionExecutors } from '../executors/index.js'
import { NodeActionExecutor } from '../executors/node-action.js'

export { PostStageRegistry } from './post-stages.js'
export { resolveOptionsFor, runPrelude } from './prepare.js'
export { resolveActions } from './resolve.js'

/** The action executors of one host; a composite's own steps get the same kinds again. */
export function createActionExecutors(host: HostContext): ActionExecutors {
  return {
    node: new NodeActionExecutor(host),
    docker: new DockerActionExecutor(host),
    composite: new CompositeActionExecutor(host, (inner) =>
      createExecutors(inner, createActionExecutors)
    )
  }
}
