/**
 * Docker actions: `uses: docker://image` and `runs.using: docker` with a `docker://` image or a
 * Dockerfile (spec/runner-emulation.md §4.9; runner `Handlers/ContainerActionHandler.cs`,
 * `Container/DockerCommandManager.cs`, `Container/ContainerInfo.cs`).
 *
 * The `docker run` line is the runner's, option for option: env names only (values travel in
 * the docker CLI's own environment), the runner's five mounts plus RUNNER_TEMP, values under a
 * mount translated to container paths, and annotation paths translated back. Every docker
 * command runs through the CLI located once per run; without it, or without a reachable daemon,
 * the step fails at once with a clear message instead of hanging (docker-cli.ts).
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { LoadedAction } from '../catalog/model.js'
import { dockerImageAction } from '../catalog/reference.js'
import type { ActionStageExecutor } from './post-stages.js'
import type { Executor, StepExecution, StepRequest } from '../engine/executor.js'
import { emptyExecution } from '../engine/executor.js'
import { CONTEXT_VARIABLE_NAMES } from '../expressions/contexts.js'
import type { ExpressionScope } from '../expressions/evaluate.js'
import { evaluateString } from '../expressions/evaluate.js'
import type { StepLog } from '../report/log.js'
import { FILE_COMMANDS_FOLDER } from '../runner/file-commands.js'
import { createFileCommandFiles } from '../runner/file-commands.js'
import { runProcess, type ProcessOutcome } from '../runner/process.js'
import { splitCommandLine } from '../runner/shell.js'
import { formatCommand, parseWorkflowCommand } from '../runner/workflow-commands.js'
import type { ActionStageRun } from './action-inputs.js'
import {
  inputVariables,
  printActionHeader,
  runActionStep,
  stageEntry,
  stateVariables
} from './action-inputs.js'
import { CommandCollector } from './command-collector.js'
import { locateDockerCli, type DockerCli } from './docker-cli.js'
import type { HostContext } from './host.js'
import { errorText } from '../errors.js'

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

/** Runs docker actions; one instance per run caches the located CLI, its probe and the pulls. */
export class DockerActionExecutor implements Executor, ActionStageExecutor {
  private readonly states: Map<string, Record<string, string>>
  private cli: Promise<DockerCli> | undefined
  private readonly pulls = new Map<string, Promise<number>>()
  private readonly retryDelayMs: () => number

  constructor(
    private readonly host: HostContext,
    /** The pause before another pull or build attempt; the runner's random 1–10 s by default. */
    options: { retryDelayMs?: () => number } = {}
  ) {
    this.states = host.states ?? new Map<string, Record<string, string>>()
    this.retryDelayMs = options.retryDelayMs ?? (() => 1000 + Math.random() * 9000)
  }

  async execute(request: StepRequest): Promise<StepExecution> {
    return this.runStage('main', request)
  }

  /** Runs the pre or main stage of a step (post runs from the manifest through `runAction`). */
  async runStage(stage: 'pre' | 'main', request: StepRequest): Promise<StepExecution> {
    return runActionStep(
      stage,
      request,
      { host: this.host, states: this.states, resolve: (uses) => this.resolve(uses) },
      async (run) => this.runAction(run)
    )
  }

