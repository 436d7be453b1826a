/**
 * executorFor(step): one executor per kind of step. A `uses:` step goes to the executor of its
 * action's `runs.using`, looked up in the actions prepared before the run.
 */
import type { Executor, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import type { ExecutableStep } from '../workflow/model.js'
import { CompositeActionExecutor } from './composite-action.js'
import { DockerActionExecutor } from './docker-action.js'
import type { HostContext } from './host.js'
import { NodeActionExecutor } from './node-action.js'
import { RunStepExecutor } from './run-step.js'
import { errorText } from '../errors.js'

/** A step whose action cannot be found fails with the catalog's message. */
class MissingActionExecutor implements Executor {
  constructor(private readonly message: string) {}

  async execute(request: StepRequest): ReturnType<Executor['execute']> {
    request.log.error(this.message)
    return Promise.resolve(emptyExecution('Failed'))
  }
}

/** Builds the executor lookup for one run (or for the steps of one composite action). */
export function createExecutors(host: HostContext): (step: ExecutableStep) => Executor {
  const run = new RunStepExecutor(host)
  const node = new NodeActionExecutor(host)
  const docker = new DockerActionExecutor(host)
  const composite = new CompositeActionExecutor(host, createExecutors)
  return (step) => {
    if (step.kind === 'run') return run
    let using: string
    try {
      if (!host.actions) throw new Error(`The action '${step.uses}' was not prepared.`)
      using = host.actions.get(step.uses).manifest.runs.using
    } catch (error) {
      return new MissingActionExecutor(errorText(error))
    }
    if (using === 'composite') return composite
    if (using === 'docker') return docker
    return node
  }
}
