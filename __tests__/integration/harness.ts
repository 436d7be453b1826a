/**
 * Runs the BUILT action (dist/main/index.js, then dist/post/index.js) as a stock runner would:
 * temp GITHUB_* files, INPUT_* from action.yml defaults plus the test's inputs, workflow
 * commands read back from stdout, outputs/env/path/summary read back from the files.
 */
import { spawn } from 'node:child_process'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import YAML from 'yaml'

export const ROOT = path.resolve(import.meta.dirname, '..', '..')
const MAIN = path.join(ROOT, 'dist', 'main', 'index.js')
const POST = path.join(ROOT, 'dist', 'post', 'index.js')

/** What the runner would substitute for the expression defaults of action.yml. */
const EXPRESSION_DEFAULTS: Record<string, string> = {
  token: 'test-token-value',
  matrix: 'null',
  strategy: '{"fail-fast":true,"job-index":0,"job-total":1,"max-parallel":1}',
  job: '{"status":"success"}'
}

export interface ActionRunOptions {
  steps?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** Files to create in the workspace before the run (relative path → content). */
  files?: Record<string, string>
  /** Folders to copy into the workspace before the run (relative destination → source folder). */
  copy?: Record<string, string>
  /** Send this signal to the action once `trigger` returns true for a stdout line. */
  signal?: { name: NodeJS.Signals; when: (line: string, run: { elapsedMs: number }) => boolean }
  /** Also run the post stage. */
  post?: boolean
  /** Variables the post stage gets on top of `env` (the runner builds our post's env anew). */
  postEnv?: Record<string, string>
  /**
   * The node that starts our bundles, main and post (this test's node by default): a runner's
   * `<externals>/nodeXX/bin/node`, to see which node nested JavaScript actions get (§4.5).
   */
  node?: string
  /**
   * Read stdout the way a busy runner does: pause 1 ms after every chunk, so our writes fill
   * the pipe and block, while SIGCHLD arrives every millisecond and cuts blocked writes short.
   */
  harshReader?: boolean
  /** Close our end of main's stdout at once, as a runner whose log reader died: writes get EPIPE. */
  readerGone?: boolean
  /**
   * Called with every stdout line of main as it arrives (e.g. to release a step once we have
   * seen its first line, which proves the line reached us while the step still ran).
   */
  onLine?: (line: string, layout: { runnerTemp: string; workspace: string }) => void
}

export interface Annotation {
  kind: string
  properties: Record<string, string>
  message: string
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  /** stdout lines, with stop-commands fences removed (their content kept as text). */
  lines: string[]
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  summary: string
  annotations: Annotation[]
  masks: string[]
  workspace: string
  runnerTemp: string
  durationMs: number
  signalledAtMs?: number
}

/** The inputs of action.yml with their defaults as the runner would pass them. */
export function defaultInputs(): Record<string, string> {
  const action = YAML.parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = spec.default ?? ''
    out[name] = value.includes('${{') ? (EXPRESSION_DEFAULTS[name] ?? '') : value
  }
  // Hermetic: an action the local API server lacks must not be looked for on github.com.
  out['fallback-api-url'] = ''
  return out
}

/** Makes a fresh runner-like directory layout. */
export function makeRunnerDirs(): { root: string; workspace: string; runnerTemp: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bgs-it-'))
  const workspace = path.join(root, 'workspace')
  const runnerTemp = path.join(root, 'temp')
  fs.mkdirSync(workspace)
  fs.mkdirSync(runnerTemp)
  return { root, workspace, runnerTemp }
}

/** Copies folders and writes files into the workspace (relative destination → source / content). */
export function fillWorkspace(
  workspace: string,
  content: { copy?: Record<string, string>; files?: Record<string, string> }
): void {
  for (const [destination, source] of Object.entries(content.copy ?? {})) {
    fs.cpSync(source, path.join(workspace, destination), { recursive: true })
  }
  for (const [file, text] of Object.entries(content.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true })
    fs.writeFileSync(path.join(workspace, file), text)
  }
}

