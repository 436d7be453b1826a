/**
 * The main loop (runner `StepsRunner.RunAsync`): walks the plan in order, evaluates `env:` and
 * `if:` (R4), hands each `run:`/`uses:` step to the foreground or background runner and each
 * control step to the control runner (always), reacts to job cancellation (R42–R44), ends with
 * the final drain (R40) and reports the list's result. The shared state of one list lives in
 * list-runtime.ts.
 */
import { finishedTitle } from '../report/format.js'
import type { ExecutableStep } from '../workflow/model.js'
import { startBackground } from './background.js'
import { runControl } from './control.js'
import { runForeground } from './foreground.js'
import { startGraphStep } from './graph-step.js'
import type { JobOptions } from './job-options.js'
import { ListRuntime } from './list-runtime.js'
import type { JobReport, StepRecord } from './records.js'
import { announceSkipped, evaluateStepStart } from './step-settings.js'

export type { JobOptions, Prelude, StaticContexts } from './job-options.js'

/** Runs a validated plan to the end and reports what happened. */
export async function runJob(options: JobOptions): Promise<JobReport> {
  const list = new ListRuntime(options)
  const cancelled = (): void => {
    list.job.cancel()
    list.coordinator.cancelAll()
    list.onJobCancel?.()
  }
  if (options.cancelSignal.aborted) cancelled()
  else options.cancelSignal.addEventListener('abort', cancelled, { once: true })
  applyPrelude(list)
  try {
    for (const step of options.plan.steps) {
      if (step.kind === 'run' || step.kind === 'uses') await runExecutable(list, step)
      else await runControl(list, step)
    }
    // R40 — the final drain, then merge a non-Succeeded value into the job result.
    const drained = await list.coordinator.drain()
    if (drained !== undefined && drained !== 'Succeeded') list.job.merge(drained)
    // A step a cancel abandoned after its grace (R29.3) is stopped now, and its end recorded.
    await list.coordinator.finishAbandoned()
  } finally {
    options.cancelSignal.removeEventListener('abort', cancelled)
  }
  return report(list)
}

/** The `pre` stages' records and effects come first; their failure fails the list. */
function applyPrelude(list: ListRuntime): void {
  const prelude = list.options.prelude
  if (!prelude) return
  list.records.push(...prelude.records)
  list.state.applyEffects({ id: '', explicitId: false }, { outputs: [], ...prelude })
  if (prelude.failed) list.job.merge('Failed')
}

/** R4–R8 for one `run:`/`uses:` step. */
async function runExecutable(list: ListRuntime, step: ExecutableStep): Promise<void> {
  // N2 (docs/needs.md): registered now; its env:, name: and if: wait for its needs (N4).
  if (step.needs !== undefined) {
    startGraphStep(list, step)
    return
  }
  const record = list.record(step, list.displayName(step, list.scope(undefined, step)))
  const start = evaluateStepStart(list, step, record)
  if ('error' in start) {
    // An `env:` or `if:` evaluation error fails the step at once, even a background one (R4).
    failBeforeStart(list, step, record, start.error)
    return
  }
  const { envContext, runIt } = start
  if (!runIt) {
    // R5 / Q-a: skipped; the emulation publishes `skipped` like a foreground step.
    list.options.debug(`Step '${record.displayName}' (${step.id}) skipped: its if: is false`)
    announceSkipped(list, step, record)
    record.result = record.outcome = 'Skipped'
    list.state.setResult(step, 'Skipped', 'Skipped')
    return
  }
  if (step.background) await startBackground(list, step, record, envContext)
  else await runForeground(list, step, record, envContext)
}

function failBeforeStart(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  message: string
): void {
  const log = list.openLog(record, false)
  log.error(message)
  log.end(finishedTitle(record.displayName, 'Failed', 0))
  record.errors.push(message)
  record.result = record.outcome = 'Failed'
  record.startedAt = record.endedAt = list.elapsed()
  list.state.setResult(step, 'Failed', 'Failed')
  list.job.merge('Failed')
}

/** The list's result (R38–R44), its records and state, and the steps that failed it. */
function report(list: ListRuntime): JobReport {
  const { job, state } = list
  const result = job.cancelled
    ? 'cancelled'
    : job.taskResult === 'Failed'
      ? 'failure'
      : job.taskResult === 'Canceled'
        ? 'cancelled'
        : 'success'
  const failedSteps = list.records
    .filter((record) => record.result === 'Failed' && !record.implicit)
    .map((record) => record.displayName)
  // A failure only surfaced by the final drain names the background step itself.
  for (const entry of list.coordinator.registered) {
    if (entry.result === 'Failed' && !failedSteps.includes(entry.task.displayName)) {
      failedSteps.push(entry.task.displayName)
    }
  }
  return {
    result,
    records: list.records,
    steps: state.steps,
    exportedEnv: state.exportedEnv,
    pathPrepend: state.pathPrepend,
    failedSteps,
    durationMs: list.elapsed(),
    ...(list.options.plan.shard ? { shard: list.options.plan.shard } : {})
  }
}
