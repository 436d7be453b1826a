/**
 * A foreground `run:`/`uses:` step (R38): it runs now, in its own live log group, its effects
 * apply at once and a failure merges into the job result. Its own timeout and job cancellation
 * (R43: only when its `if:` no longer holds) stop it.
 */
import { errorText } from '../errors.js'
import { evaluateIf } from '../expressions/evaluate.js'
import { finishedTitle } from '../report/format.js'
import type { OpenedStepLog } from '../report/log.js'
import type { ExecutableStep, TaskResult } from '../workflow/model.js'
import { runStepAttempts, stepRequest } from './dispatch.js'
import { executeStep, type StepExecution } from './executor.js'
import type { ListRuntime } from './list-runtime.js'
import type { StepRecord } from './records.js'
import { applyContinueOnError } from './results.js'
import { continueOnErrorOf, TIMEOUT_ERROR, timeoutMinutesOf } from './step-settings.js'

/** Runs a foreground step to its end and publishes its result and effects. */
export async function runForeground(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  envContext: Record<string, string>
): Promise<void> {
  const log = list.openLog(record, true)
  const timeoutMinutes = timeoutMinutesOf(
    step,
    () => list.scope(envContext, step),
    () => log.error(TIMEOUT_ERROR)
  )
  const watch = watchStep(list, step, record, envContext, timeoutMinutes)
  record.startedAt = list.elapsed()
  log.begin()
  const ended: Ended = { timeoutMinutes, cancelledByJob: false, timedOut: false, durationMs: 0 }
  try {
    ended.execution = await runStepAttempts(list, step, record, log, {
      // A step kept running through job cancellation (R43) starts no new attempt.
      stop: step.retry ? AbortSignal.any([watch.signal, list.options.cancelSignal]) : watch.signal,
      execute: async (attemptLog) =>
        executeStep(
          list.options.executors,
          stepRequest(list, step, record, envContext, {
            cancelSignal: watch.signal,
            killSignal: list.options.killSignal,
            log: attemptLog
          })
        )
    })
  } catch (error) {
    ended.crash = errorText(error)
  } finally {
    watch.dispose()
  }
  record.endedAt = list.elapsed()
  ended.durationMs = record.endedAt - record.startedAt
  ended.cancelledByJob = watch.cancelledByJob()
  ended.timedOut = watch.timedOut()
  conclude(list, step, record, envContext, log, ended)
}

/** How a foreground step ended. */
interface Ended {
  execution?: StepExecution
  /** The executor threw: our own failure, logged as the step's error. */
  crash?: string
  timeoutMinutes: number
  cancelledByJob: boolean
  timedOut: boolean
  durationMs: number
}

/** The step's own cancellation: its timeout, and job cancellation once its `if:` is false. */
interface StepWatch {
  signal: AbortSignal
  cancelledByJob(): boolean
  timedOut(): boolean
  /** Stops the timer and the job-cancellation hook once the step has ended. */
  dispose(): void
}

function watchStep(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  envContext: Record<string, string>,
  timeoutMinutes: number
): StepWatch {
  const own = new AbortController()
  const named = `Step '${record.displayName}' (${step.id})`
  let cancelledByJob = false
  let timedOut = false
  const timer =
    timeoutMinutes > 0
      ? setTimeout(() => {
          timedOut = true
          list.options.debug(`${named} cancelled (reason: timeout after ${timeoutMinutes} minutes)`)
          own.abort('timeout')
        }, timeoutMinutes * 60_000)
      : undefined
  // R43: on job cancellation the running step's `if` is evaluated again; if it is now
  // false the step is cancelled, otherwise it keeps running and gets no signal.
  list.onJobCancel = () => {
    let keep = false
    try {
      keep = evaluateIf(step.if, list.scope(envContext, step))
    } catch {
      keep = false
    }
    if (keep) {
      list.options.debug(`${named} is not cancelled with the job: its if: still holds`)
      return
    }
    cancelledByJob = true
    list.options.debug(`${named} cancelled (reason: job): its if: no longer holds`)
    own.abort('job')
  }
  if (list.job.cancelled) list.onJobCancel()
  return {
    signal: own.signal,
    cancelledByJob: () => cancelledByJob,
    timedOut: () => timedOut,
    dispose: () => {
      clearTimeout(timer)
      list.onJobCancel = undefined
    }
  }
}

/** Logs how the step ended, applies its effects and publishes its result (R38). */
function conclude(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  envContext: Record<string, string>,
  log: OpenedStepLog,
  ended: Ended
): void {
  let raw: TaskResult = ended.execution?.result ?? 'Failed'
  let message = ended.crash
  if (ended.cancelledByJob) {
    raw = 'Canceled'
    message = 'The operation was canceled.'
  } else if (ended.timedOut) {
    raw = 'Failed'
    message = `The action '${record.displayName}' has timed out after ${ended.timeoutMinutes} minutes.`
  }
  if (message !== undefined) {
    log.error(message)
    record.errors.push(message)
  }
  const soft = raw === 'Failed' && continueOnErrorOf(step, () => list.scope(envContext, step))
  const verdict = applyContinueOnError(raw, soft)
  const tail = log.tail()
  if (tail.length > 0) record.outputTail = tail
  log.end(finishedTitle(record.displayName, verdict.result, ended.durationMs))

  if (ended.execution) {
    list.state.applyEffects(step, ended.execution)
    record.summary = ended.execution.summary
  }
  record.result = verdict.result
  record.outcome = verdict.outcome
  list.state.setResult(step, verdict.outcome, verdict.result)
  if (verdict.result === 'Failed') list.job.merge('Failed')
}