/** The job's own files a runner gives our step (GITHUB_OUTPUT …), created empty, and the event. */
export function makeRunnerFiles(root: string): Record<string, string> {
  const files = {
    GITHUB_OUTPUT: path.join(root, 'output'),
    GITHUB_ENV: path.join(root, 'env'),
    GITHUB_PATH: path.join(root, 'path'),
    GITHUB_STATE: path.join(root, 'state'),
    GITHUB_STEP_SUMMARY: path.join(root, 'summary'),
    GITHUB_EVENT_PATH: path.join(root, 'event.json')
  }
  for (const file of Object.values(files)) fs.writeFileSync(file, '')
  fs.writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify({ ref: 'refs/heads/main' }))
  return files
}

/**
 * The environment a stock runner gives our step: this process's own variables without those a
 * runner sets (and without `dropPrefixes`), the runner's `GITHUB_*`/`RUNNER_*`, and `INPUT_*`.
 */
export function runnerEnvironment(options: {
  workspace: string
  runnerTemp: string
  files: Record<string, string>
  inputs: Record<string, string>
  dropPrefixes?: string[]
}): Record<string, string> {
  const drop = ['INPUT_', 'GITHUB_', 'RUNNER_', ...(options.dropPrefixes ?? [])]
  const env: Record<string, string> = {}
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !drop.some((prefix) => name.startsWith(prefix))) env[name] = value
  }
  delete env.NODE_OPTIONS
  Object.assign(env, options.files, {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: 'https://api.github.example',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_JOB: 'build',
    GITHUB_ACTION: 'outer',
    RUNNER_TEMP: options.runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'test-runner'
  })
  for (const [name, value] of Object.entries(options.inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
  return env
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const { root, workspace, runnerTemp } = makeRunnerDirs()
  fillWorkspace(workspace, options)
  const files = makeRunnerFiles(root)
  const inputs = {
    ...defaultInputs(),
    ...(options.steps !== undefined ? { steps: options.steps } : {}),
    ...options.inputs
  }
  const env = runnerEnvironment({ workspace, runnerTemp, files, inputs })
  Object.assign(env, options.env ?? {})

  const started = Date.now()
  const node = options.node ?? process.execPath
  const main = await spawnStage(node, MAIN, env, workspace, options.signal, started, {
    harshReader: options.harshReader,
    readerGone: options.readerGone,
    onLine: options.onLine && ((line) => options.onLine!(line, { runnerTemp, workspace }))
  })
  let stdout = main.stdout
  let stderr = main.stderr
  let exitCode = main.exitCode
  if (options.post) {
    // The runner evaluates our `job` input again for post: our failed main failed the job.
    const postEnv: Record<string, string> = {
      ...env,
      ...options.postEnv,
      INPUT_JOB: JSON.stringify({ status: main.exitCode === 0 ? 'success' : 'failure' })
    }
    for (const [name, value] of readKeyValues(files.GITHUB_STATE)) postEnv[`STATE_${name}`] = value
    const post = await spawnStage(node, POST, postEnv, workspace, undefined, started)
    stdout += post.stdout
    stderr += post.stderr
    exitCode = exitCode === 0 ? post.exitCode : exitCode
  }
  const lines = unfence(stdout.split('\n'))
  return {
    exitCode,
    stdout,
    stderr,
    lines,
    outputs: Object.fromEntries(readKeyValues(files.GITHUB_OUTPUT)),
    env: Object.fromEntries(readKeyValues(files.GITHUB_ENV)),
    path: fs.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: annotations(stdout),
    masks: stdout
      .split('\n')
      .filter((l) => l.startsWith('::add-mask::'))
      .map((l) => l.slice('::add-mask::'.length)),
    workspace,
    runnerTemp,
    durationMs: Date.now() - started,
    signalledAtMs: main.signalledAtMs
  }
}

async function spawnStage(
  node: string,
  entry: string,
  env: Record<string, string>,
  cwd: string,
  signal: ActionRunOptions['signal'],
  started: number,
  reader: { harshReader?: boolean; readerGone?: boolean; onLine?: (line: string) => void } = {}
): Promise<{ exitCode: number | null; stdout: string; stderr: string; signalledAtMs?: number }> {
  const child = spawn(node, [entry], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] })
  if (reader.readerGone) child.stdout.destroy()
  if (reader.harshReader) {
    const interrupter = setInterval(() => child.kill('SIGCHLD'), 1)
    child.once('exit', () => clearInterval(interrupter))
    child.stdout.on('data', () => {
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 1)
    })
  }
  let stdout = ''
  let stderr = ''
  let pending = ''
  let signalledAtMs: number | undefined
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk
    if (!reader.onLine && (!signal || signalledAtMs !== undefined)) return
    pending += chunk
    const parts = pending.split('\n')
    pending = parts.pop() ?? ''
    for (const line of parts) {
      reader.onLine?.(line)
      if (!signal) continue
      if (signalledAtMs === undefined && signal.when(line, { elapsedMs: Date.now() - started })) {
        signalledAtMs = Date.now() - started
        child.kill(signal.name)
      }
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  const exitCode = await new Promise<number | null>((resolve) =>
    child.on('close', (code) => resolve(code))
  )
  return { exitCode, stdout, stderr, signalledAtMs }
}

