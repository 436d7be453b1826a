/**
 * The executors of one step list, one per kind of step. `run:` steps are run here; `uses:` steps
 * by the executor the lazily loaded `uses:` support makes (src/executors/uses-support.ts), so a
 * list of `run:` steps never loads it.
 */
import type { StageExecutor, StepExecution, StepExecutors } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import type { ListScope, RunContext } from './context.js'
import { RunStepExecutor } from './run-step.js'
import { errorText } from '../errors.js'

/** Makes the executor of a list's `uses:` steps. */
export type UsesExecutorFactory = (list: ListScope) => StageExecutor

/** The executors of one list's steps. */
export function createStepExecutors(
  run: RunContext,
  list: ListScope,
  usesExecutor: UsesExecutorFactory
): StepExecutors {
  return { run: new RunStepExecutor(run, list), uses: usesExecutor(list) }
}

/**
 * The `uses:` executor of a run whose list names no action; it is never asked (a `uses:` step
 * loads the support), and fails the step with the catalog's message if it were.
 */
export const noActionExecutor: UsesExecutorFactory = (list) => {
  const fail = async (request: Parameters<StageExecutor['execute']>[0]): Promise<StepExecution> => {
    try {
      list.actions.get(request.step.uses)
    } catch (error) {
      request.log.error(errorText(error))
    }
    return Promise.resolve(emptyExecution('Failed'))
  }
  return { execute: fail, runStage: async (_stage, request) => fail(request) }
}
