/**
 * The expression contexts: building the plain `github`, `runner` and `env` values from what a
 * JavaScript action can see (docs/expressions.md §3.2), and turning plain values into the
 * `@actions/expressions` data model for one evaluation.
 */
import { data } from '@actions/expressions'

/** A plain JSON-like object. */
export interface JsonObject {
  [key: string]: unknown
}

/** `github.<key>` ← `GITHUB_<KEY>`: the runner's allow-list (src/Runner.Worker/GitHubContext.cs). */
const GITHUB_ENV_KEYS = [
  'action_path',
  'action_ref',
  'action_repository',
  'action',
  'actor',
  'actor_id',
  'api_url',
  'artifacts',
  'artifacts_list',
  'base_ref',
  'env',
  'event_name',
  'event_path',
  'graphql_url',
  'head_ref',
  'job',
  'output',
  'path',
  'ref_name',
  'ref_protected',
  'ref_type',
  'ref',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'retention_days',
  'run_attempt',
  'run_id',
  'run_number',
  'server_url',
  'sha',
  'state',
  'step_summary',
  'triggering_actor',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'workspace'
] as const

/** The keys the runner puts in `runner` (RunnerContext.cs, JobRunner.cs, JobExtension.cs). */
const RUNNER_ENV_KEYS = [
  'os',
  'arch',
  'name',
  'environment',
  'tool_cache',
  'temp',
  'workspace',
  'debug'
] as const

/**
 * The environment variables the runner derives from the `github` and `runner` contexts; they
 * overwrite a step's own `env:` values (runner-emulation §1.1 step 4).
 */
export const CONTEXT_VARIABLE_NAMES: readonly string[] = [
  ...GITHUB_ENV_KEYS.map((key) => `GITHUB_${key.toUpperCase()}`),
  ...RUNNER_ENV_KEYS.map((key) => `RUNNER_${key.toUpperCase()}`)
]

/** Our own plumbing (the action's inputs and saved state) and the runner's `ACTIONS_*` (§3.2). */
const NON_ENV_PREFIXES = ['INPUT_', 'STATE_', 'ACTIONS_']

/**
 * The `GITHUB_*`/`RUNNER_*` variables the runner sets in every step's environment, which are not
 * the workflow's `env` (docs/expressions.md §3.2: only the runner's defaults go). A user's own
 * `GITHUB_TOKEN: …` or `RUNNER_X` in the job `env` stays in the `env` context.
 */
const RUNNER_SET_NAMES = new Set([
  ...CONTEXT_VARIABLE_NAMES,
  'GITHUB_ACTIONS',
  'RUNNER_TRACKING_ID'
])

/** The `github` context from `GITHUB_*` variables, the event payload and the token input. */
export function githubContext(
  env: NodeJS.ProcessEnv,
  event: unknown,
  token: string | undefined
): JsonObject {
  const github: JsonObject = {}
  for (const key of GITHUB_ENV_KEYS) {
    const value = env[`GITHUB_${key.toUpperCase()}`]
    if (value === undefined) continue
    // The runner stores ref_protected as a boolean; every other value stays a string.
    github[key] = key === 'ref_protected' ? value === 'true' : value
  }
  github.event = event ?? {}
  if (token) github.token = token
  const serverUrl = env.GITHUB_SERVER_URL
  const repository = env.GITHUB_REPOSITORY
  if (serverUrl && repository) {
    const host = URL.canParse(serverUrl) ? new URL(serverUrl).host : serverUrl
    github.repositoryUrl = `git://${host}/${repository}.git`
  }
  return github
}

/** The `runner` context from the fixed list of `RUNNER_*` variables. */
export function runnerContext(env: NodeJS.ProcessEnv): JsonObject {
  const runner: JsonObject = {}
  for (const key of RUNNER_ENV_KEYS) {
    const value = env[`RUNNER_${key.toUpperCase()}`]
    if (value !== undefined) runner[key] = value
  }
  return runner
}

/** The `env` context approximation: our process env minus our own inputs and state, and what the runner sets. */
export function baseEnvContext(env: NodeJS.ProcessEnv): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue
    // Windows variable names are case-insensitive, so compare the prefix upper-cased.
    const upper = name.toUpperCase()
    if (NON_ENV_PREFIXES.some((prefix) => upper.startsWith(prefix))) continue
    if (RUNNER_SET_NAMES.has(upper)) continue
    result[name] = value
  }
  return result
}

/**
 * Converts a plain value to expression data. Objects are wrapped, not copied: only the paths an
 * expression actually reads get converted, which keeps large event payloads cheap to expose on
 * every evaluation. `undefined` becomes an empty object (a declared context must never be
 * missing, expressions §1.3); `null` becomes Null.
 */
export function toExpressionData(value: unknown): data.ExpressionData {
  if (value === undefined) return new PlainObjectDictionary({}, false)
  return convert(value)
}

function convert(value: unknown): data.ExpressionData {
  switch (typeof value) {
    case 'string':
      return new data.StringData(value)
    case 'number':
      return new data.NumberData(value)
    case 'boolean':
      return new data.BooleanData(value)
    case 'bigint':
      return new data.NumberData(Number(value))
    case 'undefined':
      return new data.Null()
    case 'object':
      if (value === null) return new data.Null()
      if (Array.isArray(value)) return new data.Array(...value.map((item) => convert(item)))
      return new PlainObjectDictionary(value as JsonObject, false)
    case 'symbol':
    case 'function':
      return new data.Null()
  }
}

/**
 * A read-only Dictionary view of a plain object. Converted values are memoised per key so the
 * same path yields the same object within one evaluation: objects compare by reference
 * (`github.event == github.event` is true on GitHub).
 *
 * Case-insensitive (the default `Dictionary` rule, first key wins) unless `caseSensitive` is set:
 * the runner's `env` context is a CaseSensitiveDictionary on Linux and macOS (StepsRunner.cs).
 */
