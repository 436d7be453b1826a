/**
 * What executors work with, in two parts: the run's services, the same for every step of the run
 * (built once by `prepareRun`, src/run.ts), and the scope of one step list — the top level, or
 * the steps of one use of a composite action.
 */
import type { ActionCatalog } from '../catalog/model.js'
import type { FileCommandPool } from '../runner/file-command-pool.js'
import type { NodeRuntimeHost } from '../runner/node-runtime.js'
import type { ProcessRegistry } from '../runner/process.js'
import type { ShellCache } from '../runner/shell-cache.js'

/** Workflow-level `defaults.run`, from our `defaults` input; applies to top-level `run:` steps only. */
export interface RunDefaults {
  shell?: string
  workingDirectory?: string
}

/** The run's services: every field is set once, before the first step, and never changes. */
export interface RunContext {
  /** Our own process environment; nested environments are built from it (runner-emulation §1.5). */
  readonly baseEnv: NodeJS.ProcessEnv
  readonly runnerTemp: string
  readonly workspace: string
  /** Background slots, for the top level and for every composite's own steps (`max-concurrency`). */
  readonly maxConcurrency: number
  /**
   * Job cancellation (the runner cancelling our step), as opposed to one step's own abort: a
   * composite's steps re-evaluate their `if:` on it, as the runner's do (R43).
   */
  readonly jobCancelSignal: AbortSignal
  /** The hashFiles() worker bundle (dist/hash-files), started for every call. */
  readonly hashFilesWorker: string
  /** Our own node, the runner's externals beside it and the clock: picks a JavaScript action's node (runner-emulation §4.5). */
  readonly nodeRuntime: NodeRuntimeHost
  /**
   * Where every step run's file-command files come from, and go back to: the run's own pool,
   * with its prefetch and recycling (runner-emulation §1.6).
   */
  readonly fileCommands: FileCommandPool
  /** The scripts `run:` steps wrote and the shells they found, reused by later steps (§2.1, §2.2). */
  readonly shellCache: ShellCache
  /**
   * Where every process of a step is started: the entry point's registry, whose live groups the
   * entry signals on job cancellation and at exit.
   */
  readonly processes: ProcessRegistry
  /** `core.debug`: shown with step debug (`ACTIONS_STEP_DEBUG`). */
  readonly debug: (message: string) => void
  /** Whether we colour what we print (the script echo); off with NO_COLOR. Default: on. */
  readonly colour?: boolean
}

/** A composite step whose own steps a list holds. */
export interface CompositeCaller {
  /** The composite step's id: embedded steps keep it as GITHUB_ACTION (runner PR #615). */
  stepId: string
  /** The composite's folder: GITHUB_ACTION_PATH of its steps (runner-emulation §1.4). */
  directory: string
}

/** One step list: the top level, or the steps of one composite use. */
export interface ListScope {
  /** `defaults.run` of the workflow: the top level's only ({} inside a composite). */
  readonly defaults: RunDefaults
  /** The actions this list's `uses:` steps name, prepared before it runs. */
  readonly actions: ActionCatalog
  /** Composite nesting depth (0 at the top level). */
  readonly depth: number
  /**
   * Plan keys are unique only within one list, while state and post registrations serve the whole
   * job: a step's are kept under this prefix plus its key ('' at the top level; the composite
   * step's scoped key and `/` inside one, runner-emulation §4.6).
   */
  readonly keyScope: string
  /** Inside a composite: the composite step; undefined at the top level. */
  readonly caller: CompositeCaller | undefined
}

/** The top level's scope. */
export function topLevel(defaults: RunDefaults, actions: ActionCatalog): ListScope {
  return { defaults, actions, depth: 0, keyScope: '', caller: undefined }
}