  /** Runs one stage of a docker action: daemon check, image, `docker run`, file commands. */
  async runAction(run: ActionStageRun): Promise<StepExecution> {
    const { log, action } = run
    const runs = action.manifest.runs
    if (runs.using !== 'docker') {
      log.error(`'${action.uses}' is not a Docker container action.`)
      return emptyExecution('Failed')
    }
    printActionHeader(run)
    const unsupported = containerPlatformProblem(process.platform)
    if (unsupported !== undefined) {
      log.error(unsupported)
      return emptyExecution('Failed')
    }
    const cli = await this.dockerCli()
    if ('problem' in cli) {
      log.error(cli.problem)
      return emptyExecution('Failed')
    }

    const mounts = containerMounts(this.host.runnerTemp, this.host.workspace)
    let image: string
    let args: string[]
    let runsEnv: Record<string, string>
    try {
      image = await this.prepareImage(run, runs.image, cli.path)
      args = containerArguments(action, run.inputs, this.host.workspace)
      runsEnv = evaluateRunsEnv(runs.env ?? {}, run.inputs, this.host.workspace)
    } catch (error) {
      log.error(errorText(error))
      return emptyExecution('Failed')
    }

    const files = run.files ?? createFileCommandFiles(this.host.runnerTemp)
    // The runner creates the home folder and expects the workflow folder; we make sure of both.
    await mkdir(path.join(this.host.runnerTemp, '_github_home'), { recursive: true })
    await mkdir(path.join(this.host.runnerTemp, '_github_workflow'), { recursive: true })
    const containerEnv = this.containerEnvironment(run, runsEnv, files.files, mounts)
    const cliEnv = { ...this.helperEnvironment(), ...containerEnv }
    const collector = new CommandCollector(new ContainerPathsLog(log, mounts), cliEnv)
    const runArguments = dockerRunArguments({
      name: `${sanitizeContainerName(image)}_${randomUUID().replaceAll('-', '').slice(0, 6)}`,
      label: dockerInstanceLabel(this.host.runnerTemp),
      env: containerEnv,
      // main: runs.entrypoint, else the `entryPoint` input; pre/post: their own entrypoints.
      entrypoint:
        stageEntry(action, run.stage) ??
        (run.stage === 'main' ? inputValue(run.inputs, 'entryPoint') : undefined),
      network: this.host.dockerNetwork,
      mounts,
      image,
      args
    })
    log.text(commandLine(cli.path, runArguments))
    const outcome = await collector.spawn({
      file: cli.path,
      args: runArguments,
      cwd: this.host.workspace,
      env: cliEnv,
      cancelSignal: run.cancelSignal,
      killSignal: run.killSignal
    })

    return collector.completeAction(files, outcome)
  }

