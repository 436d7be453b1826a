/**
 * What a Docker action's `docker run` is made of, as the runner makes it (docs/runner-emulation.md
 * §4.9; runner `Handlers/ContainerActionHandler.cs`, `Container/DockerCommandManager.cs`,
 * `Container/ContainerInfo.cs`): the argv in the runner's option order, the mounts and the path
 * translation both ways, the container's environment, `runs.args`/`runs.env` evaluated with the
 * `inputs` context. Pure functions: docker-action.ts runs them.
 */
import { createHash } from 'node:crypto'
import * as path from 'node:path'
import type { LoadedAction } from '../catalog/model.js'
import { CONTEXT_VARIABLE_NAMES } from '../expressions/contexts.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'
import type { StepLog } from '../report/log.js'
import { FILE_COMMANDS_FOLDER } from '../runner/file-commands.js'
import type { ProcessOutcome } from '../runner/process.js'
import { splitCommandLine } from '../runner/shell.js'
import { formatCommand, parseWorkflowCommand } from '../runner/command-syntax.js'
import { inputVariables, stateVariables } from './action-inputs.js'
import type { ActionStageRun } from './action-stage.js'

/** What the container's environment is made from besides the stage: our env and RUNNER_TEMP. */
export interface ContainerHost {
  baseEnv: NodeJS.ProcessEnv
  runnerTemp: string
}

/** Runtime variables a container action receives (§1.2); `run:` steps get only the OIDC pair. */
const DOCKER_RUNTIME_VARIABLES = [
  'ACTIONS_RUNTIME_URL',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_CACHE_URL',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_MODE',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN'
]

/**
 * Variables of the worker's own session that the runner's env context never holds. Our env
 * context is approximated from our process env (§1.5), so these must not reach a container.
 */
const SESSION_VARIABLES = new Set([
  'HOSTNAME',
  'SHLVL',
  'USER',
  'LOGNAME',
  'TERM',
  'MAIL',
  'LANG',
  'LANGUAGE',
  'LC_ALL'
])

const CONTAINER_WORKSPACE = '/github/workspace'

/** A host folder and where the container sees it. */
export type PathMapping = readonly [host: string, container: string]

/** Everything that makes up one `docker run` command line. */
export interface DockerRunSpec {
  /** `--name`: the sanitised image plus 6 random hex digits. */
  name: string
  label: string
  /** Only the names are used: the values travel in the docker CLI's environment. */
  env: Record<string, string>
  entrypoint?: string
  network?: string
  mounts: readonly PathMapping[]
  image: string
  args: readonly string[]
}

/** The `docker run` argv in the runner's exact option order (DockerCommandManager.DockerRun). */
export function dockerRunArguments(spec: DockerRunSpec): string[] {
  const args = ['run', '--name', spec.name, '--label', spec.label]
  args.push('--workdir', CONTAINER_WORKSPACE, '--rm')
  for (const name of Object.keys(spec.env)) args.push('-e', name)
  args.push('-e', 'GITHUB_ACTIONS=true')
  if (!Object.hasOwn(spec.env, 'CI')) args.push('-e', 'CI=true')
  if (spec.entrypoint) args.push('--entrypoint', spec.entrypoint)
  if (spec.network) args.push('--network', spec.network)
  for (const [host, container] of spec.mounts) args.push('-v', `${host}:${container}`)
  args.push(spec.image, ...spec.args)
  return args
}

/**
 * The runner's mounts, in `docker run` order. Path translation checks them most specific first
 * (workspace, file commands, workflow, home, then all of RUNNER_TEMP): see `translationOrder`.
 */
export function containerMounts(runnerTemp: string, workspace: string): PathMapping[] {
  return [
    ['/var/run/docker.sock', '/var/run/docker.sock'],
    [runnerTemp, '/github/runner_temp'],
    [path.join(runnerTemp, '_github_home'), '/github/home'],
    [path.join(runnerTemp, '_github_workflow'), '/github/workflow'],
    [path.join(runnerTemp, FILE_COMMANDS_FOLDER), '/github/file_commands'],
    [workspace, CONTAINER_WORKSPACE]
  ]
}

/** TranslateToContainerPath: a value equal to a mounted folder, or inside it, gets the container path. */
export function toContainerPath(value: string, mounts: readonly PathMapping[]): string {
  for (const [host, container] of translationOrder(mounts)) {
    if (value === host) return container
    if (value.startsWith(`${host}/`)) return container + value.slice(host.length)
  }
  return value
}

