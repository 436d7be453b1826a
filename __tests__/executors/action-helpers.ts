/**
 * Shared set-up for the action executor tests: a temp runner layout, fixture actions loaded
 * from their action.yml (no download), a catalog, requests and a recording log.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import type {
  ActionCatalog,
  ActionManifest,
  ActionReference,
  ActionRuns,
  LoadedAction,
  NodeVersion
} from '../../src/catalog/model.js'
import type { StepRequest } from '../../src/engine/executor.js'
import { baseEnvContext, githubContext, runnerContext } from '../../src/expressions/contexts.js'
import type { ExpressionScope } from '../../src/expressions/evaluate.js'
import type { StageExecutor } from '../../src/engine/executor.js'
import type { ActionRunners } from '../../src/executors/action-services.js'
import type { ListScope, RunContext, RunDefaults } from '../../src/executors/context.js'
import { PostStageRegistry } from '../../src/executors/post-manifest.js'
import { createActionRunners, createActionServices } from '../../src/executors/uses-support.js'
import { DockerStageRunner } from '../../src/executors/docker-action.js'
import { DownloadsInFlight } from '../../src/catalog/download.js'
import { FileCommandPool } from '../../src/runner/file-command-pool.js'
import { processNodeRuntime } from '../../src/runner/node-runtime.js'
import { ProcessRegistry } from '../../src/runner/process.js'
import { ShellCache } from '../../src/runner/shell-cache.js'
import type { StepLog } from '../../src/report/log.js'
import type { UsesStep } from '../../src/workflow/model.js'

export const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../__fixtures__'
)
export const STATEFUL_DIR = path.join(FIXTURES, 'node-actions/stateful')
export const DOCKERFILE_DIR = path.join(FIXTURES, 'docker/dockerfile-action')

/** Every line and annotation a step wrote. */
export class RecordingLog implements StepLog {
  readonly lines: string[] = []
  readonly commands: string[] = []
  readonly errors: string[] = []
  readonly warnings: string[] = []
  ended: string | undefined

  text(line: string): void {
    this.lines.push(line)
  }
  textBytes(block: Buffer): void {
    this.lines.push(...block.toString('utf8').split('\n'))
  }
  command(line: string): void {
    this.commands.push(line)
  }
  error(message: string): void {
    this.errors.push(message)
  }
  warning(message: string): void {
    this.warnings.push(message)
  }
  mask(): void {}
  end(title?: string): void {
    this.ended = title
  }
  // What only the engine calls on a log it opened (OpenedStepLog): nothing to record here.
  begin(): void {}
  abandon(): void {}
  tail(): string[] {
    return []
  }
}

export interface Sandbox {
  root: string
  runnerTemp: string
  workspace: string
  /** The run's context, as prepareRun would make it for this layout. */
  context: RunContext
  cleanup(): Promise<void>
}

/** A fresh runner layout with an env like a hosted runner's (plus our own INPUT_/STATE_). */
export async function sandbox(extraEnv: Record<string, string> = {}): Promise<Sandbox> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'bs-actions-'))
  const runnerTemp = path.join(root, '_temp')
  const workspace = path.join(root, 'hello', 'hello')
  await mkdir(path.join(runnerTemp, '_github_workflow'), { recursive: true })
  await mkdir(workspace, { recursive: true })
  await writeFile(path.join(runnerTemp, '_github_workflow', 'event.json'), '{}')
  const baseEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: '/home/tester',
    HOSTNAME: 'fv-az123',
    JAVA_HOME: '/usr/lib/jvm/temurin-17',
    CI: 'true',
    WORKFLOW_VAR: 'from the workflow',
    OUT_DIR: path.join(workspace, 'out'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/hello',
    GITHUB_EVENT_PATH: path.join(runnerTemp, '_github_workflow', 'event.json'),
    GITHUB_SHA: 'abc123',
    RUNNER_TEMP: runnerTemp,
    RUNNER_WORKSPACE: path.join(root, 'hello'),
    RUNNER_OS: 'Linux',
    ACTIONS_RUNTIME_URL: 'https://runtime.example/',
    ACTIONS_RUNTIME_TOKEN: 'runtime-token-123',
    INPUT_STEPS: 'our own steps input',
    STATE_ours: 'our own state',
    ...extraEnv
  }
  return {
    root,
    runnerTemp,
    workspace,
    context: {
      baseEnv,
      runnerTemp,
      workspace,
      maxConcurrency: 10,
      jobCancelSignal: new AbortController().signal,
      hashFilesWorker: HASH_FILES_WORKER,
      nodeRuntime: processNodeRuntime(),
      fileCommands: new FileCommandPool(runnerTemp),
      shellCache: new ShellCache(),
      processes: new ProcessRegistry(),
      debug: () => undefined
    },
    cleanup: async () => rm(root, { recursive: true, force: true })
  }
}