  /** The catalog's action; a bare `docker://image` needs no preparation, so one is made up. */
  private resolve(uses: string): LoadedAction {
    const catalog = this.host.actions
    if (catalog !== undefined) {
      try {
        return catalog.get(uses)
      } catch (error) {
        if (!/^docker:\/\//i.test(uses)) throw error
      }
    }
    if (!/^docker:\/\//i.test(uses)) throw new Error(`The action '${uses}' was not prepared.`)
    return dockerImageAction(uses, uses.slice('docker://'.length))
  }

  /**
   * The image to run: a `docker://` image (pulled once per run, as the runner pulls at job setup;
   * a local action's image is left to `docker run`), or a Dockerfile built for this stage.
   */
  private async prepareImage(run: ActionStageRun, image: string, cli: string): Promise<string> {
    const { action, log } = run
    if (/^docker:\/\//i.test(image)) {
      const name = image.slice('docker://'.length)
      if (action.reference.kind !== 'local') {
        let pull = this.pulls.get(name)
        if (pull === undefined) {
          pull = this.withRetries('pull', run, async () =>
            this.docker(cli, ['pull', name], this.host.workspace, log, run)
          )
          this.pulls.set(name, pull)
        }
        const code = await pull
        if (code !== 0) throw new Error(`Docker pull failed with exit code ${code}`)
      }
      return name
    }
    if (!isDockerfile(image)) {
      throw new Error(`'${image}' should be either '[path]/Dockerfile' or 'docker://image[:tag]'.`)
    }
    const dockerfile = path.join(action.directory, image)
    if (!existsSync(dockerfile)) throw new Error(`File not found: '${dockerfile}'`)
    const tag = `${dockerInstanceLabel(this.host.runnerTemp)}:${randomUUID().replaceAll('-', '')}`
    log.text('Building docker image')
    log.text(`Dockerfile for action: '${dockerfile}'.`)
    const code = await this.withRetries('build', run, async () =>
      this.docker(
        cli,
        ['build', '-t', tag, '-f', dockerfile, path.dirname(dockerfile)],
        action.repositoryDirectory ?? this.host.workspace,
        log,
        run
      )
    )
    if (code !== 0) throw new Error(`Docker build failed with exit code ${code}`)
    return tag
  }

  /**
   * §4.9 — the runner tries a pull or a build up to 3 times, with a random 1–10 s pause and its
   * log line between attempts; a cancelled step is not tried again.
   */
  private async withRetries(
    what: 'pull' | 'build',
    run: ActionStageRun,
    attempt: () => Promise<number>
  ): Promise<number> {
    for (let made = 1; ; made++) {
      const code = await attempt()
      if (code === 0 || made === 3 || run.cancelSignal?.aborted) return code
      const delayMs = this.retryDelayMs()
      run.log.text(
        `Docker ${what} failed with exit code ${code}, back off ${(delayMs / 1000).toFixed(3)} seconds before retry.`
      )
      await sleep(delayMs, undefined, { signal: run.cancelSignal }).catch(() => undefined)
      if (run.cancelSignal?.aborted) return code
    }
  }

  /**
   * `docker pull` or `docker build`, its output to the step log as plain text. Our own process
   * layer, not @actions/exec: a cancelled step must stop it (signals), which exec cannot.
   */
  private async docker(
    file: string,
    args: string[],
    cwd: string,
    log: StepLog,
    signals: Pick<ActionStageRun, 'cancelSignal' | 'killSignal'>
  ): Promise<number> {
    log.text(commandLine(file, args))
    const outcome = await runProcess({
      file,
      args,
      cwd,
      env: this.helperEnvironment(),
      cancelSignal: signals.cancelSignal,
      killSignal: signals.killSignal,
      onLine: (line) => log.text(line)
    })
    if (outcome.spawnError !== undefined) log.error(outcome.spawnError)
    return exitCodeOf(outcome)
  }

  private async dockerCli(): Promise<DockerCli> {
    this.cli ??= locateDockerCli(this.helperEnvironment(), this.host.workspace)
    return this.cli
  }

  /** Our process env without our own inputs and state: the docker CLI's base environment. */
  private helperEnvironment(): Record<string, string> {
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(this.host.baseEnv)) {
      if (value !== undefined && !name.startsWith('INPUT_') && !name.startsWith('STATE_')) {
        env[name] = value
      }
    }
    return env
  }

  /**
   * The container's environment, in the runner's order: env context, STATE_*, INPUT_*,
   * `runs.env` where not already set, HOME, GITHUB_* and RUNNER_*, runtime variables; then every
   * value translated to container paths. No PATH prepend: the container keeps its own PATH.
   */
  private containerEnvironment(
    run: ActionStageRun,
    runsEnv: Record<string, string>,
    files: Record<string, string>,
    mounts: readonly PathMapping[]
  ): Record<string, string> {
    const base = this.host.baseEnv
    const env: Record<string, string> = {}
    for (const [name, value] of Object.entries(run.envContext)) {
      if (!this.isWorkerOnly(name, value, run, mounts)) env[name] = value
    }
    Object.assign(env, stateVariables(run.state), inputVariables(run.inputs))
    for (const [name, value] of Object.entries(runsEnv)) {
      // `runs.env` never overrides the workflow's env (the runner's ContainsKey check).
      if (!Object.hasOwn(env, name)) env[name] = value
    }
    env.HOME = path.join(this.host.runnerTemp, '_github_home')
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
  private isWorkerOnly(
    name: string,
    value: string,
    run: ActionStageRun,
    mounts: readonly PathMapping[]
  ): boolean {
    if (run.stepEnvNames.includes(name) || this.host.baseEnv[name] !== value) return false
    if (name === 'CI' || name === 'GITHUB_ACTIONS') return value === 'true'
    if (SESSION_VARIABLES.has(name)) return true
    return path.isAbsolute(value) && toContainerPath(value, mounts) === value
  }
}

/** Most specific first: the runner inserts each mapping at the front, RUNNER_TEMP as a whole last. */
function translationOrder(mounts: readonly PathMapping[]): PathMapping[] {
  // `containerMounts` lists them in mount order, the reverse of the lookup order.
  return mounts.filter(([host, container]) => host !== container).reverse()
}

/** A log that rewrites container paths in forwarded annotations and matchers to host paths. */
class ContainerPathsLog implements StepLog {
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
function evaluateRunsEnv(
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
function inputValue(inputs: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(inputs).find(
    (candidate) => candidate.toLowerCase() === name.toLowerCase()
  )
  return key === undefined ? undefined : inputs[key]
}

/** The runner's `##[command]` line (shown highlighted; only names of env values appear in it). */
/** The runner's echo of a docker command: the located CLI, then the arguments. */
function commandLine(file: string, args: readonly string[]): string {
  const shown = args.map((arg) => (arg === '' || /[\s"]/.test(arg) ? JSON.stringify(arg) : arg))
  return `##[command]${file} ${shown.join(' ')}`
}

function exitCodeOf(outcome: ProcessOutcome): number {
  return outcome.exitCode ?? (outcome.spawnError !== undefined ? 1 : 128)
}

/** §4.8 — container actions run on Linux runners only, with the runner's message elsewhere. */
export function containerPlatformProblem(platform: NodeJS.Platform): string | undefined {
  return platform === 'linux' ? undefined : 'Container action is only supported on Linux'
}