class PlainObjectDictionary extends data.Dictionary {
  private readonly converted = new Map<string, data.ExpressionData>()
  private lowerCaseIndex: Map<string, string> | undefined

  constructor(
    private readonly source: JsonObject,
    private readonly caseSensitive: boolean
  ) {
    super()
  }

  override add(): void {
    throw new Error('Expression contexts are read-only')
  }

  override get(key: string): data.ExpressionData | undefined {
    const actualKey = this.resolveKey(key)
    return actualKey === undefined ? undefined : this.item(actualKey)
  }

  override values(): data.ExpressionData[] {
    return this.visibleKeys().map((key) => this.item(key))
  }

  override pairs(): ReturnType<data.Dictionary['pairs']> {
    return this.visibleKeys().map((key) => ({ key, value: this.item(key) }))
  }

  private item(key: string): data.ExpressionData {
    let value = this.converted.get(key)
    if (value === undefined) {
      value = convert(this.source[key])
      this.converted.set(key, value)
    }
    return value
  }

  private resolveKey(key: string): string | undefined {
    if (this.caseSensitive) return Object.hasOwn(this.source, key) ? key : undefined
    return this.index().get(key.toLowerCase())
  }

  /** Keys in insertion order; case-insensitively only the first of a clash is visible. */
  private visibleKeys(): string[] {
    const keys = Object.keys(this.source)
    if (this.caseSensitive) return keys
    const index = this.index()
    return keys.filter((key) => index.get(key.toLowerCase()) === key)
  }

  private index(): Map<string, string> {
    if (this.lowerCaseIndex === undefined) {
      this.lowerCaseIndex = new Map()
      for (const key of Object.keys(this.source)) {
        const lower = key.toLowerCase()
        if (!this.lowerCaseIndex.has(lower)) this.lowerCaseIndex.set(lower, key)
      }
    }
    return this.lowerCaseIndex
  }
}

/** The `env` context as expression data: case-sensitive except on Windows, like the runner. */
export function envContextData(
  env: Record<string, string>,
  caseSensitive: boolean = process.platform !== 'win32'
): data.Dictionary {
  return new PlainObjectDictionary(env, caseSensitive)
}

/**
 * A fresh root dictionary for one evaluation. Built anew every time because `Dictionary.add`
 * ignores existing keys, so a long-lived one would keep serving stale `steps` (expressions §1.3).
 * Every name in `names` gets a value, even when `contexts` lacks it: the evaluator crashes on a
 * declared context without one.
 */
export function contextDictionary(
  contexts: Record<string, unknown>,
  names: readonly string[]
): data.Dictionary {
  const root = new data.Dictionary()
  for (const name of names) {
    const value = contexts[name]
    if (name === 'env' && isStringRecord(value)) root.add(name, envContextData(value))
    else root.add(name, toExpressionData(value))
  }
  return root
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Converts expression data back to plain JS (objects, arrays, strings, numbers, booleans, null). */
export function fromExpressionData(value: data.ExpressionData): unknown {
  switch (value.kind) {
    case data.Kind.String:
      return value.coerceString()
    case data.Kind.Number:
      return value.number()
    case data.Kind.Boolean:
      return value.value
    case data.Kind.Null:
      return null
    case data.Kind.Array:
      return value.values().map((item) => fromExpressionData(item))
    case data.Kind.Dictionary: {
      const result: JsonObject = {}
      for (const { key, value: item } of value.pairs()) {
        result[key] = fromExpressionData(item)
      }
      return result
    }
  }
}

/** A context value as an object to spread over (`{}` for null, a string, a number…). */
export function asObject(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

/** What each nested step sees of its own in the `github` context (expressions.md §3). */
export interface StepGithub {
  action: string
  action_repository?: string
  action_ref?: string
  action_path?: string
  /** The step's own file-command files, once they exist. */
  output?: string
  env?: string
  path?: string
  state?: string
  step_summary?: string
}

/**
 * The `github` context of one nested step: its own `action` (its id, or the composite step's
 * inside a composite) and its own file-command files, as the runner gives each step. Without
 * this, `\${{ github.output }}` would name our own GITHUB_OUTPUT, and a write to it would skip the
 * deferral and the `<id>--` namespacing of nested outputs.
 */
export function stepGithubContext(github: unknown, step: StepGithub): JsonObject {
  return { ...asObject(github), ...step }
}

/** `scope` with its `github` context overlaid for one step (see `stepGithubContext`). */
export function withStepGithub<T extends { contexts: { github?: unknown } }>(
  scope: T,
  step: StepGithub
): T {
  return {
    ...scope,
    contexts: { ...scope.contexts, github: stepGithubContext(scope.contexts.github, step) }
  }
}

/** What a step's `github` context says of files before the step has any: nothing. */
export const NO_STEP_FILES: Omit<StepGithub, 'action'> = {
  output: '',
  env: '',
  path: '',
  state: '',
  step_summary: ''
}

/** The file-command part of `StepGithub`, from a step's files. */
export function fileCommandGithub(files: {
  GITHUB_OUTPUT: string
  GITHUB_ENV: string
  GITHUB_PATH: string
  GITHUB_STATE: string
  GITHUB_STEP_SUMMARY: string
}): Omit<StepGithub, 'action'> {
  return {
    output: files.GITHUB_OUTPUT,
    env: files.GITHUB_ENV,
    path: files.GITHUB_PATH,
    state: files.GITHUB_STATE,
    step_summary: files.GITHUB_STEP_SUMMARY
  }
}