/** Reads a fixture's action.yml into the shared manifest shape (what the loader would give). */
export async function loadFixture(
  directory: string,
  reference: ActionReference,
  uses: string
): Promise<LoadedAction> {
  const yaml = parse(await readFile(path.join(directory, 'action.yml'), 'utf8')) as {
    name: string
    inputs?: Record<string, { default?: string | number | boolean; deprecationMessage?: string }>
    runs: Record<string, string | string[] | Record<string, string> | undefined>
  }
  const inputs: ActionManifest['inputs'] = {}
  for (const [name, definition] of Object.entries(yaml.inputs ?? {})) {
    inputs[name] = {
      default: definition.default === undefined ? undefined : String(definition.default),
      deprecationMessage: definition.deprecationMessage
    }
  }
  const runs = yaml.runs
  const text = (key: string): string | undefined => runs[key] as string | undefined
  const using = runs.using as string
  const manifestRuns: ActionRuns =
    using === 'docker'
      ? {
          using: 'docker',
          image: runs.image as string,
          entrypoint: text('entrypoint'),
          args: runs.args as string[] | undefined,
          env: runs.env as Record<string, string> | undefined,
          preEntrypoint: text('pre-entrypoint'),
          preIf: text('pre-if'),
          postEntrypoint: text('post-entrypoint'),
          postIf: text('post-if')
        }
      : {
          using: using as NodeVersion,
          main: runs.main as string,
          pre: text('pre'),
          preIf: text('pre-if'),
          post: text('post'),
          postIf: text('post-if')
        }
  return {
    uses,
    reference,
    directory,
    manifest: { name: yaml.name, inputs, outputs: {}, runs: manifestRuns, file: 'action.yml' }
  }
}

/** The stateful fixture as a remote action `octo/stateful@v1`. */
export async function statefulRemote(): Promise<LoadedAction> {
  return loadFixture(
    STATEFUL_DIR,
    { kind: 'remote', owner: 'octo', repo: 'stateful', path: '', ref: 'v1' },
    'octo/stateful@v1'
  )
}

/** A catalog over hand-made actions. */
export function catalogOf(...actions: LoadedAction[]): ActionCatalog {
  const byUses = new Map(actions.map((action) => [action.uses, action]))
  return {
    get(uses) {
      const action = byUses.get(uses)
      if (action === undefined) throw new Error(`The action '${uses}' was not prepared.`)
      return action
    }
  }
}

/** A `uses:` step as the parser would give it. */
export function usesStep(
  uses: string,
  options: {
    key?: string
    id?: string
    with?: Record<string, string>
    env?: Record<string, string>
    name?: string
  } = {}
): UsesStep {
  const id = options.id ?? '__' + uses.replace(/@.*$/, '').replace(/[^A-Za-z0-9_-]/g, '_')
  return {
    kind: 'uses',
    key: options.key ?? id,
    id,
    explicitId: options.id !== undefined,
    name: options.name,
    position: { line: 1, column: 1 },
    continueOnError: false,
    if: '',
    env: options.env ?? {},
    background: false,
    uses,
    with: options.with ?? {}
  }
}

