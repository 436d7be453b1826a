/**
 * Our post stage: nested actions' `post:` stages, newest first, each with its `post-if` against
 * the job status of now (read from our `job` input, which the runner evaluates again for post),
 * with the state and inputs their main saved (runner-emulation §4.6, §6).
 */
import * as os from 'node:os'
import * as path from 'node:path'
import { POST_MANIFEST_STATE } from './catalog/model.js'
import { runPostStages, type PostStagesResult } from './executors/post-stages.js'
import { watchForCancellation } from './cancellation.js'
import { LogMultiplexer } from './report/log.js'
import { handOverEnvAndPath } from './report/outputs.js'
import { makeStdoutBlocking, writeStdout } from './report/stdout.js'
import { appendStepSummaries } from './report/summary.js'
import { readPostSettings } from './settings.js'
import * as core from '@actions/core'

/** Runs the post stage; resolves to a failure message, or undefined. */
export async function runPost(): Promise<string | undefined> {
  makeStdoutBlocking()
  const manifest = core.getState(POST_MANIFEST_STATE)
  if (!manifest) return undefined
  const settings = readPostSettings()
  const runnerTemp = process.env.RUNNER_TEMP || os.tmpdir()
  const log = new LogMultiplexer({
    mode: 'grouped',
    write: writeStdout,
    spillDir: path.join(runnerTemp, '_background_steps_logs')
  })
  // The runner can cancel our post too (a second cancellation, the job's timeout): the nested
  // posts' process groups get the same SIGINT → SIGTERM → SIGKILL as in main, and we exit
  // before the runner's kill instead of dying by signal and leaving them running.
  const cancellation = watchForCancellation(() => {
    log.flush()
    core.error('Background Steps did not finish its post stage within the cancellation window.')
    process.exit(1)
  })
  let result: PostStagesResult
  try {
    result = await runPostStages(manifest, {
      jobStatus: settings.jobStatus,
      host: { baseEnv: process.env, runnerTemp, workspace: settings.workspace, defaults: {} },
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
