/**
 * Step results and the runner's merge rules (docs/semantics.md §2.11, R36–R41).
 */
import type { TaskResult } from '../workflow/model.js'

/** The runner's numeric order of TaskResult (`TaskResultUtil.cs`); Abandoned is never produced here. */
const ORDER: Record<TaskResult, number> = { Succeeded: 0, Failed: 2, Canceled: 3, Skipped: 4 }

/**
 * R36 — `MergeTaskResults(current, incoming)`: unset → incoming; a current result above
 * Failed (Canceled, Skipped) is sticky; otherwise the larger of the two.
 */
export function mergeResults(current: TaskResult | undefined, incoming: TaskResult): TaskResult {
  if (current === undefined) return incoming
  if (ORDER[current] > ORDER.Failed) return current
  return ORDER[incoming] > ORDER[current] ? incoming : current
}

/** Outcome (before continue-on-error) and conclusion (after), ADR 0274. */
export interface StepVerdict {
  result: TaskResult
  outcome: TaskResult
}

/** R11.3 — continue-on-error turns Failed into conclusion Succeeded, keeping outcome Failed; never touches Canceled. */
export function applyContinueOnError(result: TaskResult, continueOnError: boolean): StepVerdict {
  if (result === 'Failed' && continueOnError) return { result: 'Succeeded', outcome: 'Failed' }
  return { result, outcome: result }
}

/** The lower-case job status the expression functions see. */
export type JobStatus = 'success' | 'failure' | 'cancelled'

/**
 * The job result over time (R38–R40): starts Succeeded; only merges what the rules say.
 * Job cancellation is tracked separately because `cancelled()` and `job.status` read it.
 */
export class JobResult {
  private result: TaskResult = 'Succeeded'
  private cancelledFlag = false

  /** Merges a result into the job result (R36). */
  merge(incoming: TaskResult): void {
    this.result = mergeResults(this.result, incoming)
  }

  /** R43 — job cancellation makes the job result Canceled. */
  cancel(): void {
    this.cancelledFlag = true
    this.merge('Canceled')
  }

  get cancelled(): boolean {
    return this.cancelledFlag
  }

  get taskResult(): TaskResult {
    return this.result
  }

  /** `job.status` / the status success() and failure() read. */
  get status(): JobStatus {
    if (this.result === 'Canceled' || this.cancelledFlag) return 'cancelled'
    return this.result === 'Failed' ? 'failure' : 'success'
  }
}
