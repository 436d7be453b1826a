/**
 * A step with `needs` (beyond native, docs/needs.md) as the main loop meets it: registered with
 * the coordinator at once, a background step like any other, and the loop moves on (N2). Once
 * every step it needs has ended (N3, graph.ts), its `env:`, `name:` and `if:` are evaluated in its
 * own view (N4, N5); then it asks for a slot and runs as background.ts runs a step, or it ends
 * Skipped — or Failed, when they do not evaluate — without one.
 */
import { errorText } from '../errors.js'
import type { ExecutableStep } from '../workflow/model.js'
import { backgroundTask, finishRecord } from './background.js'
import type { BackgroundEntry, BackgroundTask } from './coordinator.js'
import type { NeedResult } from './graph.js'
import type { ListRuntime } from './list-runtime.js'
import type { StepRecord } from './records.js'
import { announceSkipped, evaluateStepStart, timeoutMinutesOf } from './step-settings.js'

/** The task background.ts builds for the step once its needs have ended and its `if:` held. */
interface Handover {
  task?: BackgroundTask
}

/** N2: registers the step and returns at once. */
export function startGraphStep(list: ListRuntime, step: ExecutableStep): void {
  // Named as of now until its needs end: a wait or cancel may list it before that.
  const record = list.record(step, list.displayName(step, list.scope(undefined, step)))
  record.needs = list.graph.needKeysOf(step)
  const handover: Handover = {}
  const entry = list.coordinator.start(graphTask(list, step, record, handover), true)
  list.options.debug(
    `Step '${record.displayName}' (${step.id}) waits for its needs: ${(step.needs ?? []).join(', ')}`
  )
  list.graph.await(step, entry, (needs) => {
    whenReady(list, { step, record, entry, handover }, needs)
  })
}

/**
 * What the coordinator runs: the task background.ts builds, once there is one. Until then the
 * step has no timeout and no work, and an end without it (skipped, cancelled while it waited for
 * its needs) is recorded here.
 */
function graphTask(
  list: ListRuntime,
  step: ExecutableStep,
  record: StepRecord,
  handover: Handover
): BackgroundTask {
  return {
    key: step.key,
    id: step.id,
    // Its `name:` is evaluated again when its needs have ended (N5).
    get displayName() {
      return record.displayName
    },
    // R10 / N3: read when the step takes its slot, so the timeout counts from the slot.
    get timeoutMinutes() {
      return handover.task?.timeoutMinutes ?? 0
    },
    body: async (signals) => {
      if (handover.task === undefined)
        throw new Error(`'${step.id}' started before its needs ended`)
      return handover.task.body(signals)
    },
    continueOnError: () => handover.task?.continueOnError() ?? false,
    onQueued: () => handover.task?.onQueued?.(),
    onStart: () => handover.task?.onStart?.(),
    // R29.3: a cancel's grace ended with it still running; its task prints what it has.
    onAbandoned: (entry) => handover.task?.onAbandoned?.(entry),
    notReadyReason: () => handover.task?.notReadyReason?.(),
    onFinish: (entry, message) => {
      if (handover.task) handover.task.onFinish?.(entry, message)
      else if (entry.result === 'Skipped') record.result = record.outcome = 'Skipped'
      // Cancelled while it waited for its needs, or failed before its start: a group as for a
      // step cancelled while queued for a slot (Q-d).
      else
        finishRecord(
          record,
          list.openLog(record, false),
          { entry, message, abandoned: false },
          list.elapsed()
        )
    }
  }
}

/** A registered graph step and what it hands over. */
interface Registered {
  step: ExecutableStep
  record: StepRecord
  entry: BackgroundEntry
  handover: Handover
}

/** N3–N5: its needs have ended; evaluate it in its view, then ask for a slot or end it. */
function whenReady(list: ListRuntime, registered: Registered, needs: NeedResult[]): void {
  const { step, record, entry, handover } = registered
  record.readyAt = list.elapsed()
  const ended = needs.map((need) => `${need.id}: ${need.result}`).join(', ')
  const start = evaluateStepStart(list, step, record)
  if ('error' in start) {
    // As R4 fails a step whose env: or if: does not evaluate; here it counts at the next wait.
    list.coordinator.endUnstarted(entry, 'Failed', start.error)
    return
  }
  const { envContext, runIt } = start
  const named = `Step '${record.displayName}' (${step.id})`
  if (!runIt) {
    // N4.5: skipped without a slot; the steps that need it see it skipped in turn.
    list.options.debug(`${named} skipped: its needs ended (${ended}) and its if: is false`)
    announceSkipped(list, step, record)
    list.coordinator.endUnstarted(entry, 'Skipped')
    return
  }
  list.options.debug(`${named} is ready: its needs ended (${ended})`)
  const timeoutMinutes = timeoutMinutesOf(
    step,
    () => list.scope(envContext, step),
    (error) =>
      list.options.debug(`${named} has no timeout: timeout-minutes failed (${errorText(error)})`)
  )
  const log = list.openLog(record, false)
  handover.task = backgroundTask(list, {
    step,
    record,
    envContext,
    log,
    timeoutMinutes,
    readiness: undefined
  })
  list.coordinator.admit(entry)
}
