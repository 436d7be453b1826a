/**
 * `uses:` steps of one list: the action the step names, from the list's prepared actions, runs
 * by its kind — a composite's steps, or a node or Docker stage through the shared stage
 * lifecycle (action-stage.ts). The main stage and, before the list, the pre stage.
 */
import type { LoadedAction } from '../catalog/model.js'
import { dockerImageAction } from '../catalog/reference.js'
import type { LoopStage, StageExecutor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import type { UsesStep } from '../workflow/model.js'
import { actionKind, type ActionServices } from './action-services.js'
import { runActionStep } from './action-stage.js'
import { CompositeActionExecutor } from './composite-action.js'
import type { ListScope, RunContext } from './context.js'
import { errorText } from '../errors.js'

export class UsesStepExecutor implements StageExecutor {
  private readonly composite: CompositeActionExecutor

  constructor(
    private readonly context: RunContext,
    private readonly services: ActionServices,
    private readonly list: ListScope
  ) {
    this.composite = new CompositeActionExecutor(context, services, list)
  }

  async execute(request: StepRequest<UsesStep>): Promise<StepExecution> {
    return this.runStage('main', request)
  }

  async runStage(stage: LoopStage, request: StepRequest<UsesStep>): Promise<StepExecution> {
    let action: LoadedAction
    try {
      action = this.resolve(request.step.uses)
    } catch (error) {
      request.log.error(errorText(error))
      return emptyExecution('Failed')
    }
    const kind = actionKind(action)
    if (kind === 'composite') return this.composite.runStage(stage, request, action)
    const setting = {
      list: this.list,
      records: this.services.records,
      fileCommands: this.context.fileCommands
    }
    return runActionStep(stage, request, action, setting, this.services.runners[kind])
  }

  /** The list's prepared action; a bare `docker://image` needs no preparation, so one is made up. */
  private resolve(uses: string): LoadedAction {
    try {
      return this.list.actions.get(uses)
    } catch (error) {
      if (!/^docker:\/\//i.test(uses)) throw error
      return dockerImageAction(uses, uses.slice('docker://'.length))
    }
  }
}
