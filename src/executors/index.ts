/**
 * executorFor(step): one executor per kind of step. A `uses:` step goes to the executor of its
 * action's `runs.using`, looked up in the actions prepared before the run. The action executors
 * come from the lazily loaded `uses:` support (src/executors/uses-support.ts): a list of `run:`
 * steps never loads them.
 */
import type { Executor, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import type { ExecutableStep } from '../workflow/model.js'
import type { HostContext } from './host.js'
import { RunStepExecutor } from './run-step.js'
import { errorText } from '../errors.js'

/** The executors of `uses:` steps, by `runs.using`. */
export interface ActionExecutors {
  node: Executor
  docker: Executor
  composite: Executor
}

/** Makes the action executors for one host (the run, or one composite action's steps). */
export type ActionExecutorsFactory = (host: HostContext) => ActionExecutors

/** A step whose action cannot be found fails with the catalog's message. */
class MissingActionExecutor implements Executor {
  constructor(private readonly message: string) {}

  async execute(request: StepRequest): ReturnType<Executor['execute']> {
    request.log.error(this.message)
    return Promise.resolve(emptyExecution('Failed'))
  }
}

/** Builds the executor lookup for one run (or for the steps of one composite action). */
export function createExecutors(
  host: HostContext,
  actionExecutors?: ActionExecutorsFactory
): (step: ExecutableStep) => Executor {
  const run = new RunStepExecutor(host)
  const actions = actionExecutors?.(host)
  return (step) => {
    if (step.kind === 'run') return run
    let using: string
    try {
      if (!host.actions || !actions) throw new Error(`The action '${step.uses}' was not prepared.`)
      using = host.actions.get(step.uses).manifest.runs.using
    } catch (error) {
      return new MissingActionExecutor(errorText(error))
    }
    return actionExecutorFor(actions, using)
  }
}

/** The executor of an action with this `runs.using`: composite, docker, or node (node12…node24). */
export function actionExecutorFor(actions: ActionExecutors, using: string): Executor {
  if (using === 'composite') return actions.composite
  if (using === 'docker') return actions.docker
  return actions.node
}