/** Reads a key=value / heredoc file as @actions/core writes it. */
export function readKeyValues(file: string): Array<[string, string]> {
  const lines = fs.readFileSync(file, 'utf8').split('\n')
  const out: Array<[string, string]> = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (!line) continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc && !line.slice(0, line.indexOf('<<')).includes('=')) {
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
      out.push([heredoc[1], value.join('\n')])
    } else {
      const eq = line.indexOf('=')
      out.push([line.slice(0, eq), line.slice(eq + 1)])
    }
  }
  return out
}

/** Removes stop-commands fences, keeping the fenced lines as text. */
export function unfence(lines: string[]): string[] {
  return scan(lines.join('\n')).map((entry) => entry.line)
}

/** Annotations the runner would create from our stdout (outside fences). */
export function annotations(stdout: string): Annotation[] {
  const out: Annotation[] = []
  for (const { line, fenced } of scan(stdout)) {
    const match = fenced ? null : /^::(error|warning|notice|debug)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!match) continue
    const properties: Record<string, string> = {}
    for (const pair of (match[2] ?? '').split(',')) {
      const eq = pair.indexOf('=')
      if (eq > 0) properties[pair.slice(0, eq)] = decode(pair.slice(eq + 1))
    }
    out.push({ kind: match[1], properties, message: decode(match[3]) })
  }
  return out
}

function decode(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
}

/** Our stdout as the runner reads it: each line, and whether a stop-commands fence made it text. */
export function scan(stdout: string): Array<{ line: string; fenced: boolean }> {
  const out: Array<{ line: string; fenced: boolean }> = []
  let token: string | undefined
  for (const line of stdout.split('\n')) {
    if (token === undefined) {
      const stop = /^::stop-commands::(.+)$/.exec(line)
      if (stop) token = stop[1]
      else out.push({ line, fenced: false })
    } else if (line === `::${token}::`) token = undefined
    else out.push({ line, fenced: true })
  }
  return out
}

/** A group title without the result mark and duration a finished step's title carries. */
export function plainTitle(title: string): string {
  return title.replace(/^(✅|❌|⛔|⏭️|❔) (.*) \(\d+\.\d s\)$/u, '$2')
}

/** The lines of each `::group::` block, by title without mark and duration (in order of appearance). */
export function groups(run: ActionRun): Array<{ title: string; lines: string[] }> {
  const out: Array<{ title: string; lines: string[] }> = []
  let current: { title: string; lines: string[] } | undefined
  for (const { line, fenced } of scan(run.stdout)) {
    if (!fenced && line.startsWith('::group::')) {
      current = { title: plainTitle(line.slice('::group::'.length)), lines: [] }
      out.push(current)
    } else if (!fenced && line === '::endgroup::') current = undefined
    else if (current) current.lines.push(line)
  }
  return out
}

/** Lines a nested step wrote to a file, for ordering assertions. */
export function readLines(run: ActionRun, relative: string): string[] {
  const file = path.join(run.runnerTemp, relative)
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : []
}
