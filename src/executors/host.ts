/**
 * What every executor needs to know about the machine it runs on.
 */

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
  defaults: RunDefaults
}
