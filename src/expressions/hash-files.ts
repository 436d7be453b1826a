/**
 * `hashFiles()`, computed as the runner computes it: a separate Node process running
 * `@actions/glob` (runner-emulation §4.4; actions/runner
 * src/Runner.Worker/Expressions/HashFilesFunction.cs). The worker is our fourth bundle,
 * src/hash-files-worker.ts. Expression host functions must return a value, not a promise
 * (docs/expressions.md §1.4, option (a)), so the worker runs under spawnSync.
 */
import { spawnSync } from 'node:child_process'
import * as os from 'node:os'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'
import { errorCode } from '../errors.js'

const FOLLOW_SYMBOLIC_LINKS = '--follow-symbolic-links'
/** The runner's `_hashFileTimeoutSeconds`. */
const TIMEOUT_SECONDS = 120
const OUTPUT_MARK = '__OUTPUT__'

/** Where and with what `hashFiles()` runs. */
export interface HashFilesTarget {
  /** GITHUB_WORKSPACE: the worker's working directory, and the only tree whose files count. */
  workspace: string
  /** The worker bundle (`dist/hash-files/index.js`); see bundledHashFilesWorker. */
  worker: string
  /** The runner's 120 s unless given (tests). */
  timeoutMs?: number
}

/**
 * The worker next to the running bundle: every bundle (dist/main, dist/post, dist/cli and the
 * chunks beside them) is a sibling of dist/hash-files. Tests that import src/ through ts-jest
 * pass the built dist/hash-files/index.js instead. A `new URL('…', import.meta.url)` would be
 * taken by ncc for an asset to bundle, so the path is joined by hand.
 */
export function bundledHashFilesWorker(): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'hash-files', 'index.js')
}

/**
 * `hashFiles(...args)` evaluated against the target's workspace. The first argument may be
 * `--follow-symbolic-links`; every other argument is a pattern list (one pattern per line).
 * Returns '' when no file matches.
 */
export function hashFiles(target: HashFilesTarget, args: readonly string[]): string {
  const { followSymbolicLinks, patterns } = readArguments(args)
  // The runner's messages name the patterns with its StringEscape: `'` doubled.
  const shown = patterns.join(', ').replaceAll("'", "''")
  const timeoutMs = target.timeoutMs ?? TIMEOUT_SECONDS * 1000
  const result = spawnSync(process.execPath, [target.worker], {
    cwd: target.workspace,
    env: workerEnvironment(patterns, followSymbolicLinks),
    // stdout carries only the glob's log (`::debug::` lines): dropped, never read as commands.
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    timeout: timeoutMs,
    windowsHide: true
  })
  if (errorCode(result.error) === 'ETIMEDOUT') {
    throw new Error(`hashFiles('${shown}') couldn't finish within ${timeoutMs / 1000} seconds.`)
  }
  if (result.error !== undefined || result.status !== 0) {
    // The runner's message has no detail (it only sees the exit code); ours keeps the worker's
    // error (or the spawn error) as the cause.
    const cause = result.error ?? new Error(result.stderr.trim() || `exit ${result.status}`)
    throw new Error(
      `hashFiles('${shown}') failed. Fail to hash files under directory '${target.workspace}'`,
      { cause }
    )
  }
  return digestOf(result.stderr)
}

function readArguments(args: readonly string[]): {
  followSymbolicLinks: boolean
  patterns: string[]
} {
  const [first, ...rest] = args
  if (first === undefined || !first.startsWith('--')) {
    return { followSymbolicLinks: false, patterns: [...args] }
  }
  if (first.toLowerCase() !== FOLLOW_SYMBOLIC_LINKS) {
    throw new Error(
      `Invalid glob option ${first}, avaliable option: '${FOLLOW_SYMBOLIC_LINKS}'.` // sic, runner text
    )
  }
  return { followSymbolicLinks: true, patterns: rest }
}

/**
 * Our environment plus the runner's two variables. `followSymbolicLinks` is removed unless set:
 * our environment holds the workflow's `env:`, which never reaches the runner's worker process.
 */
function workerEnvironment(patterns: readonly string[], follow: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env }
  delete env.followSymbolicLinks
  if (follow) env.followSymbolicLinks = 'true'
  // The runner joins them with Environment.NewLine.
  env.patterns = patterns.join(os.EOL)
  return env
}

/** The last `__OUTPUT__<digest>__OUTPUT__` line, as the runner reads it; '' when none. */
function digestOf(stderr: string): string {
  let digest = ''
  for (const line of stderr.split(/\r?\n/)) {
    if (
      line.length >= 2 * OUTPUT_MARK.length &&
      line.startsWith(OUTPUT_MARK) &&
      line.endsWith(OUTPUT_MARK)
    ) {
      digest = line.slice(OUTPUT_MARK.length, -OUTPUT_MARK.length)
    }
  }
  return digest
}
