/**
 * Runs the BUILT action as a stock runner would (like ../integration/harness.ts), with what fault
 * injection needs on top: a signal to main OR post at a chosen delay after a chosen stdout line,
 * a hook that damages the runner layout before the run, extra node flags (a heap cap for
 * memory-bounded input tests), a watchdog that reports a hang instead of timing the test out,
 * and process-table helpers that find every process a run started by a unique marker.
 */
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {
  annotations,
  defaultInputs,
  fillWorkspace,
  groups,
  makeRunnerDirs,
  makeRunnerFiles,
  readKeyValues,
  ROOT,
  runnerEnvironment,
  unfence,
  type ActionRun,
  type Annotation
} from '../integration/harness.js'

export { scan, ROOT } from '../integration/harness.js'

/** The `::group::` blocks of a run's stdout, by title without mark and duration. */
export function stepGroups(run: { stdout: string }): Array<{ title: string; lines: string[] }> {
  return groups({ stdout: run.stdout } as ActionRun)
}

/** The lines of each group by title (the last group of a title wins). */
export function linesByTitle(run: { stdout: string }): Record<string, string[]> {
  return Object.fromEntries(stepGroups(run).map((group) => [group.title, group.lines]))
}

const MAIN = path.join(ROOT, 'dist', 'main', 'index.js')
const POST = path.join(ROOT, 'dist', 'post', 'index.js')

/** When and how to signal the action. */
export interface SignalPlan {
  name: NodeJS.Signals
  stage: 'main' | 'post'
  /** The first stdout line for which this is true arms the signal (default: the first line). */
  when?: (line: string) => boolean
  /** Milliseconds between the arming line and the signal. */
  delayMs?: number
}

export interface FaultRunOptions {
  steps?: string
  inputs?: Record<string, string>
  env?: Record<string, string>
  files?: Record<string, string>
  copy?: Record<string, string>
  post?: boolean
  signal?: SignalPlan
  /** Called with the fresh layout before main starts (e.g. to make RUNNER_TEMP unwritable). */
  prepare?: (layout: { root: string; workspace: string; runnerTemp: string }) => void
  /** Extra flags for node, before the entry file. */
  nodeArgs?: string[]
  /** SIGKILL a stage still running after this long and report it as hung (default 30 s). */
  watchdogMs?: number
}

export interface StageRun {
  exitCode: number | null
  /** The signal that ended the stage (SIGKILL when the watchdog fired). */
  exitSignal: NodeJS.Signals | null
  stdout: string
  stderr: string
  hung: boolean
  /** Milliseconds from the start of the run. */
  signalledAtMs?: number
  endedAtMs: number
}

export interface FaultRun {
  main: StageRun
  post?: StageRun
  stdout: string
  /** stdout lines with stop-commands fences removed (their content kept). */
  lines: string[]
  outputs: Record<string, string>
  env: Record<string, string>
  path: string[]
  state: Record<string, string>
  summary: string
  annotations: Annotation[]
  masks: string[]
  workspace: string
  runnerTemp: string
  root: string
  /** Our own files, as the runner would read them back. */
  files: Record<string, string>
}

/** The runner's per-job id, which it looks for in process environments at job end. */
export const TRACKING_ID = `bgs-tracking-${randomUUID()}`

/** Runs main (and post when asked) of the built action. */
export async function runFaulty(options: FaultRunOptions): Promise<FaultRun> {
  const layout = makeRunnerDirs()
  const { root, workspace, runnerTemp } = layout
  fillWorkspace(workspace, options)
  const files = makeRunnerFiles(root)
  options.prepare?.(layout)

  const inputs = {
    ...defaultInputs(),
    ...(options.steps !== undefined ? { steps: options.steps } : {}),
    ...options.inputs
  }
  const env = runnerEnvironment({
    workspace,
    runnerTemp,
    files,
    inputs,
    dropPrefixes: ['ACTIONS_']
  })
  env.RUNNER_TRACKING_ID = TRACKING_ID
  Object.assign(env, options.env ?? {})

  const started = Date.now()
  const stageOptions = { nodeArgs: options.nodeArgs ?? [], watchdogMs: options.watchdogMs }
  const mainSignal = options.signal?.stage === 'main' ? options.signal : undefined
  const main = await runStage(MAIN, env, workspace, mainSignal, started, stageOptions)
  let post: StageRun | undefined
  if (options.post) {
    const postEnv: Record<string, string> = {
      ...env,
      INPUT_JOB: JSON.stringify({ status: main.exitCode === 0 ? 'success' : 'failure' })
    }
    for (const [name, value] of readKeyValues(files.GITHUB_STATE)) postEnv[`STATE_${name}`] = value
    const postSignal = options.signal?.stage === 'post' ? options.signal : undefined
    post = await runStage(POST, postEnv, workspace, postSignal, started, stageOptions)
  }
  const stdout = main.stdout + (post?.stdout ?? '')
  return {
    main,
    post,
    stdout,
    lines: unfence(stdout.split('\n')),
    outputs: Object.fromEntries(readKeyValues(files.GITHUB_OUTPUT)),
    env: Object.fromEntries(readKeyValues(files.GITHUB_ENV)),
    path: fs.readFileSync(files.GITHUB_PATH, 'utf8').split('\n').filter(Boolean),
    state: Object.fromEntries(readKeyValues(files.GITHUB_STATE)),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations: annotations(stdout),
    masks: stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length)),
    workspace,
    runnerTemp,
    root,
    files
  }
}