/** TranslateToHostPath: the reverse, for annotation and matcher paths printed in the container. */
export function toHostPath(value: string, mounts: readonly PathMapping[]): string {
  for (const [host, container] of translationOrder(mounts)) {
    if (value === container) return host
    if (value.startsWith(`${container}/`)) return host + value.slice(container.length)
  }
  return value
}

/** An image is a Dockerfile when its last segment starts with `Dockerfile.` or ends with `Dockerfile`. */
export function isDockerfile(image: string): boolean {
  const last = (image.split(/[\\/]/).pop() ?? '').toLowerCase()
  return last.startsWith('dockerfile.') || last.endsWith('dockerfile')
}

/** NameValidation.Sanitize: keeps letters and `_`, and digits once something was kept. */
export function sanitizeContainerName(name: string): string {
  let result = ''
  for (const char of name) {
    if (/[A-Za-z_]/.test(char) || (/[0-9]/.test(char) && result.length > 0)) result += char
  }
  return result
}

/** The label on our images and containers: the runner hashes its `.runner` file; we hash RUNNER_TEMP. */
export function dockerInstanceLabel(runnerTemp: string): string {
  return createHash('sha256').update(runnerTemp).digest('hex').slice(0, 6)
}

/**
 * Container arguments: `runs.args` items evaluated with the `inputs` context and each quoted as
 * the runner does (`"item"`, `"` → `\"`), else the `args` input verbatim; either way the line is
 * then split with .NET's rules, as the runner's single argument string is.
 */
export function containerArguments(
  action: LoadedAction,
  inputs: Record<string, string>,
  workspace: string
): string[] {
  const runs = action.manifest.runs
  if (runs.using === 'docker' && runs.args !== undefined) {
    const scope = inputsOnlyScope(inputs, workspace)
    const line = runs.args
      .map((item, index) => evaluateString(item, scope, `runs.args[${index}]`))
      .map((item) => ` "${item.replaceAll('"', '\\"')}"`)
      .join('')
    return splitCommandLine(line)
  }
  return splitCommandLine(inputValue(inputs, 'args') ?? '')
}

/**
 * The container's environment, in the runner's order: env context, STATE_*, INPUT_*,
 * `runs.env` where not already set, HOME, GITHUB_* and RUNNER_*, runtime variables; then every
 * value translated to container paths. No PATH prepend: the container keeps its own PATH.
 */
export function containerEnvironment(
  run: ActionStageRun,
  runsEnv: Record<string, string>,
  files: Record<string, string>,
  mounts: readonly PathMapping[],
  host: ContainerHost
): Record<string, string> {
  const base = host.baseEnv
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(run.envContext)) {
    if (!isWorkerOnly(name, value, run, mounts, host.baseEnv)) env[name] = value
  }
  Object.assign(env, stateVariables(run.state), inputVariables(run.inputs))
  for (const [name, value] of Object.entries(runsEnv)) {
    // `runs.env` never overrides the workflow's env (the runner's ContainsKey check).
    if (!Object.hasOwn(env, name)) env[name] = value
  }
  env.HOME = path.join(host.runnerTemp, '_github_home')
  for (const name of CONTEXT_VARIABLE_NAMES) {
    const value = base[name]
    if (value !== undefined && name !== 'GITHUB_ACTION_PATH') env[name] = value
  }
  Object.assign(env, run.identity, files)
  for (const name of DOCKER_RUNTIME_VARIABLES) {
    const value = base[name]
    if (value !== undefined) env[name] = value
  }
  for (const name of Object.keys(env)) env[name] = toContainerPath(env[name], mounts)
  return env
}

/**
 * Whether an env-context entry is really the worker's own environment, which the runner never
 * passes into a container. Kept: the step's own `env:`, anything the job changed (GITHUB_ENV,
 * workflow values differing from ours), and inherited values that mean something inside the
 * container. Dropped: session variables, the runner's own `CI`/`GITHUB_ACTIONS` watermarks,
 * and inherited absolute host paths outside every mount (PATH, JAVA_HOME, tool folders…),
 * which would break the image. A workflow env value that is such a path is dropped too: the
 * price of not knowing the real env context.
 */
