/**
 * A background `run:`/`uses:` step (R6): queued with the coordinator, which runs it in a slot;
 * the main loop moves on at once, or once the step is ready with `ready:` (beyond native). Its
 * log group is printed when it ends; its state waits for a control step's flush (R11.4).
 */
import { errorText } from '../errors.js'
import { finishedTitle } from '../report/format.js'
import type { OpenedStepLog } from '../report/log.js'
import { abandonedTitle, afterGraceTitle } from '../report/log-titles.js'
import type { ExecutableStep } from '../workflow/model.js'
import type { BackgroundEntry, BackgroundTask } from './coordinator.js'
import { runStepAttempts, stepRequest } from './dispatch.js'
import { executeStep } from './executor.js'
import type { ListRuntime } from './list-runtime.js'
import { awaitReadiness, readinessFor, type Readiness } from './ready-wait.js'
import type { StepRecord } from './records.js'
import { continueOnErrorOf, timeoutMinutesOf } from './step-settings.js'

/** R6: queue with the coordinator and move on at once (once ready, with `ready:`). */
export async function startBackground(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  envContext: Record<string, string>
): Promise<void> {
  const log = list.openLog(record, false)
  list.backgroundLogs.set(step.key, log)
  // R6.2 — an evaluation error of the timeout of a background step is only traced: no timeout.
  const timeoutMinutes = timeoutMinutesOf(
    step,
    () => list.scope(envContext, step),
    (error) =>
      list.options.debug(
        `Step '${record.displayName}' (${step.id}) has no timeout: timeout-minutes failed (${errorText(error)})`
      )
  )
  // The readiness deadline runs from now: it bounds how long the main loop waits here.
  const readiness = readinessFor(list, step, record)
  const entry = list.coordinator.start(
    backgroundTask(list, { step, record, envContext, log, timeoutMinutes, readiness })
  )
  if (readiness) await awaitReadiness(list, entry, record, readiness)
}

/** One background step as the main loop hands it over. */
interface Queued {
  step: ExecutableStep
  record: StepRecord
  envContext: Record<string, string>
  log: OpenedStepLog
  timeoutMinutes: number
  readiness: Readiness | undefined
}

/** The coordinator's task: the step's attempts as its body, and the record kept up to date. */
export function backgroundTask(list: ListRuntime, queued: Queued): BackgroundTask {
  const { step, record, envContext, log, readiness } = queued
  let abandoned = false
  return {
    key: step.key,
    id: step.id,
    displayName: record.displayName,
    timeoutMinutes: queued.timeoutMinutes,
    body: async ({ cancelSignal, killSignal }) =>
      runStepAttempts(list, step, record, log, {
        stop: cancelSignal,
        execute: async (attemptLog) => {
          // Each attempt prints the runner's header again; a log probe skips it again.
          readiness?.setup.newAttempt()
          const stepLog = readiness ? readiness.setup.wrapLog(attemptLog) : attemptLog
          const request = stepRequest(list, step, record, envContext, {
            cancelSignal,
            killSignal: AbortSignal.any([list.options.killSignal, killSignal]),
            log: stepLog
          })
          return executeStep(list.options.executors, request)
        }
      }),
    continueOnError: () => continueOnErrorOf(step, () => list.scope(envContext, step)),
    notReadyReason: readiness?.reason,
    onQueued: () =>
      list.options.log.event(`⏳ ${record.displayName} is waiting for a background slot`),
    onStart: () => {
      record.startedAt = list.elapsed()
      log.begin()
      list.options.log.event(`▶ ${record.displayName} started in the background`)
      readiness?.gate.begin()
    },
    // R29.3: left running after a cancel's grace — what it printed so far is shown now.
    onAbandoned: (entry) => {
      abandoned = true
      log.abandon(abandonedTitle(record.displayName, entry.result))
    },
    onFinish: (entry, message) =>
      finishRecord(record, log, { entry, message, abandoned }, list.elapsed())
  }
}

/** How a background step ended, as the coordinator reports it. */
interface Finished {
  entry: BackgroundEntry
  /** An error to log (timeout, crash, not ready). */
  message: string | undefined
  /** A cancel's grace ended with it still running: its output so far is printed already. */
  abandoned: boolean
}

/** R11.4: the step's own log and conclusion are complete at once; its state is deferred. */
export function finishRecord(
  record: StepRecord,
  log: OpenedStepLog,
  { entry, message, abandoned }: Finished,
  endedAt: number
): void {
  // A step cancelled while queued never started: it keeps no start time.
  record.endedAt = endedAt
  if (message !== undefined) {
    log.error(message)
    record.errors.push(message)
  }
  record.result = entry.result
  record.outcome = entry.outcome
  record.summary = entry.execution?.summary ?? ''
  const tail = log.tail()
  if (tail.length > 0) record.outputTail = tail
  const durationMs = endedAt - (record.startedAt ?? endedAt)
  log.end(
    abandoned
      ? afterGraceTitle(record.displayName, entry.result, durationMs)
      : finishedTitle(record.displayName, entry.result, durationMs)
  )
}