async function runStage(
  entry: string,
  env: Record<string, string>,
  cwd: string,
  signal: SignalPlan | undefined,
  started: number,
  options: { nodeArgs: string[]; watchdogMs?: number }
): Promise<StageRun> {
  const child = spawn(process.execPath, [...options.nodeArgs, entry], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const stdout: Buffer[] = []
  let stderr = ''
  let pending = ''
  let armed = false
  let signalledAtMs: number | undefined
  let hung = false
  const timers: NodeJS.Timeout[] = []
  const fire = (): void => {
    signalledAtMs = Date.now() - started
    child.kill(signal!.name)
  }
  const arm = (): void => {
    armed = true
    if ((signal?.delayMs ?? 0) <= 0) fire()
    else timers.push(setTimeout(fire, signal!.delayMs))
  }
  child.stdout.on('data', (chunk: Buffer) => {
    stdout.push(chunk)
    if (!signal || armed) return
    pending += chunk.toString('latin1')
    const parts = pending.split('\n')
    pending = parts.pop() ?? ''
    for (const line of parts) {
      if (!armed && (signal.when ?? (() => true))(line)) arm()
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  timers.push(
    setTimeout(() => {
      hung = true
      child.kill('SIGKILL')
    }, options.watchdogMs ?? 30_000)
  )
  const [exitCode, exitSignal] = await new Promise<[number | null, NodeJS.Signals | null]>(
    (resolve) => child.on('close', (code, killedBy) => resolve([code, killedBy]))
  )
  for (const timer of timers) clearTimeout(timer)
  return {
    exitCode,
    exitSignal,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr,
    hung,
    signalledAtMs,
    endedAtMs: Date.now() - started
  }
}

/** Live (non-zombie) processes whose command line or environment contains `marker`. */
export function processesWith(marker: string): string[] {
  const found: string[] = []
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
      const state = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0]
      if (state === 'Z') continue
      if (cmdline.includes(marker)) found.push(`${pid} ${cmdline}`)
    } catch {
      // The process ended while we looked.
    }
  }
  return found
}

/** Whether a live process's environment holds `NAME=value`. */
export function environmentOf(pid: number): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0')) {
    const eq = entry.indexOf('=')
    if (eq > 0) out[entry.slice(0, eq)] = entry.slice(eq + 1)
  }
  return out
}

/** SIGKILLs whatever is left of a test's marked processes (cleanup after an assertion). */
export function killMarked(marker: string): void {
  for (const entry of processesWith(marker)) {
    try {
      process.kill(Number(entry.split(' ')[0]), 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
}

/** A command whose process carries `marker` in its command line (`exec -a`). */
export const marked = (marker: string, seconds: number): string =>
  `bash -c 'exec -a ${marker} sleep ${seconds}'`

/** A fresh marker for one test's processes. */
export const newMarker = (): string => `bgs-fault-${randomUUID()}`

/** The commands the runner registers for a step (ActionCommandManager), upper-cased. */
const RUNNER_COMMANDS = new Set(
  [
    'set-env',
    'set-output',
    'save-state',
    'add-path',
    'add-mask',
    'add-matcher',
    'remove-matcher',
    'warning',
    'error',
    'notice',
    'debug',
    'group',
    'endgroup',
    'echo',
    'stop-commands'
  ].map((name) => name.toUpperCase())
)

/**
 * Commands our stdout would hand the outer runner: lines outside stop-commands fences whose
 * `::name` (after blanks) or any `##[name` is a registered command, looked for with invisible
 * characters dropped as the runner's culture-sensitive search does. Names compare
 * case-insensitively (`ſ` is `S`), as .NET OrdinalIgnoreCase does. Fence openers are included
 * with the name `stop-commands` so a caller can check the token is ours.
 */
export function unfencedCommands(stdout: string): Array<{ line: string; name: string }> {
  const out: Array<{ line: string; name: string }> = []
  let token: string | undefined
  // The runner's reader ends a line at \n, \r\n and a lone \r.
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    if (token !== undefined) {
      if (line === `::${token}::`) token = undefined
      continue
    }
    const stop = /^::stop-commands::(.+)$/.exec(line)
    if (stop) {
      token = stop[1]
      out.push({ line, name: 'stop-commands' })
      continue
    }
    const visible = line.replace(/[\p{Cc}\p{Cf}]/gu, '')
    const names: Array<string | undefined> = []
    // `::name props::data`: the name runs to the first blank of what lies between the `::`s.
    const message = visible.trimStart()
    const end = message.startsWith('::') ? message.indexOf('::', 2) : -1
    if (end >= 0) names.push(message.slice(2, end).split(' ')[0])
    // `##[name props]data`, anywhere in the line (every occurrence, to err on the safe side).
    for (let at = visible.indexOf('##['); at >= 0; at = visible.indexOf('##[', at + 3)) {
      const close = visible.indexOf(']', at)
      if (close >= 0) names.push(visible.slice(at + 3, close).split(' ')[0])
    }
    for (const name of names) {
      if (name !== undefined && RUNNER_COMMANDS.has(name.toUpperCase())) {
        out.push({ line, name: name.toLowerCase().replace('ſ', 's') })
      }
    }
  }
  return out
}
