/**
 * Runs a prepared run (prepare-run.ts): the actions' `pre` stages, the list, then what our step
 * leaves behind — outputs and the env/PATH hand-over, the post manifest with the job's final
 * state, the job summary. Returns the failure message for the entry point (only entry points call
 * setFailed), or undefined when the list succeeded.
 */
import * as core from '@actions/core'
import { POST_MANIFEST_STATE } from './constants.js'
import { runJob, type Prelude } from './engine/job.js'
import type { JobReport } from './engine/records.js'
import type { PreparedRun } from './prepare-run.js'
import { handOver } from './report/outputs.js'
import { writeSummary } from './report/summary.js'
import { errorText } from './errors.js'

export async function executeRun(run: PreparedRun): Promise<string | undefined> {
  const { plan, settings, context, cancellation } = run
  const prelude = await runPrelude(run)
  const report = await runJob({
    plan,
    executors: run.executors,
    log: run.logs,
    contexts: run.contexts,
    initialEnv: run.initialEnv,
    workspace: settings.workspace,
    hashFilesWorker: context.hashFilesWorker,
    maxConcurrency: settings.maxConcurrency,
    failFast: settings.failFast,
    colour: context.colour,
    debug: context.debug,
    cancelSignal: cancellation.cancelSignal,
    killSignal: cancellation.killSignal,
    prelude
  })
  run.log.flush()
  await finish(run, report)
  return failureMessage(report)
}

/** The actions' `pre` stages, before the first step (runner-emulation §4.6); none without actions. */
async function runPrelude(run: PreparedRun): Promise<Prelude | undefined> {
  if (run.actions === undefined) return undefined
  const { runPrelude: runPreStages } = await import('./executors/uses-support.js')
  return runPreStages(
    run.plan.steps,
    run.executors,
    run.list.actions,
    run.logs,
    () => ({
      contexts: { ...run.contexts, env: run.initialEnv, steps: {} },
      status: 'success',
      cancelled: run.cancellation.cancelSignal.aborted,
      workspace: run.settings.workspace,
      hashFilesWorker: run.context.hashFilesWorker
    }),
    run.cancellation
  )
}

async function finish(run: PreparedRun, report: JobReport): Promise<void> {
  handOver(report)
  // Nested actions' post stages run in our own post; they find what they need through our state.
  const postStages = run.actions?.postStages
  if (postStages !== undefined && postStages.registered.length > 0) {
    const env = { ...run.initialEnv, ...Object.fromEntries(report.exportedEnv) }
    const manifest = await postStages.persist({ env, pathPrepend: report.pathPrepend })
    core.saveState(POST_MANIFEST_STATE, manifest)
  }
  if (run.settings.summary) {
    try {
      await writeSummary(report, {
        matrix: run.settings.matrix,
        mask: (text) => run.masker.mask(text)
      })
    } catch (error) {
      core.warning(`The job summary could not be written: ${errorText(error)}`)
    }
  }
}

function failureMessage(report: JobReport): string | undefined {
  switch (report.result) {
    case 'success':
      return undefined
    case 'cancelled':
      return 'The step list was cancelled.'
    case 'failure':
      return report.failedSteps.length > 0
        ? `Nested step(s) failed: ${report.failedSteps.join(', ')}`
        : 'The step list failed.'
  }
}
