/**
 * The background-step coordinator (docs/semantics.md §2.2–§2.9, §2.11–§2.14; runner
 * `BackgroundStepCoordinator.cs`): slots, deferred state, wait / wait-all / cancel, the grace
 * period and the final drain. It knows nothing about processes: a task's body is a function
 * the engine supplies, so tests drive it with fake bodies whose completion they control.
 */
import pLimit from 'p-limit'
import type { TaskResult } from '../workflow/model.js'
import type { StepExecution } from './executor.js'
import type { WaitedStep } from './records.js'
import { applyContinueOnError, mergeResults, type StepVerdict } from './results.js'
import { errorText } from '../errors.js'
import { CANCEL_GRACE_MS } from '../constants.js'
import { formatSeconds } from '../report/format.js'
import { defaultSetTimer, settlesWithin, type SetTimer } from './timers.js'

/** Who completes and flushes a step (R2): a control step, the final drain, or a failed readiness. */
type Completer = 'wait' | 'wait-all' | 'cancel' | 'the final drain' | 'not-ready'

/** Why a background step's token was cancelled ('not-ready': its readiness probe failed, beyond native). */
export type CancelReason = 'cancel' | 'job' | 'timeout' | 'fail-fast' | 'not-ready'

/** The signals a running body must honour. */
export interface BodySignals {
  cancelSignal: AbortSignal
  /** Fired when the list ends while the step, abandoned after a cancel's grace, still runs: stop it now. */
  killSignal: AbortSignal
}

/** A background step as the coordinator sees it. */
export interface BackgroundTask {
  key: string
  id: string
  displayName: string
  /** Minutes; 0 or less means no timeout (R10). */
  timeoutMinutes: number
  /** The step's work; called once a slot is free. */
  body(signals: BodySignals): Promise<StepExecution>
  /** Evaluated when the step completes (R11.3); an evaluation error counts as false. */
  continueOnError(): boolean
  /** Called when the step is queued while every slot is taken (R9). */
  onQueued?(): void
  /** Called when the step acquires its slot (R7). */
  onStart?(): void
  /** Called when the step finishes, with its final result; `message` is an error to log (timeout, crash). */
  onFinish?(entry: BackgroundEntry, message: string | undefined): void
  /**
   * Called when a cancel's grace ends and the step still runs (R29.3): it stays running,
   * force-marked, until it ends or the list ends (`finishAbandoned`); its output so far can be
   * shown now.
   */
  onAbandoned?(entry: BackgroundEntry): void
  /**
   * Beyond native (`ready:`): asked when the body ends. A message means the step never became
   * ready (it ended first, or its probe timed out): the step is Failed with that message, unless
   * it was cancelled.
   */
  notReadyReason?(): string | undefined
}

export type EntryState = 'queued' | 'running' | 'finished'

/** The coordinator's bookkeeping for one registered step (R2). */
export interface BackgroundEntry {
  readonly task: BackgroundTask
  state: EntryState
  /** Conclusion after continue-on-error; unset until finished (or force-marked by cancel). */
  result?: TaskResult
  outcome?: TaskResult
  execution?: StepExecution
  /** Handled by a wait, wait-all, cancel or the drain (R2). */
  completed: boolean
  explicitlyCancelled: boolean
  /** Why its token fired; a cancellation that comes after a timeout replaces the timeout (R11). */
  cancelReason?: CancelReason
  /** Its timeout fired (the runner's timeout message is printed even if a cancel followed). */
  timedOut?: boolean
  readonly controller: AbortController
  /** Stops a body the list no longer waits for (an abandoned step, when the list ends). */
  readonly killer: AbortController
  /** Settles when the body has finished (never rejects). */
  readonly finished: Promise<void>
}

export interface ControlOutcome {
  result: TaskResult
  /** The control step's log lines, verbatim as R71. */
  lines: string[]
  waited: WaitedStep[]
}

