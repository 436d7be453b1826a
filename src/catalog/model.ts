/**
 * Types shared by everything that handles `uses:` steps: what a reference names, what a loaded
 * action looks like, and where the loaded actions of a run are kept.
 */
import type { ParsedStep } from '../workflow/model.js'

/** A parsed `uses:` value (docs/runner-emulation.md §4.1). */

export type ActionReference =
  /** `./path` (or `.\path`): relative to GITHUB_WORKSPACE, as written. */
  | { kind: 'local'; path: string }
  /** `owner/repo[/path]@ref`; `path` is '' for the repository root. */
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string }
  /** `docker://image[:tag]`. */
  | { kind: 'docker'; image: string }

export type NodeVersion = 'node12' | 'node16' | 'node20' | 'node24'

export interface ActionInputDefinition {
  /** The `default:` template as written (may hold `${{ }}`), if any. */
  default?: string
  deprecationMessage?: string
}

export type ActionRuns =
  | {
      using: NodeVersion
      main: string
      pre?: string
      /** Defaults to `always()` without the `success() &&` wrapping (runner PR #293). */
      preIf?: string
      post?: string
      postIf?: string
    }
  | {
      using: 'docker'
      /** `docker://img`, or a Dockerfile path relative to the action directory. */
      image: string
      entrypoint?: string
      args?: string[]
      env?: Record<string, string>
      preEntrypoint?: string
      preIf?: string
      postEntrypoint?: string
      postIf?: string
    }
  | {
      using: 'composite'
      /** The composite's steps, parsed with our step-list parser (beyond native: background, wait, … allowed). */
      steps: ParsedStep[]
    }

export interface ActionManifest {
  name: string
  /** Input ids as declared (the runner compares them case-insensitively). */
  inputs: Record<string, ActionInputDefinition>
  /** Composite output `value:` templates; other kinds ignore them. */
  outputs: Record<string, { value?: string }>
  runs: ActionRuns
  /** The manifest file that was read (`action.yml`, `action.yaml`), or 'Dockerfile' for a bare Dockerfile. */
  file: string
}

/** An action ready to run. */
export interface LoadedAction {
  /** The `uses:` string as written. */
  uses: string
  reference: ActionReference
  /** Folder that holds the manifest (the action's own folder, `path` included); '' for docker://. */
  directory: string
  /** For remote actions: the repository root (Docker build context is relative to it). */
  repositoryDirectory?: string
  manifest: ActionManifest
}

/** Every action a run needs, loaded before the first step runs ("Prepare all required actions"). */
export interface ActionCatalog {
  /** The action named by this `uses:` string; throws if it was not prepared. */
  get(uses: string): LoadedAction
}

/** The catalog of a list that names no action (a `run:`-only list): every lookup fails. */
export const NO_ACTIONS: ActionCatalog = {
  get(uses) {
    throw new Error(`The action '${uses}' was not prepared.`)
  }
}