/** The job scope the engine would give: contexts from the sandbox env. */
export function scopeFor(box: Sandbox, env: Record<string, string> = {}): ExpressionScope {
  const base = box.context.baseEnv
  return {
    contexts: {
      github: githubContext(base, {}, 'a-token'),
      runner: runnerContext(base),
      env: { ...baseEnvContext(base), ...env },
      steps: {},
      job: { status: 'success' },
      strategy: {},
      matrix: null,
      secrets: {},
      vars: {},
      inputs: {}
    },
    status: 'success',
    cancelled: false,
    workspace: box.workspace
  }
}

/** A request for `step` with its own recording log. */
export function requestFor(
  box: Sandbox,
  step: UsesStep,
  options: { displayName?: string; pathPrepend?: string[] } = {}
): StepRequest<UsesStep> & { log: RecordingLog } {
  const envContext = { ...baseEnvContext(box.context.baseEnv), ...step.env }
  return {
    step,
    displayName: options.displayName ?? `Run ${step.uses}`,
    scope: () => scopeFor(box, step.env),
    envContext,
    headerEnvNames: Object.keys(step.env),
    pathPrepend: () => options.pathPrepend ?? [],
    cancelSignal: new AbortController().signal,
    killSignal: new AbortController().signal,
    log: new RecordingLog()
  }
}

/** Outputs of an execution as an object (the last write of a name wins). */
export function outputsOf(execution: { outputs: Array<[string, string]> }): Record<string, string> {
  return Object.fromEntries(execution.outputs)
}

/** The built hashFiles() worker (the suite builds dist/ first). */
export const HASH_FILES_WORKER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../dist/hash-files/index.js'
)

/** What one test's `uses:` executor is made with; anything not given is the run's default. */
export interface ExecutorSetup {
  /** The list's prepared actions (none by default). */
  actions?: ActionCatalog
  /** The job's state per step key (a fresh one by default). */
  states?: Map<string, Record<string, string>>
  /** Where posts are registered (a fresh registry under the sandbox by default). */
  postStages?: PostStageRegistry
  dockerNetwork?: string
  /** The pause between Docker pull/build attempts. */
  retryDelayMs?: () => number
  /** Fields of the run's context to replace (its env, its node runtime…). */
  context?: Partial<RunContext>
  defaults?: RunDefaults
  /** Inside a composite: the list's scope fields. */
  list?: Partial<ListScope>
}

/** The `uses:` executor of a top-level list in this sandbox, as prepareRun makes it. */
export function usesExecutor(box: Sandbox, setup: ExecutorSetup = {}): StageExecutor {
  const context = contextOf(box, setup)
  const services = createActionServices(context, {
    records: {
      states: setup.states ?? new Map(),
      postStages: setup.postStages ?? new PostStageRegistry({ runnerTemp: box.runnerTemp })
    },
    resolveOptions: {
      apiUrl: 'http://127.0.0.1:9',
      token: '',
      workspace: box.workspace,
      cacheDir: path.join(box.root, '_actions'),
      inFlight: new DownloadsInFlight(),
      log: () => undefined
    },
    runners: runnersOf(box, setup)
  })
  return services.usesExecutor({
    defaults: setup.defaults ?? {},
    actions: setup.actions ?? catalogOf(),
    depth: 0,
    keyScope: '',
    caller: undefined,
    ...setup.list
  })
}

/** The node and Docker stage runners of this sandbox (what our post runs posts with). */
export function runnersOf(box: Sandbox, setup: ExecutorSetup = {}): ActionRunners {
  const context = contextOf(box, setup)
  if (setup.retryDelayMs === undefined) return createActionRunners(context, setup.dockerNetwork)
  const docker = new DockerStageRunner(context, setup.dockerNetwork, {
    retryDelayMs: setup.retryDelayMs
  })
  return {
    ...createActionRunners(context, setup.dockerNetwork),
    docker: async (run) => docker.runStage(run)
  }
}

function contextOf(box: Sandbox, setup: ExecutorSetup): RunContext {
  return { ...box.context, ...setup.context }
}
