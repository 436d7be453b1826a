/**
 * Our post stage: nested actions' `post:` stages, newest first, each with its `post-if` against
 * the job status of now (read from our `job` input, which the runner evaluates again for post),
 * with the state and inputs their main saved (runner-emulation §4.6, §6).
 */
import * as core from '@actions/core'
import * as os from 'node:os'
import * as path from 'node:path'
import { watchForCancellation, type Cancellation } from './cancellation.js'
import { LOG_SPILL_FOLDER, POST_MANIFEST_STATE } from './constants.js'
import type { RunContext } from './executors/context.js'
import { bundledHashFilesWorker } from './expressions/hash-files.js'
import { LogMultiplexer } from './report/log.js'
import { handOverEnvAndPath } from './report/outputs.js'
import { makeStdoutBlocking, type StdoutWrite } from './report/stdout.js'
import { appendStepSummaries } from './report/summary.js'
import { FileCommandPool } from './runner/file-command-pool.js'
import { processNodeRuntime } from './runner/node-runtime.js'
import { ProcessRegistry } from './runner/process.js'
import { ShellCache } from './runner/shell-cache.js'
import { readPostSettings, type PostSettings } from './settings.js'

/**
 * Runs the nested posts our main registered, printing through `stdout` (the entry point's);
 * resolves to a failure message, or undefined.
 */
export async function runNestedPosts(stdout: StdoutWrite): Promise<string | undefined> {
  makeStdoutBlocking()
  const manifest = core.getState(POST_MANIFEST_STATE)
  if (!manifest) return undefined
  const settings = readPostSettings()
  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  const log = new LogMultiplexer({
    mode: 'grouped',
    write: stdout,
    spillDir: path.join(runnerTemp, LOG_SPILL_FOLDER)
  })
  // The runner can cancel our post too (a second cancellation, the job's timeout): the nested
  // posts' process groups get the same SIGINT → SIGTERM → SIGKILL as in main, and we exit
  // before the runner's kill instead of dying by signal and leaving them running.
  const processes = new ProcessRegistry()
  const cancellation = watchForCancellation(processes, () => {
    log.flush()
    core.error('Background Steps did not finish its post stage within the cancellation window.')
    process.exit(1)
  })
  const context = postContext({ settings, runnerTemp, cancellation, processes, log })
  // Only a run that registered posts gets here: the `uses:` support is loaded for it alone.
  const uses = await import('./executors/uses-support.js')
  let result: Awaited<ReturnType<typeof uses.runPostStages>>
  try {
    result = await uses.runPostStages(manifest, {
      jobStatus: settings.jobStatus,
      context,
      runners: uses.createActionRunners(context, undefined),
      log,
      cancelSignal: cancellation.cancelSignal,
      killSignal: cancellation.killSignal
    })
  } finally {
    cancellation.dispose()
  }
  log.flush()
  handOverEnvAndPath(result.env, result.path)
  await appendStepSummaries(result.summaries)
  if (cancellation.cancelSignal.aborted) return 'The post stage was cancelled.'
  const failed = result.stages
    .filter((stage) => stage.result === 'Failed')
    .map((stage) => stage.title)
  return failed.length > 0 ? `Nested post stage(s) failed: ${failed.join(', ')}` : undefined
}

/** Our post's own run context: the same services as main's, made for the posts. */
function postContext(parts: {
  settings: PostSettings
  runnerTemp: string
  cancellation: Cancellation
  processes: ProcessRegistry
  log: LogMultiplexer
}): RunContext {
  const { settings, runnerTemp, cancellation, processes, log } = parts
  return {
    baseEnv: process.env,
    runnerTemp,
    workspace: settings.workspace,
    // No list runs in our post: the posts run one by one.
    maxConcurrency: 1,
    jobCancelSignal: cancellation.cancelSignal,
    hashFilesWorker: bundledHashFilesWorker(),
    nodeRuntime: processNodeRuntime(),
    fileCommands: new FileCommandPool(runnerTemp),
    shellCache: new ShellCache(),
    processes,
    debug: core.isDebug() ? (message) => log.debug(message) : () => undefined
  }
}