export interface CoordinatorOptions {
  maxConcurrency: number
  /** Publishes a step's deferred state (R14); called once per step. */
  flush(entry: BackgroundEntry): void
  /** Beyond native: on the first failed background step, cancel the others and fail at once. */
  failFast?: boolean
  /** Called when fail-fast triggers, so the engine can merge the failure into the job result. */
  onFailFast?(entry: BackgroundEntry): void
  /** Called when a step gets its result (finished, or marked after a cancel's grace): N3's needs. */
  onEnded?(entry: BackgroundEntry): void
  graceMs?: number
  /**
   * One line per scheduling decision (queued, slot taken, finished, flushed, cancelled and why,
   * abandoned), for `ACTIONS_STEP_DEBUG`, where the runner's own trace would tell; nothing by
   * default.
   */
  debug?: (message: string) => void
  /** Injectable timers so unit tests control time. */
  setTimer?: SetTimer
}

export class Coordinator {
  /** Registered steps in queue order (R14: wait-all and drain flush in this order). */
  private readonly entries: BackgroundEntry[] = []
  private readonly byId = new Map<string, BackgroundEntry>()
  private readonly byKey = new Map<string, BackgroundEntry>()
  private readonly limit: ReturnType<typeof pLimit>
  private readonly setTimer: SetTimer
  private readonly debug: (message: string) => void
  private jobCancelled = false
  private failFastTriggered = false
  /** Resolves an entry's `finished`: when its body settles, or at once when cancelled queued. */
  private readonly markFinished = new Map<BackgroundEntry, () => void>()

  constructor(private readonly options: CoordinatorOptions) {
    this.limit = pLimit(Math.max(1, options.maxConcurrency))
    this.setTimer = options.setTimer ?? defaultSetTimer
    this.debug = options.debug ?? (() => undefined)
  }

  /**
   * R6 — queue a step; returns at once (the slot is taken inside the task, R7/R9). A `deferred`
   * step (one with `needs`, N3) is registered now but asks for its slot only when admitted.
   */
  start(task: BackgroundTask, deferred = false): BackgroundEntry {
    const controller = new AbortController()
    let markFinished!: () => void
    const finished = new Promise<void>((resolve) => (markFinished = resolve))
    const entry: BackgroundEntry = {
      task,
      state: 'queued',
      completed: false,
      explicitlyCancelled: false,
      controller,
      killer: new AbortController(),
      finished
    }
    this.entries.push(entry)
    this.byId.set(task.id, entry)
    this.byKey.set(task.key, entry)
    this.markFinished.set(entry, markFinished)
    if (!deferred) this.admit(entry)
    // Q-e: a step dequeued after job cancellation is queued with a cancelled token and never runs.
    if (this.jobCancelled) this.abort(entry, 'job')
    return entry
  }

  /** R7/R9 — the step asks for a slot: at once, or (N3) once the steps it needs have ended. */
  admit(entry: BackgroundEntry): void {
    if (entry.state === 'finished') return
    const { activeCount, pendingCount, concurrency } = this.limit
    const queued = activeCount + pendingCount >= concurrency
    const slot = queued ? 'waiting for a slot' : 'a slot is free'
    this.trace(entry, `queued: ${activeCount} of ${concurrency} slots in use, ${slot}`)
    void this.limit(async () => this.execute(entry)).finally(() => this.settle(entry))
    if (queued && !this.jobCancelled) entry.task.onQueued?.()
  }

  /** N4: a deferred step that ends without a slot — skipped by its `if:`, or failed before it started. */
  endUnstarted(entry: BackgroundEntry, result: 'Skipped' | 'Failed', message?: string): void {
    if (entry.state === 'finished') return
    this.finish(entry, result, undefined, message)
    this.settle(entry)
  }

  /** All registered entries, in queue order. */
  get registered(): readonly BackgroundEntry[] {
    return this.entries
  }

  /** R42 — job cancellation: every running or queued step is cancelled at once. */
  cancelAll(): void {
    this.jobCancelled = true
    for (const entry of this.entries) if (entry.state !== 'finished') this.abort(entry, 'job')
  }

