/**
 * What every executor needs to know about the machine it runs on.
 */
import type { ActionCatalog } from '../catalog/model.js'
import type { ResolveOptions } from '../catalog/resolve.js'
import type { PostStageRegistry } from './post-stages.js'
import type { NodeRuntimeHost } from '../runner/node-runtime.js'

/** Workflow-level `defaults.run`, from our `defaults` input; applies to top-level `run:` steps only. */
export interface RunDefaults {
  shell?: string
  workingDirectory?: string
}

export interface HostContext {
  /** Our own process environment; nested environments are built from it (runner-emulation §1.5). */
  baseEnv: NodeJS.ProcessEnv
  runnerTemp: string
  workspace: string
  /** The hashFiles() worker; the one next to the running bundle unless given (tests). */
  hashFilesWorker?: string
  defaults: RunDefaults
  /** The actions this run prepared, looked up by the `uses:` string (node and docker executors). */
  actions?: ActionCatalog
  /** Intra-action state (`STATE_*`) per step key, shared by the pre, main and post of one step. */
  states?: Map<string, Record<string, string>>
  /** Where an action's post stage is registered when its pre or main starts (runner-emulation §4.6). */
  postStages?: PostStageRegistry
  /** `job.container.network`, when known: docker actions then join it (`--network`); none by default. */
  dockerNetwork?: string
  /**
   * Job cancellation (the runner cancelling our step), as opposed to one step's own abort: a
   * composite's steps re-evaluate their `if:` on it, as the runner's do (R43).
   */
  jobCancelSignal?: AbortSignal
  /** How to prepare the actions a composite action uses (download settings), at run time. */
  resolveOptions?: ResolveOptions
  /** Background slots for the steps of composite actions (our `max-concurrency`). */
  maxConcurrency?: number
  /** Inside a composite: the composite step's id, which embedded steps keep as GITHUB_ACTION. */
  parentAction?: string
  /** Inside a composite: its folder, as GITHUB_ACTION_PATH (runner-emulation §1.4). */
  actionPath?: string
  /**
   * Inside a composite: the composite step's own scoped key and `/`. Plan keys are unique only
   * within one list, while `states` and `postStages` serve the whole job: an embedded step's
   * state and post registration are kept under this prefix plus its key (runner-emulation §4.6).
   */
  keyScope?: string
  /** Composite nesting depth of the steps run with this host (0 at the top level). */
  depth?: number
  /**
   * Our own node, the runner's externals beside it and the clock, for picking the node of a
   * JavaScript action (runner-emulation §4.5); this process's when absent. Tests inject one.
   */
  nodeRuntime?: NodeRuntimeHost
}
