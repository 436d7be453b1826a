/**
 * executorFor(step): one executor per kind of step.
 */
import type { Executor } from '../engine/executor.js'
import type { ExecutableStep } from '../workflow/model.js'
import type { HostContext } from './host.js'
import { RunStepExecutor } from './run-step.js'

/** `uses:` steps arrive with the actions issue; until then they fail with a clear message. */
class UnsupportedUsesExecutor implements Executor {
  async execute(request: Parameters<Executor['execute']>[0]): ReturnType<Executor['execute']> {
    request.log.error(
      `'uses: ${(request.step as { uses: string }).uses}' steps are not supported yet.`
    )
    return Promise.resolve({
      result: 'Failed',
      outputs: [],
      env: [],
      path: [],
      state: [],
      summary: ''
    })
  }
}

/** Builds the executor lookup for one run. */
export function createExecutors(host: HostContext): (step: ExecutableStep) => Executor {
  const run = new RunStepExecutor(host)
  const uses = new UnsupportedUsesExecutor()
  return (step) => {
    switch (step.kind) {
      case 'run':
        return run
      case 'uses':
        return uses
    }
  }
}
