/**
 * The executors of `uses:` steps for one host: node, Docker and composite actions. A composite's
 * own steps get the same kinds again, for the composite's host. Part of the lazily loaded `uses:`
 * support (uses-support.ts re-exports it; the pre stages use it too).
 */
import { CompositeActionExecutor } from './composite-action.js'
import { DockerActionExecutor } from './docker-action.js'
import type { HostContext } from './host.js'
import { createExecutors, type ActionExecutors } from './index.js'
import { NodeActionExecutor } from './node-action.js'

export function createActionExecutors(host: HostContext): ActionExecutors {
  return {
    node: new NodeActionExecutor(host),
    docker: new DockerActionExecutor(host),
    composite: new CompositeActionExecutor(host, (inner) =>
      createExecutors(inner, createActionExecutors)
    )
  }
}
