/**
 * The control steps — `wait`, `wait-all`, `cancel` — as the main loop runs them: always (R3),
 * each with its own log group of the coordinator's lines (R71), and their result merged into the
 * job result (R21, R39). While a wait blocks the main loop, the log follows the steps it waits
 * for, so that they are not silent until the end (report/log.ts).
 */
import { finishedTitle } from '../report/format.js'
import type { OpenedStepLog } from '../report/log.js'
import type { ControlStep } from '../workflow/model.js'
import type { BackgroundEntry, ControlOutcome } from './coordinator.js'
import type { ListRuntime } from './list-runtime.js'
import { applyContinueOnError } from './results.js'
import { continueOnErrorOf } from './step-settings.js'

export async function runControl(list: ListRuntime, step: ControlStep): Promise<void> {
  const displayName = list.displayName(step, list.scope(undefined, step))
  const record = list.record(step, displayName)
  const startedAt = list.elapsed()
  record.startedAt = startedAt
  const logs = list.options.log
  logs.follow(followed(list, step))
  let outcome: ControlOutcome
  try {
    outcome = await coordinate(list, step)
  } finally {
    logs.unfollow()
  }
  const endedAt = list.elapsed()
  record.endedAt = endedAt
  record.waited = outcome.waited

  // Q1 (recommended emulation): continue-on-error on a control step only softens its own
  // displayed conclusion; the final drain (R40) still counts the failure.
  const soft =
    outcome.result === 'Failed' && continueOnErrorOf(step, () => list.scope(list.state.env, step))
  const verdict = applyContinueOnError(outcome.result, soft)
  record.result = verdict.result
  record.outcome = verdict.outcome
  list.state.setResult(step, verdict.outcome, verdict.result)
  if (verdict.result === 'Failed') list.job.merge('Failed')

  const log = list.openLog(record, false)
  for (const line of outcome.lines) log.text(line)
  log.end(finishedTitle(displayName, verdict.result, endedAt - startedAt))
}

/** What the coordinator does for the step. */
async function coordinate(list: ListRuntime, step: ControlStep): Promise<ControlOutcome> {
  switch (step.kind) {
    case 'wait':
      return list.coordinator.wait(step.targets, step.parallelGroup !== undefined)
    case 'wait-all':
      return list.coordinator.waitAll()
    case 'cancel':
      return list.coordinator.cancel(step.target)
  }
}

/**
 * The logs of the steps a wait will block on, in its order: its targets (a parallel group's
 * members, by key), or every step not completed yet for wait-all. A completed step does not
 * block (R23), even one a cancel abandoned still running, so it is not followed. A cancel blocks
 * for its grace at most: nothing is followed.
 */
function followed(list: ListRuntime, step: ControlStep): OpenedStepLog[] {
  const pending = list.coordinator.registered.filter((entry) => !entry.completed)
  let entries: BackgroundEntry[]
  switch (step.kind) {
    case 'cancel':
      return []
    case 'wait-all':
      entries = pending
      break
    case 'wait': {
      const byKey = step.parallelGroup !== undefined
      entries = step.targets.flatMap((target) =>
        pending.filter((entry) => (byKey ? entry.task.key : entry.task.id) === target)
      )
    }
  }
  const logs = entries.flatMap((entry) => list.backgroundLogs.get(entry.task.key) ?? [])
  return [...new Set(logs)]
}
