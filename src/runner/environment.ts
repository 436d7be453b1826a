/**
 * The environment a nested step's process receives (docs/runner-emulation.md §1.1, §1.5;
 * docs/semantics.md §4.1). Later layers win.
 */
import { CONTEXT_VARIABLE_NAMES } from '../expressions/contexts.js'

/** Runtime credentials the runner hands only to JavaScript and Docker actions, never to `run:` steps. */
const ACTION_ONLY_RUNTIME_VARIABLES = [
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE'
]

/** Per-step identity and file-command variables, replaced for every nested step. */
export interface StepIdentity {
  GITHUB_ACTION: string
  GITHUB_ACTION_REPOSITORY?: string
  GITHUB_ACTION_REF?: string
  GITHUB_ACTION_PATH?: string
  files: Record<string, string>
}

/**
 * `GITHUB_ACTION*` of an action step. `GITHUB_ACTION_PATH` is set only inside a composite, to the
 * composite's folder: the runner's composite handler sets `github.action_path` on every embedded
 * step, whatever its kind, and no other handler sets it (runner-emulation §1.4).
 */
export type ActionIdentity = Omit<StepIdentity, 'files'>

export type ProcessKind = 'run' | 'node' | 'docker'

export interface EnvironmentRequest {
  /** Our own process environment (the worker env plus our step's env). */
  base: NodeJS.ProcessEnv
  /** The step's env context: job env, flushed GITHUB_ENV values, then the step's `env:` (R4). */
  envContext: Record<string, string>
  /** Flushed GITHUB_PATH entries, oldest first; the latest added comes first in PATH (R14.3). */
  pathPrepend: readonly string[]
  identity: StepIdentity
  kind: ProcessKind
  /** Kind-specific extras (INPUT_*, STATE_*) layered over the env context. */
  extra?: Record<string, string>
}

/** Whether a variable of our own process must not reach a nested process of this kind. */
function isPrivateToUs(name: string, kind: ProcessKind): boolean {
  // Our INPUT_* carry our own inputs (the token, secrets JSON); our STATE_* are our post's.
  if (name.startsWith('INPUT_') || name.startsWith('STATE_')) return true
  if (name === 'GITHUB_ACTION_PATH') return true
  return kind === 'run' && ACTION_ONLY_RUNTIME_VARIABLES.includes(name)
}

/** The PATH a nested process sees: flushed prepends, most recent first, then the original PATH. */
export function effectivePath(
  pathPrepend: readonly string[],
  originalPath: string | undefined
): string {
  const parts = [...pathPrepend].reverse()
  if (originalPath) parts.push(originalPath)
  return parts.join(':')
}

/** Builds the full environment of one nested process. */
export function buildStepEnvironment(request: EnvironmentRequest): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(request.base)) {
    if (value !== undefined && !isPrivateToUs(name, request.kind)) env[name] = value
  }
  Object.assign(env, request.envContext, request.extra ?? {})
  env.PATH = effectivePath(request.pathPrepend, request.base.PATH)
  // The node handler removes it after the env context is in (§1.1 step 3), whoever set it.
  if (request.kind === 'node') delete env.NODE_ICU_DATA

  // Context variables overwrite user values (runner-emulation §1.1 step 4).
  for (const name of CONTEXT_VARIABLE_NAMES) {
    const value = request.base[name]
    if (value !== undefined && name !== 'GITHUB_ACTION_PATH') env[name] = value
  }
  const { files, ...identity } = request.identity
  env.GITHUB_ACTION = identity.GITHUB_ACTION
  env.GITHUB_ACTION_REPOSITORY = identity.GITHUB_ACTION_REPOSITORY ?? ''
  env.GITHUB_ACTION_REF = identity.GITHUB_ACTION_REF ?? ''
  if (identity.GITHUB_ACTION_PATH !== undefined)
    env.GITHUB_ACTION_PATH = identity.GITHUB_ACTION_PATH
  Object.assign(env, files)

  env.GITHUB_ACTIONS = 'true'
  if (request.envContext.CI === undefined && request.base.CI === undefined) env.CI = 'true'
  return env
}