  /** R17–R22 — `wait`. `byKey` is for a parallel group's own wait, whose targets are member keys. */
  async wait(targets: readonly string[], byKey = false): Promise<ControlOutcome> {
    const found = targets.map((target) => ({ target, entry: this.lookup(target, byKey) }))
    // R22 — an id that is no registered step (a foreground or skipped one) is only traced.
    for (const { target, entry } of found) {
      if (entry === undefined) this.debug(`Wait references unknown background step: ${target}`)
    }
    const names = found.map(({ target, entry }) => entry?.task.displayName ?? target)
    const lines = [
      `Waiting for background step(s) to complete: ${names.length ? names.join(', ') : '(none)'}`
    ]
    const registered = found.flatMap(({ entry }) => (entry ? [entry] : []))
    // R23 — a completed target does not block, even one a cancel abandoned still running.
    await Promise.all(registered.filter((e) => !e.completed).map(async (entry) => entry.finished))
    return this.finishControl(registered, 'wait', lines)
  }

  /** R26–R27 — `wait-all` (and the implicit "Wait for all background steps"). */
  async waitAll(): Promise<ControlOutcome> {
    const pending = this.entries.filter((entry) => !entry.completed)
    const lines =
      pending.length > 0
        ? [
            `Waiting for all background step(s) to complete: ${pending.map((e) => e.task.displayName).join(', ')}`
          ]
        : ['No background steps remaining to wait for.']
    await Promise.all(pending.map(async (entry) => entry.finished))
    return this.finishControl(pending, 'wait-all', lines)
  }

  /** R28–R34 — `cancel`: signal, wait up to the grace period, complete and flush. Always Succeeded. */
  async cancel(target: string): Promise<ControlOutcome> {
    const entry = this.lookup(target, false)
    const lines = [`Cancelling background step(s): ${entry?.task.displayName ?? target}`]
    const waited: WaitedStep[] = []
    if (entry) {
      entry.explicitlyCancelled = true
      if (entry.state !== 'finished') {
        // R29.3 — abandoned: left running, force-marked Canceled.
        await this.stopWithinGrace(entry, 'cancel', () => ({
          result: 'Canceled',
          outcome: 'Canceled'
        }))
      }
      this.complete(entry, 'cancel')
      waited.push({ name: entry.task.displayName, result: entry.result ?? 'Unknown' })
    }
    lines.push('Finished cancelling background step(s).')
    for (const step of waited) lines.push(`  ${step.name}: ${step.result}`)
    return { result: 'Succeeded', lines, waited }
  }

  /**
   * R40 — the final drain: wait for and flush every step not yet completed, then merge the
   * results of all registered steps (skipping no result, and explicitly cancelled + Canceled).
   * Returns the merged value, or undefined when there is nothing to merge.
   */
  async drain(): Promise<TaskResult | undefined> {
    const pending = this.entries.filter((entry) => !entry.completed)
    await Promise.all(pending.map(async (entry) => entry.finished))
    for (const entry of pending) this.complete(entry, 'the final drain')
    let merged: TaskResult | undefined
    for (const entry of this.entries) {
      // N4.5: a graph step its `if:` skipped counts as neither success nor failure.
      if (entry.result === undefined || entry.result === 'Skipped') continue
      if (entry.explicitlyCancelled && entry.result === 'Canceled') continue
      merged = mergeResults(merged, entry.result)
    }
    return merged
  }

  /**
   * Beyond native (`ready:`): the step's readiness probe failed. A step still running is stopped
   * as `cancel` stops it (signal, then up to the grace period; abandoned → force-marked, here
   * Failed), and the step is completed and flushed at once, so its failure counts now, as a
   * foreground failure would.
   */
  async failNotReady(entry: BackgroundEntry): Promise<void> {
    if (entry.state !== 'finished') {
      await this.stopWithinGrace(entry, 'not-ready', () =>
        applyContinueOnError('Failed', softened(entry.task))
      )
    }
    this.complete(entry, 'not-ready')
  }