function isWorkerOnly(
  name: string,
  value: string,
  run: ActionStageRun,
  mounts: readonly PathMapping[],
  baseEnv: NodeJS.ProcessEnv
): boolean {
  if (run.stepEnvNames.includes(name) || baseEnv[name] !== value) return false
  if (name === 'CI' || name === 'GITHUB_ACTIONS') return value === 'true'
  if (SESSION_VARIABLES.has(name)) return true
  return path.isAbsolute(value) && toContainerPath(value, mounts) === value
}

/** Most specific first: the runner inserts each mapping at the front, RUNNER_TEMP as a whole last. */
function translationOrder(mounts: readonly PathMapping[]): PathMapping[] {
  // `containerMounts` lists them in mount order, the reverse of the lookup order.
  return mounts.filter(([host, container]) => host !== container).reverse()
}

/** A log that rewrites container paths in forwarded annotations and matchers to host paths. */
export class ContainerPathsLog implements StepLog {
  constructor(
    private readonly log: StepLog,
    private readonly mounts: readonly PathMapping[]
  ) {}

  text(line: string): void {
    this.log.text(line)
  }

  /** Plain lines in bulk (the log layer's flood path), passed through untouched. */
  textBytes(block: Buffer): void {
    this.log.textBytes(block)
  }

  command(line: string): void {
    this.log.command(hostPathsInCommand(line, this.mounts))
  }

  error(message: string): void {
    this.log.error(message)
  }

  warning(message: string): void {
    this.log.warning(message)
  }

  mask(value: string): void {
    this.log.mask(value)
  }

  end(title?: string): void {
    this.log.end(title)
  }
}

function hostPathsInCommand(line: string, mounts: readonly PathMapping[]): string {
  const command = parseWorkflowCommand(line)
  if (command === undefined) return line
  const name = command.name.toLowerCase()
  const properties = Object.fromEntries(command.properties)
  if (name === 'add-matcher') {
    return formatCommand(command.name, properties, toHostPath(command.data, mounts))
  }
  if (name !== 'error' && name !== 'warning' && name !== 'notice') return line
  const fileKey = Object.keys(properties).find((key) => key.toLowerCase() === 'file')
  if (fileKey === undefined) return line
  properties[fileKey] = toHostPath(properties[fileKey], mounts)
  return formatCommand(command.name, properties, command.data)
}

/** `runs.env`, evaluated with the `inputs` context only (§4.4). */
export function evaluateRunsEnv(
  templates: Record<string, string>,
  inputs: Record<string, string>,
  workspace: string
): Record<string, string> {
  const scope = inputsOnlyScope(inputs, workspace)
  const env: Record<string, string> = {}
  for (const [name, template] of Object.entries(templates)) {
    env[name] = evaluateString(template, scope, `runs.env.${name}`)
  }
  return env
}

/**
 * `runs.args` and `runs.env` may use only `inputs`; the other contexts are empty here, so a
 * reference to them reads '' rather than failing as the runner's schema check would.
 */
function inputsOnlyScope(inputs: Record<string, string>, workspace: string): ExpressionScope {
  return {
    contexts: {
      github: {},
      runner: {},
      env: {},
      steps: {},
      job: {},
      strategy: {},
      matrix: {},
      secrets: {},
      vars: {},
      inputs
    },
    status: 'success',
    cancelled: false,
    workspace
  }
}

/** Inputs are case-insensitive (`Inputs.GetValueOrDefault("entryPoint")`). */
export function inputValue(inputs: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(inputs).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase()
  )
  return key === undefined ? undefined : inputs[key]
}

/** The runner's `##[command]` line (shown highlighted; only names of env values appear in it). */
/** The runner's echo of a docker command: the located CLI, then the arguments. */
export function commandLine(file: string, args: readonly string[]): string {
  const shown = args.map((arg) => (arg === '' || /[\s"]/.test(arg) ? JSON.stringify(arg) : arg))
  return `##[command]${file} ${shown.join(' ')}`
}

export function exitCodeOf(outcome: ProcessOutcome): number {
  return outcome.exitCode ?? (outcome.spawnError !== undefined ? 1 : 128)
}

/** §4.8 — container actions run on Linux runners only, with the runner's message elsewhere. */
export function containerPlatformProblem(platform: NodeJS.Platform): string | undefined {
  return platform === 'linux' ? undefined : 'Container action is only supported on Linux'
}
