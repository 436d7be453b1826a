/**
 * The run's services for `uses:` steps, made once when a list names an action (uses-support.ts):
 * the job's state and post records, the runners of node and Docker stages, how to prepare a
 * composite's actions, and how to make the executors of a composite's own steps.
 */
import type { LoadedAction } from '../catalog/model.js'
import type { ResolveOptions } from '../catalog/resolve.js'
import type { StepExecutors } from '../engine/executor.js'
import type { StageRecords, StageRunner } from './action-stage.js'
import type { ListScope } from './context.js'

/** The runners of node and Docker action stages. */
export interface ActionRunners {
  node: StageRunner
  docker: StageRunner
}

export interface ActionServices {
  readonly records: StageRecords
  readonly runners: ActionRunners
  /** How the actions of a composite are prepared when it runs (the download settings). */
  readonly resolveOptions: ResolveOptions
  /**
   * The executors of a list's steps: how a composite runs its own. Passed in, because a composite
   * executor is itself one of the executors it makes.
   */
  executorsFor(list: ListScope): StepExecutors
}

/** What runs an action: its own steps (composite), or a node or Docker stage runner — the one `runs.using` → executor mapping. */
export type ActionKind = 'composite' | 'node' | 'docker'

export function actionKind(action: LoadedAction): ActionKind {
  const using = action.manifest.runs.using
  return using === 'composite' || using === 'docker' ? using : 'node'
}
