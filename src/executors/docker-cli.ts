/**
 * The docker CLI a docker action runs with, and whether its daemon answers
 * (docs/runner-emulation.md §4.9; runner `Container/DockerCommandManager.cs`, which locates
 * `docker` once with `WhichUtil.Which("docker", true)` and runs every docker command through
 * that path). Both are one-shot tool calls, so they go through `@actions/io` and
 * `@actions/exec` (docs/architecture.md). `docker pull`, `docker build` and `docker run` stay on our own
 * process layer (src/runner/process.ts): cancelling the step must stop them, and
 * `@actions/exec` can neither signal the process it starts nor hand out its child.
 */
import * as exec from '@actions/exec'
import * as io from '@actions/io'
import { errorText } from '../errors.js'

/** How long the daemon probe may take before we call the daemon unreachable. */
export const DAEMON_PROBE_TIMEOUT_MS = 15_000

/** The located CLI, or the message that fails a docker action at once instead of hanging. */
export type DockerCli = { path: string } | { problem: string }

/**
 * Locates `docker` and asks its daemon for its version (`docker version`), with `env` and `cwd`
 * as the docker CLI's environment and folder.
 */
export async function locateDockerCli(
  env: Record<string, string>,
  cwd: string,
  timeoutMs = DAEMON_PROBE_TIMEOUT_MS
): Promise<DockerCli> {
  // io.which searches our own process's PATH, as WhichUtil searches the runner's: the docker
  // CLI is the machine's, not a step's (no GITHUB_PATH prepends, unlike a `shell:`).
  const file = await io.which('docker')
  const reason = file === '' ? 'not found on PATH' : await daemonProblem(file, env, cwd, timeoutMs)
  return reason === undefined
    ? { path: file }
    : {
        problem: `Docker actions need a Docker daemon, and none is reachable here (docker: ${reason})`
      }
}

/** Why `docker version` gives no server version; undefined when the daemon answered. */
async function daemonProblem(
  file: string,
  env: Record<string, string>,
  cwd: string,
  timeoutMs: number
): Promise<string | undefined> {
  // @actions/exec takes a command line and splits it at spaces outside double quotes.
  const probe = exec.getExecOutput(
    `"${file.replaceAll('"', '\\"')}"`,
    ['version', '--format', '{{.Server.Version}}'],
    // `delay`: a grandchild holding the pipes after docker exited is waited for 1 s only.
    { cwd, env, silent: true, ignoreReturnCode: true, delay: 1000 }
  )
  // @actions/exec has no timeout and no handle to stop the process with, so the answer is
  // raced against a timer. A probe past it is left to end by itself: it holds no lock, our
  // entries end with process.exit, and the runner's orphan clean-up ends it with the job.
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs)
  })
  let output: exec.ExecOutput | undefined
  try {
    output = await Promise.race([probe, timedOut])
  } catch (error) {
    return errorText(error) // could not start (permissions, a vanished file, a missing cwd)
  } finally {
    clearTimeout(timer)
  }
  if (output === undefined) return `no answer within ${timeoutMs / 1000} s`
  if (output.exitCode === 0 && output.stdout.trim() !== '') return undefined
  const firstLine = output.stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '')
  return firstLine ?? `exit code ${output.exitCode}`
}