  /**
   * R29: signals the step and waits up to the grace period. A step still running then is
   * abandoned: left running, its result force-marked now so that the caller can complete and
   * flush it at once.
   */
  private async stopWithinGrace(
    entry: BackgroundEntry,
    reason: 'cancel' | 'not-ready',
    marked: () => StepVerdict
  ): Promise<void> {
    this.abort(entry, reason)
    const graceMs = this.options.graceMs ?? CANCEL_GRACE_MS
    const inTime = await settlesWithin(entry.finished, graceMs, this.setTimer)
    if (inTime || entry.result !== undefined) return
    const verdict = marked()
    entry.result = verdict.result
    entry.outcome = verdict.outcome
    this.trace(
      entry,
      `abandoned: still running after the ${formatSeconds(graceMs)} grace period; left running, marked ${verdict.result}`
    )
    entry.task.onAbandoned?.(entry)
    this.options.onEnded?.(entry)
  }

  /**
   * When the list ends: a step abandoned after a cancel's grace (R29.3) that still runs is
   * stopped now and waited for, so that its output and its real end reach the log and the
   * summary before our step exits (the runner would kill it at job end).
   */
  async finishAbandoned(): Promise<void> {
    const running = this.entries.filter((entry) => entry.state !== 'finished')
    for (const entry of running) {
      this.trace(entry, 'still running when the list ended: killed')
      entry.killer.abort('list ended')
    }
    await Promise.all(running.map(async (entry) => entry.finished))
  }

  private lookup(target: string, byKey: boolean): BackgroundEntry | undefined {
    return byKey ? this.byKey.get(target) : this.byId.get(target)
  }

  /** R18/R19/R20/R27: complete in list order, merge results, report one line per step. */
  private finishControl(
    entries: readonly BackgroundEntry[],
    by: 'wait' | 'wait-all',
    lines: string[]
  ): ControlOutcome {
    let result: TaskResult = 'Succeeded'
    const waited: WaitedStep[] = []
    for (const entry of entries) {
      this.complete(entry, by)
      // N4.5: a skipped graph step does not change the merged result.
      if (entry.result !== undefined && entry.result !== 'Skipped') {
        result = mergeResults(result, entry.result)
      }
      waited.push({ name: entry.task.displayName, result: entry.result ?? 'Unknown' })
    }
    lines.push(
      by === 'wait'
        ? 'Finished waiting for background step(s).'
        : 'Finished waiting for all background step(s).'
    )
    for (const step of waited) lines.push(`  ${step.name}: ${step.result}`)
    return { result, lines, waited }
  }

  /** Marks a step completed and flushes it once (Q-b: the flush is idempotent). */
  private complete(entry: BackgroundEntry, by: Completer): void {
    if (entry.completed) return
    entry.completed = true
    this.trace(entry, `flushed by ${by}: ${entry.result ?? 'no result'}`)
    this.options.flush(entry)
  }

  /** A debug line about one step, named as the runner's trace names it. */
  private trace(entry: BackgroundEntry, text: string): void {
    this.debug(`Background step '${entry.task.displayName}' (${entry.task.id}) ${text}`)
  }

  private abort(entry: BackgroundEntry, reason: CancelReason): void {
    if (entry.controller.signal.aborted) {
      // R11 — the step's own token (its timeout, or readiness) fired first, and now the
      // background source is cancelled too: the runner then reports Canceled, not Failed.
      if (isCancellation(reason) && !isCancellation(entry.cancelReason)) {
        this.trace(entry, `cancelled again (reason: ${reason}, replacing ${entry.cancelReason})`)
        entry.cancelReason = reason
      }
      return
    }
    this.trace(entry, `cancelled while ${entry.state} (reason: ${reason})`)
    entry.cancelReason = reason
    entry.controller.abort(reason)
    // R33 / Q-d / Q-e — a step still waiting for its slot stops waiting at once: it ends
    // Canceled without starting, and whoever waits for it (a cancel's grace) is not held up
    // until a slot frees. Its queued task then finds it finished and does nothing.
    if (entry.state === 'queued') {
      this.finish(entry, this.classify(entry, undefined, undefined), undefined, undefined)
      this.settle(entry)
    }
  }

  private settle(entry: BackgroundEntry): void {
    this.markFinished.get(entry)?.()
    this.markFinished.delete(entry)
  }

  /** R7–R11: runs inside a slot. */
  private async execute(entry: BackgroundEntry): Promise<void> {
    const { task } = entry
    if (entry.state === 'finished') return
    // Q-d / Q-e: cancelled while queued → Canceled, never started (Failed when not ready in time).
    if (entry.controller.signal.aborted) {
      this.finish(entry, this.classify(entry, undefined, undefined), undefined, undefined)
      return
    }
    entry.state = 'running'
    this.trace(
      entry,
      `took a slot: ${this.limit.activeCount} of ${this.limit.concurrency} slots in use`
    )
    task.onStart?.()
    // R10: the timeout clock starts at slot acquisition.
    const clearTimer =
      task.timeoutMinutes > 0
        ? this.setTimer(() => {
            if (!entry.controller.signal.aborted) entry.timedOut = true
            this.abort(entry, 'timeout')
          }, task.timeoutMinutes * 60_000)
        : undefined
    let execution: StepExecution | undefined
    let crash: string | undefined
    try {
      execution = await task.body({
        cancelSignal: entry.controller.signal,
        killSignal: entry.killer.signal
      })
    } catch (error) {
      crash = errorText(error)
    } finally {
      clearTimer?.()
    }
    this.finish(entry, this.classify(entry, execution, crash), execution, crash)
  }

  /** R11 — the result of a body: cancelled by us, timed out, crashed, or its own. */
  private classify(
    entry: BackgroundEntry,
    execution: StepExecution | undefined,
    crash: string | undefined
  ): TaskResult {
    switch (entry.cancelReason) {
      case 'cancel':
      case 'job':
      case 'fail-fast':
        return 'Canceled'
      case 'timeout':
      case 'not-ready':
        return 'Failed'
      case undefined:
        break
    }
    if (crash !== undefined || !execution) return 'Failed'
    return execution.result
  }

  private finish(
    entry: BackgroundEntry,
    raw: TaskResult,
    execution: StepExecution | undefined,
    crash: string | undefined
  ): void {
    const { task } = entry
    // Asked even when the step was cancelled, so a readiness wait learns that the step ended.
    const notReady = task.notReadyReason?.()
    const result: TaskResult = notReady !== undefined && raw === 'Succeeded' ? 'Failed' : raw
    const verdict = applyContinueOnError(result, result === 'Failed' && softened(task))
    entry.result = verdict.result
    entry.outcome = verdict.outcome
    entry.execution = execution
    const started = entry.state === 'running'
    entry.state = 'finished'
    const outcome = verdict.outcome === verdict.result ? '' : ` (outcome ${verdict.outcome})`
    this.trace(entry, `finished: ${verdict.result}${outcome}${started ? '' : ', never started'}`)
    const message =
      entry.timedOut === true
        ? `The background step '${task.displayName}' has timed out after ${task.timeoutMinutes} minutes.`
        : (crash ?? (result === 'Failed' ? notReady : undefined))
    task.onFinish?.(entry, message)
    if (this.options.failFast && verdict.result === 'Failed' && !this.failFastTriggered) {
      this.failFast(entry)
    }
    this.options.onEnded?.(entry)
  }

  /** Beyond native: the first failure cancels every other step, running or queued, at once. */
  private failFast(failed: BackgroundEntry): void {
    this.failFastTriggered = true
    const others = this.entries.filter((other) => other !== failed && other.state !== 'finished')
    this.trace(failed, `failed: fail-fast cancels ${others.length} other step(s)`)
    for (const other of others) {
      other.explicitlyCancelled = true
      this.abort(other, 'fail-fast')
    }
    this.options.onFailFast?.(failed)
  }
}

/** `continue-on-error` of a step that failed (R11.3); an evaluation error counts as false. */
function softened(task: BackgroundTask): boolean {
  try {
    return task.continueOnError()
  } catch {
    return false
  }
}

/** Cancellations of the background source (explicit, job, fail-fast), not the step's own token. */
function isCancellation(reason: CancelReason | undefined): boolean {
  return reason === 'cancel' || reason === 'job' || reason === 'fail-fast'
}
